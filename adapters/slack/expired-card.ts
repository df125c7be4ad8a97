// Cards without a live review: one whose review reached the end of its retention (no buttons,
// none of the sender's text, no draft), and one whose review is gone when it is clicked.
import { expiredCardText, goneCardText } from "../../src/card-expiry.ts";
import type { MissingReview } from "../../src/missing-review.ts";
import type { Review } from "../../src/types.ts";
import { type Block, header, section } from "./blocks.ts";
import { LIMITS } from "./mrkdwn.ts";

export interface CardBody {
  text: string;
  blocks: Block[];
}

/** A review's card in its expired form; `null`: one whose review is already gone. */
export function renderExpiredCard(review: Review | null): CardBody {
  const { title, body } = review ? expiredCardText(review) : goneCardText();
  return { text: title, blocks: [header(title), section(body)] };
}

const TITLES = {
  expired: "Review expired",
  lost: "Review lost",
  unclear: "Review no longer stored",
} as const;

/**
 * The edit for a clicked card whose review is gone: its buttons go. A lost review's card keeps
 * what it quotes (within the retention, and the reviewer needs it to answer by hand), under the
 * note; an expired one's quote goes with the review. `shown`: the card's blocks as the click
 * carried them.
 */
export function renderMissingCard(missing: MissingReview, shown: unknown): CardBody {
  const title = TITLES[missing.reason];
  const note: Block[] = [header(title), section(missing.note)];
  const kept =
    missing.reason === "lost" && Array.isArray(shown)
      ? (shown as Block[]).filter((b) => b && typeof b === "object" && b.type !== "actions")
      : [];
  return { text: title, blocks: [...note, ...kept].slice(0, LIMITS.blocks) };
}
