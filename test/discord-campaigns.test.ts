// The same spam from many accounts on one campaign card, with the real discord.js client against
// the fake Discord: counts, accounts and one copy quoted safely; Delete all in one click; a
// stranger's click refused; Not spam releasing the held conversations into cards of their own.
import { describe, expect, it } from "vitest";
import type { Review } from "../src/types.ts";
import {
  actionsOf,
  componentsOf,
  type DiscordHarness,
  discordPerTest,
  reviewIdOf,
  textOf,
} from "./fakes/discord/harness.ts";
import { type MessagePayload, user } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier, nitroCopies } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: nitroClassifier });

/**
 * A campaign's card is edited at most every 3 s, paced with every other card call: the waits for
 * it allow a loaded machine, and its tests the few waits they chain.
 */
const CAMPAIGN_WITHIN = 15_000;
const CAMPAIGN_TEST_MS = 60_000;

function campaignCard(harness: DiscordHarness): MessagePayload | undefined {
  return harness.cards().find((c) => textOf(c).includes("Spam campaign"));
}

/** The campaign card once its review holds `members` copies, and that review. */
async function campaignOf(
  harness: DiscordHarness,
  members: number,
): Promise<{ card: MessagePayload; campaign: Review }> {
  return eventually(async () => {
    const card = campaignCard(harness);
    if (!card) return undefined;
    const campaign = await harness.review(reviewIdOf(card));
    if ((campaign.campaign?.messages ?? 0) < members) return undefined;
    const now = harness.latest(card);
    return textOf(now).includes(`**${members}** messages`) ? { card: now, campaign } : undefined;
  }, CAMPAIGN_WITHIN);
}

describe("a spam campaign in a watched channel", () => {
  it("goes on one campaign card, refuses a stranger, and deletes every copy on one Delete all", {
    timeout: CAMPAIGN_TEST_MS,
  }, async () => {
    const harness = await start();
    const posted = nitroCopies(5).map((c) => harness.driver.post(user(c.name), c.text));
    // The first copy is no campaign yet (nobody else had sent it): it may have its own card, and
    // the campaign takes it in once a second copy comes.
    const { card, campaign } = await campaignOf(harness, 5);
    const members = posted;
    const text = textOf(card);
    expect(text).toContain("Spam campaign · watched channels");
    expect(text).toContain("**5** messages · **5** accounts · **1** channel");
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Gift Bot ${i}`);
    // One copy, quoted as typed: the masked link shows its address, the mention pings no one.
    expect(text).toContain("\\[discord.com/gift\\](https://discord-gift.example/claim)");
    expect(text).toContain("offers free \\*\\*nitro\\*\\*");
    expect(text).toMatch(/first <t:\d+:f> · latest <t:\d+:f>/);
    expect(text).toContain(`this copy in <#${harness.fake.guild.watchChannelId}>`);
    expect(Object.keys(actionsOf(card)).sort()).toEqual([
      "delete",
      "ignore",
      "not_spam",
      "timeout",
    ]);
    expect(harness.cards().filter((c) => textOf(c).includes("Spam campaign"))).toHaveLength(1);
    // Held copies get no card of their own.
    expect(harness.cards().length).toBeLessThanOrEqual(2);

    const refused = harness.driver.click(
      card.id,
      actionsOf(card).delete as string,
      harness.stranger,
    );
    const answer = await eventually(() => harness.driver.answers(refused)[0]);
    expect(answer.body.data.content).toContain("can't review this");
    expect((await harness.review(campaign.id)).status).toBe("pending");
    expect(harness.fake.deleted).toEqual([]);

    harness.driver.click(card.id, actionsOf(card).delete as string, harness.reviewer);
    const done = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("5 messages deleted") ? now : undefined;
    }, CAMPAIGN_WITHIN);
    expect([...harness.fake.deleted].sort()).toEqual(members.map((m) => m.id).sort());
    expect(textOf(done)).toContain(`✅ Delete all by <@${harness.reviewer.user.id}>`);
    expect(componentsOf(done).every((c) => c.disabled === true)).toBe(true);
    const { app } = harness.test;
    const memberIds = await app.redis.hkeys(app.keys.campaignPart(campaign.id, "members"));
    expect(memberIds).toHaveLength(5);
    for (const id of memberIds) {
      expect((await harness.review(id)).status).toBe("sent");
    }

    // A copy after the decision meets Delete all at once: no card, counted on the campaign's.
    const cards = harness.cards().length;
    const late = harness.driver.post(user("Gift Bot 6"), `${NITRO} #6`);
    await eventually(() => harness.fake.deleted.includes(late.id), CAMPAIGN_WITHIN);
    await eventually(
      () => textOf(harness.latest(card)).includes("1 later copy met the same action"),
      CAMPAIGN_WITHIN,
    );
    expect(harness.cards()).toHaveLength(cards);
  });

  it("times out every author on Timeout all authors", { timeout: CAMPAIGN_TEST_MS }, async () => {
    const harness = await start();
    const posted = nitroCopies(3).map((c) => harness.driver.post(user(c.name), c.text));
    const { card } = await campaignOf(harness, 3);
    harness.driver.select(card.id, actionsOf(card).timeout as string, "600", harness.reviewer);
    await eventually(
      () => textOf(harness.latest(card)).includes("the authors of 3 messages timed out"),
      CAMPAIGN_WITHIN,
    );
    const patched = harness.fake
      .callsTo("PATCH", new RegExp(`^/guilds/${harness.fake.guild.id}/members/\\d+$`))
      .map((c) => c.path.split("/").pop());
    expect(patched.sort()).toEqual(posted.map((m) => m.author.id).sort());
    expect(harness.fake.deleted).toEqual([]);
    for (const m of posted)
      expect(harness.fake.timeouts.get(m.author.id)).toEqual(expect.any(String));

    // Timeouts can be lifted: Undo, one click, every author.
    const timedOut = harness.latest(card);
    harness.driver.click(card.id, actionsOf(timedOut).undo as string, harness.reviewer);
    await eventually(
      () => textOf(harness.latest(card)).includes("the authors of 3 messages may write again"),
      CAMPAIGN_WITHIN,
    );
    for (const m of posted) expect(harness.fake.timeouts.get(m.author.id)).toBeNull();
    expect(actionsOf(harness.latest(card)).undo).toBeUndefined();
  });
});

