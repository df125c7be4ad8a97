// .env.example as shipped: `cp .env.example .env` must change nothing, and it documents every
// core setting.
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { configSchema } from "../src/config.ts";

const text = readFileSync(".env.example", "utf8");

describe(".env.example", () => {
  it("sets no variable: every value is commented out beside its default", () => {
    expect(parseEnv(text)).toEqual({});
  });

  it("names every core setting", () => {
    const missing = Object.keys(configSchema.shape).filter(
      (name) => !new RegExp(`^# ${name}=`, "m").test(text),
    );
    expect(missing).toEqual([]);
  });
});
