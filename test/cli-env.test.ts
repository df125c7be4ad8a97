// The installed command as a shell runs it: it reads .env in the working directory, as npm start
// does, and what is set in the environment wins over the file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeys } from "../src/keys.ts";
import { runBin } from "./helpers/cli-process.ts";
import { connect, dropPrefix, freshPrefix, REDIS_URL } from "./helpers/redis.ts";

describe("collab-triage reads .env", () => {
  let redis: Redis;
  const prefix = freshPrefix("cli-env");
  const cwd = mkdtempSync(join(tmpdir(), "ct-cli-env-"));
  beforeAll(async () => {
    redis = connect();
    const at = new Date().toISOString();
    for (const text of ["vendo seguidores", "free followers here", "cheap likes, dm me"]) {
      await redis.zadd(
        createKeys(prefix).corrections,
        Date.now(),
        JSON.stringify({ text, label: "spam", platform: "discord", context: "dm", at }),
      );
    }
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
    await redis.quit();
  });

  it("finds the corrections under QUEUE_PREFIX from .env", async () => {
    writeFileSync(join(cwd, ".env"), `QUEUE_PREFIX=${prefix}\nREDIS_URL=${REDIS_URL}\n`);
    const model = join(cwd, "model.json");
    const { code, stdout } = await runBin(
      ["train", "--include-corrections", "--model", model, "--json"],
      cwd,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).corrections).toBe(3);
  });

  it("takes MODEL_PATH from .env, and the environment over .env", async () => {
    writeFileSync(join(cwd, ".env"), `MODEL_PATH=${join(cwd, "from-dotenv.json")}\n`);
    const fromFile = await runBin(["classify", "hi"], cwd);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain(`MODEL_PATH=${join(cwd, "from-dotenv.json")}`);
    const fromEnv = await runBin(["classify", "hi"], cwd, {
      MODEL_PATH: join(cwd, "from-env.json"),
    });
    expect(fromEnv.stderr).toContain(`MODEL_PATH=${join(cwd, "from-env.json")}`);
  });
});
