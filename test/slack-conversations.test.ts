// One sender's DMs as one conversation, and the same spam from many senders as one campaign, with
// the real Bolt client against the fake Slack: cards edited as messages arrive, a stale Approve
// sending nothing, a follow-up recalling the reply sent, Reject all and Not spam in one click.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  location,
  REVIEW_CHANNEL,
  REVIEWER,
  reviewIdOf,
  SENDER,
  type SlackHarness,
  STRANGER,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import { nitroSenders } from "./fakes/slack/nitro-senders.ts";
import { blockActions, eventEnvelope, imMessage } from "./fakes/slack/payloads.ts";
import type { StoredMessage } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { askClassifier, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = slackPerTest();

/** Card edits are paced (one review-channel call every 1.2 s) and coalesced: allow a loaded machine. */
const EDITED_WITHIN = 10_000;

/**
 * A campaign's card is edited at most every 3 s, paced with every other card call: the waits for
 * it allow a loaded machine, and its tests the few waits they chain.
 */
const CAMPAIGN_WITHIN = 15_000;
const CAMPAIGN_TEST_MS = 60_000;

/** A DM from the sender (or as given), without waiting for anything. */
async function dm(
  harness: SlackHarness,
  text: string,
  from: { user: string; dm: string } = { user: SENDER.id, dm: SENDER.dm },
) {
  await harness.driver.event(eventEnvelope(imMessage({ text, user: from.user, channel: from.dm })));
}

/**
 * A follow-up DM from the sender and its own card, which may wait out the review channel's pace
 * behind the card posted just before it.
 */
async function followUpCard(harness: SlackHarness, text: string) {
  const before = harness.cards().length;
  await dm(harness, text);
  const card = structuredClone(await eventually(() => harness.cards()[before], EDITED_WITHIN));
  const reviewId = reviewIdOf(card);
  await eventually(async () => (await harness.test.app.store.get(reviewId))?.card);
  return { card, reviewId };
}

function cardUpdates(harness: SlackHarness, card: StoredMessage) {
  return harness.fake
    .callsTo("chat.update")
    .filter((c) => c.args.channel === REVIEW_CHANNEL && c.args.ts === card.ts);
}

function notes(harness: SlackHarness, user: string): string[] {
  return harness.fake
    .callsTo("chat.postEphemeral")
    .filter((c) => c.args.user === user)
    .map((c) => String(c.args.text));
}

/** The value of a card's Approve button: it names the draft and message count the card shows. */
function approveValue(card: StoredMessage): string {
  const blocks = (card.blocks ?? []) as Array<{
    type: string;
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  const approve = blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id?.startsWith("review:approve:"));
  if (!approve?.value) throw new Error("no Approve on the card");
  return approve.value;
}

/** A click on the card's Approve as it read when `card` was taken. */
function approve(harness: SlackHarness, card: StoredMessage, value: string) {
  const payload = blockActions(REVIEWER, location(card), actionsOf(card).approve as string);
  for (const action of payload.actions) action.value = value;
  return harness.driver.interaction(payload);
}

describe("a conversation on Slack", () => {
  it("puts four DMs from one sender on one card, edited, quoting each with its time, labelled as a whole", async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard("hey!");
    expect(textOf(card)).toContain("*Spam*");
    const rest = [
      "I love your <https://evil.example|work>!",
      "I'd like to work with you on my EP, where can I reach you? <!channel>",
      "https://maya.example/epk",
    ];
    for (const text of rest) await dm(harness, text);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      const text = textOf(now);
      return text.includes("Conversation · 4 messages") && text.includes("*Collaboration*")
        ? now
        : undefined;
    }, EDITED_WITHIN);
    expect(harness.cards()).toHaveLength(1);
    expect(cardUpdates(harness, card).length).toBeGreaterThanOrEqual(1);
    const text = textOf(edited);
    expect(text).toContain(">hey!");
    // Quoted as typed: a masked link and a channel ping show literally.
    expect(text).toContain(">I love your &lt;https://evil.example|work&gt;!");
    expect(text).toContain("where can I reach you? &lt;!channel&gt;");
    expect(text).toContain(">https://maya.example/epk");
    expect(text.match(/<!date\^\d+\^\{time\}\|/g)).toHaveLength(4);
    const stored = await harness.test.app.store.get(reviewId);
    expect(stored?.messageCount).toBe(4);
    expect(stored?.classification.label).toBe("collaboration");
  });

  it("sends nothing on an Approve from before a new message, and refreshes the card", async () => {
    const harness = await start({ classifier: askClassifier });
    const { card, reviewId } = await harness.dmAndCard("I'd like to work with you on a remix.");
    const stale = approveValue(card);
    const later = "Also: could you do it by Friday?";
    await dm(harness, later);
    await eventually(async () => (await harness.test.app.store.get(reviewId))?.messageCount === 2);
    const updatesBefore = cardUpdates(harness, card).length;
    await approve(harness, card, stale);
    const note = await eventually(() => notes(harness, REVIEWER)[0]);
    expect(note).toContain("Nothing was sent");
    expect(harness.postsTo(SENDER.dm)).toEqual([]);
    expect(await harness.status(reviewId)).toBe("pending");
    expect(cardUpdates(harness, card).length).toBeGreaterThan(updatesBefore);
    // The card that shows the later message and the draft triage wrote for both: the card may
    // show the new message before triage has drafted for it.
    await eventually(async () => (await harness.test.app.store.get(reviewId))?.triagedCount === 2);
    const refreshed = await eventually(async () => {
      const now = harness.latest(card);
      const draft = (await harness.test.app.store.get(reviewId))?.draft.text ?? "";
      return textOf(now).includes(later) && textOf(now).includes(draft.split("\n")[0] ?? "")
        ? structuredClone(now)
        : undefined;
    }, EDITED_WITHIN);
    expect(approveValue(refreshed)).not.toBe(stale);

    await approve(harness, refreshed, approveValue(refreshed));
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
  });

  it("gives a follow-up after a sent reply its own card, which shows what was sent", async () => {
    const harness = await start({ classifier: askClassifier });
    const first = await harness.dmAndCard("I'd like to work with you on my EP.");
    await harness.click(REVIEWER, first.card, "approve");
    await eventually(async () => (await harness.status(first.reviewId)) === "sent");
    const sent = await harness.test.app.store.get(first.reviewId);
    const followUp = await followUpCard(harness, "Great! Budget is $2,000, stems by May 1.");
    expect(followUp.reviewId).not.toBe(first.reviewId);
    const text = textOf(followUp.card);
    expect(text).toContain(
      `You replied on <!date^${Math.floor(Date.parse(sent?.sentAt ?? "") / 1000)}^`,
    );
    expect(text).toContain(`>${(sent?.finalText ?? "").split("\n")[0]?.slice(0, 30)}`);
    expect(text).toContain("*They answered:*");
    expect(text).toContain("Budget is $2,000");
    const stored = await harness.test.app.store.get(followUp.reviewId);
    expect(stored?.previous?.id).toBe(first.reviewId);
  });
});

