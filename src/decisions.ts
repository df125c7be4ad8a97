// A reviewer's decision, whichever platform it came from: checked, applied atomically, and (for
// approvals) handed to the outbound queue. Outcomes are values; the adapter words them for people.
import type { Metrics } from "./metrics.ts";
import type {
  DecideResult,
  PlatformAdapter,
  Responder,
  ReviewStore,
  TransitionResult,
} from "./ports.ts";
import type { Queues } from "./queues.ts";
import { sanitizeText } from "./text.ts";
import {
  type AuditEntry,
  type Decision,
  isLabel,
  type Platform,
  type Review,
  type ReviewStatus,
} from "./types.ts";

export interface DecideDeps {
  store: ReviewStore;
  queues: Queues;
  responder: Responder;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  metrics: Metrics;
}

/** When the adapter sets no limit of its own. */
export const DEFAULT_MAX_REPLY = 4000;

/**
 * Length as the platforms count it: in Unicode code points, so an emoji is one character, not the
 * two UTF-16 units of `text.length`. Counted in place: an edit may be long.
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * The reply as the reviewer wrote it, control characters removed. Leading spaces and inner blank
 * lines are kept (indented code, poems); only trailing blank lines go, which both platforms drop
 * from a message anyway.
 */
export function editedText(raw: string): string {
  const text = sanitizeText(raw).text;
  // A loop, not a regex: a backtracking /(\n[ \t]*)+$/ is quadratic on a long run of blank lines.
  let end = text.length;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") end = i;
    else if (c !== " " && c !== "\t") break;
  }
  return text.slice(0, end);
}

export function createDecide(deps: DecideDeps) {
  const maxReply = (review: Review) =>
    deps.adapters.get(review.message.platform)?.maxReplyLength ?? DEFAULT_MAX_REPLY;

  async function afterTransition(
    reviewId: string,
    result: TransitionResult,
    outcome: string,
    enqueue: boolean,
  ): Promise<DecideResult> {
    if (!result.ok) {
      // Someone else decided first: show them who, from the stored review.
      const review = result.current ? await deps.store.get(reviewId) : null;
      return notPending(result.current, review);
    }
    deps.metrics.reviews.inc({ outcome });
    if (enqueue) {
      await deps.queues.outbound.add(
        "deliver",
        { reviewId: result.review.id },
        { jobId: `deliver-${result.review.id}` },
      );
    }
    return { ok: true, review: result.review };
  }

  return async function decide(decision: Decision): Promise<DecideResult> {
    const review = await deps.store.get(decision.reviewId);
    if (!review) {
      return { ok: false, code: "not_found", message: "This review no longer exists." };
    }
    const at = new Date().toISOString();
    const audit = (
      action: AuditEntry["action"],
      to: ReviewStatus,
      extra: Partial<AuditEntry> = {},
    ) => ({ at, actor: decision.actor, action, from: review.status, to, ...extra }) as AuditEntry;
    const decided = { decidedBy: decision.actor, decidedAt: at };

    switch (decision.action) {
      case "approve": {
        if (review.kind === "moderation") return notModeration();
        if (review.draft.text === null) {
          return {
            ok: false,
            code: "nothing_to_send",
            message: "There is no draft to send. Use Edit to write a reply, or Reject.",
            review,
          };
        }
        const max = maxReply(review);
        if (codePointLength(review.draft.text) > max) {
          return {
            ok: false,
            code: "invalid_text",
            message: `The draft is longer than the ${max} characters this platform takes. Use Edit to shorten it.`,
            review,
          };
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "approved",
          audit: audit("approve", "approved", { text: review.draft.text }),
          set: { ...decided, finalText: review.draft.text },
        });
        return afterTransition(review.id, result, "approved", true);
      }
      case "edit": {
        if (review.kind === "moderation") return notModeration();
        const max = maxReply(review);
        const text = editedText(decision.text ?? "");
        // Blank is refused, but what is sent keeps its whitespace.
        const length = text.trim().length === 0 ? 0 : codePointLength(text);
        if (length === 0 || length > max) {
          return {
            ok: false,
            code: "invalid_text",
            message: `The reply must be 1 to ${max} characters (it is ${length}).`,
            review,
          };
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "edited",
          audit: audit("edit", "edited", { text }),
          set: { ...decided, finalText: text },
        });
        return afterTransition(review.id, result, "edited", true);
      }
      case "reject": {
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "rejected",
          audit: audit("reject", "rejected"),
          set: decided,
        });
        return afterTransition(review.id, result, "rejected", false);
      }
      case "relabel": {
        if (!isLabel(decision.label)) {
          return { ok: false, code: "invalid_label", message: "Unknown label.", review };
        }
        if (review.status !== "pending") return notPending(review.status, review);
        const draft = await deps.responder.draft(review.message, {
          ...review.classification,
          label: decision.label,
        });
        const result = await deps.store.relabel(
          review.id,
          decision.label,
          draft,
          audit("relabel", "pending", { label: decision.label }),
        );
        return afterTransition(review.id, result, "relabelled", false);
      }
      case "moderate": {
        if (review.kind !== "moderation" || !decision.moderation) return notModeration();
        if (decision.moderation.type === "ignore") {
          const result = await deps.store.transition({
            reviewId: review.id,
            from: ["pending"],
            to: "rejected",
            audit: audit("moderate", "rejected", { detail: "ignored" }),
            set: { ...decided, moderation: decision.moderation },
          });
          return afterTransition(review.id, result, "rejected", false);
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "approved",
          audit: audit("moderate", "approved", { detail: decision.moderation.type }),
          set: { ...decided, moderation: decision.moderation },
        });
        return afterTransition(review.id, result, "approved", true);
      }
    }
  };
}

function notPending(current: ReviewStatus | null, review: Review | null): DecideResult {
  const by = review?.decidedBy ? ` by ${review.decidedBy}` : "";
  return {
    ok: false,
    code: current ? "not_pending" : "not_found",
    message: current
      ? `This review was already decided (${current}${by}).`
      : "This review no longer exists.",
    ...(review ? { review } : {}),
  };
}

function notModeration(): DecideResult {
  return {
    ok: false,
    code: "not_moderation",
    message: "That action does not apply to this card.",
  };
}
