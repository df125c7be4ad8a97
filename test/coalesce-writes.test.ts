import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { coalesceWrites } from "../src/coalesce-writes.ts";
import { dropPrefix, freshPrefix, REDIS_URL } from "./helpers/redis.ts";

const prefix = freshPrefix("coalesce");
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
coalesceWrites(redis);
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("coalesceWrites", () => {
  it("holds a tick's commands in one write and still answers each in order", async () => {
    await redis.ping();
    const key = (i: number) => `{${prefix}}:k${i}`;
    const sets = Array.from({ length: 200 }, (_, i) => redis.set(key(i), String(i)));
    // Everything this tick wrote is still held by the socket, to leave in one writev.
    expect(redis.stream.writableCorked).toBe(1);
    const gets = Array.from({ length: 200 }, (_, i) => redis.get(key(i)));
    expect(await Promise.all(sets)).toEqual(Array(200).fill("OK"));
    expect(await Promise.all(gets)).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
    expect(redis.stream.writableCorked).toBe(0);
  });

  it("does the same on the new socket after a reconnect", async () => {
    const before = redis.stream;
    const id = String(await redis.client("ID"));
    const ready = new Promise((resolve) => redis.once("ready", resolve));
    const killer = new Redis(REDIS_URL);
    await killer.client("KILL", "ID", id);
    await killer.quit();
    await ready;
    expect(redis.stream).not.toBe(before);
    const pending = redis.set(`{${prefix}}:after`, "1");
    expect(redis.stream.writableCorked).toBe(1);
    expect(await pending).toBe("OK");
  });
});
