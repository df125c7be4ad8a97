// Starting and stopping: what a failed start, a worker with no platform, a permanent job failure,
// a Redis outage and a shutdown do to the process, its logs and its HTTP.
import { createServer as createHttpServer } from "node:http";
import { createServer, type Server } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { AdapterContext } from "../src/ports.ts";
import { enqueueDelivery } from "../src/queues.ts";
import { FakeDiscord } from "./fakes/discord/server.ts";
import { FakeSlack } from "./fakes/slack/server.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier, heldClassifier } from "./helpers/fixed-classifier.ts";
import { startMain } from "./helpers/main-process.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { dm } from "./helpers/messages.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";
import { redisRelay } from "./helpers/relay.ts";

const prefix = freshPrefix("lifecycle");

async function occupiedPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "0.0.0.0", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { server, port: address.port };
}

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

afterAll(async () => {
  const redis = connect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("a failed start", () => {
  it("stops what started and exits 1 with one line when PORT is in use", async () => {
    const { server, port } = await occupiedPort();
    try {
      const { out, exited } = startMain(prefix, { PORT: String(port) });
      const code = await exited;
      expect(code).toBe(1);
      expect(out.stderr.trim().split("\n")).toEqual([
        `collab-triage: could not start: PORT ${port} is already in use (set PORT to a free port)`,
      ]);
    } finally {
      server.close();
    }
  }, 30_000);

  it("names METRICS_PORT when that is the port in use", async () => {
    const { server, port } = await occupiedPort();
    try {
      const { out, exited } = startMain(prefix, { PORT: "0", METRICS_PORT: String(port) });
      expect(await exited).toBe(1);
      expect(out.stderr.trim().split("\n")).toEqual([
        `collab-triage: could not start: METRICS_PORT ${port} is already in use (set METRICS_PORT to a free port)`,
      ]);
    } finally {
      server.close();
    }
  }, 30_000);

  it("exits 1 when Slack refuses the token, without printing it", async () => {
    const fake = await FakeSlack.start();
    try {
      const token = "xoxb-refused-token-never-printed";
      const { out, exited } = startMain(prefix, {
        PORT: "0",
        SLACK_BOT_TOKEN: token,
        SLACK_SIGNING_SECRET: "signing-secret-never-printed",
        SLACK_REVIEW_CHANNEL_ID: "C0REVIEWS",
        SLACK_REVIEWER_IDS: "U0REVIEW1",
        SLACK_API_URL: fake.apiUrl,
        LOG_LEVEL: "warn",
      });
      const code = await exited;
      expect(code).toBe(1);
      const printed = out.stdout + out.stderr;
      expect(printed).toMatch(/collab-triage: could not start: .*SLACK_BOT_TOKEN/);
      expect(printed).not.toContain(token);
      expect(printed).not.toContain("signing-secret-never-printed");
    } finally {
      await fake.stop();
    }
  }, 30_000);

  it.each([
    ["refuses connections", "closed"],
    ["accepts connections and never answers", "silent"],
  ] as const)(
    "exits 1 within seconds, naming SLACK_API_URL, when it %s",
    async (_what, kind) => {
      // A server that takes the request and never answers, or a port nothing listens on.
      let askedAt: number | undefined;
      const silent = createHttpServer(() => {
        askedAt ??= Date.now();
      });
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const port = (silent.address() as { port: number }).port;
      if (kind === "closed") await new Promise((resolve) => silent.close(resolve));
      try {
        const started = Date.now();
        const { out, exited } = startMain(
          prefix,
          {
            PORT: "0",
            SLACK_BOT_TOKEN: "xoxb-never-printed",
            SLACK_SIGNING_SECRET: "signing-secret-never-printed",
            SLACK_REVIEW_CHANNEL_ID: "C0REVIEWS",
            SLACK_REVIEWER_IDS: "U0REVIEW1",
            SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
            LOG_LEVEL: "warn",
          },
          40_000,
        );
        const code = await exited;
        expect(code).toBe(1);
        // Within seconds of asking Slack, where the usual client retries for minutes. Timed from
        // the request, when there is one: the start before it takes 5-10 s on a loaded machine.
        expect(Date.now() - (askedAt ?? started)).toBeLessThan(kind === "silent" ? 20_000 : 25_000);
        if (kind === "silent") expect(askedAt).toBeDefined();
        const lines = out.stderr.trim().split("\n");
        expect(lines, out.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/^collab-triage: could not start: SLACK_API_URL: /);
        expect(lines[0]).toContain(`127.0.0.1:${port}`);
        expect(out.stdout + out.stderr).not.toContain("never-printed");
      } finally {
        silent.closeAllConnections();
        silent.close();
      }
    },
    45_000,
  );

  it("exits 1 when Discord refuses the token, without printing it", async () => {
    const fake = await FakeDiscord.start({ refuse: "token" });
    try {
      const token = "discord-refused-token-never-printed";
      const { out, exited } = startMain(prefix, {
        PORT: "0",
        DISCORD_TOKEN: token,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
        DISCORD_REVIEWER_IDS: "123456789012345678",
        LOG_LEVEL: "warn",
      });
      const code = await exited;
      expect(code).toBe(1);
      const printed = out.stdout + out.stderr;
      expect(printed).toContain("collab-triage: could not start: Discord refused DISCORD_TOKEN");
      expect(printed).not.toContain(token);
    } finally {
      await fake.stop();
    }
  }, 30_000);
});

describe("ROLE=worker", () => {
  it("is refused with a message naming ROLE when no platform token is set", async () => {
    const { out, exited } = startMain(prefix, { PORT: "0", ROLE: "worker" });
    const code = await exited;
    expect(code).toBe(2);
    expect(out.stderr).toMatch(/ROLE: worker needs DISCORD_TOKEN or SLACK_BOT_TOKEN/);
  }, 30_000);
});

describe("a job that fails permanently", () => {
  it("is logged once, at error level, as kept in the failed set", async () => {
    // A reply for a review that is not there: REVIEW_NOT_FOUND, a PermanentError.
    running = await startTestApp({
      name: "lifecycle-permanent",
      adapters: [new MemoryAdapter()],
      classifier: fixedClassifier("collaboration"),
    });
    await enqueueDelivery(running.app.queues, "no-such-review");
    const test = running;
    await eventually(async () => (await test.app.queues.outbound.getFailedCount()) === 1);
    const failures = await eventually(() => {
      const lines = test
        .logs()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { level: number; msg: string; attempts?: number })
        .filter((l) => l.msg.startsWith("job failed"));
      return lines.length > 0 && lines;
    });
    expect(failures).toEqual([
      expect.objectContaining({
        level: 50,
        msg: "job failed; kept in the failed set",
        attempts: 1,
      }),
    ]);
  });
});

describe("/metrics", () => {
  it("answers within two seconds when Redis goes down under it, without queue depths", async () => {
    const relay = await redisRelay();
    running = await startTestApp({
      name: "lifecycle-metrics-cut",
      adapters: [new MemoryAdapter()],
      http: true,
      env: { REDIS_URL: relay.url },
    });
    const url = `http://127.0.0.1:${running.app.port}/metrics`;
    expect(await (await fetch(url)).text()).toMatch(/collab_triage_queue_depth\{/);
    await relay.cut();
    const { redis } = running.app;
    await eventually(() => redis.status !== "ready");
    await expectMetricsWithoutDepths(url);
  }, 15_000);

  it("answers while Redis was never reachable, without queue depths", async () => {
    running = await startTestApp({
      name: "lifecycle-metrics-down",
      adapters: [new MemoryAdapter()],
      http: true,
      env: { REDIS_URL: "redis://127.0.0.1:1" },
    });
    await expectMetricsWithoutDepths(`http://127.0.0.1:${running.app.port}/metrics`);
  }, 15_000);
});

/** /metrics answers within two seconds while Redis is unreachable: process metrics, no depths. */
async function expectMetricsWithoutDepths(url: string): Promise<void> {
  const started = Date.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  const body = await res.text();
  expect(Date.now() - started).toBeLessThan(2000);
  expect(res.status).toBe(200);
  expect(body).toContain("collab_triage_process_cpu_seconds_total");
  expect(body).not.toMatch(/collab_triage_queue_depth\{/);
}

describe("shutdown", () => {
  it("refuses inbound events before waiting on jobs in flight; /healthz answers to the end", async () => {
    let accepted = 0;
    const adapter = new MemoryAdapter();
    adapter.start = async (ctx: AdapterContext) => {
      adapter.ctx = ctx;
      ctx.route("POST", "/events", (_req, res) => {
        accepted++;
        res.writeHead(200).end("ok");
      });
    };
    // A classification that waits, so stop() has a job in flight to wait on.
    const slow = heldClassifier("collaboration");
    running = await startTestApp({
      name: "lifecycle-shutdown",
      adapters: [adapter],
      http: true,
      classifier: slow.classifier,
    });
    const { app } = running;
    const url = `http://127.0.0.1:${app.port}`;
    expect((await fetch(`${url}/events`, { method: "POST", body: "{}" })).status).toBe(200);
    const queued = await app.ctx.ingest(dm("would you mix my EP in April? budget $500"));
    if (queued.status !== "queued") throw new Error("not queued");
    await eventually(() => slow.started);

    const stopped = app.stop();
    try {
      const event = await fetch(`${url}/events`, { method: "POST", body: "{}" });
      expect(event.status).toBe(503);
      expect(accepted).toBe(1);
      const health = await fetch(`${url}/healthz`);
      expect(JSON.parse(await health.text())).toMatchObject({ redis: "up" });
    } finally {
      slow.release();
      await stopped;
    }
    // The job in flight was let finish, not dropped: its review is stored (its card is the
    // presenter's, which the next start posts).
    expect(running?.logs()).not.toContain("workers did not close in time");
    const redis = connect();
    try {
      expect(await redis.hget(app.keys.review(queued.reviewId), "classification")).toBeTruthy();
    } finally {
      await redis.quit();
    }
  });
});
