// .env.example as shipped: `cp .env.example .env` must change nothing, and it documents every
// core setting, once; docker-compose.yml passes each of them on.
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

  it("names each setting once", () => {
    const names = [...text.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe("docker-compose.yml", () => {
  it("passes every setting .env.example names on to the bot", () => {
    const compose = readFileSync("docker-compose.yml", "utf8");
    const forwarded = new Set([...compose.matchAll(/^ {6}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]));
    const names = [...text.matchAll(/^# ([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(names.filter((name) => !forwarded.has(name))).toEqual([]);
  });
});