describe("a spam campaign in Slack DMs", () => {
  /** The campaign card once it counts `messages` copies. */
  async function campaignCard(harness: SlackHarness, messages: number) {
    return eventually(() => {
      const card = harness.cards().find((c) => textOf(c).includes("Spam campaign"));
      if (!card || !textOf(card).includes(`*Copies*\n${messages} messages`)) return undefined;
      const id = /campaign `(c[0-9a-f]+)`/.exec(textOf(card))?.[1];
      return id ? { card: structuredClone(card), id } : undefined;
    }, CAMPAIGN_WITHIN);
  }

  it("goes on one card, refuses a stranger, and rejects every held conversation on Reject all", {
    timeout: CAMPAIGN_TEST_MS,
  }, async () => {
    const harness = await start({ classifier: nitroClassifier });
    const from = nitroSenders(harness, 5);
    for (const s of from) await dm(harness, s.text, s);
    // The first copy is no campaign yet (nobody else had sent it): it may have its own card, and
    // the campaign takes it in once a second copy comes.
    const { card, id } = await campaignCard(harness, 5);
    const text = textOf(card);
    expect(text).toContain("5 accounts");
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Gift Bot ${i}`);
    expect(text).toContain(">FREE NITRO for everyone @everyone claim yours now");
    expect(Object.keys(actionsOf(card)).sort()).toEqual(["not_spam", "reject"]);
    expect(harness.cards().filter((c) => textOf(c).includes("Spam campaign"))).toHaveLength(1);
    expect(harness.cards().length).toBeLessThanOrEqual(2);

    await harness.click(STRANGER, card, "reject");
    await eventually(() => notes(harness, STRANGER)[0]);
    expect((await harness.test.app.store.get(id))?.status).toBe("pending");

    await harness.click(REVIEWER, card, "reject");
    const done = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("5 conversations closed") ? now : undefined;
    }, CAMPAIGN_WITHIN);
    expect(textOf(done)).toContain(`🚫 Rejected all by <@${REVIEWER}>`);
    expect(actionsOf(done)).toEqual({});
    const { app } = harness.test;
    const members = await app.redis.hkeys(app.keys.campaignPart(id, "members"));
    expect(members).toHaveLength(5);
    for (const member of members) expect(await harness.status(member)).toBe("rejected");
    // Nothing reached any sender.
    for (const s of from) expect(harness.postsTo(s.dm)).toEqual([]);
  });

  it("releases every held conversation into a card of its own on Not spam", {
    timeout: CAMPAIGN_TEST_MS,
  }, async () => {
    const harness = await start({ classifier: nitroClassifier });
    for (const s of nitroSenders(harness, 4)) await dm(harness, s.text, s);
    const { card, id } = await campaignCard(harness, 4);
    const { app } = harness.test;
    const members = await app.redis.hkeys(app.keys.campaignPart(id, "members"));
    expect(members).toHaveLength(4);
    await harness.click(REVIEWER, card, "not_spam");
    // Each held conversation gets a card of its own (the first copy, carded before the campaign
    // formed, keeps its card, redrawn).
    const released = await eventually(() => {
      const found = harness
        .cards()
        .map((c) => harness.latest(c))
        .filter((c) => members.some((m) => textOf(c).includes(`review \`${m}\``)))
        .filter((c) => textOf(c).includes("relabelled"));
      return found.length === 4 ? found : undefined;
    }, CAMPAIGN_WITHIN);
    for (const own of released) {
      expect(textOf(own)).toContain("relabelled from Spam by a reviewer");
      expect(Object.keys(actionsOf(own))).toContain("approve");
    }
    await eventually(
      () => textOf(harness.latest(card)).includes("4 conversations released"),
      CAMPAIGN_WITHIN,
    );
    expect(textOf(harness.latest(card))).toContain(`↩️ Not spam by <@${REVIEWER}>`);
  });
});
