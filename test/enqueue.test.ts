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
  it("adds each job with its own name and delay", async () => {
    const enqueue = batchedEnqueue(queue);
    await Promise.all([
      enqueue({ name: "now", data: dm("now"), jobId: "named-now" }),
      enqueue({ name: "later", data: dm("later"), jobId: "named-later", delay: 60_000 }),
    ]);
    expect((await queue.getJob("named-now"))?.name).toBe("now");
    expect(await queue.getJobState("named-later")).toBe("delayed");
    await queue.remove("named-now");
    await queue.remove("named-later");
  });

  it("queues a burst larger than one batch, each message under its own job id", async () => {
    const enqueue = batchedEnqueue(queue);
    const add = (data: InboundMessage, jobId: string) => enqueue({ name: "triage", data, jobId });
    const texts = Array.from({ length: 1201 }, (_, i) => `burst message ${i}`);
    await Promise.all(texts.map((text, i) => add(dm(text), `burst-${i}`)));
    expect(await queue.getWaitingCount()).toBe(1201);
    const job = await queue.getJob("burst-1200");
    expect(job?.name).toBe("triage");
    expect(job?.data.text).toBe("burst message 1200");
  });

  it("keeps one job when the same message id comes twice, in one burst or later", async () => {
    const enqueue = batchedEnqueue(queue);
    const add = (data: InboundMessage, jobId: string) => enqueue({ name: "triage", data, jobId });
    await Promise.all([add(dm("first"), "twice"), add(dm("second"), "twice")]);
    await add(dm("third"), "twice");
    const job = await queue.getJob("twice");
    expect(job?.data.text).toBe("first");
    expect(await queue.getJobCountByTypes("waiting")).toBe(1202);
  });

  it("rejects every caller of a batch that was refused, so none believes its message is queued", async () => {
    const enqueue = batchedEnqueue(queue);
    const add = (data: InboundMessage, jobId: string) => enqueue({ name: "triage", data, jobId });
    // BullMQ refuses integer custom ids; here that stands in for any failure of the whole batch.
    const results = await Promise.allSettled([add(dm("a"), "refused-a"), add(dm("b"), "42")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await queue.getJob("refused-a")).toBeUndefined();
  });
});
