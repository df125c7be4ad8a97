// Read-only views over the review store: the pending list, 7-day stats, audit trails, corrections.
import type { Keys } from "./keys.ts";
import type { ReviewReports, Stats } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import { dayOf, fromHash } from "./review-store.ts";
import type { AuditEntry, Context, Label, Platform, Review } from "./types.ts";

/** Index entries read per round trip, and at most per call (a flood of pending reviews). */
const BATCH = 100;
const MAX_SCAN = 5000;

export function createReviewReports(
  redis: RedisClient,
  keys: Keys,
  options: { retentionDays: number },
): ReviewReports {
  return {
    async pending(limit, platform) {
      // Every review leaves with its text after the retention: older index entries are gone too.
      const since = Date.now() - options.retentionDays * 86_400_000;
      await redis.zremrangebyscore(keys.pending, "-inf", `(${since}`);
      const reviews: Review[] = [];
      // Oldest first, a batch at a time until enough are found: expired entries, or another
      // platform's reviews, must not hide the live ones behind them.
      let offset = 0;
      for (let scanned = 0; reviews.length < limit && scanned < MAX_SCAN; ) {
        const ids = await redis.zrange(keys.pending, String(offset), String(offset + BATCH - 1));
        if (ids.length === 0) break;
        scanned += ids.length;
        const pipeline = redis.pipeline();
        for (const id of ids) pipeline.hgetall(keys.review(id));
        const rows = (await pipeline.exec()) ?? [];
        const expired: string[] = [];
        rows.forEach(([, hash], i) => {
          const review = fromHash((hash ?? {}) as Record<string, string>);
          if (!review) expired.push(ids[i] as string);
          else if (
            review.status === "pending" &&
            // Its card already says it expired, without its text: no list shows it again.
            !review.cardExpiredAt &&
            (platform === undefined || review.message.platform === platform) &&
            reviews.length < limit
          ) {
            reviews.push(review);
          }
        });
        // Reviews expire with their text; drop their ids from the pending index as we meet them.
        if (expired.length > 0) await redis.zrem(keys.pending, ...expired);
        offset += ids.length - expired.length;
        if (ids.length < BATCH) break;
      }
      return reviews;
    },

    async stats(days) {
      const byLabel: Record<string, number> = {};
      const outcomes: Record<string, number> = {};
      const flows: Record<string, number> = {};
      const byClassifier: Stats["byClassifier"] = {};
      const pipeline = redis.pipeline();
      for (let i = 0; i < days; i++) {
        pipeline.hgetall(keys.stats(dayOf(new Date(Date.now() - i * 86_400_000).toISOString())));
      }
      const add = (bucket: Record<string, number>, name: string, n: number) => {
        bucket[name] = (bucket[name] ?? 0) + n;
      };
      for (const [, hash] of (await pipeline.exec()) ?? []) {
        for (const [field, count] of Object.entries((hash ?? {}) as Record<string, string>)) {
          const [kind, name] = field.split(":") as [string, string];
          const n = Number(count);
          if (kind === "label") add(byLabel, name, n);
          else if (kind === "outcome") add(outcomes, name, n);
          else if (kind === "flow") add(flows, name, n);
          else if (kind === "classified" || kind === "corrected") {
            const entry = byClassifier[name] ?? { labelled: 0, corrected: 0 };
            byClassifier[name] = entry;
            if (kind === "classified") entry.labelled += n;
            else entry.corrected += n;
          }
        }
      }
      // Each review is counted once, where it ended: an approved reply that was sent counts as sent
      // only. Those still on their way are counted apart (TRANSITION): approved minus settled
      // would count every campaign member, which settles without being approved, against them.
      const sending = flows.sending ?? 0;
      const byOutcome: Record<string, number> = {};
      for (const name of ["sent", "failed", "gone", "rejected"]) {
        if (outcomes[name]) byOutcome[name] = outcomes[name];
      }
      if (sending > 0) byOutcome.sending = sending;
      return { days, byLabel, byOutcome, byClassifier };
    },

    async audit(id) {
      const rows = await redis.lrange(keys.audit(id), 0, -1);
      return rows.map((row) => JSON.parse(row) as AuditEntry);
    },

    async corrections() {
      // Oldest first; any older than the retention that no relabel has trimmed yet stay unread.
      const since = Date.now() - options.retentionDays * 86_400_000;
      const rows = await redis.zrangebyscore(keys.corrections, since, "+inf");
      return rows.map(
        (row) =>
          JSON.parse(row) as { text: string; label: Label; platform: Platform; context: Context },
      );
    },
  };
}
