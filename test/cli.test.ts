import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHIPPED_MODEL } from "../classifiers/local.ts";
import { main } from "../src/cli/main.ts";
import { createKeys } from "../src/keys.ts";
import { connect, dropPrefix, freshPrefix, REDIS_URL } from "./helpers/redis.ts";

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(argv, io, env);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "ct-cli-"));

describe("collab-triage classify", () => {
  it("prints one JSON classification with --json", async () => {
    const { code, stdout } = await run([
      "classify",
      "--json",
      "@everyone free nitro: dlscord-gift.com/claim",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.label).toBe("spam");
    expect(Object.keys(result.scores).sort()).toEqual([
      "collaboration",
      "feedback_request",
      "spam",
    ]);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it("refuses a missing text with usage and exit 2", async () => {
    const { code, stderr } = await run(["classify"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/needs the text/);
  });

  it("names the path and npm run train when the model is missing", async () => {
    const { code, stderr } = await run(["classify", "hi", "--model", join(dir, "none.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, "none.json"));
    expect(stderr).toContain("npm run train");
  });
});

describe("collab-triage eval", () => {
  it("prints accuracy, macroF1, mcc, labels and confusion with --json", async () => {
    const file = join(dir, "eval.jsonl");
    writeFileSync(
      file,
      [
        { text: "@everyone free nitro: dlscord-gift.com/claim", label: "spam" },
        {
          text: "what do you think of my mix? any tips on the low end?",
          label: "feedback_request",
        },
        {
          text: "would you be up for a paid remix of my track in May? budget $500",
          label: "collaboration",
        },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const { code, stdout } = await run(["eval", file, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).sort()).toEqual([
      "accuracy",
      "confusion",
      "labels",
      "macroF1",
      "mcc",
    ]);
    expect(Object.keys(report.labels.spam).sort()).toEqual([
      "f1",
      "precision",
      "recall",
      "support",
    ]);
  });

  it("scores a two-label file spam vs the rest", async () => {
    const file = join(dir, "sms.txt");
    writeFileSync(
      file,
      "spam\t@everyone free nitro dlscord-gift.com/claim\nham\twhat do you think of my mix?\n",
    );
    const { code, stdout } = await run(["eval", file, "--format", "sms", "--json"]);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout).confusion).sort()).toEqual(["ham", "spam"]);
  });

  it("fails on a bad file with the line number and a non-zero exit", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"text":"ok","label":"spam"}\n{"text":"no label"}\n');
    const { code, stderr } = await run(["eval", file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2:`);
  });
});

describe("collab-triage train --include-corrections and model rollback", () => {
  let redis: Redis;
  const prefix = freshPrefix("cli");
  beforeAll(() => {
    redis = connect();
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
    await redis.quit();
  });

  it("retrains on corpus + corrections, keeps the previous model, and rollback restores it", async () => {
    const model = join(dir, "model.json");
    copyFileSync(SHIPPED_MODEL, model);
    const original = readFileSync(model, "utf8");
    const at = new Date().toISOString();
    const corrections = [
      ["hola! vendo seguidores reales para tu canal, paquetes desde 5 dólares", "spam"],
      ["FREE followers!!! 10k real followers in 24h, dm me for the price list", "spam"],
      ["seguidores baratos, escribe ya por whatsapp", "spam"],
      ["would you score the trailer for our indie game? paid, due in June", "collaboration"],
      [
        "hi, we are a small studio and want to commission three album covers from you",
        "collaboration",
      ],
      ["could we co-write a track together next month? I handle the vocals", "collaboration"],
    ];
    for (const [text, label] of corrections) {
      await redis.zadd(
        createKeys(prefix).corrections,
        Date.parse(at),
        JSON.stringify({ text, label, platform: "discord", context: "dm", at }),
      );
    }

    const env = { REDIS_URL, QUEUE_PREFIX: prefix };
    const trained = await run(["train", "--include-corrections", "--model", model, "--json"], env);
    expect(trained.stderr).toBe("");
    expect(trained.code).toBe(0);
    const outcome = JSON.parse(trained.stdout);
    expect(outcome.corrections).toBe(corrections.length);
    expect(outcome.replaced).toBe(true);
    expect(outcome.candidateMacroF1).toBeGreaterThanOrEqual(
      outcome.baselineMacroF1 - 1 / outcome.heldBack,
    );
    const retrained = readFileSync(model, "utf8");
    expect(retrained).not.toBe(original);
    expect(JSON.parse(retrained).meta.examples).toBe(
      JSON.parse(original).meta.examples + corrections.length,
    );
    expect(readFileSync(join(dir, "model.prev.json"), "utf8")).toBe(original);

    const rolled = await run(["model", "rollback", "--model", model]);
    expect(rolled.code).toBe(0);
    expect(readFileSync(model, "utf8")).toBe(original);
    // Three trainings on the whole corpus (5,800 items) in a child process: ~12 s alone, more
    // beside the rest of the suite on two cores.
  }, 60_000);

  it("says so when there are no corrections", async () => {
    const empty = await run(["train", "--include-corrections", "--model", join(dir, "x.json")], {
      REDIS_URL,
      QUEUE_PREFIX: freshPrefix("cli-empty"),
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no reviewer corrections/);
  });

  it("refuses rollback when no previous model was kept", async () => {
    const { code, stderr } = await run(["model", "rollback", "--model", join(dir, "lonely.json")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no previous model/);
  });
});
