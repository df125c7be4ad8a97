// Clicks on review cards and Edit submissions -> decisions. Parse the action id, check the
// reviewer, acknowledge within Slack's 3 s, then hand the decision to the core. Sending is the
// outbound queue's job; the card shows the outcome when the queue calls updateCard.
import type { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import { LABEL_NAMES } from "../../src/card-words.ts";
import { draftChangedCardStale } from "../../src/decisions.ts";
import type { AdapterContext } from "../../src/ports.ts";
import { cut } from "../../src/text.ts";
import { type Decision, effectiveLabel, isLabel, type Review } from "../../src/types.ts";
import { type CardClick, draftVersionOf, parseActionId } from "./action-ids.ts";
import { editModal, inlineError, parseModalMeta, readEdit, tooLongToEdit } from "./edit-modal.ts";
import { type CardBody, renderMissingCard } from "./expired-card.ts";
import { named } from "./mrkdwn.ts";
import { isReviewer, originOf, type Workspace } from "./workspace.ts";

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface InteractionDeps {
  ctx: AdapterContext;
  /** The bot's client: views, ephemeral notes. */
  client: WebClient;
  reviewerIds: ReadonlySet<string>;
  /** Where the app is installed: a reviewer's id counts only from there. */
  workspace: Workspace;
  updateCard(review: Review): Promise<void>;
  /** Edits the card message itself: for a card whose review is gone. */
  replaceCard(where: { channel: string; ts: string }, card: CardBody): Promise<void>;
  logger: Logger;
}

/** The parts of a block_actions payload we read. */
export interface ActionBody {
  user: { id: string };
  team?: { id?: string } | null;
  enterprise?: { id?: string } | null;
  trigger_id?: string;
  channel?: { id?: string };
  container?: { channel_id?: string; message_ts?: string };
  /** The clicked card as it was: its blocks, and when it was last edited (if it was). */
  message?: { ts?: string; blocks?: unknown; edited?: { ts?: string } };
}

export interface ActionPayload {
  action_id?: string;
  /** A button's value: Approve's names the draft the card showed. */
  value?: string;
  selected_option?: { value?: string } | null;
}

export const NOT_A_REVIEWER =
  "Only the reviewers listed in SLACK_REVIEWER_IDS can decide on review cards. Nothing was changed.";

export async function onCardAction(
  args: { body: ActionBody; action: ActionPayload; ack: () => Promise<void> },
  deps: InteractionDeps,
): Promise<void> {
  const { body, action } = args;
  // Acknowledge at once: relabelling drafts a new reply, which may take longer than 3 s.
  await args.ack();
  const click = parseActionId(action.action_id);
  // Not one of ours (or a forged id): nothing to run.
  if (!click) return;
  const where = cardOf(body);
  const note = (text: string) => ephemeral(deps, where?.channel, body.user.id, text);
  if (!isReviewer(deps, body.user.id, originOf(body))) {
    await note(NOT_A_REVIEWER);
    return;
  }
  // After the ack Slack shows nothing for a failure: the reviewer hears from us, or from no one.
  let decided: Review | null = null;
  try {
    if (click.action === "edit") {
      await openEditor(body, click, where, deps, note);
      return;
    }
    const decision = toDecision(click, body.user.id, action);
    if (typeof decision === "string") {
      await note(decision);
      return;
    }
    const result = await deps.ctx.decide(decision);
    if (!result.ok) {
      if (result.code === "not_found") {
        await answerMissing(body, where, deps, note, result.message, click.reviewId);
        return;
      }
      if (result.code === "draft_changed" && result.review) {
        await note(await refreshStaleCard(deps, result.review, where, result.message));
        return;
      }
      await note(result.message);
      return;
    }
    decided = result.review;
    const review = result.review;
    // Approved: the outbound queue delivers, then edits the card; editing it here too could race.
    if (review.kind !== "campaign" && (review.status === "approved" || review.status === "edited"))
      return;
    if (review.kind === "campaign") {
      // Its copies are handled by the outbound queue, which has the card edited as the counts
      // change; refreshed now (as stored, counts and all), it loses its buttons and says who
      // decided at once.
      const current = (await deps.ctx.getReview(review.id).catch(() => null)) ?? review;
      await refreshClickedCard(deps, current, where);
      return;
    }
    // Rejected or relabelled: nothing is queued, so the card is ours to refresh.
    await refreshClickedCard(deps, review, where);
  } catch (err) {
    const reason = failureReason(err);
    // Ids, codes and the error's message; never the error's data, which can echo what was sent.
    deps.logger.error(
      {
        reviewId: click.reviewId,
        action: click.action,
        reason,
        code: errorCode(err),
        err: cut((err as Error).message ?? String(err), 300),
      },
      "card action failed after the ack",
    );
    await note(
      decided
        ? notRefreshed(decided, reason)
        : click.action === "edit"
          ? `The editor could not be opened (${reason}). Nothing was decided.`
          : await unknownOutcome(deps, click, body.user.id, reason),
    );
  }
}

/**
 * An Approve from a card that showed an older draft sent nothing. The card is refreshed before the
 * reviewer is told to look at it; the note says so when that failed.
 */
async function refreshStaleCard(
  deps: InteractionDeps,
  review: Review,
  where: { channel: string; ts: string } | null,
  message: string,
): Promise<string> {
  try {
    await refreshClickedCard(deps, review, where);
    return message;
  } catch (err) {
    const reason = failureReason(err);
    deps.logger.warn(
      { reviewId: review.id, reason, code: errorCode(err) },
      "card not refreshed after a stale approval",
    );
    return draftChangedCardStale(reason);
  }
}

/**
 * The clicked card's review is gone (expired, or lost by Redis): the card says which, as far as
 * its times tell, and loses its buttons. The note goes to the reviewer only if that edit failed.
 */
async function answerMissing(
  body: ActionBody,
  where: { channel: string; ts: string } | null,
  deps: InteractionDeps,
  note: (text: string) => Promise<void>,
  fallback: string,
  reviewId: string,
): Promise<void> {
  const edited = body.message?.edited?.ts;
  const missing = where
    ? deps.ctx.missingReview?.({
        postedAt: Number(where.ts) * 1000,
        editedAt: edited ? Number(edited) * 1000 : undefined,
      })
    : undefined;
  if (!where || !missing) {
    await note(fallback);
    return;
  }
  deps.logger.warn({ reviewId, reason: missing.reason }, "clicked review is gone");
  try {
    await deps.replaceCard(where, renderMissingCard(missing, body.message?.blocks));
  } catch (err) {
    deps.logger.warn(
      { reviewId, reason: failureReason(err), code: errorCode(err) },
      "card of a missing review not edited",
    );
    await note(missing.note);
  }
}

/** The clicked message is the card, even if the click beat the review's record of it. */
function refreshClickedCard(
  deps: InteractionDeps,
  review: Review,
  where: { channel: string; ts: string } | null,
): Promise<void> {
  const card = review.card ?? (where ? { channel: where.channel, ts: where.ts } : undefined);
  return deps.updateCard(card ? { ...review, card } : review);
}

/** The decision stands; only the card still shows the buttons (or the old draft). */
function notRefreshed(review: Review, reason: string): string {
  const why = `The card could not be refreshed (${reason})`;
  if (review.kind === "campaign") {
    return `Decided for the whole campaign; its conversations are being handled. ${why}, so it may still show its buttons: clicking them changes nothing.`;
  }
  if (review.status === "rejected") {
    return `Rejected; nothing will be sent. ${why}, so it may still show its buttons.`;
  }
  // Its Approve names the old draft, so it sends nothing and refreshes the card instead.
  return `Relabelled as ${LABEL_NAMES[effectiveLabel(review)]}. ${why}, so it still shows the old label and draft; its Approve sends nothing until the card shows the new draft.`;
}

/**
 * decide threw, perhaps after its transition (the enqueue of an approval, say): the stored review
 * says what was recorded, so the note does not claim "nothing happened" when something did.
 */
async function unknownOutcome(
  deps: InteractionDeps,
  click: CardClick,
  userId: string,
  reason: string,
): Promise<string> {
  const review = await deps.ctx.getReview(click.reviewId).catch(() => undefined);
  if (review === undefined) {
    return `It is not known whether this was recorded (${reason}). Check the card or \`/triage pending\` before clicking again.`;
  }
  if (!review || review.status === "pending") return `Nothing was decided: ${reason}. Try again.`;
  if (review.decidedBy !== `slack:${userId}`) {
    const by = review.decidedBy ? ` by ${review.decidedBy}` : "";
    return `Nothing was decided: ${reason}. The review was already ${review.status}${by}.`;
  }
  if (review.status === "rejected") {
    return `Rejected; nothing will be sent. Something failed afterwards (${reason}), so the card may still show its buttons.`;
  }
  return `Approved, but something failed afterwards (${reason}): the reply may not have been queued for sending; tell whoever runs the bot.`;
}

/** A short, safe reason for the reviewer and the log: Slack's error code, never its payload. */
function failureReason(err: unknown): string {
  const e = err as { code?: string; data?: { error?: string }; statusCode?: number };
  switch (e.code) {
    case "slack_webapi_platform_error":
      return e.data?.error ?? "Slack refused the call";
    case "slack_webapi_http_error":
      return `Slack answered HTTP ${e.statusCode ?? "error"}`;
    case "slack_webapi_rate_limited_error":
      return "Slack's rate limit";
    case "slack_webapi_request_error":
      return "Slack could not be reached";
    default:
      return "an internal error, logged by the bot";
  }
}

/** For the log only: which kind of error, when it has a code. */
function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

async function openEditor(
  body: ActionBody,
  click: CardClick,
  where: { channel: string; ts: string } | null,
  deps: InteractionDeps,
  note: (text: string) => Promise<void>,
): Promise<void> {
  // The trigger_id lives 3 s: one Redis read, then the modal, nothing in between.
  const review = await deps.ctx.getReview(click.reviewId);
  if (review?.status === "pending" && body.trigger_id && where) {
    // A draft the input cannot hold would make views.open fail: say so instead.
    const tooLong = tooLongToEdit(review);
    if (tooLong) {
      await note(tooLong);
      return;
    }
    await deps.client.views.open({
      trigger_id: body.trigger_id,
      view: editModal(review, where) as never,
    });
    return;
  }
  if (!review) {
    await answerMissing(body, where, deps, note, "This review no longer exists.", click.reviewId);
    return;
  }
  await note(
    review.status !== "pending"
      ? `This review was already decided (${review.status}${review.decidedBy ? ` by ${review.decidedBy}` : ""}).`
      : "The editor could not be opened from here; use the card's Edit button.",
  );
}

function toDecision(click: CardClick, userId: string, action: ActionPayload): Decision | string {
  const base = { reviewId: click.reviewId, actor: `slack:${userId}` };
  switch (click.action) {
    case "approve":
      return {
        ...base,
        action: "approve",
        draftVersion: draftVersionOf(action.value, click.reviewId),
      };
    case "reject":
      return { ...base, action: click.action };
    case "not_spam":
      return { ...base, action: "not_spam" };
    case "relabel": {
      const label = action.selected_option?.value;
      return isLabel(label) ? { ...base, action: "relabel", label } : "Unknown label.";
    }
    case "edit":
      return "Use the Edit button to open the editor.";
  }
}

/** The parts of a view_submission payload we read. */
export interface ViewSubmission {
  body: {
    user: { id: string };
    team?: { id?: string } | null;
    enterprise?: { id?: string } | null;
  };
  view: {
    callback_id?: string;
    private_metadata?: string;
    state?: { values?: Record<string, Record<string, { value?: string | null }>> };
  };
  ack: (response?: { response_action: "errors"; errors: Record<string, string> }) => Promise<void>;
}

export async function onEditSubmit(args: ViewSubmission, deps: InteractionDeps): Promise<void> {
  const click = parseActionId(args.view.callback_id);
  if (click?.action !== "edit") return args.ack();
  const errors = (message: string) =>
    args.ack({ response_action: "errors", errors: inlineError(message) });
  if (!isReviewer(deps, args.body.user.id, originOf(args.body))) return errors(NOT_A_REVIEWER);
  const edit = readEdit(args.view.state?.values);
  if (!edit.ok) return errors(edit.error);
  // An edit is one Redis transition and an enqueue: well inside the 3 s, and the verdict can then
  // be shown where the reviewer is looking.
  const result = await deps.ctx.decide({
    reviewId: click.reviewId,
    action: "edit",
    actor: `slack:${args.body.user.id}`,
    text: edit.text,
  });
  const meta = parseModalMeta(args.view.private_metadata);
  if (!result.ok && result.code === "not_found" && meta) {
    // As a click on the card would: the card becomes the plain note, and the editor says it too.
    const missing = deps.ctx.missingReview?.({ postedAt: Number(meta.ts) * 1000 });
    if (missing) {
      deps.logger.warn(
        { reviewId: click.reviewId, reason: missing.reason },
        "edited review is gone",
      );
      await deps
        .replaceCard(meta, renderMissingCard(missing, undefined))
        .catch((err: unknown) =>
          deps.logger.warn(
            { reviewId: click.reviewId, reason: failureReason(err), code: errorCode(err) },
            "card of a missing review not edited",
          ),
        );
      return errors(missing.note);
    }
  }
  if (!result.ok) return errors(result.message);
  await args.ack();
  deps.logger.debug({ reviewId: click.reviewId, card: meta?.ts }, "edited reply queued");
}

/** Where the clicked card is. */
function cardOf(body: ActionBody): { channel: string; ts: string } | null {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.container?.message_ts ?? body.message?.ts;
  return channel && ts ? { channel, ts } : null;
}

/** A note only the clicking person sees; best effort, the decision stands either way. */
export async function ephemeral(
  deps: Pick<InteractionDeps, "client" | "logger">,
  channel: string | undefined,
  user: string,
  text: string,
): Promise<void> {
  if (!channel) return;
  try {
    await deps.client.chat.postEphemeral({ channel, user, text: named(text) });
  } catch (err) {
    deps.logger.warn({ err: (err as Error).message }, "could not post an ephemeral note");
  }
}
