// A cluster client brought back from scratch, as BullMQ brings back a worker's blocking connection
// after a failover (a duplicate of the app's connection, disconnected and connected again). With
// ioredis alone, connect() stayed pending for good when its ready check found cluster_state:fail,
// and a client named one node could never come back once that node died: either way the worker
// never took another job.
import type { Cluster } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedis } from "../src/redis.ts";
import { type ClusterNode, startCluster, type TestCluster } from "./helpers/cluster.ts";
import { REDIS_URL } from "./helpers/redis.ts";
import { until } from "./helpers/redis-servers.ts";

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster({ masters: 3, replicas: 1 });
}, 30_000);
afterAll(async () => {
  await cluster?.stop();
});

/** Every node's cluster_state. */
async function states(): Promise<string[]> {
  return Promise.all(
    cluster.nodes.map(async (node) => {
      const info = await cluster.admin(node).cluster("INFO");
      return /cluster_state:(\w+)/.exec(String(info))?.[1] ?? "?";
    }),
  );
}

/** Disconnects `client` as BullMQ does before connecting it again: waiting for its end. */
async function disconnected(client: Cluster): Promise<void> {
  const ended = new Promise((r) => client.once("end", r));
  client.disconnect();
  await ended;
}

describe("a cluster connection brought back from scratch", () => {
  it("settles its connect() once the cluster is whole again", async () => {
    const client = createRedis({
      REDIS_URL,
      REDIS_CLUSTER_NODES: [(cluster.nodes[0] as ClusterNode).address],
    });
    // The worker's blocking connection is a duplicate of the app's.
    const blocking = (client as Cluster).duplicate();
    try {
      await until("the duplicate ready", 10_000, async () => blocking.status === "ready");
      const slot = 0;
      const owner = await cluster.masterOf(slot);
      // No node serves slot 0: every node answers cluster_state:fail, so every ready check fails.
      for (const node of cluster.nodes) await cluster.admin(node).cluster("DELSLOTS", slot);
      await until("the cluster down", 10_000, async () =>
        (await states()).every((s) => s === "fail"),
      );
      await disconnected(blocking);
      let settled: string | null = null;
      blocking.connect().then(
        () => {
          settled = "resolved";
        },
        (err: Error) => {
          settled = `rejected: ${err.message}`;
        },
      );
      // A few failed ready checks (each one a reconnect) before the cluster is whole again.
      const listeners = blocking.listenerCount("ready");
      await new Promise((r) => setTimeout(r, 1500));
      expect(settled).toBeNull();
      // Each of those reconnects calls connect() again: none may leave a listener behind.
      expect(blocking.listenerCount("ready")).toBe(listeners);
      await cluster.admin(owner).cluster("ADDSLOTS", slot);
      await until("the cluster up", 10_000, async () => (await states()).every((s) => s === "ok"));
      await until("connect() settled", 15_000, async () => settled !== null);
      expect(settled).toBe("resolved");
      expect(blocking.status).toBe("ready");
      expect(await blocking.set("{probe}:k", "v")).toBe("OK");
    } finally {
      blocking.disconnect();
      client.disconnect();
    }
  }, 60_000);

  it("reconnects through the nodes it met when the node it was named is gone", async () => {
    let seed: ClusterNode | undefined;
    for (const node of cluster.nodes) {
      if ((await cluster.admin(node).info("replication")).includes("role:slave")) seed = node;
    }
    if (!seed) throw new Error("no replica in the cluster");
    const client = createRedis({ REDIS_URL, REDIS_CLUSTER_NODES: [seed.address] });
    const blocking = (client as Cluster).duplicate();
    try {
      await until("the duplicate ready", 10_000, async () => blocking.status === "ready");
      // A replica: the cluster stays whole without it, only the named address is gone.
      await cluster.kill(seed);
      await disconnected(blocking);
      await blocking.connect();
      expect(blocking.status).toBe("ready");
      expect(await blocking.set("{probe}:k", "v")).toBe("OK");
    } finally {
      blocking.disconnect();
      client.disconnect();
    }
  }, 60_000);
});
