// The outbound processor: one approved review -> one reply (or one moderation action), exactly once.
// The order matters: check the record, send, record, then touch the card. A retry after the send
// finds the record and sends nothing; a worker that died between send and record is covered by the
// adapter's platform-side dedupe (Discord's nonce, Slack's metadata), keyed by the review id.
import type { Job, Queue } from "bullmq";
import type { Logger } from "pino";
import { PermanentError, RetryableError } from "./errors.ts";
import type { Keys } from "./keys.ts";
import type { Metrics } from "./metrics.ts";
import type { Pacer } from "./pacer.ts";
import type { DeliveryResult, PlatformAdapter, ReviewStore, Turn } from "./ports.ts";
import { type DeliveryJob, retryFailedJob, stepBack } from "./queues.ts";
import { STEP_BACK_LEAD_MS, steppedTurn, TurnLater } from "./stepped-turn.ts";
import type { Platform, Review } from "./types.ts";

export interface DeliverDeps {
  store: ReviewStore;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  metrics: Metrics;
  logger: Logger;
  /**
   * Paces a card's moderation call in its bucket (a route in one channel or server), in line with
   * a campaign's calls there: reviewers clicking card after card do not meet the platform's 429.
   * A turn far off steps the job back instead of holding a worker slot (stepped-turn.ts).
   */
  pacer: Pacer;
  keys: Pick<Keys, "pace">;
}

export type DeliverResult = { reviewId: string; status: "sent" | "failed" | "already" };

export function createDeliverProcessor(deps: DeliverDeps) {
  /** `token`: the worker's lock on the job, which stepping back needs; without it a turn is slept for. */
  return async function deliver(job: Job<DeliveryJob>, token?: string): Promise<DeliverResult> {
    const { reviewId } = job.data;
    const review = await deps.store.get(reviewId);
    if (!review) throw new PermanentError("REVIEW_NOT_FOUND", `review ${reviewId} has expired`);
    const log = deps.logger.child({ platform: review.message.platform, jobId: job.id });
    const adapter = deps.adapters.get(review.message.platform);
    if (!adapter)
      throw new PermanentError("NO_ADAPTER", `no adapter for ${review.message.platform}`);

    if (review.status === "sent" || review.status === "failed") {
      // Delivered (or given up) on an earlier attempt; only the card may still be behind.
      await adapter.updateCard(review);
      return { reviewId, status: "already" };
    }
    if (review.kind === "campaign") {
      throw new PermanentError(
        "BAD_STATE",
        `review ${reviewId} is a campaign: its action is applied to its members`,
      );
    }
    if (review.status !== "approved" && review.status !== "edited") {
      throw new PermanentError("BAD_STATE", `review ${reviewId} is ${review.status}, not approved`);
    }

    // On the last attempt a transient failure is final: the review becomes `failed` and the card
    // says why, instead of the job dying in the failed set with the review stuck at `approved`.
    const attempts = job.opts.attempts ?? 1;
    const last = job.attemptsMade + 1 >= attempts;
    let result: DeliveryResult;
    try {
      // attemptsStarted counts stalls too: a worker killed mid-send leaves no failed attempt.
      const maxSleepMs = token === undefined ? Number.POSITIVE_INFINITY : undefined;
      result = await send(adapter, review, {
        retry: job.attemptsStarted > 1,
        turn: steppedTurn(deps.pacer, deps.keys, adapter.platform, job.data.turn, maxSleepMs),
      });
    } catch (err) {
      if (err instanceof TurnLater) {
        // Nothing was sent. The turn stays reserved in the job's data; no attempt is spent.
        await job.updateData({ ...job.data, turn: err.turn });
        log.info({ reviewId, turnAt: err.turn.at }, "moderation waits for its turn; stepping back");
        await stepBack(job, token, err.turn.at - STEP_BACK_LEAD_MS);
      }
      if (!last) throw err;
      result = { status: "retry", reason: (err as Error).message };
    }
    if (result.status === "retry") {
      if (!last) {
        log.warn({ reason: result.reason }, "delivery failed for now; will retry");
        throw new RetryableError("DELIVERY_RETRY", result.reason, result.retryAfterMs);
      }
      log.error({ reason: result.reason, attempts }, "delivery failed on its last attempt");
      result = { status: "failed", reason: gaveUp(job, attempts, result.reason) };
    }
    const to = result.status === "delivered" ? "sent" : "failed";
    const recorded = await record(deps, review, adapter.platform, result);
    log.info({ reviewId, status: to }, to === "sent" ? "reply delivered" : "delivery failed");
    try {
      await adapter.updateCard(recorded);
    } catch (err) {
      // The outcome is recorded; a retry would only redo the card, and the last attempt has none.
      if (!last) throw err;
      log.warn({ reviewId, err: (err as Error).message }, "updating the card failed");
    }
    return { reviewId, status: to };
  };
}

