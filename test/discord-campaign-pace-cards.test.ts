// A single card's "Timeout author" takes its turn in the server's member-edit bucket, in line with a
// campaign's timeouts: a reviewer clicking card after card while a campaign times out its authors
// stays within Discord's ten member edits per 10 s. The real discord.js client against the fake
// Discord, which answers 429 as Discord does; its limits are Discord's, untouched. A single card's
// "Delete message" likewise takes its turn where a campaign's single deletes take theirs.
import { REST } from "discord.js";
import { describe, expect, it } from "vitest";
import { moderate } from "../adapters/discord/outbound.ts";
import type { Review } from "../src/types.ts";
import { actionsOf, discordPerTest, reviewIdOf, textOf } from "./fakes/discord/harness.ts";
import { message, user } from "./fakes/discord/payloads.ts";
import { FakeDiscord } from "./fakes/discord/server.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: nitroClassifier });

/** The bucket's ten member edits, all asked for by the campaign's click. */
const HELD = 10;
/** How many of them are spent when the single cards are clicked: fewer left than single cards. */
const SPENT = 6;
const WITHIN = 60_000;

/** Spam unlike the campaign's text and unlike each other: a card each, more than the bucket has left. */
const SINGLES = [
  "FREE NITRO if you send me your login and password in a direct message right now",
  "FREE NITRO raffle tonight, react with a star under this post to enter the draw",
  "FREE NITRO giveaway for the first ten people who join my other server before noon",
  "FREE NITRO codes are being handed out in voice chat, hop in quick and ask the host",
  "FREE NITRO: scan the picture on my profile with your phone camera to redeem it",
];

describe("single cards' timeouts beside a campaign's", () => {
  it("take their turns in the server's bucket: no 429", { timeout: 120_000 }, async () => {
    const harness = await start();
    const { fake } = harness;
    const singleAuthors = SINGLES.map((_, i) => user(`Lone Spammer ${i + 1}`));
    SINGLES.forEach((text, i) => {
      harness.driver.post(singleAuthors[i] as (typeof singleAuthors)[number], text);
    });
    const singles = await eventually(() => {
      const found = harness
        .cards()
        .filter((c) => textOf(c).includes("Possible spam in a watched channel"));
      return found.length === SINGLES.length ? found : undefined;
    }, WITHIN);
    await eventually(async () => {
      const reviews = await Promise.all(singles.map((c) => harness.review(reviewIdOf(c))));
      return reviews.every((r) => r.card) || undefined;
    });

    const authors = Array.from({ length: HELD }, (_, i) => user(`Gift Bot ${i + 1}`));
    for (const [i, author] of authors.entries()) harness.driver.post(author, `${NITRO} #${i + 1}`);
    const campaign = await eventually(
      () =>
        harness
          .cards()
          .find((c) => textOf(c).includes("Spam campaign") && textOf(c).includes(`**${HELD}**`)),
      WITHIN,
    );

    // The campaign's click; once it has spent most of the bucket's ten, a reviewer's on each single
    // card, quickly. Unpaced, the single cards' calls went at once and met the 429 (or made the
    // campaign's next call meet it).
    harness.driver.select(
      campaign.id,
      actionsOf(campaign).timeout as string,
      "600",
      harness.reviewer,
    );
    await eventually(
      () => authors.filter((a) => fake.timeouts.has(a.id)).length >= SPENT || undefined,
      WITHIN,
    );
    for (const card of singles) {
      harness.driver.select(card.id, actionsOf(card).timeout as string, "600", harness.reviewer);
    }
    const everyone = [...authors, ...singleAuthors].map((a) => a.id);
    await eventually(() => everyone.every((id) => fake.timeouts.has(id)) || undefined, WITHIN);
    for (const card of singles) {
      await eventually(() => textOf(harness.latest(card)).includes("timed out for 10 minutes"));
    }

    expect(Object.fromEntries(fake.limits.refused)).toEqual({});
    // One answered PATCH per author.
    const patched = fake
      .callsTo("PATCH", new RegExp(`^/guilds/${fake.guild.id}/members/\\d+$`))
      .filter((c) => !c.rateLimited)
      .map((c) => c.path.split("/").pop() as string);
    expect(patched.sort()).toEqual([...everyone].sort());
  });
});

describe("a single card's order", () => {
  it("waits for its turn in the bucket a campaign's calls use, before its call", async () => {
    const fake = await FakeDiscord.start();
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken("fake-token");
    try {
      const spammer = user("Spammer");
      const msg = message({ channel_id: fake.guild.watchChannelId, author: spammer, content: "x" });
      fake.messages.set(msg.id, msg);
      const review = {
        id: `r${msg.id}`,
        decidedBy: "discord:1",
        message: {
          id: msg.id,
          workspace: fake.guild.id,
          channel: fake.guild.watchChannelId,
          author: { id: spammer.id },
        },
      } as unknown as Review;
      const turns: string[] = [];
      // Each turn notes how many calls Discord had seen when it was taken: none yet.
      const turn = async (bucket: string, ms: number) => {
        turns.push(`${bucket} ${ms} after ${fake.calls.length} calls`);
      };
      await moderate(rest, review, { type: "timeout", seconds: 600 }, { turn });
      await moderate(rest, review, { type: "delete" }, { turn });
      expect(turns).toEqual([
        `member-edit:${fake.guild.id} 1200 after 0 calls`,
        `message-delete:${fake.guild.watchChannelId} 240 after 1 calls`,
      ]);
      expect(fake.deleted).toEqual([msg.id]);
    } finally {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      await fake.stop();
    }
  });
});
