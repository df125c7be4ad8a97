// Reviews in Redis hashes: how a Review is written to and read from its hash, and the store that
// runs each change as one script (review-scripts.ts).
import type { Keys } from "./keys.ts";
import { lua } from "./lua.ts";
import type { ReviewStore, Transition, TransitionResult } from "./ports.ts";
import { readTogether } from "./read-together.ts";
import type { RedisClient } from "./redis.ts";
import { CREATE, RELABEL, SAVE_TRIAGE, TRANSITION } from "./review-scripts.ts";
import {
  type AuditEntry,
  conversationText,
  type Draft,
  type Label,
  type Review,
  type ReviewStatus,
} from "./types.ts";

const DAY_SECONDS = 86_400;
/** Aggregate counters hold no text, so they may outlive the retention of messages. */
const STATS_TTL_SECONDS = 35 * DAY_SECONDS;

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
  "sendingCounted",
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
  campaignGone: "gone",
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
  const saveTriageScript = lua(redis, SAVE_TRIAGE);
  const read = readTogether(redis);

  async function get(id: string): Promise<Review | null> {
    const { hash, lists } = await read(keys.review(id), [
      keys.messages(id),
      keys.campaignPart(id, "sample"),
    ]);
    return fromHash(hash, lists[0] ?? [], lists[1] ?? []);
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
          t.gone ? "gone" : t.to,
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
  };
}
