// One action job at a time per campaign: another job finds it held; the holder's own retry (same
// job id, after its process died) takes it back; a release frees only what the job still holds.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { CAMPAIGN_HOLD_MS, createCampaignHold } from "../src/campaign-hold.ts";
import { createKeys } from "../src/keys.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const redis = connect();
const prefix = freshPrefix("campaign-hold");
const key = createKeys(prefix).campaignPart("c1", "hold");
const hold = createCampaignHold(redis);

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

describe("a campaign's hold", () => {
  it("admits one job, takes its own back, and frees only its own", async () => {
    expect(await hold.take(key, "campaign-c1")).toBe(true);
    expect(await hold.take(key, "campaign-c1-900")).toBe(false);
    // The click's job run again after its worker died: still its own.
    expect(await hold.take(key, "campaign-c1")).toBe(true);
    await hold.release(key, "campaign-c1-900");
    expect(await hold.take(key, "campaign-c1-900")).toBe(false);
    await hold.release(key, "campaign-c1");
    expect(await hold.take(key, "campaign-c1-900")).toBe(true);
  });

  it("runs out, so a job that died for good holds nothing for long", async () => {
    expect(await hold.take(key, "campaign-c1")).toBe(true);
    const left = await redis.pttl(key);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(CAMPAIGN_HOLD_MS);
  });
});
