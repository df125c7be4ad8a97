// Pacing a review channel to its platform's limit, across every worker process: one card call per
// interval, the next slot kept in Redis. The presenter asks before each post or edit and, when it
// is early, waits the queue out instead of letting the platform answer 429.
import type { Redis } from "ioredis";
import { type LuaScript, lua } from "./lua.ts";

// KEYS: the platform's pace key. ARGV: now ms, interval ms. Returns how long to wait (0: go now).
const TAKE = `
local now, interval = tonumber(ARGV[1]), tonumber(ARGV[2])
local next = tonumber(redis.call('GET', KEYS[1]) or '0')
if next > now then return next - now end
redis.call('SET', KEYS[1], now + interval, 'PX', interval * 2)
return 0
`;

export interface Pacer {
  /** Takes the next slot: 0 when the call may go now, else how many ms until it may. */
  take(key: string, intervalMs: number): Promise<number>;
}

export function createPacer(redis: Redis): Pacer {
  const takeScript: LuaScript = lua(redis, TAKE);
  return {
    async take(key, intervalMs) {
      if (intervalMs <= 0) return 0;
      return Number(await takeScript([key], [Date.now(), intervalMs]));
    },
  };
}
