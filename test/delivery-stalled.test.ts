// A delivery job that BullMQ fails without running our processor (it stalled more than
// maxStalledCount times: the worker was killed during each attempt) is not given up on: one of the
// dead workers may have posted the reply, or none did. It goes back to the queue, and its next
// attempt looks on the platform before posting.
import { afterEach, describe, expect, it } from "vitest";
import { deliveryJobId } from "../src/queues.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe("a delivery job that stalled too many times", () => {
  it("is queued again and delivers the reply once, told to look first; the review is sent", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "delivery-stalled",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const { app } = running;
    const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));

    // Hold the delivery job back, then mark it the way BullMQ's stalled-job check does once a job
    // has stalled more than maxStalledCount times (the `defa` field of moveStalledJobsToWait): the
    // next worker to take it fails it at once, without calling the processor. A worker with
    // BullMQ's default limit (an older replica) does that after two crashes in a row.
    await app.queues.outbound.pause();
    const decided = await app.ctx.decide({ reviewId: card.id, action: "approve", actor: "r1" });
    expect(decided.ok).toBe(true);
    const jobId = deliveryJobId(card.id);
    expect(await app.queues.outbound.getJob(jobId)).toBeDefined();
    await app.redis.hset(
      app.queues.outbound.toKey(jobId),
      "defa",
      "job stalled more than allowable limit",
    );
    await app.queues.outbound.resume();

    await eventually(async () => (await app.store.get(card.id))?.status === "sent");
    expect(adapter.deliveries.map((d) => d.reviewId)).toEqual([card.id]);
    expect(adapter.retried).toEqual([card.id]);
    expect(adapter.updates.some((u) => u.status === "failed")).toBe(false);
    // Completed, so removed (the review is marked sent just before the job completes).
    await eventually(async () => (await app.queues.outbound.getJobState(jobId)) === "unknown");
    expect(running.logs()).toContain("delivery stalled too often");
  });

  it("still fails the review when a delivery job fails for another reason without its processor", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "delivery-failed-other",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const { app } = running;
    const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
    await app.queues.outbound.pause();
    await app.ctx.decide({ reviewId: card.id, action: "approve", actor: "r1" });
    const jobId = deliveryJobId(card.id);
    await app.redis.hset(app.queues.outbound.toKey(jobId), "defa", "something else went wrong");
    await app.queues.outbound.resume();

    const update = await eventually(() => adapter.updates.find((u) => u.status === "failed"));
    expect(update.failure).toBe("something else went wrong");
    expect(adapter.deliveries).toEqual([]);
  });
});
