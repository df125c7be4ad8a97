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

  it("names each line that is not a setting, never its text, and still applies the others", async () => {
    const model = join(cwd, "after-bad-line.json");
    writeFileSync(
      join(cwd, ".env"),
      `my password is hunter2\nMODEL_PATH=${model}\n=hunter3\n# a comment\n\nQUOTED="two\nlines"\n`,
    );
    const { code, stderr } = await runBin(["classify", "hi"], cwd);
    expect(stderr).toContain("collab-triage: .env:1: not a NAME=value setting; ignored\n");
    expect(stderr).toContain("collab-triage: .env:3: not a NAME=value setting; ignored\n");
    expect(stderr.match(/not a NAME=value setting/g)).toHaveLength(2);
    expect(stderr).not.toContain("hunter");
    // The line after a bad one is read as the setting it is (Node's parser joined the two).
    expect(code).toBe(1);
    expect(stderr).toContain(`MODEL_PATH=${model}: the file does not exist`);
  });
});
