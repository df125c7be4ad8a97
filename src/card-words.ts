// Labels and draft kinds as a reviewer reads them, on every platform's cards and menus alike.
import { percent } from "./percent.ts";
import { type DraftKind, isLabel, type Label } from "./types.ts";

/** Below this confidence a card says the classifier is unsure, and shows every label's score. */
export const UNSURE = 0.6;

export const LABEL_NAMES: Record<Label, string> = {
  spam: "Spam",
  feedback_request: "Feedback request",
  collaboration: "Collaboration",
};

/** A draft's kind as words for the card's footer: what the reply does, not its template's id. */
export const DRAFT_KIND_NAMES: Record<DraftKind, string> = {
  collab_concrete: "concrete collaboration",
  collab_vague: "vague collaboration",
  feedback_yes: "feedback offered",
  feedback_no: "feedback declined",
  spam_none: "no reply",
  spam_decline: "polite decline",
};

/** "Spam 37% · Feedback request 31% · Collaboration 30%": every label's score, likeliest first. */
export function scoreWords(scores: Record<string, number>): string {
  return Object.entries(scores)
    .sort((a, b) => b[1] - a[1])
    .map(([name, p]) => `${isLabel(name) ? LABEL_NAMES[name] : name} ${percent(p)}`)
    .join(" · ");
}
