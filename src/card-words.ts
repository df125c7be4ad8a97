// Labels and draft kinds as a reviewer reads them, on every platform's cards and menus alike.
import type { DraftKind, Label } from "./types.ts";

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
