import { afterEach, describe, expect, it } from "vitest";
import { JOB_ATTEMPTS } from "../src/queues.ts";
import type { CardRef, Review } from "../src/types.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start(label: "spam" | "feedback_request" | "collaboration" = "collaboration") {
  const adapter = new MemoryAdapter();
  running = await startTestApp({
    name: "pipeline",
    adapters: [adapter],
    classifier: fixedClassifier(label),
  });
  return { adapter, app: running.app, ctx: running.app.ctx };
}

/** A collaboration whose responder drafts `text`, approved as soon as its card is out. */
async function approveDraft(text: string) {
  const adapter = new MemoryAdapter();
  running = await startTestApp({
    name: "pipeline",
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
    responder: { draft: async () => ({ kind: "collab_vague", text, source: "template" }) },
  });
  const queued = await running.app.ctx.ingest(dm(CONCRETE_COLLAB));
  if (queued.status !== "queued") throw new Error(queued.reason);
  const card = await cardFor(adapter, queued.reviewId);
  const result = await running.app.ctx.decide({ reviewId: card.id, action: "approve", actor: "r" });
  return { result, adapter, reviewId: card.id };
}

async function cardFor(adapter: MemoryAdapter, reviewId: string) {
  return eventually(() => adapter.cards.find((c) => c.id === reviewId));
}

