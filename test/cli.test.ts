import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { SHIPPED_MODEL } from "../classifiers/local.ts";
import { main } from "../src/cli/main.ts";
import { createKeys } from "../src/keys.ts";
import { modelId } from "../src/model-id.ts";
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

/** A small corpus (the first 40 items of each label), so a retrain takes a second, not minutes. */
function smallCorpus(): string {
  const out = join(dir, "corpus");
  const seen = new Map<string, number>();
  const rows = loadExamples(CORPUS_DIR).filter((e) => {
    seen.set(e.label, (seen.get(e.label) ?? 0) + 1);
    return (seen.get(e.label) ?? 0) <= 40;
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "small.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
  return out;
}

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
    expect(stderr).toMatch(/needs the message/);
  });

  it("blames --model, not MODEL_PATH, when the file given with --model is missing", async () => {
    const { code, stderr } = await run(["classify", "hi", "--model", join(dir, "none.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain(`--model ${join(dir, "none.json")}: the file does not exist`);
    expect(stderr).not.toContain("MODEL_PATH");
  });

  it("reads MODEL_PATH when there is no --model, and names it when the file is missing", async () => {
    const { code, stderr } = await run(["classify", "hi"], { MODEL_PATH: join(dir, "gone.json") });
    expect(code).toBe(1);
    expect(stderr).toContain(`MODEL_PATH=${join(dir, "gone.json")}: the file does not exist`);
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

  async function store(pfx: string, rows: Array<[string, string]>) {
    const at = new Date().toISOString();
    for (const [text, label] of rows) {
      await redis.zadd(
        createKeys(pfx).corrections,
        Date.parse(at),
        JSON.stringify({ text, label, platform: "discord", context: "dm", at }),
      );
    }
  }

  it("retrains when it beats the model in use on held-back corrections, keeps the previous model, and rollback restores it", async () => {
    // Offers that read as collaborations but that reviewers keep calling spam (a known scam
    // domain): the shipped model gets them wrong; a model that learned from the others does not.
    const corrections = Array.from(
      { length: 24 },
      (_, i) =>
        [
          `hi! would you like to collaborate on a paid remix, budget $${300 + i * 10}? details on zentrivox dot net`,
          "spam",
        ] as [string, string],
    );
    await store(prefix, corrections);
    const model = join(dir, "model.json");
    copyFileSync(SHIPPED_MODEL, model);
    const original = readFileSync(model, "utf8");

    const env = { REDIS_URL, QUEUE_PREFIX: prefix };
    const trained = await run(
      ["train", "--include-corrections", "--model", model, "--corpus", smallCorpus(), "--json"],
      env,
    );
    expect(trained.stderr).toBe("");
    expect(trained.code).toBe(0);
    const outcome = JSON.parse(trained.stdout);
    expect(outcome.decided).toBe(true);
    expect(outcome.corrections).toBe(corrections.length);
    expect(outcome.current.path).toBe(model);
    expect(outcome.current.correct).toBeLessThan(outcome.candidate.correct);
    expect(outcome.replaced).toBe(true);
    const retrained = readFileSync(model, "utf8");
    expect(JSON.parse(retrained).meta.examples).toBe(120 + corrections.length);
    expect(outcome.candidate.id).toBe(modelId(retrained));
    expect(readFileSync(join(dir, "model.prev.json"), "utf8")).toBe(original);

    const rolled = await run(["model", "rollback", "--model", model]);
    expect(rolled.code).toBe(0);
    expect(readFileSync(model, "utf8")).toBe(original);
  }, 30_000);

  it("keeps the model in use when the retrained one does no better on the held-back corrections", async () => {
    // Relabels the model in use already agrees with: nothing to gain.
    const pfx = freshPrefix("cli-keep");
    await store(
      pfx,
      Array.from(
        { length: 20 },
        (_, i) =>
          [`@everyone free nitro for ${i + 2} months: dlscord-gift.com/claim${i}`, "spam"] as [
            string,
            string,
          ],
      ),
    );
    const target = join(dir, "keep", "model.json");
    const { code, stdout } = await run(
      ["train", "--include-corrections", "--model", target, "--corpus", smallCorpus(), "--json"],
      { REDIS_URL, QUEUE_PREFIX: pfx },
    );
    await dropPrefix(redis, pfx);
    expect(code).toBe(0);
    const outcome = JSON.parse(stdout);
    expect(outcome).toMatchObject({ decided: true, replaced: false });
    expect(outcome.current.correct).toBe(20);
    expect(outcome.summary).toMatch(/^kept the current model/);
    expect(existsSync(target)).toBe(false);
  });

  it("says a handful of corrections is too few to decide, and writes nothing", async () => {
    const pfx = freshPrefix("cli-few");
    await store(pfx, [
      ["hola! vendo seguidores reales para tu canal", "spam"],
      ["would you score the trailer for our indie game? paid, due in June", "collaboration"],
    ]);
    const target = join(dir, "few", "model.json");
    const { code, stdout } = await run(["train", "--include-corrections", "--model", target], {
      REDIS_URL,
      QUEUE_PREFIX: pfx,
    });
    await dropPrefix(redis, pfx);
    expect(code).toBe(0);
    expect(stdout).toMatch(/too few corrections to decide: 2 \(at least 20/);
    expect(stdout).toContain(SHIPPED_MODEL);
    expect(existsSync(target)).toBe(false);
  });

  it("writes to MODEL_PATH, else to the data folder, never into classifiers/model/", async () => {
    const pfx = freshPrefix("cli-where");
    await store(pfx, [["hola! vendo seguidores reales para tu canal", "spam"]]);
    const env = { REDIS_URL, QUEUE_PREFIX: pfx };
    const fromEnv = await run(["train", "--include-corrections", "--json"], {
      ...env,
      MODEL_PATH: join(dir, "env-model.json"),
    });
    const data = join(dir, "xdg");
    const fromData = await run(["train", "--include-corrections", "--json"], {
      ...env,
      XDG_DATA_HOME: data,
    });
    const shipped = await run(
      ["train", "--include-corrections", "--model", join(dirname(SHIPPED_MODEL), "mine.json")],
      env,
    );
    await dropPrefix(redis, pfx);
    expect(JSON.parse(fromEnv.stdout).modelPath).toBe(join(dir, "env-model.json"));
    expect(JSON.parse(fromData.stdout).modelPath).toBe(join(data, "collab-triage", "model.json"));
    expect(shipped.code).toBe(1);
    expect(shipped.stderr).toMatch(/--model: .*shipped model's folder, which git tracks/);
  });

  it("warns when MODEL_PATH names a file no retrain has written yet, since the bot cannot start with it", async () => {
    const pfx = freshPrefix("cli-note");
    await store(pfx, [["hola! vendo seguidores reales para tu canal", "spam"]]);
    const missing = join(dir, "not-yet.json");
    const { stdout } = await run(["train", "--include-corrections"], {
      REDIS_URL,
      QUEUE_PREFIX: pfx,
      MODEL_PATH: missing,
    });
    await dropPrefix(redis, pfx);
    expect(stdout).toContain(`MODEL_PATH=${missing} does not exist yet`);
  });

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
