// A campaign's deletes keep to Discord's limit on bulk deletes (one a second per channel) by
// themselves: the real discord.js client against the fake Discord, which answers 429 as Discord
// does. A click on more than 100 copies takes two bulk deletes, and late copies take more in the
// same channel; discord.js alone sent the second one into the first one's window. And the late
// copies' job waits for the click's to finish: run together, both asked to delete the held copies.
import { describe, expect, it } from "vitest";
import { actionsOf, discordPerTest, textOf } from "./fakes/discord/harness.ts";
import { user } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: nitroClassifier });

/** More than one bulk delete holds. */
const HELD = 105;
const LATE = 4;
const WITHIN = 60_000;

describe("a campaign's deletes in one channel", () => {
  it("take their turns: every copy deleted once, and no 429", { timeout: 120_000 }, async () => {
    const harness = await start();
    const { fake } = harness;
    const post = (i: number) => harness.driver.post(user(`Gift Bot ${i}`), `${NITRO} #${i}`).id;
    const held = Array.from({ length: HELD }, (_, i) => post(i + 1));
    const card = await eventually(
      () =>
        harness
          .cards()
          .find((c) => textOf(c).includes("Spam campaign") && textOf(c).includes(`**${HELD}**`)),
      WITHIN,
    );
    harness.driver.click(card.id, actionsOf(card).delete as string, harness.reviewer);
    // Copies that come while the held ones are being deleted are deleted as they come.
    const late = Array.from({ length: LATE }, (_, i) => post(HELD + i + 1));
    const all = [...held, ...late];
    await eventually(() => all.every((id) => fake.deleted.includes(id)) || undefined, WITHIN);

    expect(Object.fromEntries(fake.limits.refused)).toEqual({});
    // Each copy in exactly one delete Discord carried out.
    const channel = fake.guild.watchChannelId;
    const asked = [
      ...fake
        .callsTo("POST", new RegExp(`^/channels/${channel}/messages/bulk-delete$`))
        .filter((c) => !c.rateLimited)
        .flatMap((c) => c.body.messages as string[]),
      ...fake
        .callsTo("DELETE", new RegExp(`^/channels/${channel}/messages/\\d+$`))
        .filter((c) => !c.rateLimited)
        .map((c) => c.path.split("/").pop() as string),
    ];
    expect(asked.sort()).toEqual([...all].sort());
  });
});