describe("the pipeline", () => {
  it("gives the same message enqueued twice one review and one card", async () => {
    const { adapter, ctx, app } = await start();
    const message = dm(CONCRETE_COLLAB);
    const first = await ctx.ingest(message);
    const second = await ctx.ingest({ ...message, receivedAt: new Date().toISOString() });
    expect(first.status).toBe("queued");
    expect(second).toEqual(first);
    if (first.status !== "queued") return;
    await cardFor(adapter, first.reviewId);
    // A third copy after the first was fully processed still meets the same review.
    await ctx.ingest(message);
    await new Promise((r) => setTimeout(r, 200));
    expect(adapter.cards.filter((c) => c.id === first.reviewId)).toHaveLength(1);
    expect(await app.reports.pending(10)).toHaveLength(1);
  });

  it("has the card recorded by the time the job counts as done", async () => {
    const { adapter, ctx, app } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    // The presenter's post job is removed once completed: by then the card is recorded.
    const present = app.queues.present("console");
    await eventually(
      async () =>
        (await present.getJobState(`card-${queued.reviewId}`)) === "active" ||
        adapter.cards.length > 0,
    );
    await eventually(
      async () => (await present.getJobState(`card-${queued.reviewId}`)) === "unknown",
    );
    // The adapter returned { memory: "1" } for the first card it presented.
    expect(adapter.cards).toHaveLength(1);
    expect((await ctx.getReview(queued.reviewId))?.card).toEqual({ memory: "1" });
  });

  it("delivers the exact draft once when two approvals race", async () => {
    const { adapter, ctx } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    const results = await Promise.all([
      ctx.decide({ reviewId: card.id, action: "approve", actor: "reviewer-a" }),
      ctx.decide({ reviewId: card.id, action: "approve", actor: "reviewer-b" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser?.ok === false && loser.code).toBe("not_pending");
    await eventually(() => adapter.deliveries.length === 1);
    await eventually(async () => (await ctx.getReview(card.id))?.status === "sent");
    expect(adapter.deliveries).toEqual([{ reviewId: card.id, text: card.draft.text }]);
  });

  it("sends exactly the edited text", async () => {
    const { adapter, ctx } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    const edited = "Thanks Maya! Send the stems over and let's talk Thursday.";
    const result = await ctx.decide({
      reviewId: card.id,
      action: "edit",
      actor: "r",
      text: edited,
    });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries[0]?.text).toBe(edited);
  });

  it("refuses an edit that is empty or longer than the platform allows", async () => {
    const { adapter, ctx } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    for (const text of ["   ", "x".repeat(2001)]) {
      const result = await ctx.decide({ reviewId: card.id, action: "edit", actor: "r", text });
      expect(result.ok === false && result.code).toBe("invalid_text");
    }
    expect((await ctx.getReview(card.id))?.status).toBe("pending");
  });

  it("refuses to approve a draft longer than the platform takes", async () => {
    const { result, adapter, reviewId } = await approveDraft("y".repeat(2001));
    expect(result.ok === false && result.message).toMatch(/longer than the 2000 characters/);
    expect((await running?.app.ctx.getReview(reviewId))?.status).toBe("pending");
    expect(adapter.deliveries).toHaveLength(0);
  });

  it("sends nothing when the reviewer rejects, and refuses an approval after it", async () => {
    const { adapter, ctx, app } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    expect((await ctx.decide({ reviewId: card.id, action: "reject", actor: "r1" })).ok).toBe(true);
    const late = await ctx.decide({ reviewId: card.id, action: "approve", actor: "r2" });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.message).toContain("rejected by r1");
    await new Promise((r) => setTimeout(r, 200));
    expect(adapter.deliveries).toEqual([]);
    expect(await app.queues.outbound.getJobCounts()).toMatchObject({ waiting: 0, active: 0 });
    const audit = await app.reports.audit(card.id);
    expect(audit.map((a) => [a.action, a.to, a.actor])).toEqual([
      ["created", "pending", "triage"],
      ["reject", "rejected", "r1"],
    ]);
  });

  it("does not deliver twice when the job fails after delivering and is retried", async () => {
    const { adapter, ctx } = await start();
    adapter.failUpdates = 1; // the card edit after the send throws once: the job is retried
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    await ctx.decide({ reviewId: card.id, action: "approve", actor: "r" });
    await eventually(() => adapter.updates.some((u) => u.status === "sent"));
    expect(adapter.failUpdates).toBe(0);
    expect(adapter.deliveries).toHaveLength(1);
  });

  it("retries a transient delivery failure, then delivers once", async () => {
    const { adapter, ctx } = await start();
    adapter.deliverScript.push(
      { status: "retry", reason: "HTTP 503" },
      { status: "retry", reason: "rate limited", retryAfterMs: 30 },
    );
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    await ctx.decide({ reviewId: card.id, action: "approve", actor: "r" });
    await eventually(async () => (await ctx.getReview(card.id))?.status === "sent");
    expect(adapter.deliverScript).toHaveLength(0);
    expect(adapter.deliveries).toHaveLength(1);
  });

  it("marks the review failed, without retrying, when the platform refuses for good", async () => {
    const { adapter, ctx } = await start();
    adapter.deliverScript.push({ status: "failed", reason: "the sender's DMs are closed" });
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    await ctx.decide({ reviewId: card.id, action: "approve", actor: "r" });
    const failed = await eventually(() => adapter.updates.find((u) => u.status === "failed"));
    expect(failed.failure).toBe("the sender's DMs are closed");
    expect(adapter.deliveries).toHaveLength(0);
  });

  it("offers no reply for spam, and approving it is refused", async () => {
    const { adapter, ctx } = await start("spam");
    const queued = await ctx.ingest(dm("free nitro!! claim at dlscord-gift.com"));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    expect(card.draft).toMatchObject({ kind: "spam_none", text: null });
    const result = await ctx.decide({ reviewId: card.id, action: "approve", actor: "r" });
    expect(result.ok === false && result.code).toBe("nothing_to_send");
  });

  it("refuses to approve a blank draft rather than send nothing", async () => {
    // What an owner's template can come out as: every line dropped but blanks.
    const { result, adapter } = await approveDraft(" \n ");
    expect(result.ok === false && result.code).toBe("nothing_to_send");
    expect(adapter.deliveries).toHaveLength(0);
  });

  it("records a relabel as a correction and redrafts for the new label", async () => {
    const { adapter, ctx, app } = await start("spam");
    const text = "hey could you listen to my mix and tell me if the vocals are too loud?";
    const queued = await ctx.ingest(dm(text));
    if (queued.status !== "queued") throw new Error(queued.reason);
    const card = await cardFor(adapter, queued.reviewId);
    const result = await ctx.decide({
      reviewId: card.id,
      action: "relabel",
      actor: "r",
      label: "feedback_request",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.review.correctedLabel).toBe("feedback_request");
    expect(result.review.draft.kind).toBe("feedback_yes");
    expect(result.review.draft.text).toContain("Maya");
    expect(await app.reports.corrections()).toEqual([
      {
        text,
        label: "feedback_request",
        platform: "console",
        context: "dm",
        at: expect.any(String),
        review: card.id,
      },
    ]);
  });

  it("lets each correction go RETENTION_DAYS after it was made, not with the last one", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "pipeline",
      adapters: [adapter],
      classifier: fixedClassifier("spam"),
      env: { RETENTION_DAYS: "2" },
    });
    const { app } = running;
    const ctx = app.ctx;
    const ids: string[] = [];
    for (const text of ["old: what do you think of my beat?", "new: could you review my mix?"]) {
      const queued = await ctx.ingest(dm(text));
      if (queued.status !== "queued") throw new Error(queued.reason);
      ids.push((await cardFor(adapter, queued.reviewId)).id);
    }
    const relabel = async (id: string, daysAgo: number) => {
      const at = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
      const review = await app.store.get(id);
      if (!review) throw new Error("no review");
      const audit = { at, actor: "r", action: "relabel" as const, from: null, to: review.status };
      return app.store.relabel(id, "feedback_request", review.draft, audit);
    };
    expect((await relabel(ids[0] as string, 3)).ok).toBe(true);
    // Past its retention it is not read, even before anything trims it...
    expect(await app.reports.corrections()).toEqual([]);
    expect((await relabel(ids[1] as string, 0)).ok).toBe(true);
    // ...and the next relabel removes it from Redis.
    expect((await app.reports.corrections()).map((c) => c.text)).toEqual([
      "new: could you review my mix?",
    ]);
    expect(await app.redis.zcard(app.keys.corrections)).toBe(1);
  });

  it("keeps message text no longer than RETENTION_DAYS", async () => {
    const { adapter, ctx, app } = await start();
    const queued = await ctx.ingest(dm(CONCRETE_COLLAB));
    if (queued.status !== "queued") throw new Error(queued.reason);
    await cardFor(adapter, queued.reviewId);
    const ttl = await app.redis.ttl(app.keys.review(queued.reviewId));
    expect(ttl).toBeGreaterThan(29 * 86_400);
    expect(ttl).toBeLessThanOrEqual(30 * 86_400);
    expect(await app.redis.ttl(app.keys.audit(queued.reviewId))).toBeLessThanOrEqual(30 * 86_400);
  });

  it("runs adapters and workers apart against one Redis (ROLE=ingest and ROLE=worker)", async () => {
    const front = new MemoryAdapter();
    const back = new MemoryAdapter();
    const ingest = await startTestApp({
      name: "roles",
      adapters: [front],
      env: { ROLE: "ingest" },
    });
    const worker = await startTestApp({
      name: "roles",
      prefix: ingest.prefix,
      adapters: [back],
      env: { ROLE: "worker" },
      classifier: fixedClassifier("collaboration"),
    });
    try {
      expect(back.ctx?.listen).toBe(false);
      const queued = await ingest.app.ctx.ingest(dm(CONCRETE_COLLAB));
      if (queued.status !== "queued") throw new Error(queued.reason);
      // The worker process presents the card, through its own adapter instance.
      await cardFor(back, queued.reviewId);
      expect(front.cards).toEqual([]);
      expect((await ingest.app.health()).ok).toBe(true);
      // A click that reaches the ingest process is delivered by the worker process.
      expect(
        (await ingest.app.ctx.decide({ reviewId: queued.reviewId, action: "approve", actor: "r" }))
          .ok,
      ).toBe(true);
      await eventually(() => back.deliveries.length === 1);
      expect(front.deliveries).toEqual([]);
    } finally {
      await worker.app.stop();
      await ingest.stop();
    }
  });
});

