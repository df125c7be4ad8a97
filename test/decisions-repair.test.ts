// An approval commits before its send is queued. When the queuing fails (or the process dies in
// between), the reviewer is told the truth, and clicking Approve again queues the send.
import { afterEach, describe, expect, it, vi } from "vitest";
import { deliveryJobId } from "../src/queues.ts";
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

async function pendingReview() {
  const adapter = new MemoryAdapter();
  running = await startTestApp({
    name: "decisions-repair",
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
  });
  const { app } = running;
  const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
  return { adapter, app, ctx: app.ctx, id: card.id, draft: card.draft.text as string };
}

/** The approval's commit without its add: what a process that died in between leaves. */
async function approveWithoutQueuing(app: TestApp["app"], id: string, text: string) {
  const at = new Date().toISOString();
  const result = await app.store.transition({
    reviewId: id,
    from: ["pending"],
    to: "approved",
    audit: { at, actor: "r1", action: "approve", from: "pending", to: "approved", text },
    set: { decidedBy: "r1", decidedAt: at, finalText: text },
  });
  expect(result.ok).toBe(true);
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe("an approval whose send was never queued", () => {
  it("is sent once when Approve is clicked again", async () => {
    const { adapter, app, ctx, id, draft } = await pendingReview();
    await approveWithoutQueuing(app, id, draft);
    await settle();
    expect(adapter.deliveries).toEqual([]);

    const again = await ctx.decide({ reviewId: id, action: "approve", actor: "r2" });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.message).toContain("already decided (approved by r1)");
    expect(again.message).toContain("queued again");
    await eventually(async () => (await ctx.getReview(id))?.status === "sent");
    // A third click, now that it is sent, queues nothing more.
    const third = await ctx.decide({ reviewId: id, action: "approve", actor: "r2" });
    expect(third.ok === false && third.message).not.toContain("queued again");
    await settle();
    expect(adapter.deliveries).toEqual([{ reviewId: id, text: draft }]);
  });

  it("is retried when its job ended in the failed set without an outcome", async () => {
    const { adapter, app, ctx, id, draft } = await pendingReview();
    // A delivery job for a review that is not approved fails at once (BAD_STATE).
    await app.queues.outbound.add("deliver", { reviewId: id }, { jobId: deliveryJobId(id) });
    await eventually(
      async () => (await app.queues.outbound.getJobState(deliveryJobId(id))) === "failed",
    );
    await approveWithoutQueuing(app, id, draft);

    const again = await ctx.decide({ reviewId: id, action: "approve", actor: "r2" });
    expect(again.ok === false && again.message).toContain("queued again");
    await eventually(async () => (await ctx.getReview(id))?.status === "sent");
    expect(adapter.deliveries).toEqual([{ reviewId: id, text: draft }]);
  });

  it("leaves an in-flight send alone: approvals racing still send once", async () => {
    const { adapter, ctx, id } = await pendingReview();
    const results = await Promise.all(
      ["a", "b", "c", "d"].map((actor) => ctx.decide({ reviewId: id, action: "approve", actor })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    await eventually(async () => (await ctx.getReview(id))?.status === "sent");
    await settle();
    expect(adapter.deliveries).toHaveLength(1);
  });
});

describe("queuing the send failing right after the approval commits", () => {
  it("says the approval stands and how to send it, and Approve again sends it once", async () => {
    const { adapter, app, ctx, id, draft } = await pendingReview();
    vi.spyOn(app.queues.outbound, "add").mockRejectedValueOnce(new Error("Connection is closed."));
    const first = await ctx.decide({ reviewId: id, action: "approve", actor: "r1" });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.code).toBe("not_queued");
    expect(first.message).toMatch(/^Approved, but something failed afterwards/);
    expect(first.message).toContain("may not have been queued");
    expect(first.message).toContain("Click Approve again");
    expect(first.message).not.toContain("nothing was decided");
    expect(first.review?.status).toBe("approved");

    const again = await ctx.decide({ reviewId: id, action: "approve", actor: "r1" });
    expect(again.ok === false && again.message).toContain("queued again");
    await eventually(async () => (await ctx.getReview(id))?.status === "sent");
    expect(adapter.deliveries).toEqual([{ reviewId: id, text: draft }]);
  });

  it("keeps an edit, and Approve then sends the edited text, not the draft", async () => {
    const { adapter, app, ctx, id } = await pendingReview();
    vi.spyOn(app.queues.outbound, "add").mockRejectedValueOnce(new Error("Connection is closed."));
    const text = "Thanks! Send the stems.";
    const edit = await ctx.decide({ reviewId: id, action: "edit", actor: "r1", text });
    expect(edit.ok === false && edit.code).toBe("not_queued");
    expect(edit.ok === false && edit.message).toMatch(/^Your edit is saved/);
    // Editing again is refused and does not send the earlier text behind the reviewer's back.
    const reedit = await ctx.decide({ reviewId: id, action: "edit", actor: "r1", text: "other" });
    expect(reedit.ok === false && reedit.message).not.toContain("queued again");
    await settle();
    expect(adapter.deliveries).toEqual([]);

    await ctx.decide({ reviewId: id, action: "approve", actor: "r1" });
    await eventually(async () => (await ctx.getReview(id))?.status === "sent");
    expect(adapter.deliveries).toEqual([{ reviewId: id, text }]);
  });
});
