// What a Redis outage does to jobs in flight and to a graceful stop, through a relay the tests cut.
import type { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { STOP_TIMEOUT_MS } from "../src/app.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier, heldClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { connect, dropPrefix } from "./helpers/redis.ts";
import { type RedisRelay, redisRelay } from "./helpers/relay.ts";

let relay: RedisRelay | null = null;
let running: TestApp | null = null;
afterEach(async () => {
  await relay?.restore();
  await running?.stop();
  await relay?.cut();
  running = null;
  relay = null;
});

/** Drops a stopped app's keys (a second stop would wait on its abandoned close again). */
async function dropKeysOf(test: TestApp): Promise<void> {
  const redis = connect();
  await dropPrefix(redis, test.prefix);
  await redis.quit();
}

function localPort(socket: Socket): number {
  if (socket.localPort === undefined) throw new Error("not connected");
  return socket.localPort;
}

describe("a graceful stop after a Redis outage", () => {
  it("returns in bounded time while a worker's connection is still reconnecting", async () => {
    relay = await redisRelay();
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "outage-stop",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
      env: { REDIS_URL: relay.url },
    });
    const { app } = running;
    await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
    // The app's own connection is back but the workers' blocking ones are still reconnecting: the
    // state a stop meets right after Redis returns (each client retries on its own timer).
    await relay.cut({ keep: localPort(app.redis.stream as Socket) });
    await new Promise((r) => setTimeout(r, 200));
    expect(app.redis.status).toBe("ready");

    const started = Date.now();
    const stopped = app.stop();
    // Redis coming back does not rescue a close that is already waiting.
    await relay.restore();
    const outcome = await Promise.race([
      stopped.then(() => "stopped"),
      new Promise((r) => setTimeout(r, STOP_TIMEOUT_MS + 5000, "hung")),
    ]);
    expect(outcome).toBe("stopped");
    expect(Date.now() - started).toBeLessThan(STOP_TIMEOUT_MS + 2000);
    expect(running.logs()).toContain("workers did not close in time");
    expect(running.logs()).not.toContain("Would you mix it?");
    const test = running;
    running = null;
    await dropKeysOf(test);
  }, 30_000);
});

describe("a stop while a job never finishes", () => {
  it("gives up after the bound and logs the abandoned job's id, not its text", async () => {
    const stuck = heldClassifier("collaboration");
    const test = await startTestApp({
      name: "outage-stuck-job",
      adapters: [new MemoryAdapter()],
      classifier: stuck.classifier,
    });
    try {
      const queued = await test.app.ctx.ingest(dm(CONCRETE_COLLAB));
      if (queued.status !== "queued") throw new Error(queued.reason);
      await eventually(() => stuck.started);
      const started = Date.now();
      const outcome = await Promise.race([
        test.app.stop().then(() => "stopped"),
        new Promise((r) => setTimeout(r, STOP_TIMEOUT_MS + 5000, "hung")),
      ]);
      expect(outcome).toBe("stopped");
      expect(Date.now() - started).toBeLessThan(STOP_TIMEOUT_MS + 2000);
      const line = test
        .logs()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { msg: string; abandoned?: string[] })
        .find((l) => l.msg.startsWith("workers did not close in time"));
      expect(line?.abandoned).toEqual([`triage:${queued.reviewId}-1`]);
      expect(test.logs()).not.toContain("Would you mix it?");
    } finally {
      stuck.release();
      await dropKeysOf(test);
    }
  }, 30_000);
});

describe("a Redis that goes away while the app starts", () => {
  it("is used again once it is back: ingest queues and the job is carded", async () => {
    relay = await redisRelay();
    // Cut before the app's first connection is ready: the queues and workers connect meanwhile.
    await relay.cut();
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "outage-start",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
      env: { REDIS_URL: relay.url },
    });
    await new Promise((r) => setTimeout(r, 300));
    await relay.restore();
    const { app } = running;
    await eventually(() => app.redis.status === "ready", 10_000);
    const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
    expect(card.status).toBe("pending");
    // And later ones, which an idle worker waits for on its own (blocking) connection.
    await new Promise((r) => setTimeout(r, 500));
    await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB, { channel: "dm:u2" }));
    expect(adapter.cards).toHaveLength(2);
  }, 30_000);
});
