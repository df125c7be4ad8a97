// One hash and the lists beside it, read in one atomic step: a message attached between two reads
// would leave them out of step. A script rather than MULTI: ioredis builds a pipeline object for
// each MULTI and copies every script defined on the connection onto it (BullMQ defines dozens on
// the one we share with it), which made these reads a visible part of each message's CPU.
import { type LuaScript, lua } from "./lua.ts";
import type { RedisClient } from "./redis.ts";

// KEYS: the hash, then the lists. Returns {hash as field/value pairs, list, list...}.
const READ = `
local out = {redis.call('HGETALL', KEYS[1])}
for i = 2, #KEYS do out[i] = redis.call('LRANGE', KEYS[i], 0, -1) end
return out
`;

export interface ReadTogether {
  hash: Record<string, string>;
  lists: string[][];
}

export function readTogether(
  redis: RedisClient,
): (hashKey: string, listKeys: string[]) => Promise<ReadTogether> {
  const script: LuaScript = lua(redis, READ);
  return async (hashKey, listKeys) => {
    const [pairs, ...lists] = (await script([hashKey, ...listKeys], [])) as string[][];
    const hash: Record<string, string> = {};
    const flat = pairs ?? [];
    for (let i = 0; i + 1 < flat.length; i += 2) hash[flat[i] as string] = flat[i + 1] as string;
    return { hash, lists: listKeys.map((_, i) => lists[i] ?? []) };
  };
}
