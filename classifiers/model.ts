// A trained multinomial logistic regression over the sparse features: scores, calibrated
// probabilities and the reasons a reviewer reads. Training is in train.ts, the file format in
// model-codec.ts; this file only predicts, so it stays fast (no allocation beyond the features).
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import { type FeatureConfig, Featurizer, type Reading, type SparseVector } from "./features.ts";
import { NAMED } from "./message-features.ts";

export interface ModelMeta {
  seed?: number;
  examples?: number;
  counts?: Record<string, number>;
  trainedAt?: string;
  [key: string]: unknown;
}

export interface ModelParams {
  labels: string[];
  features: FeatureConfig;
  /** Divides the logits; fitted on a held-out fold so probabilities are calibrated. */
  temperature: number;
  bias: Float64Array;
  /** Row-major dim x labels. */
  weights: Float32Array;
  meta: ModelMeta;
}

export interface Prediction {
  label: string;
  confidence: number;
  /** Probabilities by label, in `labels` order; they sum to 1. */
  probs: number[];
  reasons: string[];
}

/**
 * Signals (repeat text to many recipients, account age) never occur in the corpus, so their
 * weights stay zero. Until corrections teach them, they act through this small explicit prior on
 * the spam logit, applied after calibration.
 */
const SIGNAL_PRIOR: Record<string, number> = {
  dup_some: 1.5,
  dup_many: 3,
  account_new: 0.8,
  account_young: 0.3,
};

export class Model {
  readonly labels: string[];
  readonly temperature: number;
  readonly bias: Float64Array;
  readonly weights: Float32Array;
  readonly meta: ModelMeta;
  readonly featurizer: Featurizer;
  readonly #spam: number;
  readonly #learnedNamed: boolean[];

  constructor(params: ModelParams) {
    this.labels = params.labels;
    this.temperature = params.temperature;
    this.bias = params.bias;
    this.weights = params.weights;
    this.meta = params.meta;
    this.featurizer = new Featurizer(params.features);
    this.#spam = this.labels.indexOf("spam");
    const c = this.labels.length;
    const base = this.featurizer.namedBase;
    this.#learnedNamed = NAMED.map((_, n) => {
      for (let k = 0; k < c; k++) if (this.weights[(base + n) * c + k] !== 0) return true;
      return false;
    });
  }

  /** Raw (uncalibrated) logits of a feature vector. */
  logits(vector: SparseVector, out = new Float64Array(this.labels.length)): Float64Array {
    const c = this.labels.length;
    for (let k = 0; k < c; k++) out[k] = this.bias[k] as number;
    const { idx, val } = vector;
    const w = this.weights;
    for (let j = 0; j < idx.length; j++) {
      const row = (idx[j] as number) * c;
      const v = val[j] as number;
      for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (w[row + k] as number) * v;
    }
    return out;
  }

  predict(input: ClassifyInput, signals?: Signals): Prediction {
    const z = new Float64Array(this.labels.length);
    for (let k = 0; k < z.length; k++) z[k] = this.bias[k] as number;
    const extracted = this.featurizer.score(input, signals, this.weights, z);
    const priors: string[] = [];
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / this.temperature;
    if (this.#spam >= 0) {
      for (const n of extracted.named) {
        const f = NAMED[n];
        const lift = f ? SIGNAL_PRIOR[f.id] : undefined;
        if (!f || lift === undefined || this.#learnedNamed[n]) continue;
        z[this.#spam] = (z[this.#spam] as number) + lift;
        priors.push(f.phrase);
      }
    }
    const probs = softmax(z);
    let best = 0;
    for (let k = 1; k < probs.length; k++)
      if ((probs[k] as number) > (probs[best] as number)) best = k;
    const label = this.labels[best] as string;
    const reasons = this.explain(extracted, best, best === this.#spam ? priors : []);
    return { label, confidence: probs[best] as number, probs, reasons };
  }

  /** Named features first (with signal priors), then the words that pushed hardest. */
  explain(extracted: Reading, k: number, priors: string[]): string[] {
    const c = this.labels.length;
    const lift = (row: number) => {
      let others = 0;
      for (let j = 0; j < c; j++) if (j !== k) others += this.weights[row * c + j] as number;
      return (this.weights[row * c + k] as number) - (c > 1 ? others / (c - 1) : 0);
    };
    const named = extracted.named
      .map((n) => ({ n, lift: lift(this.featurizer.namedBase + n) }))
      .filter((x) => x.lift > 0.05 && !NAMED[x.n]?.signal)
      .sort((a, b) => b.lift - a.lift)
      .slice(0, 3)
      .map((x) => NAMED[x.n]?.phrase ?? "");
    // The three words that pushed hardest, kept in place without sorting every word.
    const top: Array<{ word: string; lift: number }> = [];
    const { tokens, reasonRows } = extracted;
    for (let t = 0; t < tokens.length && t < 400; t++) {
      const row = reasonRows[t] as number;
      if (row < 0) continue;
      const word = tokens[t] as string;
      const l = lift(row);
      if (l <= 0.05 || top.some((x) => x.word === word)) continue;
      if (top.length === 3 && l <= (top[2] as { lift: number }).lift) continue;
      top.push({ word, lift: l });
      top.sort((a, b) => b.lift - a.lift);
      if (top.length > 3) top.pop();
    }
    const words = top.map((x) => `'${x.word.slice(0, 24)}'`);
    const reasons = [...priors, ...named.filter(Boolean)];
    if (words.length > 0) reasons.push(`words like ${words.join(", ")}`);
    if (reasons.length === 0) {
      reasons.push(`no single strong sign: the text as a whole reads most like ${this.labels[k]}`);
    }
    return reasons;
  }
}

export function softmax(z: ArrayLike<number>): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < z.length; k++) max = Math.max(max, z[k] as number);
  if (!Number.isFinite(max)) return Array.from({ length: z.length }, () => 1 / z.length);
  const e = Array.from({ length: z.length }, (_, k) => Math.exp((z[k] as number) - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
