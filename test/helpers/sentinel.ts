// A primary, its replica and one Sentinel watching them, each a redis-server child of the test on
// free loopback ports in its own temp directory (never the shared Redis on 6379).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
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

export const SENTINEL_NAME = "triage-primary";

export interface TestSentinel {
  readonly primary: ServerNode;
  readonly replica: ServerNode;
  readonly sentinel: ServerNode;
  admin(node: ServerNode): Redis;
  /** Kills a node (SIGKILL, as a crash) and waits for it to exit. */
  kill(node: ServerNode): Promise<void>;
  /** The port of the primary the Sentinel names now. */
  primaryPort(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * `failover: false` skips the wait (a few seconds) for the Sentinel to discover the replica, which
 * only a test that kills the primary needs.
 */
export async function startSentinel({
  downAfterMs = 1000,
  failover = true,
} = {}): Promise<TestSentinel> {
  const [primary, replica, sentinel] = (await freePorts(3)).map(serverNode) as [
    ServerNode,
    ServerNode,
    ServerNode,
  ];
  const nodes = [primary, replica, sentinel];
  const admins = adminPool();
  async function stop(): Promise<void> {
    admins.closeAll();
    await Promise.all(nodes.map(killServer));
    for (const node of nodes) removeDir(node);
  }
  const primaryPort = async () => {
    const [, port] = (await admins
      .get(sentinel)
      .call("SENTINEL", "GET-MASTER-ADDR-BY-NAME", SENTINEL_NAME)) as [string, string];
    return Number(port);
  };
  try {
    startServer(primary);
    startServer(replica, ["--replicaof", "127.0.0.1", String(primary.port)]);
    // The Sentinel learns of replicas from the primary's INFO, read every 10 s: it starts once the
    // replica is attached, so its first read finds it.
    await until("replica attached", 10_000, async () =>
      (await admins.get(replica).info("replication")).includes("master_link_status:up"),
    );
    // Sentinel rewrites its config file, so it gets one of its own in its directory.
    const conf = join(sentinel.dir, "sentinel.conf");
    writeFileSync(
      conf,
      [
        `sentinel monitor ${SENTINEL_NAME} 127.0.0.1 ${primary.port} 1`,
        `sentinel down-after-milliseconds ${SENTINEL_NAME} ${downAfterMs}`,
        `sentinel failover-timeout ${SENTINEL_NAME} 3000`,
        "",
      ].join("\n"),
    );
    startServer(sentinel, ["--sentinel"], conf);
    await until(
      "sentinel names the primary",
      5000,
      async () => (await primaryPort()) === primary.port,
    );
    await until("sentinel sees the replica", 15_000, async () => {
      if (!failover) return true;
      const replicas = (await admins
        .get(sentinel)
        .call("SENTINEL", "REPLICAS", SENTINEL_NAME)) as unknown[];
      return replicas.length === 1;
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    primary,
    replica,
    sentinel,
    admin: (node) => admins.get(node),
    async kill(node) {
      admins.drop(node);
      await killServer(node);
    },
    primaryPort,
    stop,
  };
}
