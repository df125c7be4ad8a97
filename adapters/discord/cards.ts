// Review cards as Discord messages: embeds that quote hostile text safely and keep Discord's
// limits, plus the components of components.ts. Pure functions of a Review, so the worker that
// delivers and the replica that took the click render the same card.

import type { APIEmbed, APIEmbedField } from "discord.js";
import { ADDED_LINKS_TITLE, addedLinks } from "../../src/added-links.ts";
import { DRAFT_KIND_NAMES, LABEL_NAMES, scoreWords, UNSURE } from "../../src/card-words.ts";
import { percent } from "../../src/percent.ts";
import { cut, namesThatFit } from "../../src/text.ts";
import { effectiveLabel, messageCountOf, messagesOf, type Review } from "../../src/types.ts";
import { renderCampaignCard } from "./campaign-card.ts";
import { cardComponents, MAX_REPLY } from "./components.ts";
import { quoteConversation, recallPrevious } from "./conversation-quote.ts";
import { COLORS, embedLength, field, LIMITS, NO_MENTIONS, safe, when, who } from "./embed.ts";
import { escapeMarkdownWithin } from "./escape.ts";
import { renderExpiredCard } from "./expired-card.ts";
import { describeTimeout } from "./moderation-options.ts";

export { embedLength, LIMITS, NO_MENTIONS } from "./embed.ts";

/** Room the sender's text keeps beside a long draft: both are what the reviewer judges. */
const MIN_QUOTE = 1000;

/** `ownerLinks`: the links the owner configured, which a draft may carry without a warning. */
export function renderCard(review: Review, ownerLinks: readonly string[] = [], now = new Date()) {
  if (review.cardExpiredAt) return renderExpiredCard(review);
  if (review.kind === "campaign") return renderCampaignCard(review);
  const main = messageEmbed(review, now);
  const draft = review.kind === "reply" ? draftEmbed(review, ownerLinks) : null;
  if (draft) {
    // Escaping can double a draft's length: it gets what it needs, short of the sender's room.
    const room = Math.min(
      LIMITS.description,
      LIMITS.total - embedLength(main) - embedLength(draft) - MIN_QUOTE,
    );
    draft.description = escapeMarkdownWithin(draftText(review), room);
  }
  // The sender's text gets whatever room the rest leaves, so the whole card stays under 6,000.
  const room = Math.min(
    LIMITS.description,
    LIMITS.total - embedLength(main) - (draft ? embedLength(draft) : 0),
  );
  main.description = describe(review, room);
  return {
    content: "",
    embeds: draft ? [main, draft] : [main],
    components: cardComponents(review),
    allowed_mentions: NO_MENTIONS,
  };
}

function messageEmbed(review: Review, now: Date): APIEmbed {
  const m = review.message;
  const c = review.classification;
  const label = effectiveLabel(review);
  const fields: APIEmbedField[] = [
    field(
      "From",
      `${safe(m.author.name, LIMITS.fieldName) || "(no name)"} · <@${m.author.id}> · ${age(m.author.createdAt, now)}`,
    ),
  ];
  if (review.kind === "moderation") {
    const link = `https://discord.com/channels/${m.workspace}/${m.channel}/${m.id}`;
    fields.push(field("Where", `<#${m.channel}> · [jump to the message](${link})`));
  }
  const relabelled = review.correctedLabel
    ? ` (relabelled from ${LABEL_NAMES[c.label]} by a reviewer)`
    : ` · ${percent(c.confidence)} · ${c.source}`;
  // Unsure: what else it could be, in numbers beside the reason that says so.
  const unsure = !review.correctedLabel && c.confidence < UNSURE ? `\n${scoreWords(c.scores)}` : "";
  fields.push(field("Label", `**${LABEL_NAMES[label]}**${relabelled}${unsure}`, true));
  // Reasons may come from an LLM that read the sender's text: as untrusted as the text itself.
  // After a relabel the reasons argue for the label the reviewer overruled: say whose they are.
  const why = review.correctedLabel ? `Why the classifier said ${LABEL_NAMES[c.label]}` : "Why";
  fields.push(field(why, c.reasons.map((r) => `• ${safe(r, LIMITS.fieldValue)}`).join("\n")));
  // A conversation notes each message beside its quote instead.
  if (m.note && messageCountOf(review) <= 1) {
    fields.push(field("Note", safe(m.note, LIMITS.fieldValue)));
  }
  fields.push(field("Status", status(review)));
  return {
    title: cut(title(review), LIMITS.title),
    description: "",
    color: settled(review) ? COLORS[review.status === "failed" ? "failed" : "done"] : COLORS[label],
    fields,
    footer: { text: `review ${review.id}` },
    timestamp: m.receivedAt,
  };
}

