// The blind hold-out (bench/holdout) is only worth its score while the model has never seen it:
// no item of it may reach the corpus, as itself or as a near-copy, and every line must read.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadExamples, readDataset } from "../classifiers/datasets.ts";
import { minhash, SLOTS } from "../src/minhash.ts";
import { SAME_TEXT } from "../src/signals.ts";
import { LABELS } from "../src/types.ts";

const HOLDOUT = fileURLToPath(new URL("../bench/holdout/", import.meta.url));

describe("blind hold-out", () => {
  it("reads every line, with the bot's labels only", () => {
    const data = readDataset(HOLDOUT, { format: "jsonl", labels: LABELS });
    expect(data.bad).toEqual([]);
    expect(data.examples.length).toBeGreaterThanOrEqual(7192);
  });

  it("has no item in the corpus, nor one a campaign would call the same text", () => {
    const corpus = loadExamples(CORPUS_DIR);
    const texts = new Set(corpus.map((e) => e.text.trim().toLowerCase()));
    // Every pair's similarity, counted through an index of each slot's values: the same answer as
    // comparing every pair (which took 20 s on a loaded 2-core machine), for the cost of the matches.
    const bySlot = Array.from({ length: SLOTS }, () => new Map<number, number[]>());
    corpus.forEach((e, index) => {
      const signature = minhash(e.text);
      if (!signature) return;
      signature.forEach((value, slot) => {
        const map = bySlot[slot] as Map<number, number[]>;
        const list = map.get(value);
        if (list) list.push(index);
        else map.set(value, [index]);
      });
    });
    const same = new Uint8Array(corpus.length);
    const found: string[] = [];
    for (const e of loadExamples(HOLDOUT, "jsonl")) {
      same.fill(0);
      let most = 0;
      minhash(e.text)?.forEach((value, slot) => {
        for (const index of bySlot[slot]?.get(value) ?? []) {
          same[index] = (same[index] as number) + 1;
          most = Math.max(most, same[index] as number);
        }
      });
      if (texts.has(e.text.trim().toLowerCase()) || most / SLOTS >= SAME_TEXT)
        found.push(e.text.slice(0, 80));
    }
    expect(found).toEqual([]);
  });
});
