// The cards an interactive run put before a person, and what became of them meanwhile. Discord and
// Slack redraw a card when its review expires or is decided on another card, and its buttons go;
// in a terminal the card stays in the scrollback, so the console says in a line what happened, and
// an answer typed at an expired card is refused with a note instead of deciding it.
import type { Writable } from "node:stream";
import { expiredCardText, goneCardText } from "../../src/card-expiry.ts";
import type { CardTimes } from "../../src/missing-review.ts";
import type { AdapterContext } from "../../src/ports.ts";
import type { Review, ReviewStatus } from "../../src/types.ts";

/** How a review decided elsewhere ended, in a few words. */
const ENDED: Record<Exclude<ReviewStatus, "pending">, string> = {
  approved: "approved, sending the reply",
  edited: "approved with an edit, sending the reply",
  sent: "reply sent",
  failed: "reply not delivered",
  rejected: "rejected, nothing was sent",
};

export class OnScreen {
  /** Cards shown this run, by review id: when first shown and last redrawn (ms). */
  private readonly shown = new Map<string, CardTimes>();
  /** Reviews decided at this terminal: the loop prints their outcome itself. */
  private readonly decidedHere = new Set<string>();

  constructor(private readonly out: Writable) {}

  /** The card is (again) on the screen. */
  show(reviewId: string): void {
    const now = Date.now();
    const postedAt = this.shown.get(reviewId)?.postedAt ?? now;
    this.shown.set(reviewId, { postedAt, editedAt: now });
  }

  /** The person decides it here: its outcome is not news from elsewhere. */
  decidingHere(reviewId: string): void {
    this.decidedHere.add(reviewId);
  }

  /**
   * The presenter redrew the card: say so if it expired or was decided on another card while it
   * waited for an answer here. A decided card waits for nothing: it leaves the screen quietly.
   */
  changed(review: Review): void {
    if (!this.shown.has(review.id)) return;
    if (review.cardExpiredAt) {
      const { title, body } = expiredCardText(review);
      this.tell(review.id, `${title}: ${body}`);
    } else if (review.status === "pending") {
      return;
    } else if (this.decidedHere.delete(review.id)) {
      this.shown.delete(review.id);
    } else {
      // A spam copy shown on its own card before its campaign formed is closed with the campaign.
      const where = review.campaignId ? "with its spam campaign" : "elsewhere";
      const by = review.decidedBy ? ` by ${review.decidedBy}` : "";
      this.tell(review.id, `Decided ${where}${by}: ${ENDED[review.status]}`);
    }
  }

  /** The card's review is gone and its card drawn in the expired form, from its address alone. */
  gone(reviewId: string): void {
    if (!this.shown.has(reviewId)) return;
    const { title, body } = goneCardText();
    this.tell(reviewId, `${title}: ${body}`);
  }

  /**
   * Why an answer to this card must not decide it (its review expired, or is gone), or null when
   * the review is there to decide.
   */
  async refusal(ctx: AdapterContext, reviewId: string): Promise<string | null> {
    const review = await ctx.getReview(reviewId);
    if (review && !review.cardExpiredAt) return null;
    this.decidedHere.delete(reviewId);
    const times = this.shown.get(reviewId) ?? { postedAt: Date.now() };
    this.shown.delete(reviewId);
    if (review) {
      const { title, body } = expiredCardText(review);
      return `${title}: ${body} Nothing was sent or changed.`;
    }
    return ctx.missingReview?.(times).note ?? "This review no longer exists: nothing was sent.";
  }

  /** One line between the prompts, and the card is no longer on the screen. */
  private tell(reviewId: string, line: string): void {
    this.shown.delete(reviewId);
    this.out.write(`\n(${line})\n`);
  }
}
