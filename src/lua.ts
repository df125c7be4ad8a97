// A Lua script sent once: later calls name it by SHA (EVALSHA), and a Redis that has forgotten it
// (restart, SCRIPT FLUSH, a new replica) gets the source again. In a Redis Cluster both go to the
// node serving the first key's slot, so a script needs at least one key, all under the one hash tag
// (the master that takes over a slot has none of its scripts: NOSCRIPT, then the source).
import { createHash } from "node:crypto";
import type { RedisClient } from "./redis.ts";

export type LuaScript = (keys: string[], args: Array<string | number | Buffer>) => Promise<unknown>;

export function lua(redis: RedisClient, source: string): LuaScript {
  const sha = createHash("sha1").update(source).digest("hex");
  return async (keys, args) => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err as Error).message.startsWith("NOSCRIPT")) throw err;
      return redis.eval(source, keys.length, ...keys, ...args);
    }
  };
}
