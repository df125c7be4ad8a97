// A single card's "Timeout author", clicked while a campaign's long line of timeouts is reserved in
// the server's member-edit bucket, steps its job back until about its turn instead of sleeping in an
// outbound worker slot: a reply approved meanwhile goes out while the campaign is still timing out
// its authors. The real worker (two outbound slots: the campaign's job holds one) and discord.js
// against the fake Discord, whose limits are Discord's, untouched.
import { describe, expect, it } from "vitest";
import { deliveryJobId } from "../src/queues.ts";
import { actionsOf, discordPerTest, reviewIdOf, textOf } from "./fakes/discord/harness.ts";
import { user } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier } from "./helpers/keyword-classifiers.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const start = discordPerTest({ classifier: nitroClassifier });

/** The campaign's authors: twelve seconds of member-edit turns, far more than a job may sleep. */
const HELD = 10;
const WITHIN = 60_000;

describe("a single card's timeout behind a campaign's line", () => {
  it("frees its worker slot while it waits, and times out once, after the line", {
    timeout: 120_000,
  }, async () => {
    const harness = await start({ env: { WORKER_CONCURRENCY: "2" } });
    const { fake, test } = harness;
    const lone = user("Lone Spammer");
    harness.driver.post(lone, "FREE NITRO if you send me your login and password in a DM now");
    const single = await eventually(
      () => harness.cards().find((c) => textOf(c).includes("Possible spam in a watched channel")),
      WITHIN,
    );
    const singleId = reviewIdOf(single);
    await eventually(async () => (await harness.review(singleId)).card, WITHIN);
    const dm = await harness.dmAndCard(CONCRETE_COLLAB);

    const authors = Array.from({ length: HELD }, (_, i) => user(`Gift Bot ${i + 1}`));
    for (const [i, author] of authors.entries()) harness.driver.post(author, `${NITRO} #${i + 1}`);
    const campaign = await eventually(
      () =>
        harness
          .cards()
          .find((c) => textOf(c).includes("Spam campaign") && textOf(c).includes(`**${HELD}**`)),
      WITHIN,
    );
    harness.driver.select(
      campaign.id,
      actionsOf(campaign).timeout as string,
      "600",
      harness.reviewer,
    );
    // Its first call made: every author's turn is reserved (they are asked for together).
    await eventually(() => authors.some((a) => fake.timeouts.has(a.id)) || undefined, WITHIN);

    harness.driver.select(single.id, actionsOf(single).timeout as string, "600", harness.reviewer);
    // The card's job has taken the second slot (active) or stepped back (delayed), not failed.
    await eventually(async () => {
      const found = await test.app.queues.outbound.getJob(deliveryJobId(singleId));
      const state = await found?.getState();
      return state === "active" || state === "delayed";
    }, WITHIN);
    harness.driver.click(dm.card.id, actionsOf(dm.card).approve as string, harness.reviewer);
    await eventually(async () => (await harness.review(dm.reviewId)).status === "sent", WITHIN);
    await eventually(async () => (await harness.review(singleId)).status === "sent", WITHIN);

    const answered = fake.calls.filter((c) => !c.rateLimited);
    const patchOf = (id: string) =>
      answered.findIndex((c) => c.method === "PATCH" && c.path.endsWith(`/members/${id}`));
    const reply = answered.findIndex(
      (c) => c.method === "POST" && c.path === `/channels/${dm.msg.channel_id}/messages`,
    );
    const campaignPatches = authors.map((a) => patchOf(a.id));
    // The reply went out while the campaign's line still had turns to come.
    expect(reply).toBeGreaterThan(-1);
    expect(reply).toBeLessThan(Math.max(...campaignPatches));
    // The single author is timed out once, after every turn the campaign had reserved.
    const lonePatches = answered.filter(
      (c) => c.method === "PATCH" && c.path.endsWith(`/members/${lone.id}`),
    );
    expect(lonePatches).toHaveLength(1);
    expect(patchOf(lone.id)).toBeGreaterThan(Math.max(...campaignPatches));
    expect(Object.fromEntries(fake.limits.refused)).toEqual({});
    // Stepping back spent no attempt: no job failed, not even for a retry.
    expect(test.logs()).not.toContain("will retry");
    const review = await harness.review(singleId);
    expect(review.failure).toBeUndefined();
    await eventually(() => textOf(harness.latest(single)).includes("timed out for 10 minutes"));
  });
});
