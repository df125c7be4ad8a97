// Cards whose review is gone or going, with the real discord.js client against the fake Discord: a
// card whose review nears the end of its retention is redrawn by the presenter without buttons or
// any of the sender's text; a click on a card whose review Redis lost turns it into a plain note.
import { describe, expect, it } from "vitest";
import { EXPIRY_MARGIN_MS } from "../src/card-expiry.ts";
import { actionsOf, type DiscordHarness, discordPerTest, textOf } from "./fakes/discord/harness.ts";
import type { MessagePayload } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { ageReview as ageReviewOf, sweepCards } from "./helpers/card-expiry.ts";
import { askClassifier } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: askClassifier });
const DAY = 86_400_000;
const MARKER = "zebra-quokka-7731";
/** Paced card calls (one a second) and coalesced edits: allow a loaded machine. */
const WITHIN = 10_000;

function sweep(harness: DiscordHarness) {
  return sweepCards(harness.test.app, "discord");
}

function ageReview(harness: DiscordHarness, reviewId: string) {
  return ageReviewOf(harness.test.app, "discord", reviewId);
}

/** A card with no components left: Object.keys(actionsOf) would miss an empty row. */
function noButtons(card: MessagePayload): boolean {
  return ((card.components ?? []) as unknown[]).length === 0;
}

/** The card once its buttons are gone. */
function withoutButtons(harness: DiscordHarness, card: MessagePayload) {
  return eventually(() => {
    const now = harness.latest(card);
    return noButtons(now) ? now : undefined;
  }, WITHIN);
}

/** Once the presenter has indexed the card's address (after the platform took the post). */
function addressed(harness: DiscordHarness, reviewId: string) {
  const { app } = harness.test;
  return eventually(
    async () => (await app.redis.hget(app.keys.cardAddress("discord"), reviewId)) !== null,
    WITHIN,
  );
}

function cardEdits(harness: DiscordHarness, card: MessagePayload) {
  return harness.fake.callsTo("PATCH", new RegExp(`/messages/${card.id}$`));
}

describe("a Discord card whose review expires", () => {
  it("is redrawn with no buttons and none of the sender's text before the review goes; others stay", async () => {
    const harness = await start();
    const first = await harness.dmAndCard(`hey! ${MARKER}`);
    harness.driver.dm(first.sender, `I'd like to work with you on my EP ${MARKER}`);
    const card = await eventually(() => {
      const now = harness.latest(first.card);
      return textOf(now).includes("2 messages") ? now : undefined;
    }, WITHIN);
    const other = await harness.dmAndCard("would you work with you on a remix?");
    const { app } = harness.test;
    // Each carded review is indexed by when it expires: about RETENTION_DAYS from now.
    const score = Number(await app.redis.zscore(app.keys.cardExpiry("discord"), first.reviewId));
    expect(Math.abs(score - (Date.now() + 30 * DAY))).toBeLessThan(60_000);

    await ageReview(harness, first.reviewId);
    const editsBefore = cardEdits(harness, card).length;
    expect((await sweep(harness)).expiringCards).toBe(1);

    const expired = await eventually(() => {
      const now = harness.latest(card);
      return noButtons(now) ? now : undefined;
    }, WITHIN);
    const shown = `${expired.content ?? ""}\n${textOf(expired)}`;
    expect(shown).toContain("Review expired");
    expect(shown).toContain("collaboration");
    expect(shown).not.toContain(MARKER);
    expect(shown).not.toContain("Maya");
    // The edit itself carried no text of the sender's and no components.
    const edit = cardEdits(harness, card).slice(editsBefore).at(-1);
    expect(edit?.body?.components).toEqual([]);
    expect(JSON.stringify(edit?.body)).not.toContain(MARKER);
    // Done with: out of the index, and the review knows its card is expired.
    // (Dropped once the platform took the edit, a moment after the fake recorded it.)
    await eventually(
      async () => (await app.redis.zscore(app.keys.cardExpiry("discord"), first.reviewId)) === null,
      WITHIN,
    );
    expect((await harness.review(first.reviewId)).cardExpiredAt).toBeDefined();

    // The review that is not near its end keeps its card as it was.
    expect(Object.keys(actionsOf(harness.latest(other.card)))).toContain("approve");
    expect(cardEdits(harness, other.card)).toHaveLength(0);
  });

  it("shows the conversation again if the sender writes before it expires", async () => {
    const harness = await start();
    const first = await harness.dmAndCard(`would you work with you on this? ${MARKER}`);
    await ageReview(harness, first.reviewId);
    await sweep(harness);
    await eventually(() => noButtons(harness.latest(first.card)), WITHIN);

    harness.driver.dm(first.sender, "any news?");
    const renewed = await eventually(() => {
      const now = harness.latest(first.card);
      return textOf(now).includes("any news?") ? now : undefined;
    }, WITHIN);
    expect(Object.keys(actionsOf(renewed))).toContain("approve");
    const { app } = harness.test;
    expect(await app.redis.pttl(app.keys.review(first.reviewId))).toBeGreaterThan(29 * DAY);
    // Indexed again, for its new expiry: the presenter does so once the platform took the edit,
    // a moment after the fake recorded it.
    const score = await eventually(async () => {
      const s = await app.redis.zscore(app.keys.cardExpiry("discord"), first.reviewId);
      return s === null ? undefined : Number(s);
    }, WITHIN);
    expect(score).toBeGreaterThan(Date.now() + EXPIRY_MARGIN_MS);
  });
});

