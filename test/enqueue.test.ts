import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchedEnqueue } from "../src/enqueue.ts";
import type { InboundMessage } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const prefix = freshPrefix("enqueue");
let redis: Redis;
let queue: Queue<InboundMessage>;

beforeAll(() => {
  redis = connect();
  queue = new Queue<InboundMessage>("inbound", { connection: redis, prefix: `{${prefix}}` });
});

afterAll(async () => {
  await queue.close();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("batchedEnqueue", () => {
  it("queues a burst larger than one batch, each message under its own job id", async () => {
    const enqueue = batchedEnqueue(queue, "triage");
    const texts = Array.from({ length: 1201 }, (_, i) => `burst message ${i}`);
    await Promise.all(texts.map((text, i) => enqueue(dm(text), `burst-${i}`)));
    expect(await queue.getWaitingCount()).toBe(1201);
    const job = await queue.getJob("burst-1200");
    expect(job?.name).toBe("triage");
    expect(job?.data.text).toBe("burst message 1200");
  });

  it("keeps one job when the same message id comes twice, in one burst or later", async () => {
    const enqueue = batchedEnqueue(queue, "triage");
    await Promise.all([enqueue(dm("first"), "twice"), enqueue(dm("second"), "twice")]);
    await enqueue(dm("third"), "twice");
    const job = await queue.getJob("twice");
    expect(job?.data.text).toBe("first");
    expect(await queue.getJobCountByTypes("waiting")).toBe(1202);
  });

  it("rejects every caller of a batch that was refused, so none believes its message is queued", async () => {
    const enqueue = batchedEnqueue(queue, "triage");
    // BullMQ refuses integer custom ids; here that stands in for any failure of the whole batch.
    const results = await Promise.allSettled([
      enqueue(dm("a"), "refused-a"),
      enqueue(dm("b"), "42"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await queue.getJob("refused-a")).toBeUndefined();
  });
});
