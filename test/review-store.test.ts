// The review store's compare-and-set: a transition given the draft it was checked against fails,
// atomically and without a trace, once a relabel has swapped in another draft.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { createReviewStore } from "../src/review-store.ts";
import type { AuditEntry, Draft, Review } from "../src/types.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";
import { pendingReview } from "./helpers/reviews.ts";

const redis = connect();
const prefix = freshPrefix("review-store");
const keys = createKeys(prefix);
const store = createReviewStore(redis, keys, { retentionDays: 1 });

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

const OLD: Draft = {
  kind: "collab_concrete",
  text: "Happy to mix it: send the stems.",
  source: "template",
};
const NEW: Draft = { kind: "feedback_yes", text: "Yes, send me the mix.", source: "template" };

async function stored(id: string): Promise<Review> {
  const review = pendingReview(id, { draft: OLD });
  await store.create(review);
  return review;
}

function approval(id: string, draft: Draft) {
  const at = new Date().toISOString();
  const audit: AuditEntry = { at, actor: "r1", action: "approve", from: "pending", to: "approved" };
  return {
    reviewId: id,
    from: ["pending"] as const,
    to: "approved" as const,
    audit,
    draft,
    set: { decidedBy: "r1", decidedAt: at, finalText: draft.text ?? "" },
  };
}

describe("a transition conditioned on the draft", () => {
  it("fails, changing nothing, when a relabel swapped the draft after it was read", async () => {
    const read = await stored("rstale");
    const at = new Date().toISOString();
    const relabel: AuditEntry = {
      at,
      actor: "r2",
      action: "relabel",
      from: "pending",
      to: "pending",
    };
    expect((await store.relabel("rstale", "feedback_request", NEW, relabel)).ok).toBe(true);
    const auditBefore = await redis.llen(keys.audit("rstale"));

    const result = await store.transition(approval("rstale", read.draft));
    expect(result).toEqual({ ok: false, current: "pending", draftChanged: true });
    const after = await store.get("rstale");
    expect(after?.status).toBe("pending");
    expect(after?.finalText).toBeUndefined();
    expect(after?.decidedBy).toBeUndefined();
    expect(after?.draft).toEqual(NEW);
    expect(await redis.llen(keys.audit("rstale"))).toBe(auditBefore);
    expect(await redis.zscore(keys.pending, "rstale")).not.toBeNull();
  });

  it("commits when the stored draft is still the one read, as read back from the store", async () => {
    await stored("rsame");
    const read = (await store.get("rsame")) as Review;
    const result = await store.transition(approval("rsame", read.draft));
    expect(result.ok && result.review.status).toBe("approved");
    expect(result.ok && result.review.finalText).toBe(OLD.text);
  });

  it("still reports a review decided first as not pending, not as a changed draft", async () => {
    const read = await stored("rdecided");
    expect((await store.transition(approval("rdecided", read.draft))).ok).toBe(true);
    const again = await store.transition(approval("rdecided", NEW));
    expect(again).toEqual({ ok: false, current: "approved" });
  });
});
