// A review covers a conversation: one sender's DMs while their review is pending. These run the
// whole pipeline (real Redis, the real queues) with the in-memory adapter.
import { afterEach, describe, expect, it } from "vitest";
import type { Classifier } from "../src/ports.ts";
import { cardVersion, type InboundMessage, messageCountOf, type Review } from "../src/types.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { dm } from "./helpers/messages.ts";

let running: TestApp[] = [];
afterEach(async () => {
  for (const test of running) await test.stop();
  running = [];
});

async function start(options: { classifier?: Classifier; env?: Record<string, string> } = {}) {
  const adapter = new MemoryAdapter();
  const test = await startTestApp({
    name: "conversations",
    adapters: [adapter],
    classifier: options.classifier ?? fixedClassifier("collaboration"),
    ...(options.env ? { env: options.env } : {}),
  });
  running.push(test);
  return { adapter, app: test.app, ctx: test.app.ctx };
}

/** Messages from one sender in one DM, as a platform would deliver them. */
function sender(name = "Sam") {
  const first = dm("");
  return (text: string): InboundMessage =>
    dm(text, { author: { ...first.author, name }, channel: first.channel });
}

/** A classifier that reads the whole conversation: collaboration once an ask with a budget shows. */
const askReader: Classifier = {
  name: "ask-reader",
  async classify(input) {
    const collab = /budget/i.test(input.text);
    const label = collab ? "collaboration" : "spam";
    const scores = {
      spam: collab ? 0.1 : 0.8,
      feedback_request: 0.1,
      collaboration: collab ? 0.8 : 0.1,
    };
    return {
      label,
      confidence: 0.8,
      scores,
      reasons: [`saw ${input.messages?.length ?? 1}`],
      source: "test",
    };
  },
};

async function settled(app: TestApp["app"], reviewId: string, count: number): Promise<Review> {
  return eventually(async () => {
    const review = await app.store.get(reviewId);
    return review?.card &&
      review.triagedCount === count &&
      (review.shownRev ?? 0) >= (review.rev ?? 0)
      ? review
      : undefined;
  }, 15_000);
}

