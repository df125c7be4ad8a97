// Prometheus metrics on a registry of our own, so several apps (tests, benches) never collide.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Queues } from "./queues.ts";
import { within } from "./within.ts";

export interface Metrics {
  registry: Registry;
  messages: Counter<"platform" | "label">;
  reviews: Counter<"outcome">;
  classifySeconds: Histogram<"classifier">;
  endToEndSeconds: Histogram<"platform">;
}

interface Depth {
  queue: string;
  state: string;
  count: number;
}

/** How long a scrape waits for the queue depths (Redis may be down; /healthz waits as long). */
const DEPTH_TIMEOUT_MS = 1000;

export function createMetrics(queues: Queues, depthTimeoutMs = DEPTH_TIMEOUT_MS): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "collab_triage_" });
  const messages = new Counter({
    name: "collab_triage_messages_total",
    help: "Inbound messages triaged, by platform and label",
    labelNames: ["platform", "label"] as const,
    registers: [registry],
  });
  const reviews = new Counter({
    name: "collab_triage_reviews_total",
    help: "Review outcomes: approved, edited, rejected, relabelled, sent, failed, gone (target left)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const classifySeconds = new Histogram({
    name: "collab_triage_classify_seconds",
    help: "Time to classify one message",
    labelNames: ["classifier"] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const endToEndSeconds = new Histogram({
    name: "collab_triage_end_to_end_seconds",
    help: "From the platform event to the review card presented",
    labelNames: ["platform"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "collab_triage_queue_depth",
    help: "Jobs per queue and state",
    labelNames: ["queue", "state"] as const,
    registers: [registry],
    async collect() {
      // ioredis queues commands while Redis is down, so a scrape would wait forever: give up after
      // a while and leave the depths out rather than show stale ones. One read at a time, so
      // scrapes during an outage do not pile up commands.
      reading ??= readDepths().finally(() => {
        reading = null;
      });
      const depths = await within(reading, depthTimeoutMs, () => null).catch(() => null);
      this.reset();
      for (const { queue, state, count } of depths ?? []) this.set({ queue, state }, count);
    },
  });
  let reading: Promise<Depth[]> | null = null;
  async function readDepths(): Promise<Depth[]> {
    const depths: Depth[] = [];
    for (const queue of [queues.triage, queues.outbound]) {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed");
      for (const [state, count] of Object.entries(counts)) {
        depths.push({ queue: queue.name, state, count });
      }
    }
    return depths;
  }
  return { registry, messages, reviews, classifySeconds, endToEndSeconds };
}
