// Action ids carry their meaning ("review:approve:<reviewId>"), so a click is parsed first and
// only then run, and any replica can take any click without remembering anything. Approve's value
// adds the version of the draft the card showed ("review:approve:<reviewId>:<draftVersion>").
import { DRAFT_VERSION, UNKNOWN_DRAFT_VERSION } from "../../src/types.ts";

/** On a campaign card, "reject" is Reject all and "not_spam" releases its held conversations. */
export const CARD_ACTIONS = ["approve", "edit", "reject", "relabel", "not_spam"] as const;
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

/** The value of a card's Approve button: its action id and the draft it shows. */
export function approveValue(reviewId: string, draftVersion: string): string {
  return `${actionId("approve", reviewId)}:${draftVersion}`;
}

/**
 * The draft version an Approve click carries. Cards from before versions had the bare action id as
 * value: that, or anything not naming this review, is UNKNOWN_DRAFT_VERSION (the core decides).
 */
export function draftVersionOf(value: string | undefined, reviewId: string): string {
  const prefix = `${actionId("approve", reviewId)}:`;
  const version = value?.startsWith(prefix) ? value.slice(prefix.length) : "";
  return DRAFT_VERSION.test(version) ? version : UNKNOWN_DRAFT_VERSION;
}