/** A platform whose card posting fails while `down` (an outage longer than the retry budget). */
class OutageAdapter extends MemoryAdapter {
  down = true;
  attempts = 0;
  override async presentCard(review: Review): Promise<CardRef> {
    this.attempts++;
    if (this.down) throw new Error("HTTP 503");
    return super.presentCard(review);
  }
}

describe("a message whose card could not be posted through every attempt", () => {
  it("gets its card, from the stored review, when the same message is ingested again", async () => {
    const adapter = new OutageAdapter();
    const classifier = fixedClassifier("collaboration");
    let classified = 0;
    const counting = {
      ...classifier,
      classify: (...args: Parameters<typeof classifier.classify>) => {
        classified++;
        return classifier.classify(...args);
      },
    };
    running = await startTestApp({
      name: "pipeline",
      adapters: [adapter],
      classifier: counting,
      backoffMs: 1,
    });
    const { app } = running;
    const message = dm(CONCRETE_COLLAB);
    const queued = await app.ctx.ingest(message);
    if (queued.status !== "queued") throw new Error(queued.reason);
    const present = app.queues.present("console");
    await eventually(
      async () => (await present.getJobState(`card-${queued.reviewId}`)) === "failed",
      15_000,
    );
    expect(adapter.attempts).toBe(JOB_ATTEMPTS);
    expect(await app.ctx.getReview(queued.reviewId)).toMatchObject({ status: "pending" });
    expect((await app.ctx.getReview(queued.reviewId))?.card).toBeUndefined();

    // The platform is back and redelivers the message (or a replica replays it).
    adapter.down = false;
    expect(await app.ctx.ingest({ ...message })).toEqual(queued);
    await cardFor(adapter, queued.reviewId);
    await eventually(async () => (await app.ctx.getReview(queued.reviewId))?.card);
    // One review, one classification: the retry reused what the first attempts stored.
    expect(adapter.cards).toHaveLength(1);
    expect(classified).toBe(1);
    expect(await app.reports.pending(10)).toHaveLength(1);
    // Once the card is out, a further copy changes nothing.
    await app.ctx.ingest({ ...message });
    await new Promise((r) => setTimeout(r, 200));
    expect(adapter.cards).toHaveLength(1);
  }, 20_000);
});
