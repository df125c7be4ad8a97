// Spam in watched server channels: a moderation card, and Delete / Timeout / Ignore acted on only
// after a reviewer decides.
import { describe, expect, it } from "vitest";
import type { Classifier } from "../src/ports.ts";
import {
  actionsOf,
  componentsOf,
  type DiscordHarness,
  discordPerTest,
  reviewIdOf,
  textOf,
} from "./fakes/discord/harness.ts";
import { type MessagePayload, user } from "./fakes/discord/payloads.ts";
import { eventually, outboundWork } from "./helpers/app.ts";

/** Spam when the text shouts FREE NITRO, collaboration otherwise: one label per message. */
const keywordClassifier: Classifier = {
  name: "keyword",
  async classify(input) {
    const spam = input.text.includes("FREE NITRO");
    return {
      label: spam ? "spam" : "collaboration",
      confidence: 0.95,
      scores: spam
        ? { spam: 0.95, feedback_request: 0.025, collaboration: 0.025 }
        : { spam: 0.025, feedback_request: 0.025, collaboration: 0.95 },
      reasons: [spam ? "offers free nitro" : "asks to work together"],
      source: "keyword",
    };
  },
};

const SPAM = "FREE NITRO for everyone @everyone claim at discord-gift.example/claim";

// Every test's harness is stopped after it, and nothing the bot wrote may ping anyone.
const start = discordPerTest({ classifier: keywordClassifier });

async function spamAndCard(harness: DiscordHarness) {
  const author = user("Nitro Giver");
  const before = harness.cards().length;
  const msg = harness.driver.post(author, SPAM);
  const card = await eventually(() => harness.cards()[before]);
  const reviewId = reviewIdOf(card);
  await eventually(async () => (await harness.test.app.store.get(reviewId))?.card);
  return { author, msg, card, reviewId };
}

function moderationCalls(harness: DiscordHarness, msg: MessagePayload) {
  const { fake } = harness;
  return [
    ...fake.callsTo("DELETE", /^\/channels\/\d+\/messages\/\d+$/),
    ...fake.callsTo("PATCH", new RegExp(`^/guilds/${fake.guild.id}/members/${msg.author.id}$`)),
  ];
}