/**
 * The outbound worker's lock and stall settings. A delivery whose worker died is only known once its
 * lock expires and a stalled check finds it: a short lock has a reply retried within about 15 s of a
 * crash, not a minute. BullMQ fails a job that stalled more than maxStalledCount times (default 1),
 * so two crashes in a row lost replies: a delivery is retried however often its process died.
 */
export const OUTBOUND_WORKER = {
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: Number.MAX_SAFE_INTEGER,
} as const;

/** BullMQ's words for a job it failed because workers died while running it, not our processor's. */
const DIED_RUNNING = /stalled more than allowable limit|started more than allowable limit/;

/**
 * A delivery job that ended in the failed set. Failed because its workers kept dying (BullMQ's
 * stalled limit, set by a worker with the default limit, say): back to the queue, where the next
 * attempt looks on the platform before posting (`retry`), since one of the dead ones may have
 * posted. Failed otherwise, without our processor recording it: the review is marked failed.
 */
export async function onDeliveryJobFailed(
  deps: DeliverDeps,
  queue: Queue,
  job: Job<DeliveryJob>,
  err: Error,
): Promise<"requeued" | "failed"> {
  if (DIED_RUNNING.test(err.message) && job.id) {
    const requeued = await retryFailedJob(queue, job.id);
    deps.logger.warn(
      { jobId: job.id, requeued, reason: err.message },
      "delivery stalled too often (its workers died); queued again, to look before posting",
    );
    return "requeued";
  }
  await failDelivery(deps, job.data.reviewId, err.message);
  return "failed";
}

/**
 * Moves an approved review to `failed` with the reason and refreshes its card. For a delivery job
 * BullMQ failed without running this processor to the end (it stalled too often: a worker killed
 * during each attempt), which would otherwise leave the review `approved` forever. A review that
 * is no longer approved (sent, or failed already) is left as it is; null then.
 */
export async function failDelivery(
  deps: DeliverDeps,
  reviewId: string,
  reason: string,
): Promise<Review | null> {
  const review = await deps.store.get(reviewId);
  if (!review || (review.status !== "approved" && review.status !== "edited")) return null;
  const platform = review.message.platform;
  const log = deps.logger.child({ platform });
  let recorded: Review;
  try {
    recorded = await record(deps, review, platform, { status: "failed", reason });
  } catch (err) {
    // Sent or failed by another worker a moment ago: that outcome stands.
    if (err instanceof PermanentError) return null;
    throw err;
  }
  log.error({ reviewId, reason }, "delivery failed");
  const adapter = deps.adapters.get(platform);
  await adapter?.updateCard(recorded).catch((err: Error) => {
    log.warn({ reviewId, err: err.message }, "updating the card failed");
  });
  return recorded;
}

/** Records a send's outcome on an approved review (compare-and-set, with an audit entry). */
async function record(
  deps: DeliverDeps,
  review: Review,
  actor: Platform,
  result: Exclude<DeliveryResult, { status: "retry" }>,
): Promise<Review> {
  const now = new Date().toISOString();
  const to = result.status === "delivered" ? "sent" : "failed";
  // Nothing to moderate (the author left): counted as gone, not as failed.
  const gone = result.status === "failed" && result.gone === true;
  const recorded = await deps.store.transition({
    reviewId: review.id,
    from: ["approved", "edited"],
    to,
    audit: {
      at: now,
      actor,
      action: to,
      from: review.status,
      to,
      ...(result.status === "failed" ? { detail: result.reason } : {}),
    },
    set: result.status === "failed" ? { failure: result.reason } : { sentAt: now },
    gone,
  });
  if (!recorded.ok) {
    throw new PermanentError("BAD_STATE", `review ${review.id} changed to ${recorded.current}`);
  }
  deps.metrics.reviews.inc({ outcome: gone ? "gone" : to });
  return recorded.review;
}

/** The card's words for a send that kept failing until the retries ran out. */
function gaveUp(job: Job<DeliveryJob>, attempts: number, reason: string): string {
  const minutes = Math.max(1, Math.round((Date.now() - job.timestamp) / 60_000));
  return `${reason} (still failing after ${attempts} attempts over ${minutes} min)`;
}

function send(
  adapter: PlatformAdapter,
  review: Review,
  options: { retry: boolean; turn: Turn },
): Promise<DeliveryResult> {
  if (review.kind === "moderation") {
    if (!adapter.moderate || !review.moderation) {
      return Promise.resolve({ status: "failed", reason: "this platform cannot moderate" });
    }
    return adapter.moderate(review, review.moderation, options.turn);
  }
  return adapter.deliver(review, review.finalText ?? "", { retry: options.retry });
}
