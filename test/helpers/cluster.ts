// A throwaway Redis Cluster on free loopback ports, each node a redis-server child in its own temp
// directory: what the cluster tests and `npm run bench -- --cluster` run against. It never touches
// the shared Redis on 6379, and stop() kills only the processes it started.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Redis } from "ioredis";
import {
  adminPool,
  freePorts,
  killServer,
  removeDir,
  type ServerNode,
  serverNode,
  startServer,
  until,
} from "./redis-servers.ts";

const run = promisify(execFile);

export type ClusterNode = ServerNode;

export interface TestCluster {
  readonly nodes: readonly ClusterNode[];
  /** A plain connection to one node, for CLUSTER commands; closed by stop(). */
  admin(node: ClusterNode): Redis;
  /** The master that serves a slot now, as the first live node sees the cluster. */
  masterOf(slot: number): Promise<ClusterNode>;
  /** Kills a node (SIGKILL, as a crash) and waits for it to exit. */
  kill(node: ClusterNode): Promise<void>;
  /**
   * Moves one slot to another master the way `redis-cli --cluster reshard` does: IMPORTING on the
   * target, MIGRATING on the source, its keys MIGRATEd `batch` at a time (clients meanwhile get
   * ASK and TRYAGAIN), then every master told the new owner. Resolves to the number of keys moved.
   */
  migrateSlot(
    slot: number,
    to: ClusterNode,
    options?: { batch?: number; pauseMs?: number },
  ): Promise<number>;
  /** Waits until every live node says the cluster is ok and agrees on who serves `slot`. */
  settled(slot: number, ms?: number): Promise<ClusterNode>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  masters?: number;
  /** Replicas per master. */
  replicas?: number;
  /** cluster-node-timeout: how long a silent master has before its replica takes over. */
  nodeTimeoutMs?: number;
  /** requirepass (and masterauth) on every node. */
  password?: string;
  /** TLS only, clients and the cluster bus alike, with these files (see tls.ts). */
  tls?: { ca: string; cert: string; key: string };
}

export async function startCluster(options: ClusterOptions = {}): Promise<TestCluster> {
  const masters = options.masters ?? 3;
  const replicas = options.replicas ?? 0;
  const nodeTimeoutMs = options.nodeTimeoutMs ?? 1000;
  const nodes = (await freePorts(masters * (1 + replicas), true)).map(serverNode);
  const { password, tls } = options;
  const admins = adminPool(password, tls);
  const auth = password ? ["--requirepass", password, "--masterauth", password] : [];
  const tlsArgs = (node: ClusterNode) =>
    tls
      ? [
          ...["--port", "0", "--tls-port", String(node.port), "--tls-cluster", "yes"],
          ...["--tls-replication", "yes", "--tls-auth-clients", "no"],
          ...["--tls-cert-file", tls.cert, "--tls-key-file", tls.key, "--tls-ca-cert-file", tls.ca],
        ]
      : [];
  const live = () => nodes.filter((n) => n.process !== null);

  async function kill(node: ClusterNode): Promise<void> {
    admins.drop(node);
    await killServer(node);
  }

  async function stop(): Promise<void> {
    admins.closeAll();
    await Promise.all(nodes.map(killServer));
    for (const node of nodes) removeDir(node);
  }

  /** Which node serves `slot`, according to `asked`. */
  async function ownerSeenBy(asked: ClusterNode, slot: number): Promise<ClusterNode | undefined> {
    const ranges = await admins.get(asked).cluster("SLOTS");
    const range = ranges.find(([from, to]) => from <= slot && slot <= to);
    return nodes.find((n) => n.port === range?.[2]?.[1]);
  }

  try {
    for (const node of nodes) {
      startServer(node, [
        "--cluster-enabled",
        "yes",
        "--cluster-config-file",
        "nodes.conf",
        "--cluster-node-timeout",
        String(nodeTimeoutMs),
        ...auth,
        ...tlsArgs(node),
      ]);
    }
    await Promise.all(
      nodes.map((n) => until(`node ${n.port} up`, 5000, () => admins.get(n).ping())),
    );
    await run("redis-cli", [
      "--cluster",
      "create",
      ...nodes.map((n) => n.address),
      "--cluster-replicas",
      String(replicas),
      "--cluster-yes",
      ...(password ? ["-a", password, "--no-auth-warning"] : []),
      ...(tls ? ["--tls", "--cacert", tls.ca] : []),
    ]);
    await until("cluster ok on every node", 15_000, async () => {
      for (const node of nodes) {
        const info = String(await admins.get(node).cluster("INFO"));
        if (!info.includes("cluster_state:ok")) return false;
        if (!info.includes(`cluster_known_nodes:${nodes.length}`)) return false;
        const replication = await admins.get(node).info("replication");
        if (replication.includes("role:slave") && !replication.includes("master_link_status:up")) {
          return false;
        }
      }
      return true;
    });
  } catch (err) {
    await stop();
    throw err;
  }

  async function migrateSlot(
    slot: number,
    to: ClusterNode,
    { batch = 10, pauseMs = 0 }: { batch?: number; pauseMs?: number } = {},
  ): Promise<number> {
    const from = await ownerSeenBy(live()[0] as ClusterNode, slot);
    if (!from || from === to) throw new Error(`slot ${slot} is not on another master`);
    const source = admins.get(from);
    const target = admins.get(to);
    const sourceId = await source.cluster("MYID");
    const targetId = await target.cluster("MYID");
    await target.cluster("SETSLOT", slot, "IMPORTING", sourceId);
    await source.cluster("SETSLOT", slot, "MIGRATING", targetId);
    let moved = 0;
    for (;;) {
      const keys = (await source.cluster("GETKEYSINSLOT", slot, batch)) as string[];
      if (keys.length === 0) break;
      moved += keys.length;
      await source.migrate("127.0.0.1", to.port, "", 0, 5000, "KEYS", ...keys);
      if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
    }
    // The target first, then the source, then the other masters, as redis-cli does.
    await target.cluster("SETSLOT", slot, "NODE", targetId);
    await source.cluster("SETSLOT", slot, "NODE", targetId);
    for (const node of live()) {
      if (node === from || node === to) continue;
      const role = await admins.get(node).info("replication");
      if (role.includes("role:master"))
        await admins.get(node).cluster("SETSLOT", slot, "NODE", targetId);
    }
    return moved;
  }

  return {
    nodes,
    admin: (node) => admins.get(node),
    migrateSlot,
    kill,
    async masterOf(slot) {
      const owner = await ownerSeenBy(live()[0] as ClusterNode, slot);
      if (!owner) throw new Error(`no node serves slot ${slot}`);
      return owner;
    },
    settled(slot, ms = 15_000) {
      return until(`cluster settled on slot ${slot}`, ms, async () => {
        const owners = new Set<ClusterNode | undefined>();
        for (const node of live()) {
          const info = String(await admins.get(node).cluster("INFO"));
          if (!info.includes("cluster_state:ok")) return false;
          owners.add(await ownerSeenBy(node, slot));
        }
        const [owner] = owners;
        return owners.size === 1 && owner?.process ? owner : false;
      });
    },
    stop,
  };
}
