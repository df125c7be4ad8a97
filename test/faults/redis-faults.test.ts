// Redis killed (kill -9) and started again, then shut down for 5 s, during a stream of DMs and
// approvals, against `npm start` with the fake Slack. Redis runs with an append-only file fsynced
// every second: a killed redis-server loses nothing the OS already has (only a power cut drops the
// last second, as the README says). The bot must be healthy again by itself, and every message on
// exactly one review, one card each, one reply to each approved sender.
import { afterEach, describe, expect, it } from "vitest";
import { audit, explain, report, settle } from "./bot.ts";
import { collabText, SCAM, type Scene, scene, sleep } from "./scene.ts";

const SPAM = 40;
const GENUINE = 20;

let current: Scene | null = null;
afterEach(async () => {
  await current?.stop();
  current = null;
});

/** Milliseconds from Redis answering again until /healthz says 200. */
async function timeToHealthy(s: Scene): Promise<number> {
  const from = Date.now();
  const healthy = await settle(30_000, () => s.bot.healthy());
  if (!healthy) throw new Error(`not healthy 30 s after Redis returned:\n${s.bot.output()}`);
  return Date.now() - from;
}

describe("Redis killed and shut down during traffic (slack)", () => {
  it("heals by itself; nothing lost or doubled", async () => {
    const s = await scene("slack");
    current = s;
    const { platform, bot, redis, prefix } = s;
    const items: Array<[number, string]> = [];
    for (let i = 0; i < SPAM + GENUINE; i++) {
      items.push(i % 3 === 0 ? [i, collabText(i)] : [1000 + i, SCAM]);
    }
    const sent: string[] = [];
    const approved = new Set<string>();
    const approveSome = async () => {
      for (const card of platform.cards()) {
        if (!card.approvable || approved.has(card.reviewId) || approved.size >= 8) continue;
        approved.add(card.reviewId);
        await platform.approve(card).catch(() => approved.delete(card.reviewId));
      }
    };
    const healed: Record<string, number> = {};
    for (const [i, [sender, text]] of items.entries()) {
      if (i === Math.floor(items.length / 3)) {
        await redis.kill();
        await sleep(1000);
        await redis.start();
        healed.afterKillMs = await timeToHealthy(s);
      }
      if (i === Math.floor((items.length * 2) / 3)) {
        await redis.shutdown();
        await sleep(2500);
        // Down is down: /healthz says so while Redis is away.
        healed.healthyWhileDown = (await bot.healthy()) ? 1 : 0;
        await sleep(2500);
        await redis.start();
        healed.afterShutdownMs = await timeToHealthy(s);
      }
      sent.push(await platform.dm(sender, text));
      if (i % 10 === 0) await approveSome();
      await sleep(50);
    }
    const settled = await settle(120_000, async () => {
      await approveSome();
      const c = await audit(redis.admin, prefix, sent, platform);
      const statuses = await s.statuses();
      const delivered = [...approved].every((id) => statuses.get(id) === "sent");
      return c.lost === 0 && c.uncarded === 0 && delivered;
    });
    await sleep(3000);
    const counts = await audit(redis.admin, prefix, sent, platform);
    const statuses = await s.statuses();
    const replies = items.map(([sender]) => platform.repliesTo(sender));
    report("redis kill + 5 s shutdown (slack)", {
      ...healed,
      ...counts,
      approved: approved.size,
      repliesSent: [...approved].filter((id) => statuses.get(id) === "sent").length,
      doubledReplies: replies.filter((r) => r > 1).length,
    });
    expect(settled, bot.output()).toBe(true);
    expect(await bot.healthy()).toBe(true);
    expect(healed.healthyWhileDown).toBe(0);
    expect(counts.lost).toBe(0);
    expect(counts.doubled).toBe(0);
    expect(
      counts.uncarded,
      await explain(redis.admin, prefix, counts.uncardedIds, s.platform.name),
    ).toBe(0);
    expect(counts.doubledCards).toBe(0);
    expect(replies.filter((r) => r > 1)).toEqual([]);
  }, 240_000);
});
