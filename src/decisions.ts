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
        if (review.draft.text.length > max) {
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
        const text = sanitizeText(decision.text ?? "").text.trim();
        if (text.length === 0 || text.length > max) {
          return {
            ok: false,
            code: "invalid_text",
            message: `The reply must be 1 to ${max} characters (it is ${text.length}).`,
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
