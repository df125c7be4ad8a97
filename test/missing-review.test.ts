// Telling an expired review from a lost one by the clicked card's times alone: a review lives at
// least RETENTION_DAYS from its card's post, and is renewed only by changes its card then shows.
import { describe, expect, it } from "vitest";
import { explainMissing, whyMissing } from "../src/missing-review.ts";

const DAY = 86_400_000;
const now = Date.parse("2026-06-30T12:00:00Z");

describe("whyMissing", () => {
  it("calls a card younger than the retention lost", () => {
    expect(whyMissing({ postedAt: now - 2 * DAY }, 30, now)).toBe("lost");
    expect(whyMissing({ postedAt: now - 60_000, editedAt: now - 1000 }, 30, now)).toBe("lost");
  });

  it("calls a card untouched for longer than the retention expired", () => {
    expect(whyMissing({ postedAt: now - 31 * DAY }, 30, now)).toBe("expired");
    expect(whyMissing({ postedAt: now - 40 * DAY, editedAt: now - 35 * DAY }, 30, now)).toBe(
      "expired",
    );
  });

  it("says both when the card is old but was edited within the retention", () => {
    // A conversation renewed by a message the card was then edited to show: it may still have
    // been alive when Redis lost it.
    expect(whyMissing({ postedAt: now - 40 * DAY, editedAt: now - 3 * DAY }, 30, now)).toBe(
      "unclear",
    );
    // Right at the retention, a card posted late after its first message may already be past it.
    expect(whyMissing({ postedAt: now - 30 * DAY + 3_600_000 }, 30, now)).toBe("unclear");
  });

  it("words each case for the reviewer in one note", () => {
    const lost = explainMissing({ postedAt: now - DAY }, 30, now).note;
    expect(lost).toContain("reply to them by hand");
    const expired = explainMissing({ postedAt: now - 31 * DAY }, 30, now).note;
    expect(expired).toContain("30 days");
    expect(expired).not.toContain("by hand");
    const unclear = explainMissing({ postedAt: Number.NaN }, 30, now).note;
    expect(unclear).toMatch(/either it expired .* or Redis lost it/);
  });
});
