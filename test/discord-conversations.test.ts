// One sender's DMs as one conversation, with the real discord.js client against the fake Discord:
// one card, edited as messages arrive and quoting each with its time; an Approve from before a new
// message sends nothing; a follow-up after a sent reply gets a new card recalling that reply.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  type DiscordHarness,
  discordPerTest,
  reviewIdOf,
  textOf,
} from "./fakes/discord/harness.ts";
import {
  type MessagePayload,
  snowflake,
  type UserPayload,
  user,
} from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { askClassifier } from "./helpers/keyword-classifiers.ts";

const BURST = [
  "hey!",
  "I love your *work*!",
  "I'd like to work with you on my EP, where can I reach you?",
  "https://maya.example/epk",
];

const start = discordPerTest({ classifier: askClassifier });

/** Card edits are paced (one review-channel call a second) and coalesced: allow a loaded machine. */
const EDITED_WITHIN = 10_000;

function sender() {
  return user("Maya Torres", { id: snowflake(new Date(Date.now() - 3 * 86_400_000)) });
}

/**
 * A follow-up DM and its own card, which may wait out the review channel's pace behind the card
 * posted just before it.
 */
async function followUpCard(harness: DiscordHarness, text: string, from: UserPayload) {
  const before = harness.cards().length;
  harness.driver.dm(from, text);
  const card = await eventually(() => harness.cards()[before], EDITED_WITHIN);
  const reviewId = reviewIdOf(card);
  await eventually(async () => (await harness.review(reviewId)).card);
  return { card, reviewId };
}

function cardEdits(harness: DiscordHarness, card: MessagePayload) {
  return harness.fake.callsTo("PATCH", new RegExp(`/messages/${card.id}$`));
}

function dmPosts(harness: DiscordHarness, msg: MessagePayload) {
  return harness.fake.callsTo("POST", new RegExp(`^/channels/${msg.channel_id}/messages$`));
}

describe("a conversation on Discord", () => {
  it("puts four DMs from one sender on one card, edited, quoting each with its time, labelled as a whole", async () => {
    const harness = await start();
    const from = sender();
    const startedAt = Date.now();
    const first = await harness.dmAndCard(BURST[0] as string, from);
    expect(textOf(first.card)).toContain("**Spam**");
    for (const text of BURST.slice(1)) harness.driver.dm(from, text);
    const card = await eventually(() => {
      const now = harness.latest(first.card);
      const text = textOf(now);
      return text.includes("Collaboration · conversation · 4 messages") &&
        text.includes("**Collaboration**")
        ? now
        : undefined;
    }, EDITED_WITHIN);
    expect(Date.now() - startedAt).toBeLessThan(EDITED_WITHIN + 1000);
    expect(harness.cards()).toHaveLength(1);
    expect(cardEdits(harness, first.card).length).toBeGreaterThanOrEqual(1);
    const text = textOf(card);
    expect(text).toContain("> hey!");
    // Quoted as typed: the sender's emphasis is escaped, not rendered.
    expect(text).toContain("> I love your \\*work\\*!");
    expect(text).toContain("> I'd like to work with you on my EP, where can I reach you?");
    expect(text).toContain("> https://maya.example/epk");
    expect(text.match(/<t:\d+:t>/g)).toHaveLength(4);
    expect(text.indexOf("hey!")).toBeLessThan(text.indexOf("maya.example"));
    const stored = await harness.review(first.reviewId);
    expect(stored.messageCount).toBe(4);
    expect(stored.classification.label).toBe("collaboration");
    expect(stored.draft.text).toBeTruthy();
    expect(text).toContain((stored.draft.text ?? "").slice(0, 40));
  });

  it("sends nothing on an Approve from before a new message, and refreshes the card", async () => {
    const harness = await start();
    const from = sender();
    const first = await harness.dmAndCard("I'd like to work with you on a remix.", from);
    const staleApprove = actionsOf(first.card).approve as string;
    const later = "Also: could you do it by Friday?";
    harness.driver.dm(from, later);
    await eventually(async () => (await harness.review(first.reviewId)).messageCount === 2);
    const editsBefore = cardEdits(harness, first.card).length;
    const click = harness.driver.click(first.card.id, staleApprove, harness.reviewer);
    const note = await eventually(() => harness.notes(click)[0]);
    expect(note).toContain("Nothing was sent");
    expect(dmPosts(harness, first.msg)).toEqual([]);
    expect((await harness.review(first.reviewId)).status).toBe("pending");
    expect(cardEdits(harness, first.card).length).toBeGreaterThan(editsBefore);
    // The card that shows the later message and the draft triage wrote for both: the card may
    // show the new message before triage has drafted for it.
    await eventually(async () => (await harness.review(first.reviewId)).triagedCount === 2);
    const refreshed = await eventually(async () => {
      const now = harness.latest(first.card);
      const draft = (await harness.review(first.reviewId)).draft.text ?? "";
      return textOf(now).includes(later) && textOf(now).includes(draft.split("\n")[0] ?? "")
        ? now
        : undefined;
    }, EDITED_WITHIN);
    const freshApprove = actionsOf(refreshed).approve as string;
    expect(freshApprove).not.toBe(staleApprove);

    // The refreshed card's Approve sends the draft that answers both messages, once.
    harness.driver.click(first.card.id, freshApprove, harness.reviewer);
    await eventually(async () => (await harness.review(first.reviewId)).status === "sent");
    expect(dmPosts(harness, first.msg)).toHaveLength(1);
  });

  it("gives a follow-up after a sent reply its own card, which shows what was sent and when", async () => {
    const harness = await start();
    const from = sender();
    const first = await harness.dmAndCard("I'd like to work with you on my EP.", from);
    harness.driver.click(first.card.id, actionsOf(first.card).approve as string, harness.reviewer);
    const sent = await eventually(async () => {
      const review = await harness.review(first.reviewId);
      return review.status === "sent" ? review : undefined;
    });
    const followUp = await followUpCard(harness, "Great! Budget is $2,000, stems by May 1.", from);
    expect(followUp.reviewId).not.toBe(first.reviewId);
    expect(harness.cards()).toHaveLength(2);
    const text = textOf(followUp.card);
    expect(text).toContain(
      `You replied on <t:${Math.floor(Date.parse(sent.sentAt ?? "") / 1000)}:f>`,
    );
    expect(text).toContain(`> ${(sent.finalText ?? "").split("\n")[0]?.slice(0, 30)}`);
    expect(text).toContain("They answered:");
    expect(text).toContain("Budget is $2,000");
    expect((await harness.review(followUp.reviewId)).previous?.id).toBe(first.reviewId);
    // The first card is left as it was decided. The delivery edits it to say so after it records
    // the send, so that edit may still be on its way when the follow-up's card is out.
    await eventually(() => textOf(harness.latest(first.card)).includes("✅ Sent"), EDITED_WITHIN);
  });

  it("flags a sender whose earlier conversation was rejected as spam", async () => {
    const harness = await start();
    const from = sender();
    const first = await harness.dmAndCard("hey! click my link", from);
    harness.driver.click(first.card.id, actionsOf(first.card).reject as string, harness.reviewer);
    await eventually(async () => (await harness.review(first.reviewId)).status === "rejected");
    const followUp = await followUpCard(harness, "hey again, did you click it?", from);
    expect(textOf(followUp.card)).toContain(
      "⚠️ **This sender's earlier conversation was rejected as spam**",
    );
  });
});
