import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { dropPrefixKeys } from "../../src/demo.ts";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** A prefix no other test file uses, so files never see each other's keys. */
export function freshPrefix(name: string): string {
  return `test-${name}-${randomBytes(4).toString("hex")}`;
}

export function connect(): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: null });
}

/** Deletes every key under the prefix's hash tag, as the demo does with its own. */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  await dropPrefixKeys(redis, prefix);
}
