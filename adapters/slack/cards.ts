// Review cards as Block Kit messages. Pure functions of a Review, so the worker that delivers and
// the replica that took the click render the same card. Everything a stranger wrote is escaped.

import { ADDED_LINKS_TITLE, addedLinks } from "../../src/added-links.ts";
import { DRAFT_KIND_NAMES, LABEL_NAMES, scoreWords, UNSURE } from "../../src/card-words.ts";
import { percent } from "../../src/percent.ts";
import { namesThatFit } from "../../src/text.ts";
import {
  cardVersion,
  effectiveLabel,
  LABELS,
  type Label,
  messageCountOf,
  messagesOf,
  type Review,
} from "../../src/types.ts";
import { actionId, approveValue } from "./action-ids.ts";
import { type Block, button, context, header, mrkdwn, section } from "./blocks.ts";
import { renderCampaignCard } from "./campaign-card.ts";
import { quoteConversation, recallPrevious } from "./conversation-quote.ts";
import { renderExpiredCard } from "./expired-card.ts";
import { chunks, cutEscaped, escapeText, LIMITS, slackCut, when, who } from "./mrkdwn.ts";

export type { Block } from "./blocks.ts";

export interface CardMessage {
  /** The notification and fallback text. */
  text: string;
  blocks: Block[];
}

/** Room for the sender's text: four sections of 3,000 keep a 20,000-character DM readable. */
const MESSAGE_SECTIONS = 4;
/** A reply is at most 4,000 characters, so two sections always show all of it. */
const DRAFT_SECTIONS = 2;

/** `ownerLinks`: the links the owner configured, which a draft may carry without a warning. */
export function renderCard(review: Review, ownerLinks: readonly string[] = []): CardMessage {
  if (review.cardExpiredAt) return renderExpiredCard(review);
  if (review.kind === "campaign") return renderCampaignCard(review);
  const m = review.message;
  const c = review.classification;
  const label = effectiveLabel(review);
  const asOwner = m.meta?.replyAs === "user";
  // Unsure: what else it could be, in numbers beside the reason that says so.
  const unsure =
    !review.correctedLabel && c.confidence < UNSURE ? `\n${escapeText(scoreWords(c.scores))}` : "";
  const relabelled = review.correctedLabel
    ? ` (relabelled from ${LABEL_NAMES[c.label]} by a reviewer)`
    : ` · ${percent(c.confidence)} · ${escapeText(c.source)}`;
  const blocks: Block[] = [
    header(title(review, asOwner)),
    {
      type: "section",
      fields: [
        mrkdwn(`*From*\n${cutEscaped(sender(review), LIMITS.sectionField - 20)}`),
        mrkdwn(`*Label*\n*${LABEL_NAMES[label]}*${relabelled}${unsure}`),
      ],
    },
    // After a relabel the reasons argue for the label the reviewer overruled: say whose they are.
    section(
      `*${review.correctedLabel ? `Why the classifier said ${LABEL_NAMES[c.label]}` : "Why"}*\n${cutEscaped(c.reasons.map((r) => `• ${r}`).join("\n"), 2900)}`,
    ),
  ];
  if (review.previous) blocks.push(section(recallPrevious(review.previous)));
  blocks.push(...messageBlocks(review));
  blocks.push({ type: "divider" });
  blocks.push(section(`*${draftTitle(review)}*`));
  const draft = review.finalText ?? review.draft.text;
  const drafted =
    draft === null
      ? ["_(no reply drafted: spam gets none by default. Use Edit to write one, or Reject.)_"]
      : chunks(draft, { max: LIMITS.sectionText, maxChunks: DRAFT_SECTIONS });
  for (const piece of drafted) blocks.push(section(piece || "_(empty)_"));
  const added = addedLinks(review, ownerLinks);
  if (added.length > 0) blocks.push(context(addedLinksWarning(review, added)));
  blocks.push(context(status(review)));
  if (review.status === "pending") blocks.push(actions(review, label));
  // A conversation times each message beside its quote; a single message is timed here, as
  // Discord's embed timestamp times it, in each reader's own time zone.
  const received = messageCountOf(review) > 1 ? "" : ` · received ${when(m.receivedAt)}`;
  blocks.push(
    context(
      `review \`${review.id}\`${received} · ${DRAFT_KIND_NAMES[review.draft.kind]} · ${review.draft.source}`,
    ),
  );
  return { text: notification(review, asOwner), blocks: blocks.slice(0, LIMITS.blocks) };
}

/**
 * The card's `text`, all a phone's notification shows: what it is (the label) before who sent it,
 * "To review: Collaboration from Maya", so a reviewer can tell what waits without opening it.
 */
function notification(review: Review, asOwner: boolean): string {
  const count = messageCountOf(review);
  const messages = count > 1 ? `, ${count} messages` : "";
  const toYou = asOwner ? " (DM to you)" : "";
  const label = LABEL_NAMES[effectiveLabel(review)];
  return slackCut(
    `${statusWord(review)}: ${label}${messages} from ${plainSender(review)}${toYou}`,
    300,
  );
}

