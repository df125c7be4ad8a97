// A click on a card whose review Redis no longer has. Either the review expired (RETENTION_DAYS
// after its latest message) or Redis lost it (a power cut drops the last second of writes under
// appendfsync everysec). The card's ids carry only the review id, but the platform says when the
// card was posted and last edited, and that tells the two apart: a review lives at least the
// retention from its first message, which came just before its card, and it is renewed only by
// changes its card is then edited to show.
import { EXPIRY_MARGIN_MS } from "./card-expiry.ts";

const DAY_MS = 86_400_000;

export type MissingReason = "expired" | "lost" | "unclear";

/** What the platform says of the clicked card (ms since the epoch). */
export interface CardTimes {
  postedAt: number;
  /** When the card was last edited, where the platform says. */
  editedAt?: number | undefined;
}

export interface MissingReview {
  reason: MissingReason;
  /** One plain note for the card and the reviewer. */
  note: string;
}

export function whyMissing(card: CardTimes, retentionDays: number, now: number): MissingReason {
  const retention = retentionDays * DAY_MS;
  if (!Number.isFinite(card.postedAt)) return "unclear";
  // A card can come a while after its review's first message (the quiet window, an outage the
  // card job waited out): younger than the retention by more than that, its review was lost.
  if (now - card.postedAt < retention - EXPIRY_MARGIN_MS) return "lost";
  const last = Math.max(card.postedAt, card.editedAt ?? card.postedAt);
  // Nothing renewed it after its card last changed: it is past its retention.
  if (now - last >= retention) return "expired";
  return "unclear";
}

export function explainMissing(
  card: CardTimes,
  retentionDays: number,
  now = Date.now(),
): MissingReview {
  const reason = whyMissing(card, retentionDays, now);
  const days = `${retentionDays} day${retentionDays === 1 ? "" : "s"}`;
  switch (reason) {
    case "expired":
      return {
        reason,
        note: `This review expired: the bot keeps a review, its messages and its draft ${days} after the latest message (RETENTION_DAYS), and this one is older. Nothing was sent or changed.`,
      };
    case "lost":
      return {
        reason,
        note: `This review was lost: Redis no longer has it, though it is younger than the ${days} reviews are kept, most likely because Redis lost its latest writes (a power cut; see appendfsync in the README). The sender got no reply to it from the bot: reply to them by hand if they need one.`,
      };
    case "unclear":
      return {
        reason,
        note: `This review is no longer stored: either it expired (reviews are kept ${days} after their latest message) or Redis lost it (a power cut can drop its latest writes), in which case the sender got no reply to it from the bot and you may want to reply by hand.`,
      };
  }
}