describe("a spam campaign in DMs", () => {
  it("releases every held conversation into a card of its own on Not spam", {
    timeout: CAMPAIGN_TEST_MS,
  }, async () => {
    const harness = await start();
    const senders = nitroCopies(4).map((c) => ({ from: user(c.name), text: c.text }));
    for (const s of senders) harness.driver.dm(s.from, s.text);
    const { card, campaign } = await campaignOf(harness, 4);
    expect(textOf(card)).toContain("Spam campaign · DMs");
    expect(Object.keys(actionsOf(card)).sort()).toEqual(["not_spam", "reject"]);
    const { app } = harness.test;
    const members = await app.redis.hkeys(app.keys.campaignPart(campaign.id, "members"));
    expect(members).toHaveLength(4);

    harness.driver.click(card.id, actionsOf(card).not_spam as string, harness.reviewer);
    // Each held conversation gets a card of its own (the first copy, carded before the campaign
    // formed, keeps its card, redrawn).
    const released = await eventually(() => {
      const found = harness.cards().filter((c) => members.includes(reviewIdOf(c)));
      const relabelled = found.filter((c) => textOf(harness.latest(c)).includes("relabelled"));
      return relabelled.length === 4 ? relabelled.map((c) => harness.latest(c)) : undefined;
    }, CAMPAIGN_WITHIN);
    for (const c of released) {
      expect(textOf(c)).toContain("direct message");
      expect(textOf(c)).toContain("(relabelled from Spam by a reviewer)");
      expect(Object.keys(actionsOf(c))).toEqual(["approve", "edit", "reject", "relabel"]);
    }
    const done = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("4 conversations released") ? now : undefined;
    }, CAMPAIGN_WITHIN);
    expect(textOf(done)).toContain(`↩️ Not spam by <@${harness.reviewer.user.id}>`);
    expect(componentsOf(done).every((c) => c.disabled === true)).toBe(true);
    expect((await harness.review(campaign.id)).status).toBe("rejected");
    // Nothing was sent to anyone.
    expect(harness.fake.callsTo("POST", /^\/channels\/\d+\/messages$/).length).toBe(
      harness.cards().length,
    );
  });
});
