// A stepped turn on the real Redis pacer: a near turn is slept for; a far one is reserved (the job
// keeps its place in the line) and rejects, and the job's next run takes that same turn; once it has
// passed, a new one is reserved.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { createPacer } from "../src/pacer.ts";
import { steppedTurn, TurnLater } from "../src/stepped-turn.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const redis = connect();
const prefix = freshPrefix("stepped-turn");
const keys = createKeys(prefix);
const pacer = createPacer(redis);
const BUCKET = "member-edit:1";
const key = keys.pace("discord", BUCKET);

afterEach(async () => {
  await dropPrefix(redis, prefix);
});
afterAll(async () => {
  await redis.quit();
});

/** What a turn did: slept (resolved) or stepped back, with the turn it reserved. */
async function outcome(turn: Promise<void>): Promise<"slept" | TurnLater> {
  try {
    await turn;
    return "slept";
  } catch (err) {
    if (err instanceof TurnLater) return err;
    throw err;
  }
}

describe("a stepped turn", () => {
  it("sleeps for a turn within the bound", async () => {
    const turn = steppedTurn(pacer, keys, "discord", undefined, 1000);
    expect(await outcome(turn(BUCKET, 100))).toBe("slept");
    expect(await outcome(turn(BUCKET, 100))).toBe("slept");
  });

  it("reserves a far turn and rejects; the next run takes that turn, not a later one", async () => {
    // A campaign's line: ten turns of 200 ms.
    for (let i = 0; i < 10; i++) await pacer.take(key, 200);
    const first = await outcome(steppedTurn(pacer, keys, "discord", undefined, 500)(BUCKET, 200));
    if (!(first instanceof TurnLater)) throw new Error("expected to step back");
    expect(first.turn.key).toBe(key);
    expect(first.turn.at - Date.now()).toBeGreaterThan(1500);
    // Its place is kept: whoever comes next is lined up after it.
    const next = Date.now() + (await pacer.take(key, 200));
    expect(next).toBeGreaterThanOrEqual(first.turn.at + 200 - 5);

    // Run again too early: still too far, so it steps back again with the same turn.
    const again = await outcome(steppedTurn(pacer, keys, "discord", first.turn, 500)(BUCKET, 200));
    expect(again instanceof TurnLater && again.turn).toEqual(first.turn);
    // Run again shortly before it: sleeps until that turn, reserving nothing more.
    await new Promise((r) => setTimeout(r, first.turn.at - Date.now() - 400));
    const before = await redis.get(key);
    expect(await outcome(steppedTurn(pacer, keys, "discord", first.turn, 500)(BUCKET, 200))).toBe(
      "slept",
    );
    expect(Date.now()).toBeGreaterThanOrEqual(first.turn.at);
    expect(await redis.get(key)).toBe(before);
  });

  it("reserves a new turn once the held one has passed", async () => {
    const held = { key, at: Date.now() - 1 };
    const before = Number((await redis.get(key)) ?? 0);
    expect(await outcome(steppedTurn(pacer, keys, "discord", held, 500)(BUCKET, 200))).toBe(
      "slept",
    );
    expect(Number(await redis.get(key))).toBeGreaterThan(before);
  });
});
