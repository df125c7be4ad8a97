// Faults of a Redis Cluster while messages and approvals flow through the bot: the slot of its hash
// tag moved to another master, and the master serving it killed so its replica takes over. Nothing
// may be lost or doubled, and the bot must recover without help. Slow (a cluster of six, a failover
// election): `npm run test:cluster`, not part of `npm test`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClusterNode, startCluster, type TestCluster } from "./helpers/cluster.ts";
import { expectNothingLostOrDoubled, flow, recovery, startBot } from "./helpers/traffic.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicas: 1, nodeTimeoutMs: 1000 });
}, 30_000);
afterAll(async () => {
  await cluster?.stop();
});

async function tagSlot(prefix: string): Promise<number> {
  const any = cluster.nodes[0] as ClusterNode;
  return Number(await cluster.admin(any).cluster("KEYSLOT", `{${prefix}}`));
}

describe("a Redis Cluster fault under traffic", () => {
  it("moving the hash tag's slot to another master loses and doubles nothing", async () => {
    const { adapter, running } = await startBot({
      REDIS_CLUSTER_NODES: (cluster.nodes[0] as ClusterNode).address,
    });
    try {
      const slot = await tagSlot(running.prefix);
      const from = await cluster.masterOf(slot);
      const masters = [];
      for (const node of cluster.nodes) {
        if ((await cluster.admin(node).info("replication")).includes("role:master")) {
          masters.push(node);
        }
      }
      const to = masters.find((n) => n !== from) as ClusterNode;
      const f = flow(running, adapter, 20);
      await sleep(1500);
      const faultAt = Date.now();
      // Ten keys a batch, a pause between: clients meet ASK and TRYAGAIN for a while.
      const keys = await cluster.migrateSlot(slot, to, { batch: 10, pauseMs: 20 });
      const movedMs = Date.now() - faultAt;
      expect(await cluster.settled(slot)).toBe(to);
      await sleep(1500);
      await f.stop();
      await expectNothingLostOrDoubled(running, adapter, f);
      const measured = recovery(f, faultAt);
      console.info(
        `slot migration: ${f.sent.length} messages, ${keys} keys moved in ${movedMs} ms, healthy ${measured.healthyAfterMs} ms after it began (worst ingest-to-card ${measured.worstLatencyMs} ms), retried approvals ${f.retries.approve} (${[...f.errors].join("; ")})`,
      );
      // A Discord DM whose ingest fails is gone: the bot rides the fault out itself.
      expect(f.retries.ingest).toBe(0);
      expect(await running.app.health()).toMatchObject({ ok: true });
    } finally {
      await running.app.stop();
    }
  }, 120_000);

  it("killing the master of the hash tag's slot fails over to its replica, losing and doubling nothing", async () => {
    const { adapter, running } = await startBot({
      REDIS_CLUSTER_NODES: (cluster.nodes[1] as ClusterNode).address,
    });
    try {
      const slot = await tagSlot(running.prefix);
      const master = await cluster.masterOf(slot);
      const f = flow(running, adapter, 20);
      await sleep(1500);
      const faultAt = Date.now();
      await cluster.kill(master);
      const promoted = await cluster.settled(slot, 20_000);
      const promotedMs = Date.now() - faultAt;
      expect(promoted).not.toBe(master);
      await sleep(2000);
      await f.stop();
      await expectNothingLostOrDoubled(running, adapter, f);
      const measured = recovery(f, faultAt);
      console.info(
        `failover: ${f.sent.length} messages, replica serving after ${promotedMs} ms, healthy ${measured.healthyAfterMs} ms after the kill (worst ingest-to-card ${measured.worstLatencyMs} ms), retried approvals ${f.retries.approve} (${[...f.errors].join("; ")})`,
      );
      // A Discord DM whose ingest fails is gone: the bot rides the fault out itself.
      expect(f.retries.ingest).toBe(0);
      expect(await running.app.health()).toMatchObject({ ok: true });
    } finally {
      await running.app.stop();
    }
  }, 120_000);
});
