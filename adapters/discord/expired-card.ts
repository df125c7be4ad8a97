// Cards without a live review: one whose review reached the end of its retention (no buttons,
// none of the sender's text, no draft), and one whose review is gone when it is clicked.
import type { APIEmbed } from "discord.js";
import { expiredCardText, goneCardText } from "../../src/card-expiry.ts";
import type { MissingReview } from "../../src/missing-review.ts";
import type { Review } from "../../src/types.ts";
import { COLORS, NO_MENTIONS } from "./embed.ts";

export function renderExpiredCard(review: Review | null) {
  const { title, body } = review ? expiredCardText(review) : goneCardText();
  const embed: APIEmbed = { title, description: body, color: COLORS.done };
  return {
    content: "",
    embeds: [embed],
    components: [],
    allowed_mentions: NO_MENTIONS,
  };
}

const TITLES = {
  expired: "Review expired",
  lost: "Review lost",
  unclear: "Review no longer stored",
} as const;

/**
 * The edit for a clicked card whose review is gone: its buttons go. A lost review's card keeps
 * what it quotes (within the retention, and the reviewer needs it to answer by hand), with the
 * note above; an expired one's quote goes with the review.
 */
export function renderMissingCard(missing: MissingReview) {
  if (missing.reason === "lost") {
    return {
      content: `**${TITLES.lost}.** ${missing.note}`,
      components: [],
      allowed_mentions: NO_MENTIONS,
    };
  }
  return {
    content: "",
    embeds: [{ title: TITLES[missing.reason], description: missing.note, color: COLORS.done }],
    components: [],
    allowed_mentions: NO_MENTIONS,
  };
}
