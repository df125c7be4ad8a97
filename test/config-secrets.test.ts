// Passwords ride inside URLs (redis://:pw@host, ?password=): no error message may echo them.
import { describe, expect, it } from "vitest";
import { parseSlackConfig } from "../adapters/slack/config.ts";
import { main } from "../src/cli/main.ts";
import { ConfigError } from "../src/config.ts";
import { redisProblem, safeUrl } from "../src/redis-check.ts";
import { configRefusal } from "./helpers/config.ts";

function problems(env: Record<string, string>): string {
  return configRefusal(env).message;
}

describe("safeUrl", () => {
  it("hides the user info and keeps scheme, host, port and db", () => {
    expect(safeUrl("redis://:hunter2@db.internal:6379/2")).toBe("redis://***@db.internal:6379/2");
    expect(safeUrl("rediss://bob:hunter2@db.internal")).toBe("rediss://***@db.internal");
    expect(safeUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
  });

  it("hides passwords holding @, / or ?, and passwords in the query", () => {
    for (const url of [
      "redis://:hun@ter2@db.internal:6379",
      "redis://:hun/ter2@db.internal:6379",
      "redis://:hun?ter2@db.internal:6379",
      "redis://db.internal:6379/0?password=hunter2",
      "http://127.0.0.1:11434/v1#hunter2",
      ":hunter2@db.internal:6379",
    ]) {
      expect(safeUrl(url)).not.toContain("hunter2");
      expect(safeUrl(url)).not.toContain("ter2");
    }
  });
});

describe("config errors never echo a password inside a URL", () => {
  it("REDIS_URL with another scheme", () => {
    const message = problems({ REDIS_URL: "valkey://:hunter2@db.internal:6379" });
    expect(message).toMatch(/REDIS_URL: must start with redis:\/\//);
    expect(message).not.toContain("hunter2");
    expect(message).toContain('(got "valkey://***@db.internal:6379")');
  });

  it("REDIS_URL without a scheme, and LLM_BASE_URL", () => {
    const message = problems({
      REDIS_URL: ":hunter2@db.internal:6379",
      LLM_BASE_URL: "ht tp://bob:hunter3@llm.internal/v1",
    });
    expect(message).toMatch(/REDIS_URL: /);
    expect(message).toMatch(/LLM_BASE_URL: /);
    expect(message).not.toMatch(/hunter[23]/);
  });

  it("an adapter's URL variable too, since adapters share describeIssues", () => {
    let message = "";
    try {
      parseSlackConfig({
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_SIGNING_SECRET: "s",
        SLACK_REVIEW_CHANNEL_ID: "C1",
        SLACK_REVIEWER_IDS: "U1",
        SLACK_API_URL: "not a url://proxy:hunter4@slack.internal/api/",
      });
    } catch (err) {
      if (err instanceof ConfigError) message = err.message;
    }
    expect(message).toMatch(/SLACK_API_URL: /);
    expect(message).not.toContain("hunter4");
  });
});

describe("Redis errors never echo a password inside REDIS_URL", () => {
  it("collab-triage train --include-corrections on an unreachable Redis", async () => {
    let stderr = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } };
    const code = await main(
      ["train", "--include-corrections", "--model", "/nonexistent/m.json"],
      io,
      {
        REDIS_URL: "redis://:s3cret-pw@127.0.0.1:1",
      },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read corrections from Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1/);
    expect(stderr).not.toContain("s3cret-pw");
  });

  it("the start-up check, with a password holding an @", async () => {
    const problem = await redisProblem({ REDIS_URL: "redis://:s3cret@pw@127.0.0.1:1" }, 500);
    expect(problem).toMatch(/cannot reach Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1/);
    expect(problem).not.toContain("s3cret");
    expect(problem).not.toContain("pw@");
  });
});

describe("a REDIS_URL that ioredis cannot parse", () => {
  it("is refused at start, naming the variable and not the password", () => {
    const message = problems({ REDIS_URL: "redis://:s3/cret@127.0.0.1:1" });
    expect(message).toMatch(/REDIS_URL: is not a valid URL \(percent-encode/);
    expect(message).not.toContain("cret");
    // One line per variable: the scheme check stops before the URL check.
    expect(problems({ REDIS_URL: ":s3/cret@db" }).match(/REDIS_URL/g)).toHaveLength(1);
  });

  it("never reaches a message with its password, even past the config check", async () => {
    const problem = await redisProblem({ REDIS_URL: "redis://:s3/cret@127.0.0.1:1" }, 500);
    expect(problem).toMatch(/^cannot reach Redis at redis:\/\/\*\*\*@127\.0\.0\.1:1 \(/);
    expect(problem).not.toContain("cret");
  });
});
