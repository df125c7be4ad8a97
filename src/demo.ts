// `npm run demo` runs under a key prefix of its own and removes its keys when it ends. On the
// user's prefix, a second run's messages would join the first run's conversations (still pending:
// nobody decided them), and the demo's reviews would sit among the real ones.
import { randomBytes } from "node:crypto";
import { Cluster } from "ioredis";
import { createKeys } from "./keys.ts";
import { createRedis, type RedisClient, type RedisSettings } from "./redis.ts";

/** A prefix for one demo run: the user's, marked as the demo's, and new each run. */
export function demoPrefix(base: string): string {
  return `${base}-demo-${randomBytes(4).toString("hex")}`;
}

/** Deletes every key under the prefix's hash tag (one slot: in a cluster, one master holds them). */
export async function dropPrefixKeys(redis: RedisClient, prefix: string): Promise<number> {
  const servers = redis instanceof Cluster ? redis.nodes("master") : [redis];
  const pattern = `${createKeys(prefix).tag}*`;
  let dropped = 0;
  for (const server of servers) {
    let cursor = "0";
    do {
      const [next, keys] = await server.scan(cursor, "MATCH", pattern, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) dropped += await server.unlink(...keys);
    } while (cursor !== "0");
  }
  return dropped;
}

/** The same, on a connection of its own (the app's are closed by then). */
export async function clearDemo(settings: RedisSettings, prefix: string): Promise<void> {
  const redis = createRedis(settings);
  try {
    await dropPrefixKeys(redis, prefix);
  } finally {
    await redis.quit();
  }
}
