// Time passing for a card's review, for the card-expiry tests of both platforms: the review is
// aged to an hour before its end, and the hourly housekeeping sweep is run now.
import type { App } from "../../src/app.ts";
import { housekeep } from "../../src/housekeeping.ts";
import type { Platform } from "../../src/types.ts";

/** The hourly housekeeping, run now, with the sweep of this app's cards on `platform`. */
export function sweepCards(app: App, platform: Platform) {
  return housekeep({
    redis: app.redis,
    keys: app.keys,
    queues: [],
    retentionDays: 30,
    cards: { queues: app.queues, platforms: [platform] },
  });
}

/** As 30 days on would find it: the review has an hour left, and the index says so. */
export async function ageReview(app: App, platform: Platform, reviewId: string): Promise<void> {
  await app.redis.pexpire(app.keys.review(reviewId), 3_600_000);
  await app.redis.zadd(app.keys.cardExpiry(platform), Date.now() + 3_600_000, reviewId);
}
