// What expiry alone does not remove in time. BullMQ trims failed jobs by age only when a later job
// fails into the same set, so a quiet bot would keep a failed job's message text for ever; and a
// correction set lives as long as its newest entry. Once an hour a scheduled job removes both
// once they are older than RETENTION_DAYS. It also asks for the cards of reviews about to expire
// to be redrawn without their text (card-expiry.ts), ahead by more than this interval.
import type { Queue } from "bullmq";
import { createCardExpiry } from "./card-expiry.ts";
import type { Keys } from "./keys.ts";
import type { Queues } from "./queues.ts";
import type { RedisClient } from "./redis.ts";
import type { Platform } from "./types.ts";

/** How often housekeeping runs. */
export const HOUSEKEEPING_EVERY_MS = 3_600_000;
/** Job ids removed per clean call: a long backlog is cleared in several. */
const CLEAN_BATCH = 1000;

export interface HousekeepingDeps {
  redis: RedisClient;
  keys: Keys;
  queues: Queue[];
  retentionDays: number;
  /** The presenter queues of these platforms take the expiry redraws of their cards. */
  cards?: { queues: Pick<Queues, "present">; platforms: readonly Platform[] };
}

export interface Housekept {
  failedJobs: number;
  corrections: number;
  /** Cards queued for their expired form. */
  expiringCards: number;
}

/** Removes failed jobs and corrections older than the retention (all of them with graceMs 0). */
export async function housekeep(deps: HousekeepingDeps, graceMs?: number): Promise<Housekept> {
  const grace = graceMs ?? deps.retentionDays * 86_400_000;
  let failedJobs = 0;
  for (const queue of deps.queues) {
    for (;;) {
      const removed = await queue.clean(grace, CLEAN_BATCH, "failed");
      failedJobs += removed.length;
      if (removed.length < CLEAN_BATCH) break;
    }
  }
  const corrections = await deps.redis.zremrangebyscore(
    deps.keys.corrections,
    "-inf",
    Date.now() - grace,
  );
  const expiringCards = deps.cards
    ? await createCardExpiry(deps.redis, deps.keys).sweep(deps.cards.queues, deps.cards.platforms)
    : 0;
  return { failedJobs, corrections, expiringCards };
}
