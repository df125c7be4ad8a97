// The fake platforms enforce the platforms' rate limits on the wire, as production does: 429s with
// the real headers and bodies, per-channel buckets, a global limit on Discord, and a count of every
// 429 by route. The real discord.js paces itself from those headers and meets no 429.
import { REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { message, snowflake, user } from "./fakes/discord/payloads.ts";
import { FakeDiscord, type FakeDiscordOptions } from "./fakes/discord/server.ts";
import { FakeSlack, TOKENS } from "./fakes/slack/server.ts";

const running: Array<{ stop(): Promise<void> }> = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.stop();
});

async function discord(options: FakeDiscordOptions = {}) {
  const fake = await FakeDiscord.start(options);
  running.push(fake);
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${fake.apiUrl}/v10${path}`, {
      method,
      headers: { authorization: "Bot t", "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { fake, call };
}

async function slack() {
  const fake = await FakeSlack.start();
  running.push(fake);
  const call = (method: string, args: Record<string, unknown>) =>
    fetch(`${fake.apiUrl}${method}`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKENS.bot}`, "content-type": "application/json" },
      body: JSON.stringify(args),
    });
  return { fake, call };
}

describe("the fake Discord's rate limits", () => {
  it("allows five message creates per channel in 5 s, then answers Discord's 429", async () => {
    const { fake, call } = await discord();
    const channel = fake.guild.reviewChannelId;
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(await call("POST", `/channels/${channel}/messages`, { content: `${i}` }));
    }
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[0]?.headers.get("x-ratelimit-limit")).toBe("5");
    expect(answers[4]?.headers.get("x-ratelimit-remaining")).toBe("0");
    const refused = answers[5] as Response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-ratelimit-scope")).toBe("user");
    expect(refused.headers.get("x-ratelimit-bucket")).toBe(
      answers[0]?.headers.get("x-ratelimit-bucket"),
    );
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("x-ratelimit-reset-after"))).toBeGreaterThan(4);
    const body = (await refused.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ message: "You are being rate limited.", global: false });
    expect(body.retry_after).toBeGreaterThan(4);
    expect(Object.fromEntries(fake.limits.refused)).toEqual({
      "POST /channels/{id}/messages": 1,
    });
    expect(fake.callsTo("POST", /messages$/).filter((c) => c.rateLimited)).toHaveLength(1);
    // Nothing was posted by the refused call; another channel has a bucket of its own.
    expect([...fake.messages.values()].filter((m) => m.channel_id === channel)).toHaveLength(5);
    const other = await call("POST", `/channels/${fake.guild.otherChannelId}/messages`, {});
    expect(other.status).toBe(200);
  });

  it("refuses past 50 requests a second in all, as a global limit, but never an interaction's answer", async () => {
    const { fake, call } = await discord();
    fake.limits.set("global", { limit: 3, windowMs: 10_000 });
    for (let i = 0; i < 3; i++) expect((await call("GET", "/gateway/bot")).status).toBe(200);
    const refused = await call("GET", "/gateway/bot");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-ratelimit-global")).toBe("true");
    expect(refused.headers.get("x-ratelimit-scope")).toBe("global");
    expect(await refused.json()).toMatchObject({ global: true });
    const callback = await call("POST", `/interactions/${snowflake()}/tok123/callback`, {
      type: 6,
    });
    expect(callback.status).toBe(204);
    expect(Object.fromEntries(fake.limits.refused)).toEqual({ "GET /gateway/bot (global)": 1 });
  });

  it("is met by discord.js without a 429: it waits for the reset the headers give", async () => {
    const { fake } = await discord({ limits: { "message-create": { limit: 2, windowMs: 400 } } });
    const rest = new REST({ api: fake.apiUrl }).setToken("t");
    const started = Date.now();
    const channel = fake.guild.reviewChannelId;
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        rest.post(Routes.channelMessages(channel), { body: { content: `${i}` } }),
      ),
    );
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    expect(fake.limits.total).toBe(0);
    // Five posts at two per 400 ms: three windows.
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(fake.callsTo("POST", /messages$/)).toHaveLength(5);
  });

  it("lifts every limit for a test that is about something else", async () => {
    const { fake, call } = await discord();
    fake.limits.off();
    for (let i = 0; i < 8; i++) {
      expect(
        (await call("POST", `/channels/${fake.guild.reviewChannelId}/messages`, {})).status,
      ).toBe(200);
    }
  });
});

