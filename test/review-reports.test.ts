// The pending list behind `/triage pending` and the Slack Home tab: a reviewer sees their own
// platform's undecided reviews, and expired index entries never hide live ones. And /triage stats'
// "sending": replies approved and not yet sent or failed. Campaign members go from pending straight
// to sent or failed, never approved, so counting "approved minus settled" let a cleared campaign
// hide every reply still on its way.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { createReviewReports } from "../src/review-reports.ts";
import { createReviewStore } from "../src/review-store.ts";
import type { AuditEntry, Platform, Review, ReviewStatus } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";
import { pendingReview } from "./helpers/reviews.ts";

const redis = connect();
const prefix = freshPrefix("review-reports");
const keys = createKeys(prefix);
const store = createReviewStore(redis, keys, { retentionDays: 1 });
const reports = createReviewReports(redis, keys, { retentionDays: 1 });

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

function review(id: string, platform: Platform, at = new Date()): Review {
  const iso = at.toISOString();
  return pendingReview(id, {
    message: dm(`message ${id}`, { platform }),
    createdAt: iso,
    updatedAt: iso,
  });
}

describe("pending", () => {
  it("finds the live review behind 25 expired ones, and drops those from the index", async () => {
    const at = Date.now() - 60_000;
    for (let i = 0; i < 25; i++) {
      await store.create(review(`old${i}`, "slack", new Date(at + i)));
      // Expired with its text: the hash is gone, its index entry is not.
      await redis.del(keys.review(`old${i}`));
    }
    await store.create(review("live", "slack"));
    const found = await reports.pending(20);
    expect(found.map((r) => r.id)).toEqual(["live"]);
    expect(await redis.zcard(keys.pending)).toBe(1);
  });

  it("drops index entries older than the retention, whose reviews are gone", async () => {
    await store.create(review("ancient", "slack", new Date(Date.now() - 2 * 86_400_000)));
    await store.create(review("recent", "slack"));
    const found = await reports.pending(20);
    expect(found.map((r) => r.id)).toEqual(["recent"]);
    expect(await redis.zscore(keys.pending, "ancient")).toBeNull();
  });

  it("shows a reviewer only their platform's reviews, however many others wait first", async () => {
    const at = Date.now() - 60_000;
    for (let i = 0; i < 30; i++) await store.create(review(`d${i}`, "discord", new Date(at + i)));
    await store.create(review("s1", "slack"));
    expect((await reports.pending(20, "slack")).map((r) => r.id)).toEqual(["s1"]);
    const discord = await reports.pending(20, "discord");
    expect(discord).toHaveLength(20);
    expect(discord.every((r) => r.message.platform === "discord")).toBe(true);
    expect(await reports.pending(40)).toHaveLength(31);
  });
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