describe("a conversation", () => {
  it("gives a burst of DMs from one sender one review and one card, labelled as a whole", async () => {
    const { adapter, app, ctx } = await start({
      classifier: askReader,
      env: { CONVERSATION_QUIET_MS: "300" },
    });
    const from = sender();
    const texts = [
      "hey!",
      "I love your work!",
      "would you mix my EP? budget is $900",
      "soundcloud.com/sam/ep",
    ];
    const queued = [];
    for (const text of texts) queued.push(await ctx.ingest(from(text)));
    const first = queued[0];
    if (first?.status !== "queued") throw new Error("not queued");
    const review = await settled(app, first.reviewId, 4);
    expect(adapter.cards).toHaveLength(1);
    expect(review.messages?.map((m) => m.text)).toEqual(texts);
    expect(review.classification.label).toBe("collaboration");
    expect(review.classification.reasons).toEqual(["saw 4"]);
    expect(await app.reports.pending(10)).toHaveLength(1);
    // "hey!" alone would read as spam; the conversation did not get a card for it.
    expect(adapter.cards.every((c) => c.classification.label === "collaboration")).toBe(true);
  });

  it("edits the same card when the sender writes again while it is pending", async () => {
    const { adapter, app, ctx } = await start({ classifier: askReader });
    const from = sender();
    const opened = await ctx.ingest(from("hey, quick question"));
    if (opened.status !== "queued") throw new Error("not queued");
    const first = await settled(app, opened.reviewId, 1);
    expect(first.classification.label).toBe("spam");
    await ctx.ingest(from("could you master 3 tracks? budget $400"));
    const grown = await settled(app, opened.reviewId, 2);
    expect(grown.classification.label).toBe("collaboration");
    expect(adapter.cards).toHaveLength(1);
    expect(adapter.updates.at(-1)?.messages?.map((m) => m.text)).toEqual([
      "hey, quick question",
      "could you master 3 tracks? budget $400",
    ]);
  });

  it("gets a steady stream its card within the longest wait, not after it stops", async () => {
    const { adapter, ctx } = await start({
      env: { CONVERSATION_QUIET_MS: "400", CONVERSATION_MAX_WAIT_MS: "800" },
    });
    const from = sender();
    const started = Date.now();
    let cardAt = 0;
    adapter.onCard = () => {
      cardAt = cardAt || Date.now();
    };
    // A message every 150 ms for 2.4 s: the quiet window never passes.
    for (let i = 0; i < 16; i++) {
      await ctx.ingest(from(`message ${i}`));
      await new Promise((r) => setTimeout(r, 150));
    }
    await eventually(() => cardAt > 0);
    expect(cardAt - started).toBeLessThan(2000);
    expect(adapter.cards).toHaveLength(1);
  });

  it("keeps 200 messages of one sender on one card that counts them, showing the latest 20", async () => {
    const { adapter, app, ctx } = await start();
    const from = sender();
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) {
      const queued = await ctx.ingest(from(`spam line ${i}`));
      if (queued.status === "queued") ids.push(queued.reviewId);
    }
    const review = await settled(app, ids[0] as string, 200);
    expect(messageCountOf(review)).toBe(200);
    expect(review.messages).toHaveLength(20);
    expect(review.messages?.at(-1)?.text).toBe("spam line 199");
    expect(adapter.cards).toHaveLength(1);
  });

  it("opens a follow-up after a decision, linking what was sent", async () => {
    const { adapter, app, ctx } = await start();
    const from = sender();
    const opened = await ctx.ingest(from("love your work, let's work together!"));
    if (opened.status !== "queued") throw new Error("not queued");
    const first = await settled(app, opened.reviewId, 1);
    expect((await ctx.decide({ reviewId: first.id, action: "approve", actor: "r1" })).ok).toBe(
      true,
    );
    await eventually(async () => (await ctx.getReview(first.id))?.status === "sent");
    const followUp = await ctx.ingest(from("a 4-track EP in May, budget $1,200"));
    if (followUp.status !== "queued") throw new Error("not queued");
    const second = await settled(app, followUp.reviewId, 1);
    expect(second.id).not.toBe(first.id);
    expect(second.previous).toMatchObject({
      id: first.id,
      status: "sent",
      finalText: first.draft.text,
    });
    expect(adapter.cards).toHaveLength(2);
  });

  it("flags a follow-up from a sender whose earlier conversation was rejected as spam", async () => {
    const { app, ctx } = await start({ classifier: fixedClassifier("spam") });
    const from = sender();
    const opened = await ctx.ingest(from("free followers at cheap-fans.xyz"));
    if (opened.status !== "queued") throw new Error("not queued");
    await settled(app, opened.reviewId, 1);
    await ctx.decide({ reviewId: opened.reviewId, action: "reject", actor: "r1" });
    const again = await ctx.ingest(from("did you see my offer??"));
    if (again.status !== "queued") throw new Error("not queued");
    const second = await settled(app, again.reviewId, 1);
    expect(second.previous).toMatchObject({ status: "rejected", label: "spam" });
  });

  it("sends nothing on an Approve from a card drawn before the sender wrote again", async () => {
    const { adapter, app, ctx } = await start({ env: { CONVERSATION_QUIET_MS: "500" } });
    const from = sender();
    const opened = await ctx.ingest(from("hi! would you mix my single?"));
    if (opened.status !== "queued") throw new Error("not queued");
    const shown = await settled(app, opened.reviewId, 1);
    const version = cardVersion(shown);
    await ctx.ingest(from("oh and the budget is $300"));
    // The message has joined (its triage waits out the quiet window)...
    await eventually(
      async () => (await app.redis.hget(app.keys.review(shown.id), "messageCount")) === "2",
    );
    // ...and the click lands before its triage has even run.
    const result = await ctx.decide({
      reviewId: shown.id,
      action: "approve",
      actor: "r1",
      draftVersion: version,
    });
    expect(result.ok === false && result.code).toBe("draft_changed");
    const grown = await settled(app, opened.reviewId, 2);
    expect(adapter.deliveries).toEqual([]);
    const approved = await ctx.decide({
      reviewId: grown.id,
      action: "approve",
      actor: "r1",
      draftVersion: cardVersion(grown),
    });
    expect(approved.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
  });

  it("puts a message racing a click into the pending review or its follow-up, never nowhere", async () => {
    const { app, ctx } = await start();
    for (let round = 0; round < 8; round++) {
      const from = sender(`racer ${round}`);
      const opened = await ctx.ingest(from("would you produce a track for me?"));
      if (opened.status !== "queued") throw new Error("not queued");
      const shown = await settled(app, opened.reviewId, 1);
      const late = from("also: budget is flexible");
      const [queued, decided] = await Promise.all([
        ctx.ingest(late),
        ctx.decide({
          reviewId: shown.id,
          action: "approve",
          actor: "r1",
          draftVersion: cardVersion(shown),
        }),
      ]);
      if (queued.status !== "queued") throw new Error("not queued");
      const where = await eventually(async () => {
        const state = await ctx.triageState(queued.reviewId);
        return state.status === "carded" ? state.reviewId : undefined;
      });
      const home = await app.store.get(where);
      expect(home?.messages?.some((m) => m.id === late.id)).toBe(true);
      if (decided.ok) {
        // The approval won: the message opened a follow-up that links it.
        expect(where).not.toBe(shown.id);
        expect(home?.previous?.id).toBe(shown.id);
      } else {
        // The message won: the approval was refused and the pending review holds it.
        expect(decided.code).toBe("draft_changed");
        expect(where).toBe(shown.id);
      }
    }
  });

  it("posts one card per conversation with two workers taking its jobs", async () => {
    const ingest = await start({ env: { ROLE: "ingest" } });
    const prefix = running[0]?.prefix as string;
    const adapters = [new MemoryAdapter(), new MemoryAdapter()];
    for (const adapter of adapters) {
      running.push(
        await startTestApp({
          name: "conversations",
          prefix,
          adapters: [adapter],
          classifier: fixedClassifier("collaboration"),
          env: { ROLE: "worker" },
        }),
      );
    }
    const senders = Array.from({ length: 5 }, (_, i) => sender(`s${i}`));
    for (let i = 0; i < 4; i++) {
      for (const from of senders) await ingest.ctx.ingest(from(`message ${i}`));
    }
    await eventually(() => adapters.flatMap((a) => a.cards).length === 5);
    await new Promise((r) => setTimeout(r, 500));
    const cards = adapters.flatMap((a) => a.cards);
    expect(new Set(cards.map((c) => c.id)).size).toBe(5);
    expect(cards).toHaveLength(5);
  });

  it("still approves a review stored before conversations, from its old card", async () => {
    const { adapter, app, ctx } = await start();
    const message = dm("would you mix my EP? budget $800");
    const id = "rold0000000000000000a";
    const now = new Date().toISOString();
    const draft = {
      kind: "collab_concrete" as const,
      text: "Hi! Happy to.",
      source: "template" as const,
    };
    // As the previous version wrote it: no message list, no count, no revision.
    await app.redis.hset(app.keys.review(id), {
      id,
      kind: "reply",
      status: "pending",
      message: JSON.stringify(message),
      classification: JSON.stringify(await fixedClassifier("collaboration").classify({ text: "" })),
      draft: JSON.stringify(draft),
      createdAt: now,
      updatedAt: now,
      card: JSON.stringify({ memory: "old" }),
    });
    const old = await ctx.getReview(id);
    if (!old) throw new Error("not read");
    expect(messageCountOf(old)).toBe(1);
    const result = await ctx.decide({
      reviewId: id,
      action: "approve",
      actor: "r1",
      draftVersion: cardVersion(old),
    });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries[0]?.text).toBe("Hi! Happy to.");
  });
});
