// Pacing calls to a platform's limit, across every worker process: one call per interval, the next
// free slot kept in Redis. The presenter reserves a slot before each card post or edit, and
// moderation (a campaign's, or one card's) before each call in its bucket, and waits for it,
// instead of letting the platform answer 429.

import type { Keys } from "./keys.ts";
import { type LuaScript, lua } from "./lua.ts";
import type { Turn } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import type { Platform } from "./types.ts";

// KEYS: the platform's pace key. ARGV: now ms, interval ms. Reserves the next free slot and says
// how long until it (0: go now): callers queue up in the order they asked.
const TAKE = `
local now, interval = tonumber(ARGV[1]), tonumber(ARGV[2])
local slot = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now)
redis.call('SET', KEYS[1], slot + interval, 'PX', slot + interval - now + interval)
return slot - now
`;

export interface Pacer {
  /** Reserves the next slot: 0 when the call may go now, else how many ms until its turn. */
  take(key: string, intervalMs: number): Promise<number>;
  /** Reserves the next slot and waits for it. */
  wait(key: string, intervalMs: number): Promise<void>;
}

export function createPacer(redis: RedisClient): Pacer {
  const takeScript: LuaScript = lua(redis, TAKE);
  const take = async (key: string, intervalMs: number) => {
    if (intervalMs <= 0) return 0;
    return Number(await takeScript([key], [Date.now(), intervalMs]));
  };
  return {
    take,
    async wait(key, intervalMs) {
      const ms = await take(key, intervalMs);
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    },
  };
}

/**
 * A platform's turns: each call waits for its slot in that platform's bucket, one key per bucket,
 * so every job calling into a bucket (a campaign's, a single card's) queues in the same line.
 */
export function platformTurn(pacer: Pacer, keys: Pick<Keys, "pace">, platform: Platform): Turn {
  return (bucket, intervalMs) => pacer.wait(keys.pace(platform, bucket), intervalMs);
}
