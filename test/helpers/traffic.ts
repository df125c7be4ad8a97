// Messages and approvals flowing through a running bot while a test breaks its Redis, and the
// claim checked afterwards: every message on exactly one review, every approval delivered once.
import { expect } from "vitest";
import { triageJobId } from "../../src/group.ts";
import { createKeys } from "../../src/keys.ts";
import type { InboundMessage, Review } from "../../src/types.ts";
import { startTestApp, type TestApp } from "./app.ts";
import { fixedClassifier } from "./fixed-classifier.ts";
import { MemoryAdapter } from "./memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./messages.ts";
import { freshPrefix } from "./redis.ts";
import { until } from "./redis-servers.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The ids of the messages a review covers: one message today, a conversation's several soon. */
function messageIds(review: Review): string[] {
  const r = review as unknown as { message?: { id: string }; messages?: Array<{ id: string }> };
  return (r.messages ?? (r.message ? [r.message] : [])).map((m) => m.id);
}

export interface Flow {
  sent: Array<{ message: InboundMessage; at: number }>;
  /** Each message's inbound job id, as ingest answered it. */
  jobOf: Map<string, string>;
  /** When each message's card appeared. */
  cardedAt: Map<string, number>;
  /** Ingests and approvals that threw or could not queue, and were tried again. */
  retries: { ingest: number; approve: number };
  /** What the failed ones said. */
  errors: Set<string>;
  /** Stops sending; what is in flight goes on. */
  stop(): Promise<void>;
  /** Resolves once every ingest and approval has run its course. */
  settled(): Promise<void>;
}

/**
 * Sends a message from a new sender every `everyMs` (distinct senders: each is its own review
 * whatever the bot groups), and approves every card as it appears. Like a platform redelivering an
 * event and a reviewer clicking again, a failed ingest or approval is tried again.
 */
export function flow(running: TestApp, adapter: MemoryAdapter, everyMs: number): Flow {
  const { ctx } = running.app;
  const result: Flow = {
    sent: [],
    jobOf: new Map(),
    cardedAt: new Map(),
    retries: { ingest: 0, approve: 0 },
    errors: new Set(),
    stop: async () => {},
    async settled() {
      // Approvals add themselves while we wait: wait again until nothing new came.
      for (let seen = -1; seen !== work.length; ) {
        seen = work.length;
        await Promise.all(work);
      }
    },
  };
  const work: Array<Promise<void>> = [];

  async function approve(reviewId: string): Promise<void> {
    for (let attempt = 0; attempt < 150; attempt++) {
      try {
        const decided = await ctx.decide({ reviewId, action: "approve", actor: "reviewer" });
        // not_pending: an earlier click went through before its answer was lost.
        if (decided.ok || decided.code === "not_pending") return;
        if (decided.code !== "not_queued") throw new Error(`${decided.code}: ${decided.message}`);
      } catch (err) {
        // Redis was between masters: the reviewer clicks again.
        result.errors.add((err as Error).message);
      }
      result.retries.approve++;
      await sleep(200);
    }
    throw new Error(`approving ${reviewId} never went through`);
  }

  async function ingest(message: InboundMessage): Promise<void> {
    for (let attempt = 0; attempt < 150; attempt++) {
      try {
        const queued = await ctx.ingest(message);
        if (queued.status === "queued") {
          result.jobOf.set(message.id, queued.reviewId);
          return;
        }
        throw new Error(queued.reason);
      } catch (err) {
        result.errors.add((err as Error).message);
        result.retries.ingest++;
        await sleep(200);
      }
    }
    throw new Error(`ingesting ${message.id} never went through`);
  }

  adapter.onCard = (review) => {
    const now = Date.now();
    for (const id of messageIds(review)) if (!result.cardedAt.has(id)) result.cardedAt.set(id, now);
    work.push(approve(review.id));
  };
  let sending = true;
  const sender = (async () => {
    for (let i = 0; sending; i++) {
      const author = `sender-${i}`;
      const message = dm(`${CONCRETE_COLLAB} (#${i})`, {
        author: { id: author, name: `Sender ${i}` },
        channel: `dm:${author}`,
      });
      result.sent.push({ message, at: Date.now() });
      work.push(ingest(message));
      await sleep(everyMs);
    }
  })();
  result.stop = async () => {
    sending = false;
    await sender;
  };
  return result;
}

