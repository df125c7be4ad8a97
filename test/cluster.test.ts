// The bot on a three-master Redis Cluster of its own (never the shared Redis): whichever node
// REDIS_CLUSTER_NODES names, a message gets its card and an approval its one delivery; and start-up
// refuses what cannot work, in one line naming the variable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../src/app.ts";
import { main as cli } from "../src/cli/main.ts";
import { parseConfig } from "../src/config.ts";
import { redisProblem } from "../src/redis-check.ts";
import { eventually, ingestForCard, startTestApp } from "./helpers/app.ts";
import { type ClusterNode, startCluster, type TestCluster } from "./helpers/cluster.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { startMain } from "./helpers/main-process.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { freshPrefix } from "./helpers/redis.ts";
import { startPlainRedis } from "./helpers/redis-servers.ts";

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster({ masters: 3 });
}, 30_000);
afterAll(async () => {
  await cluster?.stop();
});

/** CLUSTER KEYSLOT of the bot's hash tag, as the node itself computes it. */
async function slotOf(prefix: string): Promise<number> {
  return Number(
    await cluster.admin(cluster.nodes[0] as ClusterNode).cluster("KEYSLOT", `{${prefix}}`),
  );
}

async function roundTrip(app: App, adapter: MemoryAdapter) {
  const card = await ingestForCard(app.ctx, adapter, dm(CONCRETE_COLLAB));
  const decided = await app.ctx.decide({ reviewId: card.id, action: "approve", actor: "reviewer" });
  expect(decided.ok).toBe(true);
  await eventually(async () => (await app.ctx.getReview(card.id))?.status === "sent");
  expect(adapter.deliveries).toEqual([{ reviewId: card.id, text: card.draft.text }]);
}

describe("on a Redis Cluster", () => {
  it("carries a message to its card and its one delivery, whichever node is named", async () => {
    // One deployment, named at each node in turn: two of the three do not serve its tag's slot,
    // where a plain client met only MOVED.
    const prefix = freshPrefix("cluster");
    const owner = await cluster.masterOf(await slotOf(prefix));
    const named: string[] = [];
    for (const node of cluster.nodes) {
      const adapter = new MemoryAdapter();
      const running = await startTestApp({
        name: "cluster",
        prefix,
        adapters: [adapter],
        classifier: fixedClassifier("collaboration"),
        env: { REDIS_CLUSTER_NODES: node.address },
      });
      try {
        await roundTrip(running.app, adapter);
        expect(await running.app.health()).toMatchObject({ ok: true, redis: "up" });
        named.push(node === owner ? "owner" : "other");
      } finally {
        await running.app.stop();
      }
    }
    expect(named.sort()).toEqual(["other", "other", "owner"]);
  });

  it("keeps every key of a deployment on the one slot of its hash tag", async () => {
    const adapter = new MemoryAdapter();
    const prefix = freshPrefix("cluster-slot");
    const running = await startTestApp({
      name: "cluster",
      prefix,
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
      env: { REDIS_CLUSTER_NODES: cluster.nodes.map((n) => n.address).join(",") },
    });
    try {
      await roundTrip(running.app, adapter);
      const slot = await slotOf(prefix);
      const owner = cluster.admin(await cluster.masterOf(slot));
      const keys = (await owner.cluster("GETKEYSINSLOT", slot, 10_000)) as string[];
      // The queues, the review, its audit trail, the signals: all there, none elsewhere.
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.every((k) => k.startsWith(`{${prefix}}`))).toBe(true);
      for (const node of cluster.nodes) {
        const elsewhere = await cluster.admin(node).keys(`*${prefix}*`);
        if ((await cluster.masterOf(slot)) !== node) expect(elsewhere).toEqual([]);
      }
    } finally {
      await running.app.stop();
    }
  });

  it("prints the piped console's result through npm start, named at a node without the slot", async () => {
    const prefix = freshPrefix("cluster-main");
    const owner = await cluster.masterOf(await slotOf(prefix));
    const other = cluster.nodes.find((n) => n !== owner) as ClusterNode;
    const { child, out, exited } = startMain(prefix, { REDIS_CLUSTER_NODES: other.address });
    child.stdin.end(
      `${JSON.stringify({ text: "would you mix my EP in April? budget $900", author: "Maya" })}\n`,
    );
    expect(await exited).toBe(0);
    const result = JSON.parse(out.stdout.trim()) as { label: string; draft: string };
    expect(result.label).toBe("collaboration");
    expect(result.draft.length).toBeGreaterThan(0);
    expect(out.stderr).not.toMatch(/MOVED/);
  }, 30_000);
});

