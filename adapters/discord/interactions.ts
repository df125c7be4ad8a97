// Clicks on review cards -> decisions. Parse the component id, check the reviewer, acknowledge
// within Discord's 3 s (defer), then hand the decision to the core. Sending is the outbound
// queue's job; the card shows the outcome when the queue calls updateCard.
import {
  type ButtonInteraction,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import { LABEL_NAMES } from "../../src/card-words.ts";
import { draftChangedCardStale } from "../../src/decisions.ts";
import type { AdapterContext } from "../../src/ports.ts";
import { type Decision, isLabel, type Review, UNKNOWN_DRAFT_VERSION } from "../../src/types.ts";
import { NO_MENTIONS } from "./cards.ts";
import { editModal } from "./components.ts";
import { type CardClick, EDIT_FIELD, parseCustomId } from "./custom-ids.ts";
import { renderMissingCard } from "./expired-card.ts";
import { parseTimeout } from "./moderation-options.ts";
import { type Reviewers, refuseNonReviewer } from "./reviewers.ts";

export interface InteractionDeps {
  ctx: AdapterContext;
  reviewers: Reviewers;
  updateCard(review: Review): Promise<void>;
  /** Edits the card message itself: for a card whose review is gone. */
  replaceCard(card: CardRef, body: Record<string, unknown>): Promise<void>;
  logger: Logger;
}

/**
 * Waits before the second and third attempt to refresh a card after a decision. The decision is
 * already recorded, so a card left with live buttons would invite clicks that change nothing.
 */
const REFRESH_DELAYS_MS = [250, 1000];

type CardInteraction = ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

const EPHEMERAL = MessageFlags.Ephemeral;

export async function handleCardInteraction(
  interaction: Interaction,
  deps: InteractionDeps,
): Promise<void> {
  if (
    !interaction.isButton() &&
    !interaction.isStringSelectMenu() &&
    !interaction.isModalSubmit()
  ) {
    return;
  }
  const click = parseCustomId(interaction.customId);
  // Not one of our components (another bot feature, or a forged id): leave it unanswered.
  if (!click) return;
  if (!deps.reviewers.allows(interaction)) {
    await refuseNonReviewer(interaction);
    return;
  }
  if (click.action === "edit" && interaction.isButton()) {
    await openEditModal(interaction, click, deps);
    return;
  }

  // Acknowledge first: deciding may draft a new reply (relabel), which can take longer than 3 s.
  if (interaction.isModalSubmit() && !interaction.isFromMessage()) {
    await interaction.deferReply({ flags: EPHEMERAL });
  } else {
    await interaction.deferUpdate();
  }
  const decision = toDecision(interaction, click);
  if (typeof decision === "string") {
    await notify(interaction, decision);
    return;
  }
  const result = await deps.ctx.decide(decision);
  if (!result.ok) {
    if (result.code === "not_found") {
      await answerMissing(interaction, deps, click, result.message);
      return;
    }
    if (result.code === "draft_changed" && result.review) {
      await refuseStaleDraft(interaction, deps, result.review, result.message);
      return;
    }
    await notify(interaction, result.message);
    return;
  }
  // From here on the decision is recorded: no failure below may reach the caller's catch-all,
  // which tells the reviewer that nothing was decided.
  const review = result.review;
  if (review.kind === "campaign") {
    await afterCampaignDecision(interaction, deps, review);
    return;
  }
  if (review.status === "approved" || review.status === "edited") {
    // The outbound queue delivers and then edits the card; editing it here too could race it.
    const what = review.kind === "moderation" ? "Done shortly" : "Sending the reply now";
    await notify(interaction, `${what}; the card will show the outcome.`).catch((err: Error) =>
      deps.logger.warn({ reviewId: review.id, err: err.message }, "decision note not sent"),
    );
    return;
  }
  // Rejected, ignored or relabelled: nothing is queued, so the card is ours to refresh.
  if (!(await refreshClickedCard(interaction, deps, review, "a decision"))) {
    await notify(interaction, staleCardNote(review)).catch(() => {});
  }
}

/**
 * A campaign's decision is applied to its copies by the outbound queue, which has the card edited
 * as the counts change. The card is refreshed at once all the same: its buttons go, and it says
 * who decided, long before the last copy is handled.
 */
async function afterCampaignDecision(
  interaction: CardInteraction,
  deps: InteractionDeps,
  review: Review,
): Promise<void> {
  const current = (await deps.ctx.getReview(review.id).catch(() => null)) ?? review;
  if (await refreshClickedCard(interaction, deps, current, "a campaign decision")) return;
  await notify(
    interaction,
    "Decided for the whole campaign; its copies are being handled. The card could not be refreshed yet, so its buttons still show: clicking them changes nothing.",
  ).catch(() => {});
}

/** Refreshes the clicked card; false (logged) if it could not be. */
async function refreshClickedCard(
  interaction: CardInteraction,
  deps: InteractionDeps,
  review: Review,
  after: string,
): Promise<boolean> {
  // The clicked message is the card, even if the click beat the review's record of it.
  const card = review.card ?? (interaction.message ? cardRef(interaction.message) : undefined);
  try {
    await refreshCard(deps, card ? { ...review, card } : review);
    return true;
  } catch (err) {
    deps.logger.warn(
      { reviewId: review.id, err: (err as Error).message },
      `card not refreshed after ${after}`,
    );
    return false;
  }
}

/**
 * An Approve from a card that showed an older draft: nothing was sent. The card is refreshed first,
 * so the reviewer is told to look at it only once it shows the current draft.
 */
async function refuseStaleDraft(
  interaction: CardInteraction,
  deps: InteractionDeps,
  review: Review,
  message: string,
): Promise<void> {
  if (!(await refreshClickedCard(interaction, deps, review, "a stale approval"))) {
    await notify(interaction, draftChangedCardStale());
    return;
  }
  await notify(interaction, message);
}

/** updateCard, tried again in place while Discord's failure may pass (5xx, 429, network). */
async function refreshCard(deps: InteractionDeps, review: Review): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await deps.updateCard(review);
      return;
    } catch (err) {
      const delay = REFRESH_DELAYS_MS[attempt];
      if (delay === undefined || !mayPass(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** A 4xx other than 429 is Discord refusing this request: asking again gets the same answer. */
function mayPass(err: unknown): boolean {
  return !(err instanceof DiscordAPIError) || err.status === 429 || err.status >= 500;
}

/** What was decided, for a reviewer whose card still shows it undecided. */
function staleCardNote(review: Review): string {
  if (review.status === "pending" && review.correctedLabel) {
    // The old card's Approve names the old draft, so it sends nothing until the card is refreshed.
    const approve = review.draft.text
      ? " Approve on it sends nothing: it refreshes the card, and the next Approve sends the new draft."
      : "";
    return `Relabelled to ${LABEL_NAMES[review.correctedLabel]}; the card could not be refreshed, so it still shows the old label and draft.${approve}`;
  }
  const what = review.kind === "moderation" ? "ignored (nothing done)" : "rejected (nothing sent)";
  return `Decided: ${what}; the card could not be refreshed, so its buttons still show. Clicking them changes nothing.`;
}

type CardRef = { channelId: string; messageId: string };

function cardRef(message: { id: string; channelId: string }): CardRef {
  return { channelId: message.channelId, messageId: message.id };
}

/**
 * The clicked card's review is gone (expired, or lost by Redis): the card says which, as far as
 * its times tell, and loses its buttons. The note goes to the reviewer only if that edit failed.
 */
async function answerMissing(
  interaction: CardInteraction,
  deps: InteractionDeps,
  click: CardClick,
  fallback: string,
): Promise<void> {
  const message = interaction.message;
  const missing = message
    ? deps.ctx.missingReview?.({
        postedAt: message.createdTimestamp,
        editedAt: message.editedTimestamp ?? undefined,
      })
    : undefined;
  if (!message || !missing) {
    await notify(interaction, fallback);
    return;
  }
  deps.logger.warn({ reviewId: click.reviewId, reason: missing.reason }, "clicked review is gone");
  try {
    await deps.replaceCard(cardRef(message), renderMissingCard(missing));
  } catch (err) {
    deps.logger.warn(
      { reviewId: click.reviewId, err: (err as Error).message },
      "card of a missing review not edited",
    );
    await notify(interaction, missing.note);
  }
}

async function openEditModal(
  interaction: ButtonInteraction,
  click: CardClick,
  deps: InteractionDeps,
): Promise<void> {
  // A modal must be the first answer, so there is no defer here: one Redis read, then the modal.
  const review = await deps.ctx.getReview(click.reviewId);
  if (review?.status === "pending" && review.kind === "reply") {
    await interaction.showModal(editModal(review));
    return;
  }
  if (!review) {
    await interaction.deferUpdate();
    await answerMissing(interaction, deps, click, "This review no longer exists.");
    return;
  }
  const why =
    review.status !== "pending"
      ? `This review was already decided (${review.status}${review.decidedBy ? ` by ${review.decidedBy}` : ""}).`
      : "That action does not apply to this card.";
  await interaction.reply({ content: named(why), flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
}

/** The decision a click asks for, or why it cannot be one (a crafted or stale value). */
function toDecision(interaction: CardInteraction, click: CardClick): Decision | string {
  const base = { reviewId: click.reviewId, actor: `discord:${interaction.user.id}` };
  const picked = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  switch (click.action) {
    case "approve":
      // A card from before versions names no draft: the core decides what that means.
      return {
        ...base,
        action: "approve",
        draftVersion: click.draftVersion ?? UNKNOWN_DRAFT_VERSION,
      };
    case "reject":
      return { ...base, action: click.action };
    case "edit":
      if (!interaction.isModalSubmit()) return "Use the Edit button to open the editor.";
      // The modal enforces 1-2,000 characters; the core checks again, since a client can lie.
      return { ...base, action: "edit", text: interaction.fields.getTextInputValue(EDIT_FIELD) };
    case "relabel":
      return isLabel(picked) ? { ...base, action: "relabel", label: picked } : "Unknown label.";
    case "delete":
    case "ignore":
      return { ...base, action: "moderate", moderation: { type: click.action } };
    case "not_spam":
    case "undo":
      return { ...base, action: click.action };
    case "timeout": {
      const seconds = parseTimeout(picked);
      return seconds === null
        ? "Pick one of the offered timeouts."
        : { ...base, action: "moderate", moderation: { type: "timeout", seconds } };
    }
  }
}

/** A note only the clicking reviewer sees. */
async function notify(interaction: CardInteraction, content: string): Promise<void> {
  await interaction.followUp({
    content: named(content),
    flags: EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  });
}

/** The core names actors "discord:<id>"; a mention shows the person's name (and pings no one). */
function named(text: string): string {
  return text.replace(/\bdiscord:(\d{17,20})\b/g, "<@$1>");
}
