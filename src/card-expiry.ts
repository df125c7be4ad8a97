// A card outlives its review: the platform keeps the message, while Redis drops the review (and
// the text it holds) RETENTION_DAYS after its last change. So each carded review's expiry is kept
// in a sorted set per platform, and the hourly housekeeping asks the presenter, EXPIRY_MARGIN_MS
// ahead, to redraw the card in a short expired form: no buttons, none of the sender's text, no
// draft. Those redraws go through the presenter's paced queue at the lowest priority, so a sweep
// of many cards takes the review channel's spare turns and never a new card's. Beside the index,
// each card's address (ids only, no text): a card whose review went first (the bot was down
// through the margin, or Redis lost the review) is still redrawn, in a form that needs no review.
import type { Keys } from "./keys.ts";
import { type LuaScript, lua } from "./lua.ts";
import type { PresentJob, Queues } from "./queues.ts";
import type { RedisClient } from "./redis.ts";
import {
  type CardRef,
  effectiveLabel,
  messageCountOf,
  type Platform,
  type Review,
} from "./types.ts";

const HOUR_MS = 3_600_000;

/**
 * How long before a review expires its card is redrawn. More than one housekeeping interval (an
 * hour) plus the hour a card job's retries span, with room for a run that comes late: the edit
 * must land while the review, which holds the card's address, still exists.
 */
export const EXPIRY_MARGIN_MS = 6 * HOUR_MS;

/** The presenter job that redraws a card in its expired form. */
export const EXPIRE_JOB = "expire";
/** BullMQ priority of an expiry redraw: after every other card job (spam edits are 6). */
export const EXPIRE_PRIORITY = 7;
/** Index entries read per round trip. */
const BATCH = 500;

// KEYS: review, the platform's expiry index, its card addresses. ARGV: nowMs, marginMs, reviewId.
// The index entry is the review's expiry as it is now; the index and the addresses outlive their
// latest entry by the margin, so an idle deployment's go too.
export const TRACK = `
local pttl = redis.call('PTTL', KEYS[1])
if pttl <= 0 then return 0 end
local card = redis.call('HGET', KEYS[1], 'card')
if not card or card == '' then return 0 end
if redis.call('HEXISTS', KEYS[1], 'cardExpiredAt') == 1 then return 0 end
redis.call('ZADD', KEYS[2], tonumber(ARGV[1]) + pttl, ARGV[3])
redis.call('HSET', KEYS[3], ARGV[3], card)
local keep = pttl + tonumber(ARGV[2])
for i = 2, 3 do
  if redis.call('PTTL', KEYS[i]) < keep then redis.call('PEXPIRE', KEYS[i], keep) end
end
return 1
`;

