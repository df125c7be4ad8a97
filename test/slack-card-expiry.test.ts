// Cards whose review is gone or going, with the real Bolt client against the fake Slack: a
// conversation's or a campaign's card whose review nears the end of its retention is redrawn
// (chat.update, paced by the presenter) without buttons or any of the senders' text; a click on a
// card whose review Redis lost turns it into a plain note.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  REVIEW_CHANNEL,
  REVIEWER,
  SENDER,
  type SlackHarness,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import { nitroSenders } from "./fakes/slack/nitro-senders.ts";
import { appHomeOpened, eventEnvelope, imMessage, viewSubmission } from "./fakes/slack/payloads.ts";
import type { StoredMessage } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { ageReview as ageReviewOf, sweepCards } from "./helpers/card-expiry.ts";
import { askClassifier, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = slackPerTest();
const MARKER = "zebra-quokka-7731";
/** Paced card calls (one every 1.2 s) and coalesced edits: allow a loaded machine. */
const WITHIN = 15_000;

function sweep(harness: SlackHarness) {
  return sweepCards(harness.test.app, "slack");
}

function ageReview(harness: SlackHarness, reviewId: string) {
  return ageReviewOf(harness.test.app, "slack", reviewId);
}

function updatesOf(harness: SlackHarness, card: StoredMessage) {
  return harness.fake
    .callsTo("chat.update")
    .filter((c) => c.args.channel === REVIEW_CHANNEL && c.args.ts === card.ts);
}

async function dm(harness: SlackHarness, text: string, from: { user: string; dm: string }) {
  await harness.driver.event(eventEnvelope(imMessage({ text, user: from.user, channel: from.dm })));
}

/** The card once it has no buttons left. */
function withoutButtons(harness: SlackHarness, card: StoredMessage) {
  return eventually(() => {
    const now = harness.latest(card);
    return Object.keys(actionsOf(now)).length === 0 ? now : undefined;
  }, WITHIN);
}

describe("a Slack card whose review expires", () => {
  it("loses its buttons and the sender's text through chat.update", async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    expect(textOf(card)).toContain(MARKER);
    await ageReview(harness, reviewId);
    const before = updatesOf(harness, card).length;
    expect((await sweep(harness)).expiringCards).toBe(1);

    const expired = await withoutButtons(harness, card);
    expect(textOf(expired)).toContain("collaboration");
    expect(textOf(expired)).not.toContain(MARKER);
    expect(textOf(expired)).not.toContain(SENDER.name);
    const update = updatesOf(harness, card).slice(before).at(-1);
    expect(update?.args.text).toBe("Review expired");
    expect(JSON.stringify(update?.args)).not.toContain(MARKER);
  });

  it("expires a campaign's card the same way: no buttons, no copy, no account", {
    timeout: 60_000,
  }, async () => {
    const harness = await start({ classifier: nitroClassifier });
    const copies = nitroSenders(harness, 3);
    for (const c of copies) await dm(harness, c.text, c);
    const { card, id } = await eventually(() => {
      const found = harness.cards().find((c) => textOf(c).includes("Spam campaign"));
      const campaignId = found && /campaign `(c[0-9a-f]+)`/.exec(textOf(found))?.[1];
      return found && campaignId && textOf(found).includes("3 messages")
        ? { card: structuredClone(found), id: campaignId }
        : undefined;
    }, WITHIN);
    expect(textOf(card)).toContain("Gift Bot");

    await ageReview(harness, id);
    expect((await sweep(harness)).expiringCards).toBeGreaterThanOrEqual(1);
    const expired = await withoutButtons(harness, card);
    expect(textOf(expired)).toContain("spam campaign (3 messages)");
    expect(textOf(expired)).not.toContain("FREE NITRO");
    expect(textOf(expired)).not.toContain("Gift Bot");
  });
});

describe("a Slack reviewer's Home tab", () => {
  it("is published again without a review whose card expired", { timeout: 40_000 }, async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    await harness.driver.event(eventEnvelope(appHomeOpened(REVIEWER)));
    const first = await eventually(() => harness.fake.callsTo("views.publish")[0]);
    expect(JSON.stringify(first.args.view)).toContain(MARKER);

    await ageReview(harness, reviewId);
    await sweep(harness);
    await withoutButtons(harness, card);
    // Within the adapter's refresh delay (10 s), with no one opening the tab again.
    const again = await eventually(() => harness.fake.callsTo("views.publish")[1], 25_000);
    expect(again.args.user_id).toBe(REVIEWER);
    expect(JSON.stringify(again.args.view)).not.toContain(MARKER);
    expect(JSON.stringify(again.args.view)).toContain("No open reviews");
  });
});

describe("a click on a Slack card whose review Redis lost", () => {
  it("turns the card into a plain note without buttons, and sends nothing", async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    const { app } = harness.test;
    // A power cut under appendfsync everysec: the review's last writes never reached the disk.
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));

    await harness.click(REVIEWER, card, "approve");
    const lost = await withoutButtons(harness, card);
    const text = textOf(lost);
    expect(text).toContain("This review was lost");
    expect(text).toContain("The sender got no reply to it from the bot");
    expect(text).toContain("reply to them by hand");
    expect(harness.postsTo()).toHaveLength(0);
    // The quote stays for the reviewer to answer by hand, until the review's end would have come.
    expect(text).toContain(MARKER);
    await eventually(
      async () => (await app.redis.hget(app.keys.cardAddress("slack"), reviewId)) !== null,
    );
    await app.redis.zadd(app.keys.cardExpiry("slack"), Date.now() + 3_600_000, reviewId);
    const before = updatesOf(harness, card).length;
    expect((await sweep(harness)).expiringCards).toBe(1);
    const update = await eventually(() => updatesOf(harness, card)[before], WITHIN);
    expect(update.args.text).toBe("Review expired");
    expect(JSON.stringify(update.args)).not.toContain(MARKER);
    expect(JSON.stringify(harness.latest(card))).not.toContain(MARKER);
    await eventually(
      async () => (await app.redis.zscore(app.keys.cardExpiry("slack"), reviewId)) === null,
    );
  });

  it("does the same when the reviewer submits an edit, and says it in the editor", async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard(`would you work with you? ${MARKER}`);
    await harness.click(REVIEWER, card, "edit");
    const opened = await eventually(() => harness.fake.callsTo("views.open")[0]);
    const view = opened.args.view as { callback_id: string; private_metadata: string };
    const { app } = harness.test;
    await app.redis.del(app.keys.review(reviewId), app.keys.messages(reviewId));

    const answer = await harness.driver.interaction(
      viewSubmission(REVIEWER, view, "Sure, send it"),
    );
    expect(JSON.stringify(answer.body)).toContain("This review was lost");
    const lost = await withoutButtons(harness, card);
    expect(textOf(lost)).toContain("This review was lost");
    expect(harness.postsTo()).toHaveLength(0);
  });
});
