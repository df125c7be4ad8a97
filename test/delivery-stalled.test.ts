// A delivery job that BullMQ fails without running our processor (it stalled more than
// maxStalledCount times: the worker was killed during each attempt) must not leave the review
// `approved` forever: the review becomes `failed` with the reason and its card says so.
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
  it("fails the review with the reason and updates the card, sending nothing", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "delivery-stalled",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const { app } = running;
    const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));

    // Hold the delivery job back, then mark it the way BullMQ's stalled-job check does once a job
    // has stalled more than maxStalledCount times (the `defa` field of moveStalledJobsToWait):
    // the next worker to take it fails it at once, without calling the processor.
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

    const update = await eventually(() => adapter.updates.find((u) => u.status === "failed"));
    expect(update.failure).toBe("job stalled more than allowable limit");
    const stored = await app.store.get(card.id);
    expect(stored?.status).toBe("failed");
    expect(stored?.failure).toBe(update.failure);
    expect(adapter.deliveries).toEqual([]);
    expect(await app.queues.outbound.getJobState(jobId)).toBe("failed");
    const audit = await app.reports.audit(card.id);
    expect(audit.at(-1)).toMatchObject({ action: "failed", from: "approved", to: "failed" });
    const again = await app.ctx.decide({ reviewId: card.id, action: "approve", actor: "r2" });
    expect(again.ok).toBe(false);
  });
});
