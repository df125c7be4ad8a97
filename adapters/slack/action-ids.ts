// Action ids carry their meaning ("review:approve:<reviewId>"), so a click is parsed first and
// only then run, and any replica can take any click without remembering anything.

export const CARD_ACTIONS = ["approve", "edit", "reject", "relabel"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export interface CardClick {
  action: CardAction;
  reviewId: string;
}

/** The edit modal's one input: its block id is where an inline error is shown. */
export const EDIT_BLOCK = "reply";
export const EDIT_INPUT = "text";

const PREFIX = "review";
const REVIEW_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function actionId(action: CardAction, reviewId: string): string {
  return `${PREFIX}:${action}:${reviewId}`;
}

/** Matches every id of ours, for Bolt's listener constraints; parseActionId still decides. */
export const ACTION_PATTERN = /^review:/;

/** Null for ids that are not ours or not well formed (a forged payload): those are not run. */
export function parseActionId(id: string | undefined): CardClick | null {
  const [prefix, action, reviewId, ...rest] = (id ?? "").split(":");
  if (prefix !== PREFIX || rest.length > 0 || !reviewId || !REVIEW_ID.test(reviewId)) return null;
  const known = CARD_ACTIONS.find((a) => a === action);
  return known ? { action: known, reviewId } : null;
}
