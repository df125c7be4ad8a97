// Senders' names never cost a card: users.info is cached and paced under Tier 4, so a burst of 300
// new senders meets no 429; a sender past the pace is shown by id and named on a later look-up.
import { webApi } from "@slack/bolt";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { boltLogger } from "../adapters/slack/bolt-logger.ts";
import { SenderNames, type SenderNamesOptions } from "../adapters/slack/names.ts";
import { SENDER, slackPerTest, textOf } from "./fakes/slack/harness.ts";
import { FakeSlack, TOKENS } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

let fake: FakeSlack | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

/** A fake Slack that knows `n` users, and names over the adapter's kind of look-up client. */
async function namesOver(n: number, options: SenderNamesOptions = {}) {
  fake = await FakeSlack.start();
  const ids = Array.from({ length: n }, (_, i) => `UNEW${String(i).padStart(5, "0")}`);
  for (const id of ids) fake.users.set(id, { name: id.toLowerCase(), display_name: `Name ${id}` });
  const client = new webApi.WebClient(TOKENS.bot, {
    slackApiUrl: fake.apiUrl,
    logger: boltLogger(pino({ level: "silent" })),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 30_000,
  });
  let clock = Date.now();
  const names = new SenderNames(client, { now: () => clock, ...options });
  return {
    fake,
    ids,
    names,
    advance: (ms: number) => {
      clock += ms;
    },
    lookups: () => fake?.callsTo("users.info").length ?? 0,
  };
}

describe("senders' names", () => {
  it("looks up a burst of 300 new senders within the pace: no 429, the rest shown by id and named a minute later", async () => {
    // No time cap here: on a busy machine 80 calls at once can take longer than the DM's 700 ms.
    const { fake, ids, names, advance, lookups } = await namesOver(300, { timeoutMs: 30_000 });
    const shown = await Promise.all(ids.map((id) => names.nameOf(id)));
    expect(fake.limits.total).toBe(0);
    expect(lookups()).toBe(80);
    expect(shown.filter((s, i) => s === `Name ${ids[i]}`)).toHaveLength(80);
    const byId = ids.filter((id, i) => shown[i] === id);
    expect(byId).toHaveLength(220);
    expect(names.missing()).toEqual(byId);
    expect(await names.resolveName(byId[0] as string)).toBeNull();

    // A minute later by the pacer's clock (the fake's own minute is real time: 20 left of 100).
    advance(61_000);
    const later = await Promise.all(byId.slice(0, 20).map((id) => names.resolveName(id)));
    expect(later).toEqual(byId.slice(0, 20).map((id) => `Name ${id}`));
    expect(names.isMissing(byId[0] as string)).toBe(false);
    expect(names.isMissing(byId[20] as string)).toBe(true);
    expect(fake.limits.total).toBe(0);
  });

  it("asks Slack once per sender while the name is fresh, and again once it expires", async () => {
    const { ids, names, advance, lookups } = await namesOver(1, { ttlMs: 10_000 });
    const id = ids[0] as string;
    const [a, b] = await Promise.all([names.nameOf(id), names.nameOf(id)]);
    expect([a, b, await names.nameOf(id)]).toEqual([`Name ${id}`, `Name ${id}`, `Name ${id}`]);
    expect(lookups()).toBe(1);
    advance(10_001);
    await names.nameOf(id);
    expect(lookups()).toBe(2);
  });

  it("gives a slow look-up 700 ms, shows the id, and keeps the late answer for the next card", async () => {
    const { fake, ids, names, lookups } = await namesOver(1, { timeoutMs: 700 });
    const id = ids[0] as string;
    const release = fake.holdNext("users.info");
    const began = Date.now();
    expect(await names.nameOf(id)).toBe(id);
    expect(Date.now() - began).toBeLessThan(1500);
    expect(names.isMissing(id)).toBe(true);
    release();
    await eventually(() => !names.isMissing(id));
    expect(await names.nameOf(id)).toBe(`Name ${id}`);
    expect(lookups()).toBe(1);
  });

  it("keeps at most `capacity` names, dropping the oldest", async () => {
    const { ids, names, lookups } = await namesOver(3, { capacity: 2 });
    for (const id of ids) await names.nameOf(id);
    await names.nameOf(ids[2] as string);
    expect(lookups()).toBe(3);
    await names.nameOf(ids[0] as string);
    expect(lookups()).toBe(4);
  });

  it("stops asking while Slack's Retry-After runs, when another caller spent the quota", async () => {
    const { fake, ids, names, advance, lookups } = await namesOver(3);
    fake.limits.set("users.info", { limit: 1, windowMs: 60_000 });
    expect(await names.nameOf(ids[0] as string)).toBe(`Name ${ids[0]}`);
    expect(await names.nameOf(ids[1] as string)).toBe(ids[1]);
    expect(await names.nameOf(ids[2] as string)).toBe(ids[2]);
    // The 429 said to wait: the third sender was not even asked about.
    expect(lookups()).toBe(2);
    expect(fake.limits.refused.get("users.info")).toBe(1);
    advance(61_000);
    fake.limits.set("users.info", null);
    expect(await names.resolveName(ids[2] as string)).toBe(`Name ${ids[2]}`);
  });
});

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

describe("a DM while users.info is limited", () => {
  it("gets its card at once with the sender's id, and the name is there to fill in later", async () => {
    const harness = await start({ limits: { "users.info": { limit: 0, windowMs: 1000 } } });
    const { card } = await harness.dmAndCard(CONCRETE_COLLAB);
    expect(textOf(card)).toContain(SENDER.id);
    expect(textOf(card)).not.toContain(SENDER.name);
    expect(harness.adapter.isNameMissing(SENDER.id)).toBe(true);
    harness.fake.limits.set("users.info", null);
    const name = await eventually(
      () => harness.adapter.resolveName(SENDER.id).then((n) => n ?? false),
      4000,
    );
    expect(name).toBe(SENDER.name);
    expect(harness.adapter.isNameMissing(SENDER.id)).toBe(false);
  });
});
