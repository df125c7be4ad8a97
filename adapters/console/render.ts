// Review cards as a person reads them in a terminal.
import { cut } from "../../src/text.ts";
import { effectiveLabel, type Review } from "../../src/types.ts";

const RULE = "─".repeat(64);

export function renderCard(review: Review): string {
  const c = review.classification;
  const label = effectiveLabel(review);
  const scores = Object.entries(c.scores)
    .map(([name, p]) => `${name} ${(p * 100).toFixed(0)}%`)
    .join(" · ");
  const lines = [
    RULE,
    `From:     ${review.message.author.name || review.message.author.id} (${review.message.context})`,
    `Message:  ${indent(cut(review.message.text, 1000))}`,
    ...(review.message.note ? [`Note:     ${review.message.note}`] : []),
    `Label:    ${label}${review.correctedLabel ? ` (relabelled from ${c.label})` : ""}  ${(c.confidence * 100).toFixed(0)}% confident, by ${c.source}`,
    `Scores:   ${scores}`,
    `Why:      ${indent(c.reasons.join("\n"))}`,
    `Draft:    ${review.draft.text === null ? "(no reply: spam gets none by default)" : indent(review.draft.text)}`,
    RULE,
  ];
  return lines.join("\n");
}

export function renderOutcome(review: Review): string {
  switch (review.status) {
    case "sent":
      return `✓ sent to ${review.message.author.name || review.message.author.id}:\n${indent(review.finalText ?? "", "  ")}`;
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
