// The primary that a Sentinel watches dies while messages and approvals flow: the Sentinel promotes
// the replica, the bot follows it by itself, and nothing is lost or doubled. Slow (the Sentinel
// waits a second before it calls the primary down): `npm run test:cluster`, not part of `npm test`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SENTINEL_NAME, startSentinel, type TestSentinel } from "./helpers/sentinel.ts";
import { expectNothingLostOrDoubled, flow, recovery, startBot } from "./helpers/traffic.ts";

let set: TestSentinel;
beforeAll(async () => {
  set = await startSentinel({ downAfterMs: 1000 });
}, 30_000);
afterAll(async () => {
  await set?.stop();
});

describe("a Sentinel failover under traffic", () => {
  it("survives the primary's death under traffic: the replica takes over, nothing lost or doubled", async () => {
    const { adapter, running } = await startBot({
      REDIS_SENTINELS: set.sentinel.address,
      REDIS_SENTINEL_NAME: SENTINEL_NAME,
    });
    try {
      const f = flow(running, adapter, 20);
      await new Promise((r) => setTimeout(r, 1000));
      const faultAt = Date.now();
      await set.kill(set.primary);
      await expect
        .poll(() => set.primaryPort(), { timeout: 30_000, interval: 100 })
        .toBe(set.replica.port);
      const promotedMs = Date.now() - faultAt;
      await new Promise((r) => setTimeout(r, 2000));
      await f.stop();
      await expectNothingLostOrDoubled(running, adapter, f);
      const measured = recovery(f, faultAt);
      console.info(
        `sentinel failover: ${f.sent.length} messages, replica promoted after ${promotedMs} ms, healthy ${measured.healthyAfterMs} ms after the kill (worst ingest-to-card ${measured.worstLatencyMs} ms), retried ingests ${f.retries.ingest}, approvals ${f.retries.approve} (${[...f.errors].join("; ")})`,
      );
      expect(await running.app.health()).toMatchObject({ ok: true });
    } finally {
      await running.app.stop();
    }
  }, 60_000);
});
