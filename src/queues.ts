// The two queues of the path: inbound (message -> card) and outbound (decision -> platform).
import { type JobsOptions, Queue } from "bullmq";
import type { Keys } from "./keys.ts";
import type { RedisClient } from "./redis.ts";
import type { InboundMessage } from "./types.ts";

export const INBOUND = "inbound";
export const OUTBOUND = "outbound";

export interface DeliveryJob {
  reviewId: string;
}

export interface Queues {
  inbound: Queue<InboundMessage>;
  outbound: Queue<DeliveryJob>;
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

export function jobOptions(retentionDays: number): JobsOptions {
  return {
    // With backoffDelay's 1 s base doubling to its ~4 min cap, 22 attempts span about an hour: a
    // Discord or Slack outage of that long delays a card or a reply instead of losing it.
    attempts: JOB_ATTEMPTS,
    backoff: { type: "custom" },
    // Completed jobs stay a day so a re-enqueued message id still meets its job id.
    removeOnComplete: { age: 86_400, count: 50_000 },
    // Failed jobs stay visible, but not longer than the message text may be kept.
    removeOnFail: { age: retentionDays * 86_400 },
  };
}

export function createQueues(connection: RedisClient, keys: Keys, retentionDays: number): Queues {
  const defaultJobOptions = jobOptions(retentionDays);
  const inbound = new Queue<InboundMessage>(INBOUND, {
    connection,
    prefix: keys.bullPrefix,
    defaultJobOptions,
  });
  const outbound = new Queue<DeliveryJob>(OUTBOUND, {
    connection,
    prefix: keys.bullPrefix,
    defaultJobOptions,
  });
  return {
    inbound,
    outbound,
    async close() {
      await Promise.all([inbound.close(), outbound.close()]);
    },
  };
}
