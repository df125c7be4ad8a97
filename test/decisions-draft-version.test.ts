// An approval names the draft the reviewer saw (its draftVersion) and sends that draft or nothing,
// whatever rewrote the stored draft in between.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Responder } from "../src/ports.ts";
import { draftVersion, type Review, UNKNOWN_DRAFT_VERSION } from "../src/types.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await running?.stop();
  running = null;
});

async function pendingReview(responder?: Responder) {
  const adapter = new MemoryAdapter();
  running = await startTestApp({
    name: "decisions-draft-version",
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
    ...(responder ? { responder } : {}),
  });
  const { app } = running;
  const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
  return { adapter, app, ctx: app.ctx, id: card.id, shown: card };
}

describe("an approval naming a draft", () => {
  it("is refused, sending nothing, when a relabel lands between decide's read and its commit", async () => {
    const { adapter, app, ctx, id, shown } = await pendingReview();
    const store = app.store;
    const get = store.get.bind(store);
    // The first read returns the draft the card showed; a relabel lands right after it.
    vi.spyOn(store, "get").mockImplementationOnce(async (reviewId) => {
      const read = await get(reviewId);
      const at = new Date().toISOString();
      const newDraft = {
        kind: "feedback_yes" as const,
        text: "A new draft.",
        source: "template" as const,
      };
      await store.relabel(reviewId, "feedback_request", newDraft, {
        at,
        actor: "r2",
        action: "relabel",
        from: "pending",
        to: "pending",
      });
      return read;
    });
    const result = await ctx.decide({
      reviewId: id,
      action: "approve",
      actor: "r1",
      draftVersion: draftVersion(shown.draft),
    });
    expect(result.ok === false && result.code).toBe("draft_changed");
    expect(result.ok === false && result.review?.draft.text).toBe("A new draft.");
    expect((await ctx.getReview(id))?.status).toBe("pending");
    await new Promise((r) => setTimeout(r, 100));
    expect(adapter.deliveries).toEqual([]);
  });

  it("is refused when the card's version is not the stored draft's, and accepted with the current one", async () => {
    const { adapter, ctx, id, shown } = await pendingReview();
    await ctx.decide({ reviewId: id, action: "relabel", actor: "r2", label: "feedback_request" });
    const now = (await ctx.getReview(id)) as Review;
    expect(now.draft.text).not.toBe(shown.draft.text);
    const stale = await ctx.decide({
      reviewId: id,
      action: "approve",
      actor: "r1",
      draftVersion: draftVersion(shown.draft),
    });
    expect(stale.ok === false && stale.code).toBe("draft_changed");
    expect(stale.ok === false && stale.message).toContain("click Approve again");
    const fresh = await ctx.decide({
      reviewId: id,
      action: "approve",
      actor: "r1",
      draftVersion: draftVersion(now.draft),
    });
    expect(fresh.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries.map((d) => d.text)).toEqual([now.draft.text]);
  });

  it("from a card before versions is accepted only while the draft was never rewritten", async () => {
    const first = await pendingReview();
    const ok = await first.ctx.decide({
      reviewId: first.id,
      action: "approve",
      actor: "r1",
      draftVersion: UNKNOWN_DRAFT_VERSION,
    });
    expect(ok.ok).toBe(true);
    await running?.stop();
    running = null;

    const second = await pendingReview();
    await second.ctx.decide({
      reviewId: second.id,
      action: "relabel",
      actor: "r2",
      label: "feedback_request",
    });
    const refused = await second.ctx.decide({
      reviewId: second.id,
      action: "approve",
      actor: "r1",
      draftVersion: UNKNOWN_DRAFT_VERSION,
    });
    expect(refused.ok === false && refused.code).toBe("draft_changed");
  });

  it("does not affect Edit: the reviewer's own text is sent whatever the draft became", async () => {
    const { adapter, ctx, id } = await pendingReview();
    await ctx.decide({ reviewId: id, action: "relabel", actor: "r2", label: "feedback_request" });
    const result = await ctx.decide({ reviewId: id, action: "edit", actor: "r1", text: "Mine." });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries[0]?.text).toBe("Mine.");
  });
});

describe("a draft over the platform's limit", () => {
  it("is refused with advice that holds on every platform", async () => {
    const long: Responder = {
      draft: async () => ({ kind: "collab_concrete", text: "d".repeat(2001), source: "llm" }),
    };
    const { ctx, id, shown } = await pendingReview(long);
    const result = await ctx.decide({
      reviewId: id,
      action: "approve",
      actor: "r1",
      draftVersion: draftVersion(shown.draft),
    });
    expect(result.ok === false && result.message).toBe(
      "The draft is longer than the 2000 characters this platform takes, so nothing was sent. Shorten it with Edit if the editor opens it; otherwise reject it and write to the sender yourself.",
    );
  });
});

describe("draftVersion", () => {
  it("fits Discord's custom_id beside the longest review id, and follows the text only", () => {
    const a = draftVersion({ kind: "collab_vague", text: "hello", source: "template" });
    expect(a).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(`review:approve:${"r".repeat(64)}:${a}`.length).toBeLessThanOrEqual(100);
    expect(draftVersion({ kind: "feedback_yes", text: "hello", source: "llm" })).toBe(a);
    expect(draftVersion({ kind: "collab_vague", text: "hello!", source: "template" })).not.toBe(a);
    expect(draftVersion({ kind: "spam_none", text: null, source: "template" })).not.toBe(
      draftVersion({ kind: "spam_none", text: "", source: "template" }),
    );
  });
});
