// A reply whose delivery keeps failing: retried long enough to ride out a platform outage, and
// when the retries run out the review is failed and its card says so, never stuck at `approved`.
import { afterEach, describe, expect, it } from "vitest";
import { backoffDelay, MAX_BACKOFF_FACTOR, RetryableError } from "../src/errors.ts";
import type { DeliveryResult } from "../src/ports.ts";
import { JOB_ATTEMPTS, jobOptions } from "../src/queues.ts";
import type { Review } from "../src/types.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

/** A platform whose send throws (a network error the adapter does not classify). */
class ThrowingAdapter extends MemoryAdapter {
  sends = 0;
  override async deliver(): Promise<DeliveryResult> {
    this.sends++;
    throw new Error("socket hang up");
  }
}

async function approved(adapter: MemoryAdapter, backoffMs?: number) {
  running = await startTestApp({
    name: "delivery-retries",
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
    ...(backoffMs !== undefined ? { backoffMs } : {}),
  });
  const ctx = running.app.ctx;
  const card = await ingestForCard(ctx, adapter, dm(CONCRETE_COLLAB));
  const decided = await ctx.decide({ reviewId: card.id, action: "approve", actor: "r1" });
  expect(decided.ok).toBe(true);
  return { ctx, app: running.app, id: card.id };
}

async function failedUpdate(adapter: MemoryAdapter): Promise<Review> {
  return eventually(() => adapter.updates.find((u) => u.status === "failed"), 15_000);
}

describe("the retry budget", () => {
  it("spans most of an hour at the production base delay, no wait longer than a few minutes", () => {
    const attempts = jobOptions(30).attempts ?? 1;
    expect(attempts).toBe(JOB_ATTEMPTS);
    let total = 0;
    for (let made = 1; made < attempts; made++) {
      const wait = backoffDelay(made, 1000);
      expect(wait).toBeLessThanOrEqual(MAX_BACKOFF_FACTOR * 1000 * 1.1);
      total += wait;
    }
    // Jitter is within 10% either way.
    expect(total).toBeGreaterThan(45 * 60_000);
    expect(MAX_BACKOFF_FACTOR * 1000).toBeLessThanOrEqual(5 * 60_000);
  });

  it("still honours a platform's Retry-After, even past the cap", () => {
    const err = new RetryableError("DELIVERY_RETRY", "rate limited", 600_000);
    expect(backoffDelay(20, 1000, err)).toBe(600_000);
  });
});

describe("a delivery that fails on every attempt", () => {
  it("fails the review with the reason, updates the card, and refuses a second Approve", async () => {
    const adapter = new MemoryAdapter();
    for (let i = 0; i < JOB_ATTEMPTS; i++) {
      adapter.deliverScript.push({ status: "retry", reason: "HTTP 503", retryAfterMs: 1 });
    }
    const { ctx, app, id } = await approved(adapter);
    const update = await failedUpdate(adapter);
    expect(update.failure).toMatch(/^HTTP 503 \(still failing after \d+ attempts over \d+ min\)$/);
    const stored = await ctx.getReview(id);
    expect(stored?.status).toBe("failed");
    expect(stored?.failure).toBe(update.failure);
    expect(adapter.deliverScript).toHaveLength(0);
    expect(adapter.deliveries).toEqual([]);
    // The job ended as an outcome (completed, so removed), not in the failed set.
    await eventually(
      async () => (await app.queues.outbound.getJobState(`deliver-${id}`)) === "unknown",
    );
    expect(await app.queues.outbound.getJobCounts("failed")).toEqual({ failed: 0 });
    const audit = await app.reports.audit(id);
    expect(audit.at(-1)).toMatchObject({ action: "failed", from: "approved", to: "failed" });
    const again = await ctx.decide({ reviewId: id, action: "approve", actor: "r2" });
    expect(again.ok === false && again.message).toContain("already decided (failed");
  }, 20_000);

  it("fails the review too when the adapter throws instead of answering", async () => {
    const adapter = new ThrowingAdapter();
    const { ctx, id } = await approved(adapter, 1);
    const update = await failedUpdate(adapter);
    expect(update.failure).toMatch(/^socket hang up \(still failing after/);
    expect(adapter.sends).toBe(JOB_ATTEMPTS);
    expect((await ctx.getReview(id))?.status).toBe("failed");
  }, 20_000);

  it("delivers once when the platform comes back before the last attempt", async () => {
    const adapter = new MemoryAdapter();
    for (let i = 0; i < JOB_ATTEMPTS - 1; i++) {
      adapter.deliverScript.push({ status: "retry", reason: "HTTP 503", retryAfterMs: 1 });
    }
    const { ctx, id } = await approved(adapter);
    await eventually(async () => (await ctx.getReview(id))?.status === "sent", 15_000);
    expect(adapter.deliveries).toHaveLength(1);
  }, 20_000);
});
