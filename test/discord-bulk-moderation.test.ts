// A campaign's moderation in a few calls: its messages deleted in bulk (100 a call) where Discord
// allows it and one by one where it does not, its authors timed out, against the fake Discord and
// its rate limits, through the real discord.js REST client. What is already gone is counted.
import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { deleteMessages, timeoutMembers } from "../adapters/discord/bulk-moderation.ts";
import type { DiscordAdapter } from "../adapters/discord/discord-adapter.ts";
import { moderateMany } from "../adapters/discord/moderate-many.ts";
import type { Review } from "../src/types.ts";
import { discordPerTest } from "./fakes/discord/harness.ts";
import { message, snowflake, user } from "./fakes/discord/payloads.ts";
import { FakeDiscord } from "./fakes/discord/server.ts";

const DAY = 86_400_000;
let fake: FakeDiscord;
let rest: REST;

async function start(): Promise<void> {
  fake = await FakeDiscord.start();
  rest = new REST({ api: fake.apiUrl }).setToken("fake-token");
  running = true;
}

let running = false;

afterEach(async () => {
  if (!running) return;
  running = false;
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.stop();
});

/** Messages that exist in the watched channel, sent `ageMs` ago. */
function raid(n: number, ageMs = 60_000): string[] {
  const spammer = user("Spammer");
  return Array.from({ length: n }, () => {
    const msg = message({
      channel_id: fake.guild.watchChannelId,
      author: spammer,
      content: "FREE NITRO",
      id: snowflake(new Date(Date.now() - ageMs)),
    });
    fake.messages.set(msg.id, msg);
    return msg.id;
  });
}

// Calls Discord answered; a 429 (refused, nothing done) is counted apart.
const answered = (method: string, path: RegExp) =>
  fake.callsTo(method, path).filter((c) => !c.rateLimited);
const bulkCalls = () => answered("POST", /\/messages\/bulk-delete$/);
const singleDeletes = () => answered("DELETE", /^\/channels\/\d+\/messages\/\d+$/);

