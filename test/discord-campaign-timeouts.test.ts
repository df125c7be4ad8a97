// A campaign's timeouts keep to Discord's limit on member edits (ten per 10 s per server) by
// themselves, and time each author out once: the real discord.js client against the fake Discord,
// which answers 429 as Discord does. The click times out ten authors (the bucket's ten); the late
// copies' job that follows went at once into a fresh discord.js queue and met the 429. And a late
// copy from an author the click already timed out asked Discord again, restarting their timeout.
import { describe, expect, it } from "vitest";
import { actionsOf, discordPerTest, reviewIdOf, textOf } from "./fakes/discord/harness.ts";
import { type UserPayload, user } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: nitroClassifier });

/** The bucket's ten member edits, all spent by the click. */
const HELD = 10;
const WITHIN = 60_000;

describe("a campaign's timeouts in one server", () => {
  it("take their turns, and each author is timed out once", { timeout: 120_000 }, async () => {
    const harness = await start();
    const { fake } = harness;
    const authors = Array.from({ length: HELD }, (_, i) => user(`Gift Bot ${i + 1}`));
    for (const [i, author] of authors.entries()) harness.driver.post(author, `${NITRO} #${i + 1}`);
    const card = await eventually(
      () =>
        harness
          .cards()
          .find((c) => textOf(c).includes("Spam campaign") && textOf(c).includes(`**${HELD}**`)),
      WITHIN,
    );
    harness.driver.select(card.id, actionsOf(card).timeout as string, "600", harness.reviewer);
    // Late copies, once the click's job has timed its authors out: two new authors, and a second
    // copy from one of those (sent just before their timeout reached them).
    await eventually(() => authors.every((a) => fake.timeouts.has(a.id)) || undefined, WITHIN);
    const newcomers = [user("Gift Bot 11"), user("Gift Bot 12")];
    const late = [...newcomers, authors[0] as UserPayload].map((author, i) =>
      harness.driver.post(author, `${NITRO} #${HELD + i + 1}`),
    );
    const campaignId = reviewIdOf(card);
    const messages = HELD + late.length;
    await eventually(async () => {
      const counts = (await harness.review(campaignId)).campaign;
      return (counts?.done ?? 0) + (counts?.failed ?? 0) >= messages || undefined;
    }, WITHIN);

    const campaign = await harness.review(campaignId);
    expect(campaign.campaign?.done).toBe(messages);
    expect(Object.fromEntries(fake.limits.refused)).toEqual({});
    // One answered PATCH per author, the repeat author's included.
    const patched = fake
      .callsTo("PATCH", new RegExp(`^/guilds/${fake.guild.id}/members/\\d+$`))
      .filter((c) => !c.rateLimited)
      .map((c) => c.path.split("/").pop() as string);
    const everyone = [...authors, ...newcomers].map((a) => a.id);
    expect(patched.sort()).toEqual([...everyone].sort());
    for (const id of everyone) expect(fake.timeouts.get(id)).toEqual(expect.any(String));
  });
});