describe("spam in a watched channel", () => {
  it("gets a moderation card and nothing is done before a reviewer decides", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await spamAndCard(harness);
    const text = textOf(card);
    expect(text).toContain("Possible spam in a watched channel");
    expect(text).toContain(`<#${harness.fake.guild.watchChannelId}>`);
    expect(text).toContain(
      `https://discord.com/channels/${harness.fake.guild.id}/${msg.channel_id}/${msg.id}`,
    );
    expect(text).toContain("offers free nitro");
    expect(Object.keys(actionsOf(card))).toEqual(["delete", "ignore", "timeout"]);
    const timeout = componentsOf(card).find((c) => c.custom_id === `review:timeout:${reviewId}`);
    expect(((timeout?.options ?? []) as Array<{ value: string }>).map((o) => o.value)).toEqual([
      "600",
      "3600",
      "86400",
    ]);
    expect(moderationCalls(harness, msg)).toEqual([]);
    expect((await harness.test.app.store.get(reviewId))?.kind).toBe("moderation");
  });

  it("deletes the message once when a reviewer clicks Delete message", async () => {
    const harness = await start();
    const { msg, card } = await spamAndCard(harness);
    harness.driver.click(card.id, actionsOf(card).delete as string, harness.reviewer);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("✅ Message deleted") ? now : undefined;
    });
    expect(harness.fake.callsTo("DELETE", /messages/).map((c) => c.path)).toEqual([
      `/channels/${msg.channel_id}/messages/${msg.id}`,
    ]);
    expect(harness.fake.deleted).toEqual([msg.id]);
    expect(textOf(edited)).toContain(`<@${harness.reviewer.user.id}>`);
    expect(componentsOf(edited).every((c) => c.disabled === true)).toBe(true);
  });

  it("times the author out for the picked span", async () => {
    const harness = await start();
    const { msg, card } = await spamAndCard(harness);
    const pickedAt = Date.now();
    harness.driver.select(card.id, actionsOf(card).timeout as string, "3600", harness.roleReviewer);
    await eventually(() => textOf(harness.latest(card)).includes("timed out for 1 hour"));
    const [timeout, ...more] = moderationCalls(harness, msg);
    expect(more).toEqual([]);
    expect(timeout?.method).toBe("PATCH");
    const until = Date.parse(timeout?.body.communication_disabled_until);
    expect(until - pickedAt).toBeGreaterThanOrEqual(3_590_000);
    expect(until - pickedAt).toBeLessThanOrEqual(3_610_000);
  });

  it("says the author had left the server when Discord no longer knows them", async () => {
    const harness = await start();
    const { author, card } = await spamAndCard(harness);
    harness.fake.departed.add(author.id);
    harness.driver.select(card.id, actionsOf(card).timeout as string, "600", harness.reviewer);
    const text = await eventually(() => {
      const now = textOf(harness.latest(card));
      return now.includes("Could not") ? now : undefined;
    });
    expect(text).toContain("the author had left the server, so was not timed out");
    expect(harness.fake.timeouts.size).toBe(0);
    // Counted as gone wherever outcomes are counted, not as a failure.
    const { app } = harness.test;
    expect((await app.reports.stats(7)).byOutcome).toEqual({ gone: 1 });
    const metrics = await app.metrics.registry.metrics();
    expect(metrics).toContain('collab_triage_reviews_total{outcome="gone"} 1');
    expect(metrics).not.toContain('outcome="failed"');
  });

  it("does nothing to the message or its author on Ignore", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await spamAndCard(harness);
    harness.driver.click(card.id, actionsOf(card).ignore as string, harness.reviewer);
    await eventually(() => textOf(harness.latest(card)).includes("🙈 Ignored"));
    expect((await harness.test.app.store.get(reviewId))?.status).toBe("rejected");
    expect(await outboundWork(harness.test.app)).toBe(0);
    expect(moderationCalls(harness, msg)).toEqual([]);
  });

  it("says Ignore stands when the card cannot be refreshed, not that nothing was decided", async () => {
    const harness = await start();
    const { card, reviewId } = await spamAndCard(harness);
    harness.fake.failNext({
      method: "PATCH",
      path: new RegExp(`/messages/${card.id}$`),
      status: 400,
      body: { code: 50035, message: "Invalid Form Body" },
    });
    const click = harness.driver.click(card.id, actionsOf(card).ignore as string, harness.reviewer);
    const note = await eventually(() => harness.notes(click)[0]);
    expect(note).toContain("Decided: ignored");
    expect(note).toContain("the card could not be refreshed");
    expect((await harness.test.app.store.get(reviewId))?.status).toBe("rejected");
  });

  it("refuses a stranger's Delete and deletes nothing", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await spamAndCard(harness);
    const click = harness.driver.click(card.id, actionsOf(card).delete as string, harness.stranger);
    const answer = await eventually(() => harness.driver.answers(click)[0]);
    expect(answer.body.data).toMatchObject({ flags: 64 });
    expect(answer.body.data.content).toContain("can't review this");
    expect((await harness.test.app.store.get(reviewId))?.status).toBe("pending");
    expect(moderationCalls(harness, msg)).toEqual([]);
  });

  it("says on the card why a deletion failed", async () => {
    const harness = await start();
    const { msg, card } = await spamAndCard(harness);
    harness.fake.failNext({
      method: "DELETE",
      path: new RegExp(`/messages/${msg.id}$`),
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    harness.driver.click(card.id, actionsOf(card).delete as string, harness.reviewer);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("Could not delete the message") ? now : undefined;
    });
    expect(textOf(edited)).toContain("Missing Permissions");
  });
});

describe("channel messages that get no card", () => {
  it("leaves non-spam in a watched channel and anything in other channels alone", async () => {
    const harness = await start();
    const { driver, fake } = harness;
    driver.post(user("Friendly"), "would love to collaborate on a track!");
    driver.post(user("Elsewhere"), SPAM, {}, fake.guild.otherChannelId);
    driver.post(user("In Reviews"), SPAM, {}, fake.guild.reviewChannelId);
    await spamAndCard(harness);
    expect(harness.cards()).toHaveLength(1);
    // Only the friendly message and the spam were triaged; the other channels never reached the queue.
    const counted = await harness.test.app.metrics.messages.get();
    expect(counted.values.reduce((sum, v) => sum + v.value, 0)).toBe(2);
  });
});
