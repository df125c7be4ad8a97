// Reviews in Redis hashes. Every change of status is one Lua script: a compare-and-set on the status
// plus its audit entry and stats, so two approvals racing can never both win.
import type { Keys } from "./keys.ts";
import { lua } from "./lua.ts";
import type { ReviewStore, Transition, TransitionResult } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import {
  type AuditEntry,
  type CardRef,
  conversationText,
  type Draft,
  type Label,
  type Review,
  type ReviewStatus,
} from "./types.ts";

const DAY_SECONDS = 86_400;
/** Aggregate counters hold no text, so they may outlive the retention of messages. */
const STATS_TTL_SECONDS = 35 * DAY_SECONDS;

// KEYS: review, audit, pending, stats. ARGV: ttl, statsTtl, auditJson, statsField, id, score,
// field/value pairs...
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 7))
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('RPUSH', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[5])
redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
redis.call('HINCRBY', KEYS[4], 'classified:' .. string.sub(ARGV[4], 7), 1)
redis.call('EXPIRE', KEYS[4], ARGV[2])
return 1
`;

// KEYS: review, audit, pending, stats. ARGV: allowedFromCsv, to, now, auditJson, id, statsTtl,
// draftJson ('' for any draft), messageCount ('' for any), pairs... A conversation that took a
// message since the card was drawn fails the draft check too: the card no longer shows it all. The draft is compared as stored (the JSON the store wrote):
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
if ARGV[8] ~= '' and (redis.call('HGET', KEYS[1], 'messageCount') or '1') ~= ARGV[8] then
  return {0, current, 'draft'}
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updatedAt', ARGV[3])
for i = 9, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('RPUSH', KEYS[2], ARGV[4])
if ARGV[2] ~= 'pending' then redis.call('ZREM', KEYS[3], ARGV[5]) end
-- A campaign's decision is counted on its members, each a review of its own.
if redis.call('HGET', KEYS[1], 'kind') ~= 'campaign' then
  redis.call('HINCRBY', KEYS[4], 'outcome:' .. ARGV[2], 1)
  redis.call('EXPIRE', KEYS[4], ARGV[6])
end
return {1, ARGV[2]}
`;

// Corrections hold message text, so each one leaves after RETENTION_DAYS on its own (scored by
// time, trimmed on every relabel and filtered on reading), not when the last one does.
// KEYS: review, audit, corrections, stats.
// A review keeps one correction at most: a second relabel replaces it, and a relabel back to the
// classifier's own label (ARGV[9] = '1') takes it back.
// KEYS: review, audit, corrections, stats (today), stats (the day it was created).
// ARGV: now, auditJson, label, draftJson, correctionJson, ttl, statsTtl, nowMs, undo, classifierLabel
const RELABEL = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {0, ''} end
if current ~= 'pending' then return {0, current} end
local old = redis.call('HGET', KEYS[1], 'correction')
if old then redis.call('ZREM', KEYS[3], old) end
-- The stats of the day the review was created follow the label that counts.
local before = redis.call('HGET', KEYS[1], 'correctedLabel') or ARGV[10]
local after = ARGV[9] == '1' and ARGV[10] or ARGV[3]
if before ~= after then
  redis.call('HINCRBY', KEYS[5], 'label:' .. before, -1)
  redis.call('HINCRBY', KEYS[5], 'label:' .. after, 1)
end
local wasCorrected = redis.call('HEXISTS', KEYS[1], 'correctedLabel') == 1
if wasCorrected and ARGV[9] == '1' then redis.call('HINCRBY', KEYS[5], 'corrected:' .. ARGV[10], -1) end
if not wasCorrected and ARGV[9] ~= '1' then redis.call('HINCRBY', KEYS[5], 'corrected:' .. ARGV[10], 1) end
redis.call('EXPIRE', KEYS[5], ARGV[7])
if ARGV[9] == '1' then
  redis.call('HDEL', KEYS[1], 'correctedLabel', 'correction')
  redis.call('HSET', KEYS[1], 'draft', ARGV[4], 'updatedAt', ARGV[1])
