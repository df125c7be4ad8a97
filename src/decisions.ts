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
import { enqueueDelivery, type Queues, repairDelivery } from "./queues.ts";
import { codePointLength, sanitizeText } from "./text.ts";
import {
  type AuditEntry,
  cardVersion,
  type Decision,
  isLabel,
  type Label,
  messageCountOf,
  type Platform,
  type Review,
  type ReviewStatus,
  UNKNOWN_DRAFT_VERSION,
} from "./types.ts";

export interface DecideDeps {
  store: ReviewStore;
  queues: Queues;
  /** Hands a decided campaign's action to the outbound queue, for all its members. */
  applyCampaign(campaignId: string): Promise<void>;
  /** Marks a released campaign's text, so it does not gather again for a while. */
  releaseCampaign(campaign: Review): Promise<void>;
  responder: Responder;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  metrics: Metrics;
}

/** When the adapter sets no limit of its own. */
export const DEFAULT_MAX_REPLY = 4000;

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
  const lengthOf = (review: Review, text: string) =>
    deps.adapters.get(review.message.platform)?.replyLength?.(text) ?? codePointLength(text);

  async function afterTransition(
    reviewId: string,
    result: TransitionResult,
    outcome: string,
    enqueue: boolean,
    repair = false,
  ): Promise<DecideResult> {
    if (!result.ok) {
      // Someone else decided first: show them who, from the stored review.
      const review = result.current ? await deps.store.get(reviewId) : null;
      if (result.draftChanged && review) return draftChanged(review);
      const refused = notPending(result.current, review);
      // Approving again is how a reviewer repairs an approval whose send was never queued (the
      // add below failed, or the process died between the commit and the add). Not an edit: it
      // would send the earlier text, not the one just typed.
      if (repair && review && (review.status === "approved" || review.status === "edited")) {
        // A campaign's action is applied to its members, never delivered: apply it again
        // (it only acts on members still pending).
        if (review.kind === "campaign") {
          await deps.applyCampaign(review.id);
          return refused;
        }
        if (await repairDelivery(deps.queues, review.id)) {
          return { ...refused, message: `${refused.message} Its send is queued again now.` };
        }
      }
      return refused;
    }
    deps.metrics.reviews.inc({ outcome });
    if (enqueue) {
      try {
        if (result.review.kind === "campaign") await deps.applyCampaign(result.review.id);
        else await enqueueDelivery(deps.queues, result.review.id);
      } catch {
        // The decision stands, so "nothing was decided" would be wrong: say what to do instead.
        return {
          ok: false,
          code: "not_queued",
          message: notQueued(result.review),
          review: result.review,
        };
      }
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
        if (review.kind !== "reply") return notModeration();
        // Decided already (maybe edited because the draft was empty or too long): no status goes
        // back to pending, so refuse it as decided, past the draft checks, and repair a send that
        // was never queued.
        if (review.status !== "pending") {
          const refused = { ok: false, current: review.status } as const;
          return afterTransition(review.id, refused, "approved", true, true);
        }
        // Before the draft checks: a card that showed another draft is refused as stale, even
        // if the current draft could not be sent either, so the reviewer looks at the new one.
        if (decision.draftVersion !== undefined && !showsCard(decision.draftVersion, review)) {
          return draftChanged(review);
        }
        // No draft, or a blank one (an owner's template can come out empty): nothing to send.
        if (review.draft.text === null || review.draft.text.trim() === "") {
          return {
            ok: false,
            code: "nothing_to_send",
            message: "There is no draft to send. Use Edit to write a reply, or Reject.",
            review,
          };
        }
        const max = maxReply(review);
        if (lengthOf(review, review.draft.text) > max) {
          return {
            ok: false,
            code: "invalid_text",
            // True on both platforms: Discord's editor opens it (cut to fit), Slack's holds 3,000
            // characters and says so instead of opening.
            message: `The draft is longer than the ${max} characters this platform takes, so nothing was sent. Shorten it with Edit if the editor opens it; otherwise reject it and write to the sender yourself.`,
            review,
          };
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "approved",
          audit: audit("approve", "approved", { text: review.draft.text }),
          // The draft just checked (version and length) is the one sent, or nothing is; and the
          // conversation it answers has not grown since.
          draft: review.draft,
          ...(decision.draftVersion !== undefined ? { messageCount: messageCountOf(review) } : {}),
          set: { ...decided, finalText: review.draft.text },
        });
        return afterTransition(review.id, result, "approved", true, true);
      }
      case "edit": {
        if (review.kind !== "reply") return notModeration();
        const max = maxReply(review);
        const text = editedText(decision.text ?? "");
        // Blank is refused, but what is sent keeps its whitespace.
        const length = text.trim().length === 0 ? 0 : lengthOf(review, text);
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
        // On a campaign card: Reject all, applied to its members by the outbound queue.
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "rejected",
          audit: audit("reject", "rejected"),
          set: decided,
        });
        return afterTransition(review.id, result, "rejected", review.kind === "campaign");
      }
      case "not_spam": {
        if (review.kind !== "campaign") return notModeration();
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "rejected",
          audit: audit("not_spam", "rejected", { detail: "not spam" }),
          set: { ...decided, correctedLabel: releasedLabel(review) },
        });
        if (result.ok) await deps.releaseCampaign(result.review);
        return afterTransition(review.id, result, "released", true);
      }
      case "undo": {
        // Timeouts can be lifted; a deleted message cannot come back.
        const m = review.moderation;
        if (review.kind !== "campaign" || m?.type !== "timeout" || m.seconds === 0) {
          return notModeration();
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["approved"],
          to: "approved",
          audit: audit("undo", "approved", { detail: "timeouts lifted" }),
          set: { ...decided, moderation: { type: "timeout", seconds: 0 } },
        });
        return afterTransition(review.id, result, "undone", true);
      }
      case "relabel": {
        if (review.kind === "campaign") return notModeration();
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
        const watched = review.kind === "moderation" || review.message.context === "channel";
        if (!watched || !decision.moderation) return notModeration();
        if (decision.moderation.type === "ignore") {
          const result = await deps.store.transition({
            reviewId: review.id,
            from: ["pending"],
            to: "rejected",
            audit: audit("moderate", "rejected", { detail: "ignored" }),
            set: { ...decided, moderation: decision.moderation },
          });
          return afterTransition(review.id, result, "rejected", review.kind === "campaign");
        }
        const result = await deps.store.transition({
          reviewId: review.id,
          from: ["pending"],
          to: "approved",
          audit: audit("moderate", "approved", { detail: decision.moderation.type }),
          set: { ...decided, moderation: decision.moderation },
        });
        return afterTransition(review.id, result, "approved", true, true);
      }
    }
  };
}

