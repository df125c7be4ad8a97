// Reviews in Redis hashes. Every change of status is one Lua script: a compare-and-set on the status
// plus its audit entry and stats, so two approvals racing can never both win.
import type { Keys } from "./keys.ts";
import { lua } from "./lua.ts";
import type { ReviewStore, Transition, TransitionResult } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import type { AuditEntry, CardRef, Draft, Label, Review, ReviewStatus } from "./types.ts";

const DAY_SECONDS = 86_400;
/** How long one worker holds the right to present a card; a dead worker's claim lapses. */
export const PRESENT_CLAIM_MS = 30_000;
/** Aggregate counters hold no text, so they may outlive the retention of messages. */
const STATS_TTL_SECONDS = 35 * DAY_SECONDS;

// KEYS: review, audit, pending, stats, presenting. ARGV: ttl, statsTtl, auditJson, statsField, id,
// score, claimMs, field/value pairs... The creator also takes the claim to present the card.
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 8))
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('RPUSH', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[5])
redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
redis.call('EXPIRE', KEYS[4], ARGV[2])
redis.call('SET', KEYS[5], ARGV[5], 'PX', ARGV[7])
return 1
`;

// KEYS: review, audit, pending, stats. ARGV: allowedFromCsv, to, now, auditJson, id, statsTtl,
// draftJson ('' for any draft), pairs... The draft is compared as stored (the JSON the store wrote):
// an approval checked against one draft must not commit after a relabel swapped in another.
const TRANSITION = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {0, ''} end
local allowed = false
for s in string.gmatch(ARGV[1], '[^,]+') do
  if s == current then allowed = true end
end
if not allowed then return {0, current} end
if ARGV[7] ~= '' and redis.call('HGET', KEYS[1], 'draft') ~= ARGV[7] then
  return {0, current, 'draft'}
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updatedAt', ARGV[3])
for i = 8, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('RPUSH', KEYS[2], ARGV[4])
if ARGV[2] ~= 'pending' then redis.call('ZREM', KEYS[3], ARGV[5]) end
redis.call('HINCRBY', KEYS[4], 'outcome:' .. ARGV[2], 1)
redis.call('EXPIRE', KEYS[4], ARGV[6])
return {1, ARGV[2]}
`;

// Corrections hold message text, so each one leaves after RETENTION_DAYS on its own (scored by
// time, trimmed on every relabel and filtered on reading), not when the last one does.
// KEYS: review, audit, corrections, stats.
// ARGV: now, auditJson, label, draftJson, correctionJson, ttl, statsTtl, nowMs
const RELABEL = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {0, ''} end
if current ~= 'pending' then return {0, current} end
redis.call('HSET', KEYS[1], 'correctedLabel', ARGV[3], 'draft', ARGV[4], 'updatedAt', ARGV[1])
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[8], ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[8]) - tonumber(ARGV[6]) * 1000)
redis.call('EXPIRE', KEYS[3], ARGV[6])
redis.call('HINCRBY', KEYS[4], 'relabel:' .. ARGV[3], 1)
redis.call('EXPIRE', KEYS[4], ARGV[7])
return {1, 'pending'}
`;

// Only while the review exists: a card for an expired review is not worth resurrecting it.
const SET_CARD = `
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HSET', KEYS[1], 'card', ARGV[1]) end
return 0
`;

const JSON_FIELDS = ["message", "classification", "draft", "card", "moderation"] as const;

/** The UTC day a time falls on, the stats bucket. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function toHash(review: Review): string[] {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(review)) {
    if (value === undefined) continue;
    pairs.push(key, typeof value === "string" ? value : JSON.stringify(value));
  }
  return pairs;
}

export function fromHash(hash: Record<string, string>): Review | null {
  if (!hash.status || !hash.id) return null;
  const out: Record<string, unknown> = { ...hash };
  for (const field of JSON_FIELDS) {
    const raw = hash[field];
    if (raw !== undefined) out[field] = JSON.parse(raw);
  }
  return out as unknown as Review;
}

export function createReviewStore(
  redis: RedisClient,
  keys: Keys,
  options: { retentionDays: number },
): ReviewStore {
  const ttl = options.retentionDays * DAY_SECONDS;
  const createScript = lua(redis, CREATE);
  const transitionScript = lua(redis, TRANSITION);
  const relabelScript = lua(redis, RELABEL);
  const setCardScript = lua(redis, SET_CARD);

  async function get(id: string): Promise<Review | null> {
    return fromHash(await redis.hgetall(keys.review(id)));
  }

  async function afterScript(id: string, result: unknown): Promise<TransitionResult> {
    const [ok, status, why] = result as [number, string, string?];
    if (ok !== 1) {
      const current = (status || null) as ReviewStatus | null;
      return why === "draft" ? { ok: false, current, draftChanged: true } : { ok: false, current };
    }
    const review = await get(id);
    // The hash can only be missing here if it expired between the script and the read.
    return review ? { ok: true, review } : { ok: false, current: null };
  }

  return {
    async create(review) {
      const audit: AuditEntry = {
        at: review.createdAt,
        actor: "triage",
        action: "created",
        from: null,
        to: review.status,
        label: review.classification.label,
      };
      const created = await createScript(
        [
          keys.review(review.id),
          keys.audit(review.id),
          keys.pending,
          keys.stats(dayOf(review.createdAt)),
          keys.presenting(review.id),
        ],
        [
          ttl,
          STATS_TTL_SECONDS,
          JSON.stringify(audit),
          `label:${review.classification.label}`,
          review.id,
          Date.parse(review.createdAt),
          PRESENT_CLAIM_MS,
          ...toHash(review),
        ],
      );
      if (created === 1) return { review, created: true };
      const existing = await get(review.id);
      return { review: existing ?? review, created: false };
    },

    get,

    async transition(t: Transition) {
      const pairs: string[] = [];
      for (const [key, value] of Object.entries(t.set ?? {})) {
        if (value === undefined) continue;
        pairs.push(key, typeof value === "string" ? value : JSON.stringify(value));
      }
      const result = await transitionScript(
        [
          keys.review(t.reviewId),
          keys.audit(t.reviewId),
          keys.pending,
          keys.stats(dayOf(t.audit.at)),
        ],
        [
          t.from.join(","),
          t.to,
          t.audit.at,
          JSON.stringify(t.audit),
          t.reviewId,
          STATS_TTL_SECONDS,
          // Serialised as toHash and relabel store it, so an unchanged draft compares equal.
          t.draft ? JSON.stringify(t.draft) : "",
          ...pairs,
        ],
      );
      return afterScript(t.reviewId, result);
    },

    async relabel(id: string, label: Label, draft: Draft, audit: AuditEntry) {
      const review = await get(id);
      if (!review) return { ok: false, current: null };
      const correction = {
        text: review.message.text,
        label,
        platform: review.message.platform,
        context: review.message.context,
        at: audit.at,
        // Makes each correction its own member, even two alike at the same moment.
        review: id,
      };
      const result = await relabelScript(
        [keys.review(id), keys.audit(id), keys.corrections, keys.stats(dayOf(audit.at))],
        [
          audit.at,
          JSON.stringify(audit),
          label,
          JSON.stringify(draft),
          JSON.stringify(correction),
          ttl,
          STATS_TTL_SECONDS,
          Date.parse(audit.at),
        ],
      );
      return afterScript(id, result);
    },

    async setCard(id: string, card: CardRef) {
      await setCardScript([keys.review(id)], [JSON.stringify(card)]);
    },
  };
}