else
  redis.call('HSET', KEYS[1], 'correctedLabel', ARGV[3], 'draft', ARGV[4], 'updatedAt', ARGV[1],
    'correction', ARGV[5])
  redis.call('ZADD', KEYS[3], ARGV[8], ARGV[5])
  redis.call('HINCRBY', KEYS[4], 'relabel:' .. ARGV[3], 1)
end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[8]) - tonumber(ARGV[6]) * 1000)
redis.call('EXPIRE', KEYS[3], ARGV[6])
redis.call('EXPIRE', KEYS[4], ARGV[7])
return {1, 'pending'}
`;

// A conversation's triage result, stored only if no message arrived since triage read it (a newer
// triage job follows and stores its own) and only while it is pending (a decided draft is what was
// sent). The first result also makes it a review: audit entry, pending index, stats.
// KEYS: review, audit, pending, stats. ARGV: count, classificationJson, draftJson, now, auditJson,
// statsField, id, createdMs, statsTtl, previousJson, kind
const SAVE_TRIAGE = `
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {0, 'gone'} end
if status ~= 'pending' then return {0, 'decided'} end
if (redis.call('HGET', KEYS[1], 'messageCount') or '1') ~= ARGV[1] then return {0, 'moved'} end
redis.call('HSET', KEYS[1], 'classification', ARGV[2], 'draft', ARGV[3], 'updatedAt', ARGV[4],
  'kind', ARGV[11])
redis.call('HDEL', KEYS[1], 'dirtySince')
redis.call('HINCRBY', KEYS[1], 'rev', 1)
if ARGV[10] ~= '' then redis.call('HSET', KEYS[1], 'previous', ARGV[10]) end
local counted = tonumber(redis.call('HGET', KEYS[1], 'counted') or '0')
redis.call('HSET', KEYS[1], 'counted', ARGV[1])
if redis.call('HSETNX', KEYS[1], 'triagedAt', ARGV[4]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[5])
  redis.call('EXPIRE', KEYS[2], redis.call('TTL', KEYS[1]))
  redis.call('HINCRBY', KEYS[4], ARGV[6], 1)
  redis.call('HINCRBY', KEYS[4], 'classified:' .. string.sub(ARGV[6], 7), 1)
  redis.call('EXPIRE', KEYS[4], ARGV[9])
end
if not redis.call('HGET', KEYS[1], 'campaignId') then
  redis.call('ZADD', KEYS[3], 'NX', ARGV[8], ARGV[7])
end
return {1, tonumber(ARGV[1]) - counted}
`;

// Only while the review exists: a card for an expired review is not worth resurrecting it. The
// card shows the review as it was at revision ARGV[2] ('' when not known).
// Returns the review's revision now, so a presenter sees whether it moved on meanwhile.
const SET_CARD = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'card', ARGV[1]) end
  if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'shownRev', ARGV[2]) end
end
return tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
`;

const JSON_FIELDS = [
  "message",
  "classification",
  "draft",
  "card",
  "moderation",
  "previous",
] as const;

/** Bookkeeping fields of the hash that are not part of a Review. */
const INTERNAL = [
  "dirtySince",
  "triagedAt",
  "counted",
  "previousId",
  "signals",
  "maxDuplicates",
  "correction",
] as const;

/** A campaign's counters, kept as plain fields so scripts can increment them. */
const CAMPAIGN_FIELDS = {
  campaignMessages: "messages",
  campaignAccounts: "accounts",
  campaignChannels: "channels",
  campaignFirstAt: "firstAt",
  campaignLastAt: "lastAt",
  campaignAfter: "after",
  campaignDone: "done",
  campaignFailed: "failed",
  campaignDryRun: "dryRun",
  campaignLifted: "lifted",
} as const;

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

/**
 * The review a hash holds, with its messages and a campaign's sample when given. Null when there
 * is none, or not yet: a conversation whose first triage has not run has no classification.
 */
