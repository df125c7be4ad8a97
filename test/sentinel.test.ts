// The bot on a primary that a Sentinel watches (REDIS_SENTINELS + REDIS_SENTINEL_NAME), on servers
// of its own. Its failover under traffic is in sentinel-failover.test.ts (npm run test:cluster).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { redisProblem } from "../src/redis-check.ts";
import { ingestForCard } from "./helpers/app.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { SENTINEL_NAME, startSentinel, type TestSentinel } from "./helpers/sentinel.ts";
import { startBot } from "./helpers/traffic.ts";

let set: TestSentinel;
beforeAll(async () => {
  set = await startSentinel({ failover: false });
}, 30_000);
afterAll(async () => {
  await set?.stop();
});

const env = () => ({ REDIS_SENTINELS: set.sentinel.address, REDIS_SENTINEL_NAME: SENTINEL_NAME });

describe("behind Redis Sentinel", () => {
  it("passes the start-up check, and names the variables when the name is wrong", async () => {
    expect(await redisProblem(parseConfig(env()), 1000)).toBeNull();
    const wrong = await redisProblem(
      parseConfig({ ...env(), REDIS_SENTINEL_NAME: "no-such-primary" }),
      1000,
    );
    expect(wrong).toMatch(
      /^cannot reach the primary "no-such-primary" of the sentinels at .*REDIS_SENTINEL_NAME/,
    );
    expect(wrong).not.toContain("\n");
  });

  it("writes to the primary the Sentinel names", async () => {
    const { adapter, running } = await startBot(env());
    try {
      await ingestForCard(running.app.ctx, adapter, dm(CONCRETE_COLLAB));
      const keys = await set.admin(set.primary).keys(`{${running.prefix}}*`);
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      await running.app.stop();
    }
  });
});
