// The queues of the path: triage (a conversation, or a watched channel's message -> classified,
// drafted, stored), present (a review -> its card, paced per platform), outbound (a decision -> the
// platform). A DM joins its conversation at ingest (group.ts), before it is acknowledged; inbound
// is the queue versions before that used, drained at start (legacy-inbound.ts).
import { DelayedError, type Job, type JobsOptions, Queue } from "bullmq";
import type { Keys } from "./keys.ts";
import type { RedisClient } from "./redis.ts";
import type { HeldTurn } from "./stepped-turn.ts";
import type { CardRef, InboundMessage, Platform } from "./types.ts";

export const INBOUND = "inbound";
export const TRIAGE = "triage";
export const OUTBOUND = "outbound";
/** One presenter queue per platform, so pacing one review channel never holds another's cards. */
export function presentQueueName(platform: Platform): string {
  return `present-${platform}`;
}

export interface DeliveryJob {
  reviewId: string;
  /** The turn a moderation order reserved and stepped back from (stepped-turn.ts). */
  turn?: HeldTurn;
}

/** Triage of a conversation once it had `count` messages; an older count is stale. */
export interface ConversationJob {
  reviewId: string;
  count: number;
}

/** A watched channel's message, triaged alone (no quiet window: moderation should not wait). */
export interface ChannelJob {
  message: InboundMessage;
}

/** The triage queue's jobs, by name: "triage" a conversation, "channel" a channel message. */
export type TriageJob = ConversationJob | ChannelJob;

export interface PresentJob {
  reviewId: string;
  /** An expiry redraw of a card whose review is already gone: where the card is. */
  card?: CardRef;
}

export interface Queues {
  inbound: Queue<InboundMessage>;
  triage: Queue<TriageJob>;
  outbound: Queue<DeliveryJob>;
  present(platform: Platform): Queue<PresentJob>;
  close(): Promise<void>;
}

/** Tries per job, first one included. */
export const JOB_ATTEMPTS = 22;

/** One delivery job per review: adding it again while it exists changes nothing. */
export function deliveryJobId(reviewId: string): string {
  return `deliver-${reviewId}`;
}

export async function enqueueDelivery(queues: Pick<Queues, "outbound">, reviewId: string) {
  await queues.outbound.add("deliver", { reviewId }, { jobId: deliveryJobId(reviewId) });
}

/**
 * For a review that is approved but not sent: queues its delivery if no job exists (the add after
 * the approval failed, or the process died in between) and retries a job that ran out of attempts
 * without recording an outcome. True when it did either; an active, waiting or delayed job is left
 * alone.
 */
export async function repairDelivery(
  queues: Pick<Queues, "outbound">,
  reviewId: string,
): Promise<boolean> {
  const jobId = deliveryJobId(reviewId);
  const state = await queues.outbound.getJobState(jobId);
  if (state === "unknown") {
    await enqueueDelivery(queues, reviewId);
    return true;
  }
  return state === "failed" && retryFailedJob(queues.outbound, jobId);
}

/**
 * Moves a job from the failed set back to waiting with a fresh attempt budget. False when there is
 * nothing to retry: no such job, or another caller retried it a moment ago (no longer failed).
 */
export async function retryFailedJob(queue: Queue, jobId: string): Promise<boolean> {
  const job = await queue.getJob(jobId);
  if (!job) return false;
  try {
    await job.retry("failed", { resetAttemptsMade: true });
    return true;
  } catch (err) {
    if (await job.isFailed()) throw err;
    return false;
  }
}

/**
 * Steps a running job back: it waits in the delayed set until `at` (ms since epoch), frees its
 * worker slot meanwhile, and spends no attempt. `token` is the worker's lock on the job. Always
 * throws: BullMQ takes a processor's DelayedError to mean it moved its own job.
 */
export async function stepBack(job: Job, token: string | undefined, at: number): Promise<never> {
  await job.moveToDelayed(at, token);
  throw new DelayedError();
}

export function jobOptions(retentionDays: number): JobsOptions {
  return {
    // With backoffDelay's 1 s base doubling to its ~4 min cap, 22 attempts span about an hour: a
    // Discord or Slack outage of that long delays a card or a reply instead of losing it.
    attempts: JOB_ATTEMPTS,
    backoff: { type: "custom" },
    // Gone once done: a channel job holds message text, and a redelivered message is recognised
    // by the review store (its attached marker, its review id), not by a kept job.
    removeOnComplete: true,
    // Failed jobs stay visible, but not longer than the message text may be kept (a housekeeping
    // job trims them even when no later job fails).
    removeOnFail: { age: retentionDays * 86_400 },
  };
}

export function createQueues(connection: RedisClient, keys: Keys, retentionDays: number): Queues {
  const defaultJobOptions = jobOptions(retentionDays);
  const make = <T>(name: string) =>
    new Queue<T>(name, { connection, prefix: keys.bullPrefix, defaultJobOptions });
  const inbound = make<InboundMessage>(INBOUND);
  const triage = make<TriageJob>(TRIAGE);
  const outbound = make<DeliveryJob>(OUTBOUND);
  const presenters = new Map<Platform, Queue<PresentJob>>();
  return {
    inbound,
    triage,
    outbound,
    present(platform) {
      let queue = presenters.get(platform);
      if (!queue) {
        queue = make<PresentJob>(presentQueueName(platform));
        presenters.set(platform, queue);
      }
      return queue;
    },
    async close() {
      await Promise.all([inbound, triage, outbound, ...presenters.values()].map((q) => q.close()));
    },
  };
}
