// A DM joins its conversation at ingest, before the platform is acknowledged: what that has to keep
// from the inbound queue it replaced (a redelivered message, a backlog an older version left).
import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { createConversations } from "../src/conversations.ts";
import { reviewIdFor } from "../src/ids.ts";
import { checkInbound } from "../src/inbound.ts";
import { INBOUND } from "../src/queues.ts";
import type { InboundMessage } from "../src/types.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { connect, freshPrefix } from "./helpers/redis.ts";

let running: TestApp | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

function checked(message: InboundMessage): InboundMessage {
  const result = checkInbound(message);
  if (!result.ok) throw new Error(result.reason);
  return result.message;
}

describe("grouping at ingest", () => {
  it("triages a redelivered message whose triage job was never added (ingest died after joining)", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "ingest-grouping",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const { app } = running;
    const first = dm(CONCRETE_COLLAB);
    const queued = await app.ctx.ingest(first);
    if (queued.status !== "queued") throw new Error(queued.reason);
    await eventually(async () => (await app.store.get(queued.reviewId))?.card);
    // The second message joined, then the process died before its triage job was added.
    const second = checked(
      dm("also: budget is $800", { author: first.author, channel: first.channel }),
    );
    const conversations = createConversations(app.redis, app.keys, { retentionDays: 30 });
    await conversations.attach(second, reviewIdFor(second), {
      firstContact: false,
      duplicateRecipients: 0,
    });
    // The platform delivers it again, since it was never acknowledged.
    expect((await app.ctx.ingest(second)).status).toBe("queued");
    const review = await eventually(async () => {
      const r = await app.store.get(queued.reviewId);
      return r?.triagedCount === 2 ? r : undefined;
    });
    expect(review.messages?.map((m) => m.text)).toEqual([CONCRETE_COLLAB, "also: budget is $800"]);
    await eventually(() => adapter.updates.at(-1)?.messageCount === 2);
  });

  it("takes in, at start, the messages an older version left on its inbound queue", async () => {
    const prefix = freshPrefix("ingest-legacy");
    const redis = connect();
    const legacy = new Queue<InboundMessage>(INBOUND, { connection: redis, prefix: `{${prefix}}` });
    const message = checked(dm(CONCRETE_COLLAB));
    await legacy.add("triage", message, { jobId: reviewIdFor(message) });
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "ingest-legacy",
      prefix,
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const card = await eventually(() => adapter.cards[0]);
    expect(card.id).toBe(reviewIdFor(message));
    expect(card.message.text).toBe(CONCRETE_COLLAB);
    expect(await legacy.getJobCounts()).toEqual(
      expect.objectContaining({ waiting: 0, active: 0, delayed: 0, failed: 0 }),
    );
    await legacy.close();
    await redis.quit();
  });

  it("refuses a message for a platform this process has no adapter for, saying so", async () => {
    running = await startTestApp({
      name: "ingest-no-adapter",
      adapters: [new MemoryAdapter()],
      classifier: fixedClassifier("collaboration"),
    });
    expect(await running.app.ctx.ingest(dm(CONCRETE_COLLAB, { platform: "slack" }))).toEqual({
      status: "invalid",
      reason: "no adapter for slack here",
    });
  });
});