describe("deleting a campaign's messages", () => {
  it("deletes 250 recent messages in three bulk calls, within Discord's limits", async () => {
    await start();
    const ids = raid(250);
    const result = await deleteMessages(rest, fake.guild.watchChannelId, [
      ...ids,
      ids[0] as string,
    ]);
    expect(result).toEqual({ done: 250, gone: [], failed: [] });
    expect(bulkCalls().map((c) => c.body.messages.length)).toEqual([100, 100, 50]);
    expect(singleDeletes()).toHaveLength(0);
    expect(new Set(fake.deleted)).toEqual(new Set(ids));
    // discord.js learns the bucket from the first answer and moves to a fresh queue for it, whose
    // first call may meet one 429 (as on Discord); then it paces itself from the headers.
    expect(fake.limits.total).toBeLessThanOrEqual(1);
  });

  it("deletes messages older than two weeks one by one, and names the ones already gone", async () => {
    await start();
    const recent = raid(3);
    const old = raid(2, 20 * DAY);
    const gone = old[1] as string;
    fake.messages.delete(gone);
    const result = await deleteMessages(rest, fake.guild.watchChannelId, [...recent, ...old]);
    expect(result).toEqual({ done: 4, gone: [gone], failed: [] });
    expect(bulkCalls().map((c) => c.body.messages)).toEqual([recent]);
    expect(singleDeletes().map((c) => c.path.split("/").pop())).toEqual(old);
  });

  it("deletes a lone recent message with a single DELETE, as bulk needs two", async () => {
    await start();
    const ids = raid(101);
    const result = await deleteMessages(rest, fake.guild.watchChannelId, ids);
    expect(result.done).toBe(101);
    expect(bulkCalls()).toHaveLength(1);
    expect(singleDeletes().map((c) => c.path.split("/").pop())).toEqual([ids[100]]);
  });

  it("falls back to single deletes when Discord calls a chunk too old to bulk delete", async () => {
    await start();
    const ids = raid(3);
    fake.failNext({
      method: "POST",
      path: /bulk-delete$/,
      status: 400,
      body: {
        code: 50034,
        message: "You can only bulk delete messages that are under 14 days old.",
      },
    });
    const result = await deleteMessages(rest, fake.guild.watchChannelId, ids);
    expect(result).toEqual({ done: 3, gone: [], failed: [] });
    expect(singleDeletes()).toHaveLength(3);
  });

  it("names every message it could not delete, with Discord's reason", async () => {
    await start();
    const ids = raid(2);
    fake.failNext({
      method: "POST",
      path: /bulk-delete$/,
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    const result = await deleteMessages(rest, fake.guild.watchChannelId, ids);
    expect(result.done).toBe(0);
    expect(result.failed.map((f) => f.id)).toEqual(ids);
    expect(result.failed[0]?.reason).toMatch(/may not delete messages here.*Missing Permissions/);
    expect(fake.deleted).toEqual([]);
  });
});

describe("timing out a campaign's authors", () => {
  it("times each author out once until the same moment, and names those who left", async () => {
    await start();
    const [a, b, left] = [snowflake(), snowflake(), snowflake()];
    fake.departed.add(left);
    const now = new Date();
    const result = await timeoutMembers(rest, fake.guild.id, [a, b, left, a], 600, { now });
    expect(result).toEqual({ done: 2, gone: [left], failed: [] });
    const until = new Date(now.getTime() + 600_000).toISOString();
    expect(Object.fromEntries(fake.timeouts)).toEqual({ [a]: until, [b]: until });
  });

  it("refuses a timeout Discord would refuse, before calling it", async () => {
    await start();
    await expect(timeoutMembers(rest, fake.guild.id, ["1"], 29 * 86_400)).rejects.toThrow(
      /1 to 2419200 seconds \(28 days\), or 0 to lift it; got 2505600/,
    );
    expect(fake.calls).toHaveLength(0);
  });
});

/** A campaign copy's review over a message the fake holds (or, with `gone`, held no longer). */
function copy(channel: string, author: string, gone = false): Review {
  const msg = message({
    channel_id: channel,
    author: user("Spammer", { id: author }),
    content: "x",
  });
  if (!gone) fake.messages.set(msg.id, msg);
  return {
    id: `r${msg.id}`,
    kind: "moderation",
    status: "approved",
    decidedBy: "discord:1",
    message: {
      id: msg.id,
      platform: "discord",
      workspace: fake.guild.id,
      channel,
      context: "channel",
      author: { id: author, name: "Spammer" },
      text: "x",
      links: [],
      receivedAt: new Date().toISOString(),
    },
  } as unknown as Review;
}

describe("one order for a campaign's copies", () => {
  it("deletes them in one bulk call per channel, each review with its own outcome", async () => {
    await start();
    const { watchChannelId, otherChannelId } = fake.guild;
    const here = [1, 2, 3].map(() => copy(watchChannelId, snowflake()));
    const there = [1, 2].map(() => copy(otherChannelId, snowflake()));
    const results = await moderateMany(rest, [...here, ...there], { type: "delete" });
    expect([...results.values()].map((r) => r.status)).toEqual(Array(5).fill("delivered"));
    expect(bulkCalls().map((c) => c.path.split("/")[2])).toEqual([watchChannelId, otherChannelId]);
    expect(bulkCalls()[0]?.body.messages).toEqual(here.map((r) => r.message.id));
  });

  it("says which copies could not be deleted, and that retrying cannot help a refusal", async () => {
    await start();
    const copies = [1, 2].map(() => copy(fake.guild.watchChannelId, snowflake()));
    fake.failNext({
      method: "POST",
      path: /bulk-delete$/,
      status: 403,
      body: { code: 50013, message: "Missing Permissions" },
    });
    const results = await moderateMany(rest, copies, { type: "delete" });
    expect(results.get(copies[0]?.id as string)).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("Missing Permissions"),
    });
  });

  it("times each author out once, however many copies they sent", async () => {
    await start();
    const [a, b] = [snowflake(), snowflake()];
    const copies = [copy(fake.guild.watchChannelId, a), copy(fake.guild.watchChannelId, a)];
    copies.push(copy(fake.guild.watchChannelId, b));
    const results = await moderateMany(rest, copies, { type: "timeout", seconds: 600 });
    expect(results.size).toBe(3);
    expect([...results.values()].every((r) => r.status === "delivered")).toBe(true);
    expect(answered("PATCH", /\/members\//)).toHaveLength(2);
    expect([...fake.timeouts.keys()].sort()).toEqual([a, b].sort());
  });

  it("says an author who had left the server was not timed out, and that asking again cannot help", async () => {
    await start();
    const [stays, left] = [snowflake(), snowflake()];
    fake.departed.add(left);
    const copies = [stays, left, left].map((a) => copy(fake.guild.watchChannelId, a));
    const results = await moderateMany(rest, copies, { type: "timeout", seconds: 600 });
    expect(results.get(copies[0]?.id as string)).toEqual({ status: "delivered" });
    for (const review of copies.slice(1)) {
      expect(results.get(review.id)).toEqual({
        status: "failed",
        reason: expect.stringMatching(/had left the server, so was not timed out.*10007/),
        gone: true,
      });
    }
    // Lifting a timeout of someone gone leaves nothing to lift: done, as before.
    const lifted = await moderateMany(rest, copies, { type: "timeout", seconds: 0 });
    expect([...lifted.values()].every((r) => r.status === "delivered")).toBe(true);
  });
});

const startApp = discordPerTest();

describe("the Discord adapter", () => {
  it("offers both to the core, through its own REST client", async () => {
    const harness = await startApp();
    const adapter = harness.adapter as DiscordAdapter;
    const { watchChannelId, id: guildId } = harness.fake.guild;
    const ids = [1, 2, 3].map(() => {
      const msg = message({ channel_id: watchChannelId, author: user("Spammer"), content: "x" });
      harness.fake.messages.set(msg.id, msg);
      return msg.id;
    });
    expect(await adapter.deleteMessages(watchChannelId, ids, { reason: "spam campaign" })).toEqual({
      done: 3,
      gone: [],
      failed: [],
    });
    const [bulk] = harness.fake.callsTo("POST", /bulk-delete$/);
    expect(bulk?.body.messages).toEqual(ids);
    const author = snowflake();
    expect(await adapter.timeoutMembers(guildId, [author], 3600)).toMatchObject({ done: 1 });
    expect(harness.fake.timeouts.has(author)).toBe(true);
  });
});
