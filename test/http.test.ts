import { afterEach, describe, expect, it } from "vitest";
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
        inbound: "running",
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
    await running.app.queues.inbound.getJobCounts();
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
    expect(res.body).toMatch(/collab_triage_queue_depth\{queue="inbound",state="waiting"\} 0/);
    expect(res.body).toMatch(/collab_triage_classify_seconds_count\{classifier="fixed"\} 1/);
    expect(res.body).toMatch(/collab_triage_end_to_end_seconds_count\{platform="console"\} 1/);
  });

  it("answers unknown paths with 404", async () => {
    running = await startTestApp({ name: "http404", adapters: [new MemoryAdapter()], http: true });
    expect((await get(running.app.port, "/nope")).status).toBe(404);
  });
});
