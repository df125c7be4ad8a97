// A stretch of 429s and 503s on a third of the platform's posts (cards and replies), against
// `npm start` with each fake platform: every card posted once, every approved reply sent once.
import { afterEach, describe, expect, it } from "vitest";
import { audit, explain, report, settle } from "./bot.ts";
import { collabText, type Scene, scene, sleep } from "./scene.ts";

const SENDERS = 12;

let current: Scene | null = null;
afterEach(async () => {
  await current?.stop();
  current = null;
});

describe.each(["slack", "discord"] as const)("429/503 on a third of posts (%s)", (name) => {
  it("nothing lost, nothing doubled", async () => {
    const s = await scene(name);
    current = s;
    const { platform, bot, redis, prefix } = s;
    // Cards and replies: SENDERS of each, and the failures' own retries.
    platform.flaky(SENDERS * 3);
    const sent: string[] = [];
    for (let n = 0; n < SENDERS; n++) sent.push(await platform.dm(n, collabText(n)));
    const approved = new Set<string>();
    const settled = await settle(150_000, async () => {
      for (const card of platform.cards()) {
        if (!card.approvable || approved.has(card.reviewId)) continue;
        approved.add(card.reviewId);
        await platform.approve(card);
      }
      const statuses = await s.statuses();
      return approved.size === SENDERS && [...approved].every((id) => statuses.get(id) === "sent");
    });
    await sleep(3000);
    const counts = await audit(redis.admin, prefix, sent, platform);
    const statuses = [...(await s.statuses()).values()];
    const replies = Array.from({ length: SENDERS }, (_, n) => platform.repliesTo(n));
    report(`429/503 on a third of posts (${name})`, {
      ...counts,
      approved: approved.size,
      sentReplies: statuses.filter((st) => st === "sent").length,
      failed: statuses.filter((st) => st === "failed").length,
      lostReplies: replies.filter((r) => r === 0).length,
      doubledReplies: replies.filter((r) => r > 1).length,
    });
    expect(settled, bot.output()).toBe(true);
    expect(
      counts.uncarded,
      await explain(redis.admin, prefix, counts.uncardedIds, s.platform.name),
    ).toBe(0);
    expect(counts.lost + counts.doubled + counts.doubledCards).toBe(0);
    expect(replies).toEqual(Array.from({ length: SENDERS }, () => 1));
  }, 240_000);
});