/** Everything sent carded once, every card's reply delivered once: the test's whole claim. */
export async function expectNothingLostOrDoubled(
  running: TestApp,
  adapter: MemoryAdapter,
  f: Flow,
) {
  const sentIds = f.sent.map((s) => s.message.id);
  try {
    await until("every message carded", 60_000, async () =>
      sentIds.every((id) => f.cardedAt.has(id)),
    );
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${await whereStuck(running, f)}`);
  }
  await f.settled();
  const reviews = new Map(adapter.cards.map((c) => [c.id, c]));
  await until("every approved reply sent", 60_000, async () => {
    for (const id of reviews.keys()) {
      if ((await running.app.ctx.getReview(id))?.status !== "sent") return false;
    }
    return true;
  });
  // No card twice, and every message on exactly one review.
  expect(adapter.cards.length).toBe(reviews.size);
  const onReviews = [...reviews.values()].flatMap(messageIds);
  expect(onReviews.sort()).toEqual([...sentIds].sort());
  // Every approval delivered exactly once: one delivery per review, of its draft.
  const delivered = adapter.deliveries.map((d) => d.reviewId);
  expect(delivered.sort()).toEqual([...reviews.keys()].sort());
}

/** Where the uncarded messages are: their review, their card job, what the bot logged of them. */
async function whereStuck(running: TestApp, f: Flow): Promise<string> {
  const { ctx, queues } = running.app;
  const stuck = f.sent.filter((s) => !f.cardedAt.has(s.message.id)).slice(0, 5);
  const order = f.sent.flatMap((s, i) => (f.cardedAt.has(s.message.id) ? [] : [i]));
  const lines = [
    `${order.length} of ${f.sent.length} uncarded (by order sent: ${order.join(" ")}); the first:`,
  ];
  for (const { message, at } of stuck) {
    const jobId = f.jobOf.get(message.id);
    const state = jobId ? await ctx.triageState(jobId) : { status: "never queued" };
    const attached = jobId
      ? await running.app.redis.get(createKeys(running.prefix).attached(jobId))
      : null;
    const reviewId =
      "reviewId" in state ? state.reviewId : (attached?.split("|")[0] ?? jobId ?? message.id);
    const review = await ctx.getReview(reviewId);
    const job = await queues.present(message.platform).getJob(`card-${reviewId}`);
    const count = Number(attached?.split("|")[1] ?? 0);
    const triage = await queues.triage.getJob(triageJobId(reviewId, count));
    const logged = running
      .logs()
      .split("\n")
      .filter((l) => l.includes(reviewId) || l.includes(message.id))
      .slice(-6);
    lines.push(
      JSON.stringify({
        id: message.id,
        sentAgoMs: Date.now() - at,
        state,
        attached,
        review: review && { status: review.status, card: review.card, rev: review.rev },
        triageJob: triage && {
          state: await triage.getState(),
          attempts: triage.attemptsMade,
          delay: triage.delay,
          failedReason: triage.failedReason,
        },
        cardJob: job && {
          state: await job.getState(),
          attempts: job.attemptsMade,
          failedReason: job.failedReason,
        },
      }),
      ...logged,
    );
  }
  return lines.join("\n");
}

/**
 * How long the fault held the bot up, measured from when it began: until the end-to-end time of
 * each message (ingest to card) was back under `normalMs` for good.
 */
export function recovery(f: Flow, faultAt: number, normalMs = 500) {
  let lastSlow = faultAt;
  let worst = 0;
  for (const { message, at } of f.sent) {
    const carded = f.cardedAt.get(message.id) ?? Number.POSITIVE_INFINITY;
    worst = Math.max(worst, carded - at);
    if (carded - at > normalMs) lastSlow = Math.max(lastSlow, carded);
  }
  return { healthyAfterMs: lastSlow - faultAt, worstLatencyMs: worst };
}

/** The bot on an in-memory adapter, its Redis settings in `env`, its own prefix. */
export async function startBot(env: Record<string, string>) {
  const adapter = new MemoryAdapter();
  const running = await startTestApp({
    name: "fault",
    prefix: freshPrefix("fault"),
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
    env,
  });
  return { adapter, running };
}
