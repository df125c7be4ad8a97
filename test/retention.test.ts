// No message text outlives RETENTION_DAYS: every key under the prefix that holds a sender's text
// expires within the retention, and what cannot expire by itself (a failed job's data, an old
// correction) is removed by housekeeping.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { housekeep } from "../src/housekeeping.ts";
import type { Classifier } from "../src/ports.ts";
import type { RedisClient } from "../src/redis.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

const DAYS = 2;

/** Spam when it says "gift"; else collaboration. */
const classifier: Classifier = {
  name: "marker",
  async classify(input) {
    const spam = /gift/.test(input.text);
    return {
      label: spam ? "spam" : "collaboration",
      confidence: 0.9,
      scores: { spam: spam ? 0.9 : 0.05, feedback_request: 0.05, collaboration: spam ? 0.05 : 0.9 },
      reasons: ["test"],
      source: "test",
    };
  },
};

/** Every key under the prefix whose value mentions `marker`, with its TTL in seconds. */
async function keysHolding(redis: RedisClient, prefix: string, marker: string) {
  const found: Array<{ key: string; ttl: number }> = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `{${prefix}}*`, "COUNT", 500);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === "string"
          ? await redis.get(key)
          : type === "hash"
            ? JSON.stringify(await redis.hgetall(key))
            : type === "list"
              ? JSON.stringify(await redis.lrange(key, 0, -1))
              : type === "zset"
                ? JSON.stringify(await redis.zrange(key, "0", "-1"))
                : type === "set"
                  ? JSON.stringify(await redis.smembers(key))
                  : "";
      if (value?.includes(marker)) found.push({ key, ttl: await redis.ttl(key) });
    }
  } while (cursor !== "0");
  return found;
}

describe("message text and the retention", () => {
  it("lives only in keys that expire within RETENTION_DAYS, once housekeeping has run", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "retention",
      adapters: [adapter],
      classifier,
      env: { RETENTION_DAYS: String(DAYS) },
    });
    const { app, prefix } = running;
    const marker = `MARKER${randomUUID().slice(0, 8)}`;
    const sender = dm("");
    const from = (text: string) => dm(text, { author: sender.author, channel: sender.channel });
    // A conversation of two, relabelled (a correction), a campaign in DMs, and a channel job
    // that fails for good (a message ingest would have refused, added by hand).
    const first = await app.ctx.ingest(from(`would you mix my EP? ${marker}`));
    await app.ctx.ingest(from(`budget $500 ${marker}`));
    if (first.status !== "queued") throw new Error("not queued");
    await eventually(async () => (await app.store.get(first.reviewId))?.triagedCount === 2);
    await app.ctx.decide({
      reviewId: first.reviewId,
      action: "relabel",
      actor: "r",
      label: "feedback_request",
    });
    for (let i = 0; i < 4; i++) {
      await app.ctx.ingest(dm(`claim your free gift card now at gift-now.xyz/claim ${marker}`));
    }
    await app.queues.triage.add(
      "channel",
      { message: { ...dm(`lost ${marker}`, { context: "channel" }), workspace: "" } },
      { jobId: "orphan" },
    );
    await eventually(async () => (await app.queues.triage.getJobState("orphan")) === "failed");
    await eventually(async () =>
      (await app.reports.pending(20)).some((r) => r.kind === "campaign"),
    );

    const before = await keysHolding(app.redis, prefix, marker);
    const forever = before.filter((k) => k.ttl < 0).map((k) => k.key);
    // Only the failed job's hash has no expiry of its own...
    expect(forever).toEqual([app.queues.triage.toKey("orphan")]);
    // ...and housekeeping removes it once it is older than the retention (here: at once).
    expect(
      (
        await housekeep(
          { redis: app.redis, keys: app.keys, queues: [app.queues.triage], retentionDays: DAYS },
          0,
        )
      ).failedJobs,
    ).toBe(1);

    const after = await keysHolding(app.redis, prefix, marker);
    expect(after.length).toBeGreaterThan(0);
    for (const { key, ttl } of after) {
      expect({ key, expires: ttl > 0 && ttl <= DAYS * 86_400 }).toEqual({ key, expires: true });
    }
  });

  it("keeps a one-message conversation's text in its review alone, once", async () => {
    running = await startTestApp({
      name: "retention",
      adapters: [new MemoryAdapter()],
      classifier,
    });
    const { app, prefix } = running;
    const marker = `MARKER${randomUUID().slice(0, 8)}`;
    const queued = await app.ctx.ingest(dm(`would you mix my EP? ${marker}`));
    if (queued.status !== "queued") throw new Error("not queued");
    await eventually(async () => (await app.store.get(queued.reviewId))?.card);
    const holding = await keysHolding(app.redis, prefix, marker);
    expect(holding.map((k) => k.key)).toEqual([app.keys.review(queued.reviewId)]);
  });

  it("removes corrections older than the retention, even with no later relabel", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({ name: "retention", adapters: [adapter], classifier });
    const { app } = running;
    const old = Date.now() - 40 * 86_400_000;
    await app.redis.zadd(app.keys.corrections, old, JSON.stringify({ text: "old", label: "spam" }));
    await app.redis.zadd(
      app.keys.corrections,
      Date.now(),
      JSON.stringify({ text: "new", label: "spam" }),
    );
    const done = await housekeep({
      redis: app.redis,
      keys: app.keys,
      queues: [],
      retentionDays: 30,
    });
    expect(done.corrections).toBe(1);
    expect(await app.redis.zcard(app.keys.corrections)).toBe(1);
  });
});
