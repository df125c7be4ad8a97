// Review cards as a person reads them in a terminal.

import { ADDED_LINKS_TITLE, addedLinks } from "../../src/added-links.ts";
import { LABEL_NAMES, labelName } from "../../src/card-words.ts";
import { percent } from "../../src/percent.ts";
import { cut, oneLine } from "../../src/text.ts";
import { effectiveLabel, messageCountOf, messagesOf, type Review } from "../../src/types.ts";

const RULE = "─".repeat(64);

/** `ownerLinks`: the links the owner configured, which a draft may carry without a warning. */
export function renderCard(review: Review, ownerLinks: readonly string[] = []): string {
  const c = review.classification;
  const label = effectiveLabel(review);
  const scores = Object.entries(c.scores)
    .map(([name, p]) => `${labelName(name)} ${percent(p)}`)
    .join(" · ");
  // After a relabel the scores and reasons are still the classifier's: say so.
  const labelLine = review.correctedLabel
    ? `${LABEL_NAMES[label]} (relabelled from ${LABEL_NAMES[c.label]} by a reviewer; the classifier said ${LABEL_NAMES[c.label]}, ${percent(c.confidence)})`
    : `${LABEL_NAMES[label]}  ${percent(c.confidence)} confident, by ${c.source}`;
  const lines = [
    RULE,
    ...(review.kind === "campaign" ? campaignLines(review) : senderLines(review)),
    `Label:    ${labelLine}`,
    `${review.correctedLabel ? "Scored:  " : "Scores:  "} ${scores}`,
    `Why:      ${indent(c.reasons.join("\n"))}`,
    ...(review.kind === "campaign"
      ? []
      : [
          `Draft:    ${review.draft.text === null ? "(no reply: spam gets none by default)" : indent(review.draft.text)}`,
          ...addedLinksLine(review, ownerLinks),
        ]),
    RULE,
  ];
  return lines.join("\n");
}

function addedLinksLine(review: Review, ownerLinks: readonly string[]): string[] {
  const added = addedLinks(review, ownerLinks);
  if (added.length === 0) return [];
  return [
    `Warning:  ⚠ ${ADDED_LINKS_TITLE.toLowerCase()}: ${added.map((l) => cut(oneLine(l), 300)).join(", ")}`,
    "          (the drafting model added them: check them before you approve, or edit)",
  ];
}

function senderLines(review: Review): string[] {
  const author = review.message.author;
  const messages = messagesOf(review);
  const earlier = messageCountOf(review) - messages.length;
  const lines = [
    `From:     ${author.name || "(a plain line: no sender name)"} (${review.message.context})`,
  ];
  const previous = review.previous;
  if (previous) {
    lines.push(
      previous.status === "rejected" && previous.label === "spam"
        ? "Earlier:  ⚠ this sender's previous conversation was rejected as spam"
        : previous.finalText !== undefined
          ? `Earlier:  you replied${previous.sentAt ? ` ${time(previous.sentAt)}` : ""}: ${indent(cut(previous.finalText, 300))}\n          they answered:`
          : `Earlier:  a previous conversation (${previous.status}, ${previous.label})`,
    );
  }
  if (earlier > 0) lines.push(`          (+${earlier} earlier messages)`);
  for (const [i, m] of messages.entries()) {
    const head = i === 0 ? (messages.length > 1 ? "Messages: " : "Message:  ") : "          ";
    const stamp = messages.length > 1 ? `[${time(m.receivedAt)}] ` : "";
    lines.push(`${head}${stamp}${indent(cut(m.text, 1000))}`);
  }
  if (review.message.note) lines.push(`Note:     ${review.message.note}`);
  return lines;
}

function campaignLines(review: Review): string[] {
  const k = review.campaign;
  const more = k && k.accounts > k.sample.length ? ` +${k.accounts - k.sample.length} more` : "";
  return [
    `Campaign: ${k?.messages ?? 0} messages from ${k?.accounts ?? 0} accounts in ${k?.channels ?? 0} channels`,
    `Seen:     ${k ? `${time(k.firstAt)} to ${time(k.lastAt)}` : "?"}`,
    `Accounts: ${(k?.sample ?? []).join(", ")}${more}`,
    `Sample:   ${indent(cut(review.message.text, 500))}`,
  ];
}

function time(iso: string): string {
  return iso.slice(11, 19);
}

export function renderOutcome(review: Review): string {
  switch (review.status) {
    case "sent":
      // Exactly what was sent, not indented: the reviewer sees the reply as the sender will.
      return `✓ sent to ${review.message.author.name || review.message.author.id}:\n${review.finalText ?? ""}`;
    case "failed":
      return `✗ not delivered: ${review.failure ?? "unknown reason"}`;
    case "rejected":
      return "✗ rejected: nothing was sent";
    default:
      return `… ${review.status}`;
  }
}

function indent(text: string, pad = "          "): string {
  return text.split("\n").join(`\n${pad}`);
}