// KEYS: review. ARGV: nowIso. Only on a review that still exists: HSET alone would recreate a
// gone one without a TTL.
const MARK = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'cardExpiredAt', ARGV[1])
return 1
`;

export interface CardExpiry {
  /** Records (or moves) a carded review's expiry in its platform's index; after a post or edit. */
  track(platform: Platform, reviewId: string): Promise<void>;
  /** The review has at most EXPIRY_MARGIN_MS left: its card is due for the expired form. */
  due(reviewId: string): Promise<boolean>;
  /** Marks the review's card expired; false if the review is gone. */
  mark(reviewId: string): Promise<boolean>;
  /** Drops a review from the index: its card is expired, or gone with nothing left to redraw. */
  forget(platform: Platform, reviewId: string): Promise<void>;
  /** Queues an expiry redraw for every card due within the margin; how many it queued. */
  sweep(queues: Pick<Queues, "present">, platforms: readonly Platform[]): Promise<number>;
}

export function createCardExpiry(redis: RedisClient, keys: Keys): CardExpiry {
  const trackScript: LuaScript = lua(redis, TRACK);
  const markScript: LuaScript = lua(redis, MARK);
  /** Drops reviews from a platform's index and their card addresses with them. */
  async function drop(platform: Platform, reviewIds: string[]): Promise<void> {
    await redis
      .multi()
      .zrem(keys.cardExpiry(platform), ...reviewIds)
      .hdel(keys.cardAddress(platform), ...reviewIds)
      .exec();
  }
  return {
    async track(platform, reviewId) {
      await trackScript(
        [keys.review(reviewId), keys.cardExpiry(platform), keys.cardAddress(platform)],
        [Date.now(), EXPIRY_MARGIN_MS, reviewId],
      );
    },

    async due(reviewId) {
      const left = await redis.pttl(keys.review(reviewId));
      return left > 0 && left <= EXPIRY_MARGIN_MS;
    },

    async mark(reviewId) {
      return Number(await markScript([keys.review(reviewId)], [new Date().toISOString()])) === 1;
    },

    async forget(platform, reviewId) {
      await drop(platform, [reviewId]);
    },

    async sweep(queues, platforms) {
      let queued = 0;
      const now = Date.now();
      // One job per review per hour: a sweep meeting the last one's job still waiting adds
      // nothing, and a job that ran out of attempts is tried again by the next sweep.
      const slot = Math.floor(now / HOUR_MS);
      for (const platform of platforms) {
        const index = keys.cardExpiry(platform);
        // Due entries stay in the index until their redraw is done, so the next page starts
        // after them; moved and dropped ones leave the range.
        let offset = 0;
        for (;;) {
          const ids = await redis.zrangebyscore(
            index,
            "-inf",
            now + EXPIRY_MARGIN_MS,
            "LIMIT",
            offset,
            BATCH,
          );
          if (ids.length === 0) break;
          const pipeline = redis.pipeline();
          for (const id of ids) pipeline.pttl(keys.review(id));
          const ttls = ((await pipeline.exec()) ?? []).map(([, v]) => Number(v));
          const gone: string[] = [];
          const moved: Array<string | number> = [];
          const due: PresentJob[] = [];
          ids.forEach((id, i) => {
            const left = ttls[i] ?? -2;
            // Gone already (the bot was down through the margin, or Redis lost it): see below.
            if (left <= 0) gone.push(id);
            // A new message or campaign copy renewed the review: wait for its new expiry.
            else if (left > EXPIRY_MARGIN_MS) moved.push(now + left, id);
            else due.push({ reviewId: id });
          });
          // A gone review's card is redrawn from its address alone; without one, there is
          // nothing to redraw. Addresses are read only for these.
          const addresses =
            gone.length > 0 ? await redis.hmget(keys.cardAddress(platform), ...gone) : [];
          const lost: string[] = [];
          gone.forEach((id, i) => {
            const card = parseCard(addresses[i]);
            if (card) due.push({ reviewId: id, card });
            else lost.push(id);
          });
          if (lost.length > 0) await drop(platform, lost);
          if (moved.length > 0) await redis.zadd(index, ...moved);
          const queue = queues.present(platform);
          for (const data of due) {
            await queue.add(EXPIRE_JOB, data, {
              jobId: `expire-${data.reviewId}-${slot}`,
              priority: EXPIRE_PRIORITY,
            });
          }
          queued += due.length;
          offset += due.length;
          if (ids.length < BATCH) break;
        }
      }
      return queued;
    },
  };
}

/** A stored card address, or null if it is not one (the index holds nothing else). */
function parseCard(stored: string | null | undefined): CardRef | null {
  if (!stored) return null;
  try {
    const card = JSON.parse(stored) as unknown;
    return card && typeof card === "object" && !Array.isArray(card) ? (card as CardRef) : null;
  } catch {
    return null;
  }
}

const OUTCOME: Record<Review["status"], string> = {
  pending: "never decided",
  approved: "approved",
  edited: "approved with an edit",
  rejected: "rejected",
  sent: "reply sent",
  failed: "reply not delivered",
};

/**
 * What an expired card says, on every platform: what the review was and how it ended, none of
 * the sender's words (no name, no text) and no draft.
 */
export function expiredCardText(review: Review): { title: string; body: string } {
  const label = effectiveLabel(review).replace("_", " ");
  const count = messageCountOf(review);
  const what =
    review.kind === "campaign"
      ? `A spam campaign (${review.campaign?.messages ?? count} messages)`
      : review.kind === "moderation"
        ? `A channel message labelled ${label}`
        : `A DM ${count > 1 ? `conversation (${count} messages)` : "review"} labelled ${label}`;
  const outcome =
    review.kind === "moderation" && review.status === "sent" ? "done" : OUTCOME[review.status];
  return {
    title: "Review expired",
    body: `${what}, from ${review.createdAt.slice(0, 10)}: ${outcome}. It reached the end of its retention (RETENTION_DAYS), so the messages and the draft are no longer kept, and this card no longer shows them.`,
  };
}

/** What a card says whose review was gone before its expired form could be drawn from it. */
export function goneCardText(): { title: string; body: string } {
  return {
    title: "Review expired",
    body: "This review is no longer stored: it reached the end of its retention (RETENTION_DAYS), or Redis lost it before. The messages and the draft are no longer kept, and this card no longer shows them.",
  };
}
