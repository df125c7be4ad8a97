// Labels, draft kinds, scores and campaign counts as a reviewer reads them, on every platform's cards,
// menus and lists alike.
import { percent } from "./percent.ts";
import { type DraftKind, isLabel, type Label, type Review } from "./types.ts";

/** Below this confidence a card says the classifier is unsure, and shows every label's score. */
export const UNSURE = 0.6;

export const LABEL_NAMES: Record<Label, string> = {
  spam: "Spam",
  feedback_request: "Feedback request",
  collaboration: "Collaboration",
};

/** A label's name as the cards give it; a key that is no label stays as it is. */
export function labelName(key: string): string {
  return isLabel(key) ? LABEL_NAMES[key] : key;
}

/** A draft's kind as words for the card's footer: what the reply does, not its template's id. */
export const DRAFT_KIND_NAMES: Record<DraftKind, string> = {
  collab_concrete: "concrete collaboration",
  collab_vague: "vague collaboration",
  collab_offer: "offer of help or services",
  feedback_yes: "feedback offered",
  feedback_no: "feedback declined",
  spam_none: "no reply",
  spam_decline: "polite decline",
};

/** "Spam 37% · Feedback request 31% · Collaboration 30%": every label's score, likeliest first. */
export function scoreWords(scores: Record<string, number>): string {
  return Object.entries(scores)
    .sort((a, b) => b[1] - a[1])
    .map(([name, p]) => `${labelName(name)} ${percent(p)}`)
    .join(" · ");
}

/**
 * A campaign's counts for the pending lists: "40 messages from 12 accounts in 3 channels", or
 * "… in DMs" (each DM is a channel of its own).
 */
export function campaignCounts(review: Review): string {
  const c = review.campaign;
  if (!c) return "1 message";
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? "" : "s"}`;
  const where = review.message.context === "channel" ? n(c.channels, "channel") : "DMs";
  return `${n(c.messages, "message")} from ${n(c.accounts, "account")} in ${where}`;
}
