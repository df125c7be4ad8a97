// Component ids carry their meaning ("review:approve:<reviewId>:<draftVersion>"), so a click is
// parsed first and only then run, and any replica can handle any click without remembering anything.
import { DRAFT_VERSION } from "../../src/types.ts";

export const CARD_ACTIONS = [
  "approve",
  "edit",
  "reject",
  "relabel",
  "delete",
  "timeout",
  "ignore",
  "undo",
  // A campaign card's "Not spam"; its Delete all, Timeout all, Ignore and Reject all are the
  // actions above, taken on the campaign's review.
  "not_spam",
] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

export interface CardClick {
  action: CardAction;
  reviewId: string;
  /** On Approve: the version of the draft the card showed (absent on cards from before versions). */
  draftVersion?: string;
}

/** The one text input inside the Edit modal. */
export const EDIT_FIELD = "text";

const PREFIX = "review";
const REVIEW_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * At most 6 + 1 + 7 + 1 + 64 + 1 + 10 = 90 characters (Approve; "not_spam" carries no version):
 * within Discord's 100.
 */
export function customId(action: CardAction, reviewId: string, draftVersion?: string): string {
  const id = `${PREFIX}:${action}:${reviewId}`;
  return draftVersion === undefined ? id : `${id}:${draftVersion}`;
}

/** Null for ids that are not ours (or not well formed): those clicks are not answered here. */
export function parseCustomId(id: string): CardClick | null {
  const [prefix, action, reviewId, version, ...rest] = id.split(":");
  if (prefix !== PREFIX || rest.length > 0 || !reviewId || !REVIEW_ID.test(reviewId)) return null;
  const known = CARD_ACTIONS.find((a) => a === action);
  if (!known) return null;
  if (version === undefined) return { action: known, reviewId };
  // Only Approve sends the stored draft, so only it carries the draft's version.
  if (known !== "approve" || !DRAFT_VERSION.test(version)) return null;
  return { action: known, reviewId, draftVersion: version };
}
