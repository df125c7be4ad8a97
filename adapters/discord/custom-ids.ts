// Component ids carry their meaning ("review:approve:<reviewId>"), so a click is parsed first and
// only then run, and any replica can handle any click without remembering anything.

export const CARD_ACTIONS = [
  "approve",
  "edit",
  "reject",
  "relabel",
  "delete",
  "timeout",
  "ignore",
] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export interface CardClick {
  action: CardAction;
  reviewId: string;
}

/** The one text input inside the Edit modal. */
export const EDIT_FIELD = "text";

const PREFIX = "review";
const REVIEW_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function customId(action: CardAction, reviewId: string): string {
  return `${PREFIX}:${action}:${reviewId}`;
}

/** Null for ids that are not ours (or not well formed): those clicks are not answered here. */
export function parseCustomId(id: string): CardClick | null {
  const [prefix, action, reviewId, ...rest] = id.split(":");
  if (prefix !== PREFIX || rest.length > 0 || !reviewId || !REVIEW_ID.test(reviewId)) return null;
  const known = CARD_ACTIONS.find((a) => a === action);
  return known ? { action: known, reviewId } : null;
}
