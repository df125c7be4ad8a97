import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { createHttpServer, HTTP_LIMITS, type HttpLimits, type HttpServer } from "../src/http.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function get(port: number | null, path: string) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
}

describe("HTTP", () => {
  it("reports healthy when Redis answers and the workers run", async () => {
    running = await startTestApp({ name: "http", adapters: [new MemoryAdapter()], http: true });
    const res = await get(running.app.port, "/healthz");
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      redis: "up",
      workers: {
        triage: "running",
        outbound: "running",
        "present-console": "running",
      },
      role: "all",
    });
  });

  it("reports 503 and says which part is down when Redis cannot be reached", async () => {
    running = await startTestApp({
      name: "http-down",
      adapters: [new MemoryAdapter()],
      http: true,
      env: { REDIS_URL: "redis://127.0.0.1:1" },
    });
    const res = await get(running.app.port, "/healthz");
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, redis: "down" });
  });

  it("exports messages by platform and label, outcomes, queue depths and latencies", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "metrics",
      adapters: [adapter],
      http: true,
      classifier: fixedClassifier("collaboration"),
    });
    const queued = await running.app.ctx.ingest(dm("would you mix my EP in April? budget $500"));
    if (queued.status !== "queued") throw new Error(queued.reason);
    await running.app.queues.triage.getJobCounts();
    for (let i = 0; i < 100 && adapter.cards.length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    await running.app.ctx.decide({ reviewId: queued.reviewId, action: "reject", actor: "r" });
    const res = await get(running.app.port, "/metrics");
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain/);
    expect(res.body).toContain(
      'collab_triage_messages_total{platform="console",label="collaboration"} 1',
    );
    expect(res.body).toContain('collab_triage_reviews_total{outcome="rejected"} 1');
    expect(res.body).toMatch(/collab_triage_queue_depth\{queue="triage",state="waiting"\} 0/);
    expect(res.body).toMatch(/collab_triage_classify_seconds_count\{classifier="fixed"\} 1/);
    expect(res.body).toMatch(/collab_triage_end_to_end_seconds_count\{platform="console"\} 1/);
  });

  it("answers unknown paths with 404", async () => {
    running = await startTestApp({ name: "http404", adapters: [new MemoryAdapter()], http: true });
    expect((await get(running.app.port, "/nope")).status).toBe(404);
  });
});

describe("what one client may hold", () => {
  const servers: HttpServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(limits: Partial<HttpLimits>) {
    const server = createHttpServer({ limits });
    servers.push(server);
    server.route("POST", "/in", (req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200).end("ok"));
    });
    return server.listen(0, "127.0.0.1");
  }

  /** Resolves with how long the server took to close a socket, or null if it never did in `waitMs`. */
  function closedWithin(socket: Socket, waitMs: number): Promise<number | null> {
    const t0 = Date.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      socket.on("close", () => {
        clearTimeout(timer);
        resolve(Date.now() - t0);
      });
      socket.on("error", () => {});
      // Read what the server sends (a 408), or its end is never seen.
      socket.resume();
    });
  }

  it("closes a connection whose headers do not arrive within the header timeout", async () => {
    const port = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50 });
    const socket = connect(port, "127.0.0.1");
    socket.write("POST /in HTTP/1.1\r\nhost: x\r\n");
    expect(await closedWithin(socket, 3000)).not.toBeNull();
  });

  it("closes a connection whose body does not arrive within the request timeout", async () => {
    const port = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600, checkIntervalMs: 50 });
    const socket = connect(port, "127.0.0.1");
    socket.write("POST /in HTTP/1.1\r\nhost: x\r\ncontent-length: 100000\r\n\r\nslow");
    const drip = setInterval(() => socket.write("x"), 100);
    try {
      expect(await closedWithin(socket, 3000)).not.toBeNull();
    } finally {
      clearInterval(drip);
    }
  });

  it("closes connections beyond the cap and keeps the ones it has", async () => {
    const port = await serve({ maxConnections: 2 });
    const open = [connect(port, "127.0.0.1"), connect(port, "127.0.0.1")];
    await Promise.all(open.map((s) => new Promise((r) => s.once("connect", r))));
    // Let the server accept both before the third arrives.
    await new Promise((r) => setTimeout(r, 100));
    const third = connect(port, "127.0.0.1");
    expect(await closedWithin(third, 2000)).not.toBeNull();
    const stillOpen = await Promise.all(open.map((s) => closedWithin(s, 300)));
    expect(stillOpen).toEqual([null, null]);
    for (const s of open) s.destroy();
  });

  it("keeps the public port's limits short by default", () => {
    // Slack answers within 3 s; Node's own defaults are 60 s, 300 s and no cap.
    expect(HTTP_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(HTTP_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(15_000);
    expect(HTTP_LIMITS.maxConnections).toBeLessThanOrEqual(1024);
  });
});

describe("METRICS_PORT", () => {
  it("serves /metrics and /healthz on their own loopback port, and no longer on PORT", async () => {
    running = await startTestApp({
      name: "metrics-port",
      adapters: [new MemoryAdapter()],
      http: true,
      env: { METRICS_PORT: "0" },
    });
    const { port, metricsPort } = running.app;
    expect(metricsPort).not.toBeNull();
    expect(metricsPort).not.toBe(port);
    expect((await get(metricsPort, "/healthz")).status).toBe(200);
    expect((await get(metricsPort, "/metrics")).body).toContain("collab_triage_");
    expect((await get(port, "/healthz")).status).toBe(404);
    expect((await get(port, "/metrics")).status).toBe(404);
  });

  it("refuses a METRICS_PORT that is not a port, naming it", () => {
    expect(() => parseConfig({ METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT: must be a port/);
  });
});
