// A campaign's timeouts and an author who has left the server (Discord answers 404 Unknown Member,
// 10007): that author is not timed out, so the campaign must not remember them as timed out (a
// copy sent after they came back would be skipped as "timed out already"), and the card counts
// their copy apart, neither done nor failed nor still being worked on (the stats too). The real
// discord.js client against the fake Discord.
import { describe, expect, it } from "vitest";
import { actionsOf, discordPerTest, reviewIdOf, textOf } from "./fakes/discord/harness.ts";
import { user } from "./fakes/discord/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { NITRO, nitroClassifier } from "./helpers/keyword-classifiers.ts";

const start = discordPerTest({ classifier: nitroClassifier });

const AUTHORS = 4;
const WITHIN = 60_000;

describe("a campaign's timeout of an author who has left the server", () => {
  it("is not recorded as a timeout, and the card says they had left", {
    timeout: 90_000,
  }, async () => {
    const harness = await start();
    const { fake } = harness;
    const authors = Array.from({ length: AUTHORS }, (_, i) => user(`Gift Bot ${i + 1}`));
    const sent = authors.map((a, i) => harness.driver.post(a, `${NITRO} #${i + 1}`));
    const card = await eventually(
      () =>
        harness
          .cards()
          .find((c) => textOf(c).includes("Spam campaign") && textOf(c).includes(`**${AUTHORS}**`)),
      WITHIN,
    );
    const departed = authors[1]?.id as string;
    fake.departed.add(departed);
    harness.driver.select(card.id, actionsOf(card).timeout as string, "600", harness.reviewer);
    const campaignId = reviewIdOf(card);
    const settled = await eventually(async () => {
      const c = await harness.review(campaignId);
      const n = c.campaign;
      const counted = (n?.done ?? 0) + (n?.failed ?? 0) + (n?.gone ?? 0);
      return counted >= AUTHORS ? c : undefined;
    }, WITHIN);

    expect(settled.campaign).toMatchObject({ done: AUTHORS - 1, failed: 0, gone: 1 });
    // Only those timed out are remembered as timed out.
    const { app } = harness.test;
    const remembered = await app.redis.hkeys(app.keys.campaignPart(campaignId, "timed-out"));
    expect(remembered.sort()).toEqual(
      authors
        .filter((a) => a.id !== departed)
        .map((a) => `${fake.guild.id}:${a.id}`)
        .sort(),
    );
    // Their copy's review says what happened, in its audit too.
    const left = await eventually(async () => {
      const members = await app.redis.hkeys(app.keys.campaignPart(campaignId, "members"));
      const reviews = await Promise.all(members.map((id) => app.store.get(id)));
      return (
        reviews.find((r) => r?.message.id === sent[1]?.id && r?.status !== "pending") ?? undefined
      );
    });
    expect(left.status).toBe("failed");
    expect(left.failure).toMatch(/had left the server, so was not timed out/);
    expect((await app.reports.audit(left.id)).at(-1)?.detail).toMatch(/timeout not done/);
    // The card: the others timed out, this one's author had left; nothing still "working on".
    const status = await eventually(() => {
      const text = textOf(harness.latest(card));
      return text.includes("had left the server") ? text : undefined;
    }, WITHIN);
    expect(status).toContain(
      `the authors of ${AUTHORS - 1} messages timed out, the authors of 1 message had left the server (not timed out).`,
    );
    expect(status).toContain("✅");
    expect(status).not.toContain("working on");
    expect(status).not.toContain("failed");
    // The stats count their copy as gone too, not as failed.
    expect((await app.reports.stats(7)).byOutcome).toEqual({ sent: AUTHORS - 1, gone: 1 });
    // And so does the metric, one outcome per copy as for single cards.
    const metrics = await app.metrics.registry.metrics();
    expect(metrics).toContain(`collab_triage_reviews_total{outcome="sent"} ${AUTHORS - 1}`);
    expect(metrics).toContain('collab_triage_reviews_total{outcome="gone"} 1');
    expect(metrics).not.toContain('outcome="failed"');
  });
});
