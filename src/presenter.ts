// The presenter: posting and editing review cards is a stage of its own, one queue per platform,
// so triage runs at CPU speed and never holds a worker waiting on a rate limit. Each job renders a
// review as it is now (the latest state wins, so repeated edits coalesce), keeps to the
// platform's pace (cardPaceMs, across workers), and goes in priority order: a genuine
// conversation's card before campaign updates, and those before a spam card.
import type { Job } from "bullmq";
import type { Logger } from "pino";
import { createCardExpiry, EXPIRE_JOB, EXPIRY_MARGIN_MS } from "./card-expiry.ts";
import { createCardShown } from "./card-shown.ts";
import { RetryableError } from "./errors.ts";
import type { Keys } from "./keys.ts";
import type { Metrics } from "./metrics.ts";
import type { Pacer } from "./pacer.ts";
import type { PlatformAdapter, ReviewStore } from "./ports.ts";
import { type PresentJob, type Queues, retryFailedJob } from "./queues.ts";
import type { RedisClient } from "./redis.ts";
import { type CardRef, effectiveLabel, messagesOf, type Platform, type Review } from "./types.ts";

/** How long one worker holds the right to post or edit a review's card; a dead worker's lapses. */
export const PRESENT_CLAIM_MS = 30_000;
/** A card another worker holds is tried again within these bounds (as its claim runs out). */
export const BUSY_RETRY_MIN_MS = 500;
export const BUSY_RETRY_MAX_MS = 5000;
/** Edits of one conversation's card at most this often. */
export const EDIT_EVERY_MS = 1000;
/** Edits of one campaign's card at most this often: it may gain copies many times a second. */
export const CAMPAIGN_EDIT_EVERY_MS = 3000;

/**
 * A lone spam card waits this long before it is posted: spam comes in campaigns, and a copy from
 * another account that arrives meanwhile takes it onto the campaign's card (one card, one click
 * for every copy). Spam is the least urgent card anyway.
 */
export const SPAM_CARD_WAIT_MS = 2000;

/** BullMQ priorities (lower goes first): genuine messages first, spam last. */
const PRIORITY = {
  genuine: { post: 1, edit: 2 },
  campaign: { post: 3, edit: 4 },
  spam: { post: 5, edit: 6 },
} as const;

/** What asking for a card needs to know of a review. */
export interface CardTarget {
  id: string;
  kind: Review["kind"];
  platform: Platform;
  hasCard: boolean;
  spam: boolean;
}

export function cardTarget(review: Review): CardTarget {
  return {
    id: review.id,
    kind: review.kind,
    platform: review.message.platform,
    hasCard: review.card !== undefined,
    spam: effectiveLabel(review) === "spam",
  };
}

function priorityOf(target: CardTarget) {
  if (target.kind === "campaign") return PRIORITY.campaign;
  return target.spam ? PRIORITY.spam : PRIORITY.genuine;
}

/**
 * Asks for the review's card to show its current state: a post if it has none yet (the post job
 * asks for an edit itself if the review moves on while it posts), else an edit that runs at the
 * end of the current coalescing slot (one job per slot: later requests in the same slot are the
 * same job, which renders whatever is current by then).
 */
export async function requestCard(
  queues: Pick<Queues, "present">,
  review: Review | CardTarget,
): Promise<void> {
  const target = "platform" in review ? review : cardTarget(review);
  const queue = queues.present(target.platform);
  const priority = priorityOf(target);
  if (!target.hasCard) {
    const wait = target.spam && target.kind !== "campaign" ? SPAM_CARD_WAIT_MS : 0;
    await queue.add(
      "post",
      { reviewId: target.id },
      { jobId: `card-${target.id}`, priority: priority.post, ...(wait > 0 ? { delay: wait } : {}) },
    );
    return;
  }
  const every = target.kind === "campaign" ? CAMPAIGN_EDIT_EVERY_MS : EDIT_EVERY_MS;
  const now = Date.now();
  const slot = Math.floor(now / every);
  await queue.add(
    "edit",
    { reviewId: target.id },
    {
      jobId: `card-${target.id}-${slot}`,
      priority: priority.edit,
      delay: (slot + 1) * every - now,
    },
  );
}

/**
 * For a message delivered again: its card may never have been posted (an outage longer than the
 * retries left the post job in the failed set, where a new add with its id is ignored).
 */
export async function repairCard(queues: Pick<Queues, "present">, review: Review): Promise<void> {
  const queue = queues.present(review.message.platform);
  const jobId = `card-${review.id}`;
  if ((await queue.getJobState(jobId)) === "failed" && (await retryFailedJob(queue, jobId))) return;
  await requestCard(queues, review);
}

export interface PresenterDeps {
  redis: RedisClient;
  keys: Keys;
  store: ReviewStore;
  pacer: Pacer;
  adapter: PlatformAdapter;
  queues: Pick<Queues, "present">;
  metrics: Metrics;
  logger: Logger;
}

export type PresentResult = {
  status: "posted" | "edited" | "expired" | "current" | "held" | "gone";
};

