// The running bot's model: named at start and in /healthz, replaced on SIGHUP or when MODEL_PATH's
// file is replaced, without a restart, and kept when the new file cannot load. Also: the console
// opens no HTTP port unless PORT is set.
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SHIPPED_MODEL } from "../classifiers/local.ts";
import { modelId } from "../src/model-id.ts";
import { startMain } from "./helpers/main-process.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const prefix = freshPrefix("main-reload");
const dir = mkdtempSync(join(tmpdir(), "ct-reload-"));

afterAll(async () => {
  const redis = connect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/**
 * Polls until `ok`, for up to 20 s: the start alone may take 10 s on a loaded 2-core machine (tsx
 * compiling src/, the model loading), and a count of polls stretches with each slow read.
 */
async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, what: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The log lines (JSON on stderr) with this message. */
const logs = (stderr: string, msg: string) =>
  stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === msg);

/** Replaces a file the way a retrain does: written aside, renamed into place. */
function replace(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

describe("the model of a running bot", () => {
  it("is named at start and in /healthz, reloads on SIGHUP and when the file is replaced, and survives a bad file", async () => {
    const modelPath = join(dir, "model.json");
    copyFileSync(SHIPPED_MODEL, modelPath);
    const shipped = readFileSync(SHIPPED_MODEL, "utf8");
    const { child, out, exited } = startMain(
      prefix,
      { PORT: "0", LOG_LEVEL: "info", MODEL_PATH: modelPath },
      30_000,
    );
    const [started] = await until(
      () => logs(out.stderr, "collab-triage started"),
      (l) => l.length > 0,
      "the start",
    );
    expect(logs(out.stderr, "model in use")[0]).toMatchObject({
      model: modelId(shipped),
      path: modelPath,
    });
    const health = async () =>
      (await (await fetch(`http://127.0.0.1:${started?.port}/healthz`)).json()) as {
        model: string;
      };
    expect((await health()).model).toBe(modelId(shipped));

    // Another valid model (the shipped one with a different temperature), then SIGHUP at once,
    // well before the file's next poll.
    const other = JSON.stringify({ ...JSON.parse(shipped), temperature: 0.9 });
    replace(modelPath, other);
    child.kill("SIGHUP");
    await until(health, (h) => h.model === modelId(other), "the new model in /healthz");
    expect(logs(out.stderr, "model reloaded; now in use")[0]).toMatchObject({
      model: modelId(other),
      previous: modelId(shipped),
    });
    expect(
      [
        ...logs(out.stderr, "model reloaded; now in use"),
        ...logs(out.stderr, "model reloaded; unchanged"),
      ].map((l) => l.cause),
    ).toContain("SIGHUP");

    // No signal: the file replaced is enough.
    const third = JSON.stringify({ ...JSON.parse(shipped), temperature: 0.95 });
    replace(modelPath, third);
    await until(health, (h) => h.model === modelId(third), "the third model in /healthz");
    expect(
      logs(out.stderr, "model reloaded; now in use").find((l) => l.model === modelId(third)),
    ).toMatchObject({ cause: "file changed", previous: modelId(other) });

    replace(modelPath, "{ not a model");
    child.kill("SIGHUP");
    await until(
      () => logs(out.stderr, "model reload failed; the previous model stays in use"),
      (l) => l.some((e) => e.cause === "SIGHUP"),
      "the failed reload",
    );
    expect((await health()).model).toBe(modelId(third));

    // It still classifies, with the model it kept.
    child.stdin.write("would you mix my EP in April? budget is $900\n");
    await until(
      () => out.stdout,
      (s) => s.includes("\n"),
      "a result",
    );
    expect(JSON.parse(out.stdout).label).toBe("collaboration");
    child.stdin.end();
    expect(await exited).toBe(0);
  }, 40_000);

  it("the console opens no HTTP port when PORT is not set", async () => {
    const { child, out, exited } = startMain(prefix, { LOG_LEVEL: "info" });
    child.stdin.end("any tips for getting started with mastering?\n");
    expect(await exited).toBe(0);
    expect(logs(out.stderr, "collab-triage started")[0]).toMatchObject({ port: null });
    expect(JSON.parse(out.stdout).line).toBe(1);
  }, 30_000);

  it("a MODEL_PATH that cannot load stops the start in one line naming it", async () => {
    const { child, out, exited } = startMain(prefix, { MODEL_PATH: join(dir, "missing.json") });
    child.stdin.end();
    expect(await exited).toBe(2);
    expect(out.stderr.trim().split("\n")).toEqual([
      `collab-triage: MODEL_PATH=${join(dir, "missing.json")}: the file does not exist (set it to a model file from \`collab-triage train\`, or unset it for the shipped model)`,
    ]);
  }, 30_000);
});
