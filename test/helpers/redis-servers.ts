// redis-server children of a test, on free loopback ports, each in its own temp directory: the
// parts the cluster and sentinel helpers build from. Only processes started here are ever killed.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

export interface ServerNode {
  readonly port: number;
  /** "127.0.0.1:port", as REDIS_CLUSTER_NODES and REDIS_SENTINELS take it. */
  readonly address: string;
  readonly dir: string;
  process: ChildProcess | null;
}

/** Whether a loopback port can be bound right now. */
function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** `count` consecutive free ports, and (for cluster nodes) their bus ports, 10000 up, free too. */
export async function freePorts(count: number, bus = false): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 9_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    const wanted = bus ? ports.flatMap((p) => [p, p + 10_000]) : ports;
    if ((await Promise.all(wanted.map(free))).every(Boolean)) return ports;
  }
  throw new Error("no free loopback ports for a test Redis");
}

/** Polls `check` until it returns something other than false; its last error says why not. */
export async function until<T>(
  what: string,
  ms: number,
  check: () => Promise<T | false>,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what} not within ${ms} ms${last ? ` (${(last as Error).message})` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function serverNode(port: number): ServerNode {
  return {
    port,
    address: `127.0.0.1:${port}`,
    dir: mkdtempSync(join(tmpdir(), `collab-triage-redis-${port}-`)),
    process: null,
  };
}

/**
 * Starts redis-server for `node` with `args` after the port and directory (a config file first in
 * `args`, when given, as `redis-server file --sentinel` wants it). No persistence unless `args`
 * turn it on (later arguments win): a killed node comes back empty, and nothing is left on disk.
 */
export function startServer(node: ServerNode, args: string[] = [], file?: string): void {
  const child = spawn(
    "redis-server",
    [
      ...(file ? [file] : []),
      "--port",
      String(node.port),
      "--bind",
      "127.0.0.1",
      "--dir",
      node.dir,
      "--save",
      "",
      "--appendonly",
      "no",
      "--loglevel",
      "warning",
      // A replica attaches at once, not after the 5 s Redis waits for others to share the sync.
      "--repl-diskless-sync-delay",
      "0",
      ...args,
    ],
    { stdio: "ignore" },
  );
  child.on("error", () => {});
  node.process = child;
}

/** Kills the node's process (SIGKILL, as a crash) and waits for it to exit. */
export async function killServer(node: ServerNode): Promise<void> {
  const child = node.process;
  node.process = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

export function removeDir(node: ServerNode): void {
  rmSync(node.dir, { recursive: true, force: true });
}

/** Plain connections to nodes for test commands, one per port, all closed by closeAll(). */
export function adminPool(password?: string, tls?: { ca: string }) {
  const clients = new Map<number, Redis>();
  return {
    get(node: ServerNode): Redis {
      let client = clients.get(node.port);
      if (!client) {
        client = new Redis(node.port, "127.0.0.1", {
          maxRetriesPerRequest: 1,
          lazyConnect: true,
          ...(password ? { password } : {}),
          ...(tls ? { tls: { ca: readFileSync(tls.ca) } } : {}),
        });
        client.on("error", () => {});
        clients.set(node.port, client);
      }
      return client;
    },
    drop(node: ServerNode): void {
      clients.get(node.port)?.disconnect();
      clients.delete(node.port);
    },
    closeAll(): void {
      for (const client of clients.values()) client.disconnect();
      clients.clear();
    },
  };
}

/** A plain Redis of the test's own (not the shared one), e.g. to be the wrong kind of Redis. */
export async function startPlainRedis(): Promise<{ node: ServerNode; stop(): Promise<void> }> {
  const [port] = await freePorts(1);
  const node = serverNode(port as number);
  startServer(node);
  const admins = adminPool();
  await until(`redis ${node.port} up`, 5000, () => admins.get(node).ping());
  admins.closeAll();
  return {
    node,
    async stop() {
      await killServer(node);
      removeDir(node);
    },
  };
}