export function createPresentProcessor(deps: PresenterDeps) {
  const platform = deps.adapter.platform;
  const expiry = createCardExpiry(deps.redis, deps.keys);
  const cardShown = createCardShown(deps.redis, deps.keys, EXPIRY_MARGIN_MS);

  /**
   * Runs one card call while holding the review's claim, in its turn in the review channel. The
   * call may record its card with `shown`, which releases the claim in the same round trip.
   */
  async function inTurn(
    job: Job<PresentJob>,
    call: (
      shown: (card: CardRef | null, shownRev: number) => Promise<number>,
    ) => Promise<PresentResult>,
  ) {
    const { reviewId } = job.data;
    // Two workers may hold jobs for one review (a post and an edit, a stalled job): one at a time.
    const claim = deps.keys.presenting(reviewId);
    if ((await deps.redis.set(claim, job.id ?? "1", "PX", PRESENT_CLAIM_MS, "NX")) !== "OK") {
      // The holder may be a worker that died posting (its job requeued within ~15 s): retry as
      // its claim runs out, so the attempts outlast it, not 22 times in 11 s and then fail.
      const left = await deps.redis.pttl(claim);
      throw new RetryableError(
        "CARD_BUSY",
        "another worker is presenting this card",
        Math.min(BUSY_RETRY_MAX_MS, Math.max(BUSY_RETRY_MIN_MS, left)),
      );
    }
    let held = true;
    const shown = async (card: CardRef | null, shownRev: number) => {
      const rev = await cardShown(platform, reviewId, card, shownRev, claim);
      held = false;
      return rev;
    };
    try {
      // Its turn in the review channel: the presenter is a stage of its own, so waiting here
      // holds no triage. Jobs reach this point in priority order, and so take their turns.
      await deps.pacer.wait(deps.keys.pace(platform), deps.adapter.cardPaceMs ?? 0);
      return await call(shown);
    } catch (err) {
      throw new RetryableError(
        "CARD_FAILED",
        `presenting the card failed: ${(err as Error).message}`,
      );
    } finally {
      if (held) await deps.redis.del(claim);
    }
  }

  /** Redraws a card whose review is about to expire in its short form, without text or buttons. */
  async function expire(job: Job<PresentJob>): Promise<PresentResult> {
    const { reviewId } = job.data;
    const review = await deps.store.get(reviewId);
    const address = job.data.card;
    const clear = deps.adapter.clearCard?.bind(deps.adapter);
    // Gone before its card's redraw (the bot was down, or Redis lost it): the address will do.
    if (!review && address && clear) {
      return inTurn(job, async () => {
        await clear(address);
        await expiry.forget(platform, reviewId);
        deps.logger.info({ platform, reviewId }, "review card expired after its review");
        return { status: "expired" };
      });
    }
    if (!review?.card) {
      await expiry.forget(platform, reviewId);
      return { status: "gone" };
    }
    // Renewed since the sweep (a new message): the card stays as it is, due again later.
    if (!(await expiry.due(reviewId))) {
      await expiry.track(platform, reviewId);
      return { status: "current" };
    }
    return inTurn(job, async () => {
      // Marked first: any later redraw (a delivery's outcome) keeps the expired form.
      if (!(await expiry.mark(reviewId))) return { status: "gone" };
      await deps.adapter.updateCard({ ...review, cardExpiredAt: new Date().toISOString() });
      await expiry.forget(platform, reviewId);
      deps.logger.info({ platform, reviewId, kind: review.kind }, "review card expired");
      return { status: "expired" };
    });
  }

  return async function present(job: Job<PresentJob>): Promise<PresentResult> {
    if (job.name === EXPIRE_JOB) return expire(job);
    const { reviewId } = job.data;
    const review = await deps.store.get(reviewId);
    if (!review) return { status: "gone" };
    // A campaign's member is shown on the campaign's card, never on its own.
    if (review.campaignId && !review.card) return { status: "held" };
    if (review.card && (review.shownRev ?? 0) >= (review.rev ?? 0)) return { status: "current" };
    // Only the post job posts; it asks for an edit itself if the review moved on meanwhile.
    if (!review.card && job.name !== "post") return { status: "current" };

    return inTurn(job, async (shown) => {
      if (!review.card) {
        // With retry, an earlier attempt may have posted it: the adapter looks before posting.
        const card = await deps.adapter.presentCard(review, { retry: job.attemptsStarted > 1 });
        const rev = await shown(card, review.rev ?? 0);
        // Changed while the card was being posted (a new message, a campaign copy): edit it.
        if (rev > (review.rev ?? 0)) await requestCard(deps.queues, { ...review, card });
        const first = messagesOf(review)[0] ?? review.message;
        deps.metrics.endToEndSeconds.observe(
          { platform },
          (Date.now() - Date.parse(first.receivedAt)) / 1000,
        );
        deps.logger.info({ platform, reviewId, kind: review.kind }, "review card presented");
        return { status: "posted" };
      }
      await deps.adapter.updateCard(review);
      // A new message renews the review: its card's expiry moves with it.
      await shown(null, review.rev ?? 0);
      return { status: "edited" };
    });
  };
}
