// A Redis of the fault suite's own: redis-server on a free loopback port in a temp directory, with
// an append-only file fsynced every second, as a production Redis would run. It can be killed
// (kill -9) or shut down and started again on the same port and files. Never the shared 6379.
import { Redis } from "ioredis";
import {
  freePorts,
  killServer,
  removeDir,
  type ServerNode,
  serverNode,
  startServer,
  until,
} from "../helpers/redis-servers.ts";

export interface FaultRedis {
  url: string;
  node: ServerNode;
  /** A plain client for the test's own reads. */
  admin: Redis;
  /** SIGKILL, as a crash: what the last second of the AOF held may be gone. */
  kill(): Promise<void>;
  /** SHUTDOWN: Redis writes and fsyncs its AOF, then exits. */
  shutdown(): Promise<void>;
  /** Starts it again on the same port and directory, and waits until it answers. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function faultRedis(): Promise<FaultRedis> {
  const [port] = await freePorts(1);
  const node = serverNode(port as number);
  const admin = new Redis(node.port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 1 });
  admin.on("error", () => {});
  const start = async () => {
    // Later arguments win: persistence on, as production runs it.
    startServer(node, ["--appendonly", "yes", "--appendfsync", "everysec"]);
    await until(`redis ${node.port} up`, 10_000, async () => (await admin.ping()) === "PONG");
  };
  await start();
  return {
    url: `redis://127.0.0.1:${node.port}`,
    node,
    admin,
    kill: () => killServer(node),
    async shutdown() {
      const child = node.process;
      node.process = null;
      if (!child) return;
      const exited = new Promise((r) => child.once("exit", r));
      await admin.call("SHUTDOWN").catch(() => {});
      await exited;
    },
    start,
    async stop() {
      admin.disconnect();
      await killServer(node);
      removeDir(node);
    },
  };
}