export function fromHash(
  hash: Record<string, string>,
  messages: string[] = [],
  sample: string[] = [],
): Review | null {
  if (!hash.status || !hash.id || !hash.classification) return null;
  const out: Record<string, unknown> = { ...hash };
  for (const field of JSON_FIELDS) {
    const raw = hash[field];
    if (raw !== undefined) out[field] = JSON.parse(raw);
  }
  for (const field of INTERNAL) delete out[field];
  for (const field of ["messageCount", "rev", "shownRev"] as const) {
    if (hash[field] !== undefined) out[field] = Number(hash[field]);
  }
  if (hash.counted !== undefined) out.triagedCount = Number(hash.counted);
  if (messages.length > 0) out.messages = messages.map((m) => JSON.parse(m));
  if (hash.kind === "campaign") {
    const campaign: Record<string, unknown> = { sample };
    for (const [field, name] of Object.entries(CAMPAIGN_FIELDS)) {
      const raw = hash[field];
      delete out[field];
      if (raw === undefined) continue;
      campaign[name] = name.endsWith("At")
        ? raw
        : name === "dryRun"
          ? JSON.parse(raw)
          : Number(raw);
    }
    out.campaign = campaign;
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
  const saveTriageScript = lua(redis, SAVE_TRIAGE);

  async function get(id: string): Promise<Review | null> {
    // One transaction: a message attached between the reads would leave the two out of step.
    const rows = await redis
      .multi()
      .hgetall(keys.review(id))
      .lrange(keys.messages(id), 0, -1)
      .lrange(keys.campaignPart(id, "sample"), 0, -1)
      .exec();
    const [hash, messages, sample] = (rows ?? []).map(([, value]) => value) as [
      Record<string, string>,
      string[],
      string[],
    ];
    return fromHash(hash ?? {}, messages ?? [], sample ?? []);
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
        ],
        [
          ttl,
          STATS_TTL_SECONDS,
          JSON.stringify(audit),
          `label:${review.classification.label}`,
          review.id,
          Date.parse(review.createdAt),
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
          t.messageCount === undefined ? "" : String(t.messageCount),
          ...pairs,
        ],
      );
      return afterScript(t.reviewId, result);
    },

    async relabel(id: string, label: Label, draft: Draft, audit: AuditEntry) {
      const review = await get(id);
      if (!review) return { ok: false, current: null };
      const correction = {
        // A conversation is learned as the bot classifies it: its messages joined.
        text: conversationText(review),
        label,
        platform: review.message.platform,
        context: review.message.context,
        at: audit.at,
        // Makes each correction its own member, even two alike at the same moment.
        review: id,
      };
      const result = await relabelScript(
        [
          keys.review(id),
          keys.audit(id),
          keys.corrections,
          keys.stats(dayOf(audit.at)),
          keys.stats(dayOf(review.createdAt)),
        ],
        [
          audit.at,
          JSON.stringify(audit),
          label,
          JSON.stringify(draft),
          JSON.stringify(correction),
          ttl,
          STATS_TTL_SECONDS,
          Date.parse(audit.at),
          label === review.classification.label ? "1" : "0",
          review.classification.label,
        ],
      );
      return afterScript(id, result);
    },

    async saveTriage(id, result) {
      const at = new Date().toISOString();
      const audit: AuditEntry = {
        at,
        actor: "triage",
        action: "created",
        from: null,
        to: "pending",
        label: result.classification.label,
      };
      const [ok, detail] = (await saveTriageScript(
        [keys.review(id), keys.audit(id), keys.pending, keys.stats(dayOf(at))],
        [
          result.count,
          JSON.stringify(result.classification),
          JSON.stringify(result.draft),
          at,
          JSON.stringify(audit),
          `label:${result.classification.label}`,
          id,
          Date.parse(result.createdAt),
          STATS_TTL_SECONDS,
          result.previous ? JSON.stringify(result.previous) : "",
          result.kind,
        ],
      )) as [number, string | number];
      return ok === 1
        ? { ok: true, newMessages: Number(detail) }
        : { ok: false, reason: detail as "gone" | "decided" | "moved" };
    },

    async setCard(id: string, card: CardRef | null, shownRev?: number) {
      return Number(
        await setCardScript(
          [keys.review(id)],
          [card ? JSON.stringify(card) : "", shownRev === undefined ? "" : String(shownRev)],
        ),
      );
    },
  };
}
