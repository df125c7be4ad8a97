// The blind hold-out (bench/holdout) is only worth its score while the model has never seen it:
// no item of it may reach the corpus, as itself or as a near-copy, and every line must read.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadExamples, readDataset } from "../classifiers/datasets.ts";
import { minhash, similarity } from "../src/minhash.ts";
import { SAME_TEXT } from "../src/signals.ts";
import { LABELS } from "../src/types.ts";

const HOLDOUT = fileURLToPath(new URL("../bench/holdout/", import.meta.url));

describe("blind hold-out", () => {
  it("reads every line, with the bot's labels only", () => {
    const data = readDataset(HOLDOUT, { format: "jsonl", labels: LABELS });
    expect(data.bad).toEqual([]);
    expect(data.examples.length).toBeGreaterThanOrEqual(3600);
  });

  it("has no item in the corpus, nor one a campaign would call the same text", () => {
    const corpus = loadExamples(CORPUS_DIR);
    const texts = new Set(corpus.map((e) => e.text.trim().toLowerCase()));
    const signatures = corpus.map((e) => minhash(e.text)).filter((s) => s !== null);
    const found: string[] = [];
    for (const e of loadExamples(HOLDOUT, "jsonl")) {
      const mine = minhash(e.text);
      if (
        texts.has(e.text.trim().toLowerCase()) ||
        (mine && signatures.some((other) => similarity(mine, other) >= SAME_TEXT))
      )
        found.push(e.text.slice(0, 80));
    }
    expect(found).toEqual([]);
  });
});