describe("the CLI on a Redis Cluster", () => {
  it("reads reviewer corrections through a node that does not own the slot", async () => {
    const prefix = freshPrefix("cluster-cli");
    const owner = await cluster.masterOf(await slotOf(prefix));
    const other = cluster.nodes.find((n) => n !== owner) as ClusterNode;
    let stderr = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await cli(["train", "--include-corrections", "--model", "unused.json"], io, {
      QUEUE_PREFIX: prefix,
      REDIS_CLUSTER_NODES: other.address,
      // Only its password (none) is used in cluster mode: nothing listens there.
      REDIS_URL: "redis://127.0.0.1:1",
    });
    // It reached the cluster and found none there; a plain client could not have read them.
    expect(code).toBe(1);
    expect(stderr).toMatch(/no reviewer corrections/);
  });
});

describe("start-up with Redis Cluster settings", () => {
  it("refuses REDIS_URL at a cluster node while cluster mode is off, naming both variables", async () => {
    const node = cluster.nodes[1] as ClusterNode;
    const problem = await redisProblem(parseConfig({ REDIS_URL: `redis://${node.address}` }), 1000);
    expect(problem).toMatch(/^REDIS_URL points at a node of a Redis Cluster.*REDIS_CLUSTER_NODES/);
    expect(problem).not.toContain("\n");
  });

  it("refuses a cluster it cannot reach, in bounded time, naming REDIS_CLUSTER_NODES", async () => {
    const started = Date.now();
    const problem = await redisProblem(
      parseConfig({ REDIS_CLUSTER_NODES: "127.0.0.1:1,127.0.0.1:2" }),
      1000,
    );
    expect(problem).toMatch(
      /^cannot reach the Redis Cluster at 127\.0\.0\.1:1,127\.0\.0\.1:2 .*REDIS_CLUSTER_NODES/,
    );
    expect(problem).not.toContain("\n");
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("refuses REDIS_CLUSTER_NODES at a Redis that is not a cluster", async () => {
    const plain = await startPlainRedis();
    try {
      const problem = await redisProblem(
        parseConfig({ REDIS_CLUSTER_NODES: `127.0.0.1:1,${plain.node.address}` }),
        1000,
      );
      expect(problem).toBe(
        `REDIS_CLUSTER_NODES names ${plain.node.address}, a Redis that is not in cluster mode: unset REDIS_CLUSTER_NODES and set REDIS_URL to it instead.`,
      );
    } finally {
      await plain.stop();
    }
  });

  it("accepts the cluster named by any one node", async () => {
    for (const node of cluster.nodes) {
      expect(
        await redisProblem(parseConfig({ REDIS_CLUSTER_NODES: node.address }), 1000),
      ).toBeNull();
    }
  });

  it("rejects settings that cannot go together, naming them", () => {
    expect(() => parseConfig({ REDIS_CLUSTER_NODES: "a:1", REDIS_SENTINELS: "b:2" })).toThrow(
      /REDIS_CLUSTER_NODES and REDIS_SENTINELS/,
    );
    expect(() => parseConfig({ REDIS_SENTINELS: "b:2" })).toThrow(/REDIS_SENTINEL_NAME: required/);
    expect(() => parseConfig({ REDIS_CLUSTER_NODES: "a" })).toThrow(
      /REDIS_CLUSTER_NODES: each must be host:port/,
    );
    expect(() =>
      parseConfig({ REDIS_CLUSTER_NODES: "a:1", REDIS_URL: "redis://:pw@x:6379/2" }),
    ).toThrow(/REDIS_URL: a Redis Cluster has only database 0/);
  });
});

describe("a Redis Cluster that wants a password", () => {
  // "@" and "/" in a password are percent-encoded in REDIS_URL, as the README says.
  const password = "s3cr@t/pw";
  const url = (pw: string) => `redis://:${encodeURIComponent(pw)}@127.0.0.1:6379`;
  let locked: TestCluster;
  beforeAll(async () => {
    locked = await startCluster({ masters: 3, password });
  }, 30_000);
  afterAll(async () => {
    await locked?.stop();
  });

  it("gets it from REDIS_URL, whose host is not used", async () => {
    const adapter = new MemoryAdapter();
    const running = await startTestApp({
      name: "cluster-auth",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
      env: { REDIS_URL: url(password), REDIS_CLUSTER_NODES: locked.nodes[2]?.address ?? "" },
    });
    try {
      await roundTrip(running.app, adapter);
    } finally {
      await running.app.stop();
    }
  });

  it("refuses a wrong password at start, naming REDIS_URL and never showing the password", async () => {
    const address = locked.nodes[0]?.address ?? "";
    const settings = (pw: string) =>
      parseConfig({ REDIS_URL: url(pw), REDIS_CLUSTER_NODES: address });
    expect(await redisProblem(settings(password), 1000)).toBeNull();
    const problem = await redisProblem(settings("wrong-pw"), 1000);
    expect(problem).toMatch(
      /^cannot reach the Redis Cluster at \S+ \(WRONGPASS .*REDIS_URL for the password/,
    );
    expect(problem).not.toContain("wrong-pw");
    expect(problem).not.toContain("\n");
  });
});
