// A card job that finds another worker's claim on the card: the claim may be a dead worker's (it
// died posting, and BullMQ requeued the job ~15 s later), so the retries must outlast the claim.
// The fault suite found 22 retries 500 ms apart used up in 11 s against a 30 s claim: the job
// failed and the review never got a card.
import type { Job } from "bullmq";
import { pino } from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { RetryableError } from "../src/errors.ts";
import { createKeys } from "../src/keys.ts";
import type { Metrics } from "../src/metrics.ts";
import { createPacer } from "../src/pacer.ts";
import { createPresentProcessor, PRESENT_CLAIM_MS } from "../src/presenter.ts";
import { JOB_ATTEMPTS, type PresentJob, type Queues } from "../src/queues.ts";
import { createReviewStore } from "../src/review-store.ts";
import type { Review } from "../src/types.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";
import { pendingReview } from "./helpers/reviews.ts";

const redis = connect();
const prefix = freshPrefix("presenter-claim");
const keys = createKeys(prefix);
const store = createReviewStore(redis, keys, { retentionDays: 1 });

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

async function stored(id: string): Promise<Review> {
  const review = pendingReview(id, {
    draft: { kind: "collab_concrete", text: "Happy to mix it.", source: "template" },
  });
  await store.create(review);
  return review;
}

function processor(adapter: MemoryAdapter) {
  return createPresentProcessor({
    redis,
    keys,
    store,
    pacer: createPacer(redis),
    adapter,
    queues: {} as Pick<Queues, "present">,
    // Only a posted card is timed.
    metrics: { endToEndSeconds: { observe() {} } } as unknown as Metrics,
    logger: pino({ level: "silent" }),
  });
}

function postJob(reviewId: string): Job<PresentJob> {
  return {
    id: `card-${reviewId}`,
    name: "post",
    data: { reviewId },
    attemptsStarted: 2,
  } as unknown as Job<PresentJob>;
}

async function busyError(present: ReturnType<typeof processor>, reviewId: string) {
  const err = await present(postJob(reviewId)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof RetryableError)) throw new Error(`expected CARD_BUSY, got ${err}`);
  expect(err.code).toBe("CARD_BUSY");
  return err;
}

describe("a card job that meets another worker's claim", () => {
  it("retries for longer than a dead worker's fresh claim lasts, then posts", async () => {
    const review = await stored("rclaim1");
    const adapter = new MemoryAdapter();
    const present = processor(adapter);
    // The worker that died while posting left its claim with all of its time to run.
    await redis.set(keys.presenting(review.id), `card-${review.id}`, "PX", PRESENT_CLAIM_MS);

    const err = await busyError(present, review.id);
    expect((err.retryAfterMs ?? 0) * (JOB_ATTEMPTS - 1)).toBeGreaterThan(PRESENT_CLAIM_MS);
    expect(adapter.cards).toHaveLength(0);

    // Once the claim lapses the card is posted, once.
    await redis.del(keys.presenting(review.id));
    expect(await present(postJob(review.id))).toEqual({ status: "posted" });
    expect(adapter.cards).toHaveLength(1);
    // Recorded, indexed for its expiry and released in one script: the next card job may run.
    expect(await redis.hget(keys.review(review.id), "card")).not.toBeNull();
    expect(await redis.zscore(keys.cardExpiry("console"), review.id)).not.toBeNull();
    expect(await redis.exists(keys.presenting(review.id))).toBe(0);
  });

  it("tries again as soon as a claim about to lapse runs out, not later", async () => {
    const review = await stored("rclaim2");
    const present = processor(new MemoryAdapter());
    await redis.set(keys.presenting(review.id), "another", "PX", 800);
    const err = await busyError(present, review.id);
    expect(err.retryAfterMs).toBeGreaterThanOrEqual(500);
    expect(err.retryAfterMs).toBeLessThanOrEqual(800);
  });
});
