import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config.ts";
import { configRefusal } from "./helpers/config.ts";

function problems(env: Record<string, string>): string[] {
  return configRefusal(env).problems;
}

describe("config", () => {
  it("starts with no variables at all, on the documented defaults", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      REDIS_URL: "redis://127.0.0.1:6379",
      QUEUE_PREFIX: "triage",
      PORT: 3000,
      RETENTION_DAYS: 30,
      ROLE: "all",
      CLASSIFIER: "local",
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("names a malformed variable and what it got", () => {
    expect(problems({ PORT: "70000" })).toEqual(['PORT: must be 0-65535 (got "70000")']);
    expect(problems({ RETENTION_DAYS: "soon" })[0]).toMatch(/^RETENTION_DAYS: must be a number/);
    expect(problems({ REDIS_URL: "localhost:6379" })[0]).toMatch(
      /^REDIS_URL: must start with redis:\/\//,
    );
    expect(problems({ ROLE: "everything" })[0]).toMatch(/^ROLE: /);
  });

  it("names a variable that another one makes required", () => {
    expect(problems({ CLASSIFIER: "cascade" })[0]).toMatch(/LLM_BASE_URL and LLM_MODEL: required/);
  });

  it("never echoes a secret's value back", () => {
    const lines = problems({
      LLM_API_KEY: "sk-live-secret",
      CLASSIFIER: "llm",
      LLM_BASE_URL: "nope",
    });
    expect(lines.join("\n")).not.toContain("sk-live-secret");
    expect(lines[0]).toMatch(/^LLM_BASE_URL: /);
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ PORT: "", OWNER_NAME: "" }).PORT).toBe(3000);
  });
});