describe("a Discord card whose review went before its card", () => {
  /** Redis lost the review (or the bot was down through the margin); its end is now near. */
  async function loseReview(harness: DiscordHarness, reviewId: string) {
    const { app } = harness.test;
    await addressed(harness, reviewId);
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));
    await app.redis.zadd(app.keys.cardExpiry("discord"), Date.now() + 3_600_000, reviewId);
  }

  it("is redrawn from its address, with no buttons and none of the sender's text", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    expect(JSON.stringify(card)).toContain(MARKER);
    await loseReview(harness, reviewId);
    const editsBefore = cardEdits(harness, card).length;
    expect((await sweep(harness)).expiringCards).toBe(1);

    const expired = await eventually(() => {
      const now = harness.latest(card);
      return noButtons(now) && textOf(now).includes("Review expired") ? now : undefined;
    }, WITHIN);
    expect(JSON.stringify(expired)).not.toContain(MARKER);
    expect(JSON.stringify(cardEdits(harness, card).slice(editsBefore))).not.toContain(MARKER);
    const { app } = harness.test;
    await eventually(
      async () => (await app.redis.zscore(app.keys.cardExpiry("discord"), reviewId)) === null,
      WITHIN,
    );
    expect(await app.redis.hget(app.keys.cardAddress("discord"), reviewId)).toBeNull();
    // Nothing left to do: the next sweep finds nothing.
    expect((await sweep(harness)).expiringCards).toBe(0);
  });

  it("keeps its quote after a click finds the review lost, until the review's end", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    await addressed(harness, reviewId);
    const { app } = harness.test;
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));
    harness.driver.click(card.id, actionsOf(card).approve as string, harness.reviewer);
    const lost = await withoutButtons(harness, card);
    expect(lost.content).toContain("Review lost");
    // The reviewer may answer by hand: the quote stays while the review would have lived.
    expect(JSON.stringify(lost)).toContain(MARKER);
    expect((await sweep(harness)).expiringCards).toBe(0);

    await loseReview(harness, reviewId);
    expect((await sweep(harness)).expiringCards).toBe(1);
    const expired = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("Review expired") ? now : undefined;
    }, WITHIN);
    expect(JSON.stringify(expired)).not.toContain(MARKER);
    expect(expired.content ?? "").toBe("");
  });
});

describe("a click on a Discord card whose review Redis lost", () => {
  it("turns the card into a plain note without buttons, and sends nothing", async () => {
    const harness = await start();
    const { card, reviewId, msg } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    const { app } = harness.test;
    // A power cut under appendfsync everysec: the review's last writes never reached the disk.
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));

    harness.driver.click(card.id, actionsOf(card).approve as string, harness.reviewer);
    const lost = await withoutButtons(harness, card);
    expect(lost.content).toContain("Review lost");
    expect(lost.content).toContain("The sender got no reply to it from the bot");
    expect(lost.content).toContain("reply to them by hand");
    // Nothing went to the sender.
    const replies = harness.fake.callsTo(
      "POST",
      new RegExp(`^/channels/${msg.channel_id}/messages$`),
    );
    expect(replies).toHaveLength(0);
  });

  it("says the same when its Edit is clicked", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    const { app } = harness.test;
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));

    harness.driver.click(card.id, actionsOf(card).edit as string, harness.reviewer);
    const lost = await withoutButtons(harness, card);
    expect(lost.content).toContain("Review lost");
  });
});
