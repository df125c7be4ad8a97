// `npm start` as a user runs it: a real process, piped input, real Redis.
import { afterAll, describe, expect, it } from "vitest";
import { startMain } from "./helpers/main-process.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const prefix = freshPrefix("main");

async function run(env: Record<string, string>, input: string) {
  const { child, out, exited } = startMain(prefix, env);
  child.stdin.end(input);
  const code = await exited;
  return { code, ...out };
}

afterAll(async () => {
  const redis = connect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("npm start", () => {
  it("triages piped lines, reports a bad one, and exits 0 when input ends", async () => {
    const result = await run(
      { PORT: "0" },
      'would you mix my EP in April? budget is $900\n{"text": \nany tips for getting started with mastering?\n',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { lines: number[] });
    // Plain lines piped at once are one (nameless) sender's burst: one conversation.
    expect(lines.map((l) => l.lines)).toEqual([[1, 3]]);
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
  }, 30_000);

  it("shuts down cleanly on SIGTERM while waiting for input", async () => {
    const { child, out, exited } = startMain(prefix, { PORT: "0", LOG_LEVEL: "info" });
    child.stdin.write("any tips for getting started with mastering?\n");
    // The start alone may take 10 s on a loaded 2-core machine (over 20 s at a load of 9), and the
    // line waits out the 2 s conversation window: a deadline, not a count of polls.
    for (const deadline = Date.now() + 45_000; !out.stdout.includes("\n"); ) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(JSON.parse(out.stdout).line).toBe(1);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out.stderr).toContain("collab-triage stopped");
  }, 60_000);

  it("refuses a malformed variable with a message naming it", async () => {
    const result = await run({ PORT: "seventy" }, "");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("PORT: must be a port number");
  }, 30_000);

  it("runs the demo in keys of its own and leaves none behind, so a second run starts afresh", async () => {
    const redis = connect();
    try {
      // The user's own keys under QUEUE_PREFIX stay as they were.
      await redis.set(`{${prefix}}:mine`, "kept");
      for (let run = 1; run <= 2; run++) {
        // `npm run demo` first, then CONSOLE_MODE=demo (the Docker image's default): the same.
        const { child, out, exited } =
          run === 1
            ? startMain(prefix, {}, 40_000, ["--demo"])
            : startMain(prefix, { CONSOLE_MODE: "demo" }, 40_000);
        child.stdin.end();
        expect(await exited).toBe(0);
        // Each of the inbox's twenty senders on a card of one message: none joined a card of
        // the run before (nobody decided those, so on a shared prefix they would still pend).
        expect(out.stdout.match(/^From: /gm)).toHaveLength(20);
        expect(out.stdout).not.toMatch(/^Messages: /m);
        expect(await redis.keys(`{${prefix}-demo-*`)).toEqual([]);
      }
      expect(await redis.get(`{${prefix}}:mine`)).toBe("kept");
    } finally {
      await redis.quit();
    }
  }, 90_000);

  it("says in one line how to start Redis when it cannot reach it", async () => {
    const result = await run({ REDIS_URL: "redis://user:hunter2@127.0.0.1:1" }, "");
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /cannot reach Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1 .*redis-server/,
    );
    expect(result.stderr).not.toContain("hunter2");
  }, 30_000);
});