describe("the fake Discord's bulk delete and timeouts", () => {
  function posted(fake: FakeDiscord, channel: string, at = new Date()) {
    const msg = message({
      channel_id: channel,
      author: user("Spammer"),
      content: "x",
      id: snowflake(at),
    });
    fake.messages.set(msg.id, msg);
    return msg.id;
  }

  it("deletes 2 to 100 recent messages of the channel and skips unknown ids", async () => {
    const { fake, call } = await discord();
    const channel = fake.guild.watchChannelId;
    const ids = [posted(fake, channel), posted(fake, channel), snowflake()];
    const elsewhere = posted(fake, fake.guild.otherChannelId);
    const answer = await call("POST", `/channels/${channel}/messages/bulk-delete`, {
      messages: [...ids, elsewhere],
    });
    expect(answer.status).toBe(204);
    expect(fake.deleted).toEqual(ids.slice(0, 2));
    expect(fake.messages.has(elsewhere)).toBe(true);
    const again = await call("DELETE", `/channels/${channel}/messages/${ids[0]}`);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ code: 10008, message: "Unknown Message" });
  });

  it("refuses fewer than 2 or more than 100 ids, and any message older than 14 days, deleting nothing", async () => {
    const { fake, call } = await discord({ limits: { "bulk-delete": null } });
    const channel = fake.guild.watchChannelId;
    const one = await call("POST", `/channels/${channel}/messages/bulk-delete`, {
      messages: [posted(fake, channel)],
    });
    expect(one.status).toBe(400);
    expect(await one.json()).toMatchObject({ code: 50035, message: "Invalid Form Body" });
    const many = Array.from({ length: 101 }, () => posted(fake, channel));
    const tooMany = await call("POST", `/channels/${channel}/messages/bulk-delete`, {
      messages: many,
    });
    expect(tooMany.status).toBe(400);
    const old = posted(fake, channel, new Date(Date.now() - 15 * 86_400_000));
    const withOld = await call("POST", `/channels/${channel}/messages/bulk-delete`, {
      messages: [posted(fake, channel), old],
    });
    expect(withOld.status).toBe(400);
    expect(await withOld.json()).toMatchObject({ code: 50034 });
    expect(fake.deleted).toEqual([]);
  });

  it("records a member's timeout, and answers Unknown Member for one who left", async () => {
    const { fake, call } = await discord();
    const member = snowflake();
    const until = new Date(Date.now() + 600_000).toISOString();
    const answer = await call("PATCH", `/guilds/${fake.guild.id}/members/${member}`, {
      communication_disabled_until: until,
    });
    expect(answer.status).toBe(200);
    expect(fake.timeouts.get(member)).toBe(until);
    fake.departed.add(member);
    const gone = await call("PATCH", `/guilds/${fake.guild.id}/members/${member}`, {
      communication_disabled_until: until,
    });
    expect(await gone.json()).toMatchObject({ code: 10007 });
  });
});

describe("the fake Slack's rate limits", () => {
  it("tolerates a short burst of posts in one channel, then answers 429 ratelimited with Retry-After", async () => {
    const { fake, call } = await slack();
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await call("chat.postMessage", { channel: "C1", text: `${i}` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call("chat.postMessage", { channel: "C1", text: "again" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({ ok: false, error: "ratelimited" });
    expect(fake.messagesIn("C1")).toHaveLength(3);
    // Another channel is paced on its own.
    expect((await call("chat.postMessage", { channel: "C2", text: "x" })).status).toBe(200);
    expect(Object.fromEntries(fake.limits.refused)).toEqual({ "chat.postMessage": 2 });
  });

  it("limits users.info to Tier 4 (100 a minute) for the workspace, and can be tightened", async () => {
    const { fake, call } = await slack();
    expect(fake.limits.get("users.info")).toEqual({ limit: 100, windowMs: 60_000 });
    fake.limits.set("users.info", { limit: 2, windowMs: 60_000 });
    const statuses = [];
    for (const u of ["U1", "U2", "U3"])
      statuses.push((await call("users.info", { user: u })).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(fake.limits.refused.get("users.info")).toBe(1);
  });
});
