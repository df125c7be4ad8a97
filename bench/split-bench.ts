// One benchmark recipe for the public spam collections: dedupe, stratified 70/30 split per seed,
// train our trainer and natural's BayesClassifier (the peer baseline) on the same split, test both.
import { evaluate } from "../classifiers/metrics.ts";
import { stratifiedSplit } from "../classifiers/random.ts";
import { type Example, type TrainOptions, trainModel } from "../classifiers/train.ts";
import { f3, mean } from "./shared-data.ts";

// natural pulls in dotenv, which otherwise prints advertising lines into the benchmark output.
process.env.DOTENV_CONFIG_QUIET = "true";
// Imported by a computed name so tsc does not type-check natural's own .ts sources.
const NATURAL = "natural";
interface Bayes {
  addDocument(text: string, label: string): void;
  train(): void;
  classify(text: string): string;
}
const natural = ((await import(NATURAL)) as { default: { BayesClassifier: new () => Bayes } })
  .default;

/** BENCH_TRAIN='{"epochs":30}' tries other trainer options; the defaults are what ships. */
const overrides = JSON.parse(process.env.BENCH_TRAIN ?? "{}") as Partial<TrainOptions>;

export interface SplitScores {
  accuracy: number;
  f1: number;
  mcc: number;
  bayesAccuracy: number;
  /** Test-set classification speed, messages per second. */
  ours: number;
  bayes: number;
}

export function runSplits(examples: readonly Example[], seeds: number): SplitScores[] {
  const labels = examples.map((e) => e.label);
  const out: SplitScores[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const split = stratifiedSplit(labels, 0.3, seed);
    const train = split.train.map((i) => examples[i] as Example);
    const test = split.test.map((i) => examples[i] as Example);
    const model = trainModel(train, { ...overrides, seed });
    let t = performance.now();
    const predicted = test.map((e) => model.predict({ text: e.text }).label);
    const ours = test.length / ((performance.now() - t) / 1000);
    const truth = test.map((e) => e.label);
    const order = ["spam", ...[...new Set(labels)].filter((l) => l !== "spam").sort()];
    const r = evaluate(truth, predicted, order);

    const bayes = new natural.BayesClassifier();
    for (const e of train) bayes.addDocument(e.text, e.label);
    bayes.train();
    t = performance.now();
    const bayesPredicted = test.map((e) => bayes.classify(e.text));
    const bayesSpeed = test.length / ((performance.now() - t) / 1000);
    out.push({
      accuracy: r.accuracy,
      f1: r.labels.spam?.f1 ?? 0,
      mcc: r.mcc,
      bayesAccuracy: evaluate(truth, bayesPredicted, order).accuracy,
      ours,
      bayes: bayesSpeed,
    });
  }
  return out;
}

export function summarize(name: string, runs: readonly SplitScores[]): string {
  const m = (k: keyof SplitScores) => mean(runs.map((r) => r[k]));
  return [
    name.padEnd(24),
    f3(m("accuracy")).padStart(8),
    f3(m("f1")).padStart(8),
    f3(m("mcc")).padStart(8),
    f3(m("bayesAccuracy")).padStart(10),
    Math.round(m("ours")).toString().padStart(10),
    Math.round(m("bayes")).toString().padStart(10),
  ].join(" ");
}

export const HEADER = [
  "".padEnd(24),
  "acc".padStart(8),
  "F1 spam".padStart(8),
  "MCC".padStart(8),
  "bayes acc".padStart(10),
  "ours msg/s".padStart(10),
  "bayes msg/s".padStart(10),
].join(" ");
