// The interactive console's cards when their review expires, is lost, or is decided elsewhere:
// as a Discord or Slack card is redrawn and loses its buttons, the console says so in a line, and
// an answer typed at such a card is refused with a note instead of deciding it.
import { describe, expect, it } from "vitest";
import { eventually } from "./helpers/app.ts";
import { ageReview, sweepCards } from "./helpers/card-expiry.ts";
import { consolePerTest } from "./helpers/console.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const consoles = consolePerTest();

/** An interactive console with one card on screen, waiting for an answer. */
async function cardOnScreen() {
  const started = await consoles.start("interactive");
  started.input.write(`${CONCRETE_COLLAB}\n`);
  await eventually(() => started.out().includes("[a]pprove"));
  const [review] = await started.test.app.ctx.pending(10, "console");
  if (!review) throw new Error("no pending review");
  return { ...started, reviewId: review.id };
}

describe("a console card whose review expires", () => {
  it("is announced in a line, and an answer to it sends nothing and says why", async () => {
    const { input, out, adapter, test, reviewId } = await cardOnScreen();
    await ageReview(test.app, "console", reviewId);
    expect((await sweepCards(test.app, "console")).expiringCards).toBe(1);
    await eventually(() => out().includes("(Review expired: A DM review labelled collaboration"));

    input.write("a\n");
    await eventually(() => out().includes("! Review expired:"));
    expect(out()).toContain("Nothing was sent or changed.");
    // Back at the message prompt, with nothing decided.
    await eventually(() => out().endsWith("message> "));
    expect(adapter.delivered).toEqual([]);
    expect((await test.app.store.get(reviewId))?.status).toBe("pending");
  });

  it("whose review is already gone is announced from its address, and an answer says it was lost", async () => {
    const { input, out, test, reviewId } = await cardOnScreen();
    await ageReview(test.app, "console", reviewId);
    await test.app.redis.del(test.app.keys.review(reviewId));
    await sweepCards(test.app, "console");
    await eventually(() => out().includes("(Review expired: This review is no longer stored"));

    input.write("r\n");
    // Shown moments ago, far younger than the retention: Redis lost it.
    await eventually(() => out().includes("! This review was lost"));
    expect(out()).not.toContain("rejected: nothing was sent");
  });
});

describe("a console card decided elsewhere", () => {
  it("is announced in a line with how it ended, and an answer to it is refused", async () => {
    const { input, out, adapter, test, reviewId } = await cardOnScreen();
    const decided = await test.app.ctx.decide({
      reviewId,
      action: "approve",
      actor: "slack:UOTHER",
    });
    expect(decided.ok).toBe(true);
    await eventually(() => out().includes("(Decided elsewhere by slack:UOTHER: reply sent)"));

    input.write("r\n");
    await eventually(() => out().includes("! This review was already decided (sent"));
    expect(adapter.delivered).toHaveLength(1);
  });

  it("when a campaign formed after it and was rejected on the campaign's card", async () => {
    const { input, out } = await consoles.start("interactive", fixedClassifier("spam"));
    const copy = "free nitro for 3 months, claim now: dlscord-gift.com/claim";
    input.write(`${JSON.stringify({ text: copy, author: "bot1" })}\n`);
    await eventually(() => out().includes("[a]pprove"));
    input.write("s\n");
    input.write(`${JSON.stringify({ text: copy, author: "bot2" })}\n`);
    await eventually(() => out().includes("Campaign:"), 15_000);
    input.write("r\n");
    await eventually(() => out().includes("(Decided with its spam campaign by console: rejected"));
  });

  it("says nothing more of a card decided here than the outcome it prints", async () => {
    const { input, out, adapter } = await cardOnScreen();
    input.write("a\n");
    await eventually(() => out().includes("✓ sent"));
    expect(adapter.delivered).toHaveLength(1);
    expect(out()).not.toContain("Decided elsewhere");
  });
});