function actions(review: Review, label: Label): Block {
  const elements: Block[] = [];
  // Approve needs something to send; spam without a draft offers Edit and Reject only.
  // Its value names the draft and the message count shown here, so a click on a card left stale by
  // a relabel or a newer message sends nothing.
  if (review.draft.text !== null) {
    const value = approveValue(review.id, cardVersion(review));
    elements.push(button("Approve", actionId("approve", review.id), "primary", value));
  }
  elements.push(button("Edit", actionId("edit", review.id)));
  elements.push(button("Reject", actionId("reject", review.id), "danger"));
  const options = LABELS.map((l) => ({
    text: { type: "plain_text", text: LABEL_NAMES[l] },
    value: l,
  }));
  elements.push({
    type: "static_select",
    action_id: actionId("relabel", review.id),
    placeholder: { type: "plain_text", text: "Relabel…" },
    options,
    initial_option: options.find((o) => o.value === label),
  });
  return { type: "actions", block_id: `review:${review.id}`, elements };
}

/** The links the draft added, each as code: what exactly it points to, in a line of its own. */
function addedLinksWarning(review: Review, added: readonly string[]): string {
  const shown = added.map((link) => `\`${escapeText(slackCut(link, 300))}\``);
  const check = review.status === "pending" ? " Check them before you approve, or Edit." : "";
  return `⚠️ *${ADDED_LINKS_TITLE}:* ${namesThatFit(shown, 1500, added.length, "")}. The drafting model added them.${check}`;
}

function draftTitle(review: Review): string {
  if (review.status === "sent") return "Reply sent";
  if (review.finalText !== undefined && review.finalText !== review.draft.text) {
    return "Edited reply";
  }
  return "Draft reply";
}

function status(review: Review): string {
  const by = review.decidedBy ? ` by ${who(review.decidedBy)}` : "";
  const at = review.decidedAt ? ` ${when(review.decidedAt)}` : "";
  const sentAt = review.sentAt ? ` ${when(review.sentAt)}` : "";
  const edited = review.finalText !== undefined && review.finalText !== review.draft.text;
  switch (review.status) {
    case "pending":
      return "⏳ Waiting for a reviewer. Nothing is sent until someone decides.";
    case "approved":
    case "edited":
      return `📤 ${edited ? "Edited and approved" : "Approved"}${by}${at}; sending…`;
    case "sent":
      return `✅ Sent${sentAt}; ${edited ? "edited" : "approved"}${by}${at}`;
    case "failed":
      // Nothing went out, and the bot will not try again: say what the reviewer can still do.
      return `⚠️ Not delivered: ${cutEscaped(review.failure ?? "unknown reason", 1200)}. Approved${by}${at}. Nothing reached them; the reply is above if you can reach them another way.`;
    case "rejected":
      return `🚫 Rejected${by}${at}: nothing was sent`;
  }
}

function statusWord(review: Review): string {
  return review.status === "pending" ? "To review" : review.status;
}

/** Name and id as text, not a mention: a sender who is in the review channel is not pinged. */
function sender(review: Review): string {
  const a = review.message.author;
  return `${a.name || "(no name)"} (${a.id})`;
}

function plainSender(review: Review): string {
  return escapeText(review.message.author.name || review.message.author.id);
}

function title(review: Review, asOwner: boolean): string {
  const count = messageCountOf(review);
  const to = asOwner ? "DM to you (the owner)" : "DM to the bot";
  return count > 1 ? `Conversation · ${count} messages · ${to}` : to;
}

/**
 * What the sender wrote. A one-message review quotes it as it always has; a conversation quotes
 * each message with its time, and says how many earlier ones it leaves out.
 */
function messageBlocks(review: Review): Block[] {
  const m = review.message;
  const messages = messagesOf(review);
  const count = messageCountOf(review);
  if (messages.length === 1 && count === 1) {
    const blocks: Block[] = [];
    if (m.note) blocks.push(context(`📎 ${cutEscaped(m.note, LIMITS.contextText - 10)}`));
    blocks.push(section("*Message*"));
    const quoted =
      m.text.trim() === ""
        ? ["_(no text)_"]
        : chunks(m.text, { max: LIMITS.sectionText, maxChunks: MESSAGE_SECTIONS, prefix: ">" });
    for (const piece of quoted) blocks.push(section(piece));
    return blocks;
  }
  const quoted = quoteConversation(messages, count, MESSAGE_SECTIONS);
  const blocks: Block[] = [section("*Messages*")];
  if (quoted.earlier > 0) {
    const s = quoted.earlier === 1 ? "" : "s";
    blocks.push(context(`+${quoted.earlier} earlier message${s}`));
  }
  for (const text of quoted.sections) blocks.push(section(text));
  return blocks;
}