function draftEmbed(review: Review, ownerLinks: readonly string[]): APIEmbed {
  const sentText = review.finalText;
  const title =
    review.status === "sent"
      ? "Reply sent"
      : review.status === "edited" || (review.status === "failed" && sentText !== review.draft.text)
        ? "Edited reply"
        : "Draft reply";
  const added = addedLinks(review, ownerLinks);
  const listed = namesThatFit(
    added.map((l) => safe(l, 300)),
    900,
    added.length,
    "",
  );
  const check = review.status === "pending" ? " Check them before you approve, or Edit." : "";
  return {
    title,
    description: "",
    color: COLORS.done,
    ...(added.length > 0 && {
      fields: [field(`⚠️ ${ADDED_LINKS_TITLE}`, `The drafting model added ${listed}.${check}`)],
    }),
    footer: { text: `${DRAFT_KIND_NAMES[review.draft.kind]} · ${review.draft.source}` },
  };
}

/**
 * The reply as the card shows it. Discord takes at most 2,000 characters per message, so more
 * than that could never be sent as is.
 */
function draftText(review: Review): string {
  const text =
    review.finalText ??
    review.draft.text ??
    "(no reply drafted: spam gets none by default. Use Edit to write one, or Reject.)";
  return cut(text, MAX_REPLY);
}

function status(review: Review): string {
  const by = review.decidedBy ? ` by ${who(review.decidedBy)}` : "";
  const at = review.decidedAt ? ` ${when(review.decidedAt)}` : "";
  const sentAt = review.sentAt ? ` ${when(review.sentAt)}` : "";
  const failure = cut(review.failure ?? "unknown reason", 600);
  if (review.kind === "moderation") {
    const action = moderationWords(review);
    switch (review.status) {
      case "pending":
        return "⏳ Waiting for a reviewer. Nothing is done until someone decides.";
      case "approved":
        return `⏳ ${action.ordered}${by}${at}; working on it…`;
      case "sent":
        return `✅ ${action.done}${sentAt}; ordered${by}${at}`;
      case "failed":
        return `⚠️ Could not ${action.verb}: ${failure}. Ordered${by}${at}`;
      default:
        return `🙈 Ignored${by}${at}: nothing was done`;
    }
  }
  switch (review.status) {
    case "pending":
      return "⏳ Waiting for a reviewer. Nothing is sent until someone decides.";
    case "approved":
    case "edited":
      return `📤 ${review.status === "edited" ? "Edited and approved" : "Approved"}${by}${at}; sending…`;
    case "sent":
      return `✅ Sent${sentAt}; ${review.finalText === review.draft.text ? "approved" : "edited"}${by}${at}`;
    case "failed":
      // Nothing went out, and the bot will not try again: say what the reviewer can still do.
      return `⚠️ Not delivered: ${failure}. Approved${by}${at}. Nothing reached them; the reply is below if you can reach them another way.`;
    case "rejected":
      return `🚫 Rejected${by}${at}: nothing was sent`;
  }
}

function moderationWords(review: Review): { ordered: string; done: string; verb: string } {
  const m = review.moderation;
  if (m?.type === "timeout") {
    const span = describeTimeout(m.seconds);
    return {
      ordered: `Timeout (${span}) ordered`,
      done: `Author timed out for ${span}`,
      verb: "time the author out",
    };
  }
  return { ordered: "Deletion ordered", done: "Message deleted", verb: "delete the message" };
}

export function settled(review: Review): boolean {
  return review.status !== "pending";
}

function age(createdAt: string | undefined, now: Date): string {
  if (!createdAt) return "account age unknown";
  const days = Math.floor((now.getTime() - Date.parse(createdAt)) / 86_400_000);
  if (days < 1) return "⚠️ account created today";
  const span =
    days >= 730
      ? `${Math.floor(days / 365)} years`
      : days >= 60
        ? `${Math.floor(days / 30)} months`
        : `${days} day${days === 1 ? "" : "s"}`;
  return `${days < 7 ? "⚠️ " : ""}account ${span} old`;
}

/** The sender's text as a block quote, with their markdown shown literally, cut to `max`. */
function quote(text: string, max: number): string {
  if (text.trim() === "") return "(no text)";
  const prefix = ">>> ";
  return `${prefix}${escapeMarkdownWithin(text, max - prefix.length, true)}`;
}

/** The label first: a channel of cards is scanned by its titles. */
function title(review: Review): string {
  if (review.kind === "moderation") return "Possible spam in a watched channel";
  const count = messageCountOf(review);
  const what = count > 1 ? `conversation · ${count} messages` : "direct message";
  return `${LABEL_NAMES[effectiveLabel(review)]} · ${what}`;
}

/**
 * The card's description: what the sender wrote, after what came before for a follow-up. A
 * one-message review quotes it as it always has.
 */
function describe(review: Review, room: number): string {
  const recalled = review.previous ? `${recallPrevious(review.previous, room)}\n` : "";
  const messages = messagesOf(review);
  const count = messageCountOf(review);
  const left = room - recalled.length;
  if (messages.length === 1 && count === 1) return `${recalled}${quote(review.message.text, left)}`;
  return `${recalled}${quoteConversation(messages, count, left)}`;
}
