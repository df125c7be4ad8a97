// One action job at a time per campaign. The click's job and each late copies' job act on the
// members still pending, and a member stays pending until its job records the platform's answer:
// two jobs running together (the click's still deleting, paced a second apart per channel, when
// the late copies' job starts) would both ask for the same copies to be deleted. A job that died
// holding its campaign takes it back when it runs again (same job id); failing that, the hold runs
// out.
import { type LuaScript, lua } from "./lua.ts";
import type { RedisClient } from "./redis.ts";

/**
 * Longer than a job goes between two calls (each renews it: campaign-actions.ts) or takes without
 * any; a dead job's hold ends.
 */
export const CAMPAIGN_HOLD_MS = 60_000;

// KEYS: the hold. ARGV: job id, ms. 1 when this job holds it now, 0 when another job does.
const TAKE = `
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

// KEYS: the hold. ARGV: job id. Releases it only if this job still holds it.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export interface CampaignHold {
  /** True when `jobId` holds the campaign now (taken, or still its own). */
  take(key: string, jobId: string): Promise<boolean>;
  release(key: string, jobId: string): Promise<void>;
}

export function createCampaignHold(redis: RedisClient): CampaignHold {
  const takeScript: LuaScript = lua(redis, TAKE);
  const releaseScript: LuaScript = lua(redis, RELEASE);
  return {
    async take(key, jobId) {
      return Number(await takeScript([key], [jobId, CAMPAIGN_HOLD_MS])) === 1;
    },
    async release(key, jobId) {
      await releaseScript([key], [jobId]);
    },
  };
}