function notPending(
  current: ReviewStatus | null,
  review: Review | null,
): Extract<DecideResult, { ok: false }> {
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

/**
 * Whether the card that asked for an approval showed the stored draft. A card from before versions
 * (UNKNOWN_DRAFT_VERSION) showed the draft of its last render, which is not known: accept it only
 * while the draft is the one the review was created with (a relabel, the one rewrite of a pending
 * draft, always sets correctedLabel). Otherwise refusing is safe: the card is refreshed, now with
 * a version, and the next click on it is judged exactly.
 */
function showsCard(version: string, review: Review): boolean {
  if (version === UNKNOWN_DRAFT_VERSION) {
    return review.correctedLabel === undefined && messageCountOf(review) <= 1;
  }
  return version === cardVersion(review);
}

/** What "not spam" makes a campaign: its best label other than spam, for the record. */
function releasedLabel(review: Review): Label {
  const { scores } = review.classification;
  return scores.collaboration > scores.feedback_request ? "collaboration" : "feedback_request";
}

const DRAFT_CHANGED =
  "Nothing was sent: the draft changed after this card showed it (a relabel wrote a new one, or the sender wrote again).";

/** Adapters refresh the card before passing this on, so "the card now shows" holds when they say it. */
function draftChanged(review: Review): Extract<DecideResult, { ok: false }> {
  return {
    ok: false,
    code: "draft_changed",
    message: `${DRAFT_CHANGED} The card now shows the current draft; read it and click Approve again if that is what should go out.`,
    review,
  };
}

/** What an adapter says instead of draft_changed's message when it could not refresh the card. */
export function draftChangedCardStale(reason?: string): string {
  const why = reason ? ` (${reason})` : "";
  return `${DRAFT_CHANGED} The card could not be refreshed${why}, so it still shows the old draft: Edit opens the current one, and Approve on this card keeps sending nothing.`;
}

/** The add may have failed before or after Redis took it: "may not", and how to make sure. */
function notQueued(review: Review): string {
  if (review.kind === "moderation") {
    return "Recorded, but something failed afterwards: the action may not have been queued. Click it again to queue it.";
  }
  const what = review.status === "edited" ? "Your edit is saved" : "Approved";
  return `${what}, but something failed afterwards: the reply may not have been queued for sending. Click Approve again to queue it.`;
}

function notModeration(): DecideResult {
  return {
    ok: false,
    code: "not_moderation",
    message: "That action does not apply to this card.",
  };
}
