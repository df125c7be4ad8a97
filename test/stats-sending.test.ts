// /triage stats' "sending": replies approved and not yet sent or failed. Campaign members go from
// pending straight to sent or failed, never approved, so counting "approved minus settled" let a
// cleared campaign hide every reply still on its way.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { createReviewReports } from "../src/review-reports.ts";
import { createReviewStore } from "../src/review-store.ts";
import type { AuditEntry, ReviewStatus } from "../src/types.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";
import { pendingReview } from "./helpers/reviews.ts";

const redis = connect();
const prefix = freshPrefix("stats-sending");
const keys = createKeys(prefix);
const store = createReviewStore(redis, keys, { retentionDays: 1 });
const reports = createReviewReports(redis, keys, { retentionDays: 1 });

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

async function move(id: string, from: ReviewStatus, to: ReviewStatus, gone = false) {
  const audit: AuditEntry = {
    at: new Date().toISOString(),
    actor: "r1",
    action: "approve",
    from,
    to,
  };
  const result = await store.transition({ reviewId: id, from: [from], to, audit, gone });
  expect(result.ok).toBe(true);
}

describe("stats: replies still sending", () => {
  it("counts approved replies until they settle, whatever campaign members settled meanwhile", async () => {
    for (const id of ["a1", "a2", "e1", "m1", "m2", "m3"]) await store.create(pendingReview(id));
    await move("a1", "pending", "approved");
    await move("a2", "pending", "approved");
    await move("e1", "pending", "edited");
    // A campaign's members: settled without being approved.
    await move("m1", "pending", "sent");
    await move("m2", "pending", "failed");
    await move("m3", "pending", "failed", true);
    expect((await reports.stats(7)).byOutcome).toEqual({ sent: 1, failed: 1, gone: 1, sending: 3 });

    await move("a1", "approved", "sent");
    await move("e1", "edited", "failed");
    expect((await reports.stats(7)).byOutcome).toEqual({ sent: 2, failed: 2, gone: 1, sending: 1 });
    await move("a2", "approved", "sent");
    expect((await reports.stats(7)).byOutcome).toEqual({ sent: 3, failed: 2, gone: 1 });
  });
});
