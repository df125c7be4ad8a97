// The pending list behind `/triage pending` and the Slack Home tab: a reviewer sees their own
// platform's undecided reviews, and expired index entries never hide live ones.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { createReviewReports } from "../src/review-reports.ts";
import { createReviewStore } from "../src/review-store.ts";
import type { Platform, Review } from "../src/types.ts";
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
