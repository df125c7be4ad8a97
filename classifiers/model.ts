// A trained multinomial logistic regression over the sparse features: scores, calibrated
// probabilities and the reasons a reviewer reads. Training is in train.ts, the file format in
// model-codec.ts; this file only predicts, so it stays fast (no allocation beyond the features).
// Below UNSURE (src/card-words.ts, shared with the cards) the reasons open by saying the model is
// unsure, and of what else.
import { UNSURE } from "../src/card-words.ts";
import { hundredths } from "../src/percent.ts";
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import {
  type FeatureConfig,
  Featurizer,
  type Reading,
  type ScoringWeights,
  type SparseVector,
} from "./features.ts";
import { NAMED } from "./message-features.ts";
import { normalize, surface } from "./normalize.ts";
import { asWritten } from "./reason-words.ts";
import { unknownScriptShare } from "./scripts.ts";

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
  /**
   * The decision rule: `spam` is said only when its probability reaches this, else the likeliest
   * other label (0 = plain argmax). Hiding a genuine message is worse than showing a reviewer a
   * spam card, so spam needs more evidence; probabilities stay as calibrated.
   */
  spamThreshold?: number;
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

/** How much of the model's own answer is kept for a greeting alone (the rest is even odds). */
const NOTHING_TO_GO_ON = 0.3;
/** From this share of its letters in scripts the corpus lacks, a text is one the model cannot read. */
const FOREIGN_SHARE = 0.5;
export const FOREIGN_REASON = "written mostly in letters the model was not trained on";

export class Model {
  readonly labels: string[];
  readonly temperature: number;
  readonly bias: Float64Array;
  #weights: Float32Array | null = null;
  /** The weights predict reads: the hashed rows as int16 (see quantize). */
  readonly scoring: ScoringWeights;
  readonly spamThreshold: number;
  readonly meta: ModelMeta;
  readonly featurizer: Featurizer;
  readonly #spam: number;
  /** Per named feature, its SIGNAL_PRIOR lift while its weights are unlearned, else undefined. */
  readonly #prior: Array<number | undefined>;
  readonly #greetingOnly = NAMED.findIndex((f) => f.id === "greeting_only");
  // "asks you a question" says all that "asks a question" does: one of them is named.
  readonly #question = NAMED.findIndex((f) => f.id === "question");
  readonly #questionToYou = NAMED.findIndex((f) => f.id === "question_to_you");

  constructor(params: ModelParams) {
    this.labels = params.labels;
    this.temperature = params.temperature;
    this.bias = params.bias;
    this.featurizer = new Featurizer(params.features);
    this.scoring = quantize(params.weights, this.featurizer.namedBase, this.labels.length);
    this.spamThreshold = params.spamThreshold ?? 0;
    this.meta = params.meta;
    this.#spam = this.labels.indexOf("spam");
    const c = this.labels.length;
    const learned = (n: number) => {
      for (let k = 0; k < c; k++) if (this.scoring.named[n * c + k] !== 0) return true;
      return false;
    };
    this.#prior = NAMED.map((f, n) => (learned(n) ? undefined : SIGNAL_PRIOR[f.id]));
  }

  /**
   * Row-major dim x labels; the hashed rows hold exactly what `scoring` holds. Made when first
   * asked for (training, saving, logits): predicting reads `scoring` only, and a loaded model
   * need not keep this 3 MB copy.
   */
  get weights(): Float32Array {
    if (this.#weights === null) this.#weights = unquantize(this.scoring, this.featurizer.namedBase);
    return this.#weights;
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
    const extracted = this.featurizer.score(input, signals, this.scoring, z);
    const priors: string[] = [];
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / this.temperature;
    if (this.#spam >= 0) {
      for (const n of extracted.named) {
        const lift = this.#prior[n];
        if (lift === undefined) continue;
        z[this.#spam] = (z[this.#spam] as number) + lift;
        priors.push((NAMED[n] as { phrase: string }).phrase);
      }
    }
    const probs = softmax(z);
    // A greeting alone carries no ask, and a text mostly in letters the model never learned gives
    // it little to read: whatever the weights say, the odds are near even.
    const greeting = extracted.named.includes(this.#greetingOnly);
    const foreign = unknownScriptShare(extracted.surface) >= FOREIGN_SHARE;
    if (greeting || foreign)
      for (let k = 0; k < probs.length; k++)
        probs[k] = NOTHING_TO_GO_ON * (probs[k] as number) + (1 - NOTHING_TO_GO_ON) / probs.length;
    const best = this.decide(probs);
    const label = this.labels[best] as string;
    const reasons = this.explain(extracted, best, best === this.#spam ? priors : []);
    const alone = NAMED[this.#greetingOnly]?.phrase;
    if (greeting && alone && !reasons.includes(alone)) reasons.unshift(alone);
    if (foreign) reasons.unshift(FOREIGN_REASON);
    const confidence = probs[best] as number;
    if (confidence < UNSURE) reasons.unshift(this.#unsure(probs, best));
    return { label, confidence, probs, reasons };
  }

  /** The label index the decision rule picks from calibrated probabilities. */
  decide(probs: readonly number[]): number {
    let best = 0;
    for (let k = 1; k < probs.length; k++)
      if ((probs[k] as number) > (probs[best] as number)) best = k;
    if (best !== this.#spam || (probs[best] as number) >= this.spamThreshold) return best;
    best = best === 0 ? 1 : 0;
    for (let k = 0; k < probs.length; k++)
      if (k !== this.#spam && (probs[k] as number) > (probs[best] as number)) best = k;
    return best;
  }

  /** Named features first (with signal priors), then the words that pushed hardest. */
  explain(extracted: Reading, k: number, priors: string[]): string[] {
    // The three named features that pushed hardest: stable, so ties keep NAMED's order.
    const named: Array<{ n: number; lift: number }> = [];
    const toYou = extracted.named.includes(this.#questionToYou);
    for (const n of extracted.named) {
      if (toYou && n === this.#question) continue;
      const l = this.#lift(this.featurizer.namedBase + n, k);
      // Signals speak through their priors; "came on Discord" explains nothing to a reviewer.
      if (l > 0.05 && !NAMED[n]?.signal && !NAMED[n]?.setting) keepTop(named, { n, lift: l });
    }
    // The words that pushed hardest, kept in place without sorting every word: five, so three
    // are left once words only from a link are dropped.
    const top: Array<{ word: string; lift: number }> = [];
    const { tokens, reasonRows, reasonWeights } = extracted;
    for (let t = 0; t < tokens.length && t < 400; t++) {
      const row = reasonRows[t] as number;
      if (row < 0) continue;
      const word = tokens[t] as string;
      const l = reasonWeights ? this.#wordLift(reasonWeights, t, k) : this.#lift(row, k);
      if (l <= 0.05) continue;
      if (
        top.length === WORD_CANDIDATES &&
        l <= (top[WORD_CANDIDATES - 1] as { lift: number }).lift
      )
        continue;
      let again = false;
      for (let x = 0; x < top.length && !again; x++)
        again = (top[x] as { word: string }).word === word;
      if (!again) keepTop(top, { word, lift: l }, WORD_CANDIDATES);
    }
    const reasons = [...priors];
    for (const x of named) {
      const phrase = NAMED[x.n]?.phrase;
      if (phrase) reasons.push(phrase);
    }
    if (top.length > 0) {
      let words = "";
      let shown = 0;
      for (let x = 0; x < top.length && shown < 3; x++) {
        const word = asWritten((top[x] as { word: string }).word, extracted.surface, fold);
        if (word === null) continue;
        words += `${shown++ > 0 ? ", " : ""}'${word.slice(0, 24)}'`;
      }
      if (shown > 0) reasons.push(`words like ${words}`);
    }
    if (reasons.length === 0) {
      reasons.push(`no single strong sign: the text as a whole reads most like ${this.labels[k]}`);
    }
    return reasons;
  }

  /** "unsure: 0.54, could also be collaboration (0.38)": the card's first reason when unsure. */
  #unsure(probs: readonly number[], best: number): string {
    let second = best === 0 ? 1 : 0;
    for (let k = 0; k < probs.length; k++)
      if (k !== best && (probs[k] as number) > (probs[second] as number)) second = k;
    const other = (this.labels[second] ?? "").replaceAll("_", " ");
    // Rounded down, so 0.598 reads 0.59, not a "0.60" that looks sure enough.
    const shown = (p: number) => (hundredths(p) / 100).toFixed(2);
    if (second === this.#spam && (probs[second] as number) > (probs[best] as number))
      return `unsure: ${shown(probs[best] as number)}; spam is likelier (${shown(probs[second] as number)}) but under the ${shown(this.spamThreshold)} needed to hide a message as spam`;
    return `unsure: ${shown(probs[best] as number)}, could also be ${other} (${shown(probs[second] as number)})`;
  }

  /** #lift of token t's unigram row, from the int16 weights score copied out for reasons. */
  #wordLift(weights: ArrayLike<number>, t: number, k: number): number {
    const c = this.labels.length;
    const scale = this.scoring.scale;
    let mine = 0;
    let others = 0;
    for (let j = 0; j < c; j++) {
      const v = (weights[t * c + j] as number) * (scale[j] as number);
      if (j === k) mine = v;
      else others += v;
    }
    return mine - (c > 1 ? others / (c - 1) : 0);
  }

  /** How much more weight row `row` gives label `k` than the mean of the other labels. */
  #lift(row: number, k: number): number {
    const c = this.labels.length;
    // A word's row is read from the int16 weights; a named feature's from its float row.
    // No closure for the two cases: tsx names each one it creates, a tenth of a prediction.
    const { hashed, scale, named } = this.scoring;
    const base = this.featurizer.namedBase;
    const word = row < base;
    let mine = 0;
    let others = 0;
    for (let j = 0; j < c; j++) {
      const v = word
        ? (hashed[row * c + j] as number) * (scale[j] as number)
        : (named[(row - base) * c + j] as number);
      if (j === k) mine = v;
      else others += v;
    }
    return mine - (c > 1 ? others / (c - 1) : 0);
  }
}

/**
 * Inserts `item` into `top` (highest lift first, at most `max`) after any of equal lift: the
 * order a stable sort of every candidate would give, without sorting them all.
 */
function keepTop<T extends { lift: number }>(top: T[], item: T, max = 3): void {
  let at = top.length;
  while (at > 0 && (top[at - 1] as T).lift < item.lift) at--;
  if (at >= max) return;
  top.splice(at, 0, item);
  if (top.length > max) top.pop();
}

/** Words looked at for a reason, of which three are named. */
const WORD_CANDIDATES = 5;

/** One word as the model reads it (see normalize.ts), to match a reason's token to the text. */
const fold = (word: string) => normalize(surface(word));

/** Per label, the largest hashed weight over 32767: the int16 step the model file stores too. */
export function hashedScale(weights: Float32Array, namedBase: number, c: number): number[] {
  return Array.from({ length: c }, (_, k) => {
    let max = 0;
    for (let i = 0; i < namedBase; i++) max = Math.max(max, Math.abs(weights[i * c + k] as number));
    return max > 0 ? max / 32767 : 1;
  });
}

/**
 * The hashed rows as int16 with one scale per label, as the model file stores them (so a loaded
 * model loses nothing): half the bytes of float32, and a message's scattered reads of 2^18
 * buckets x 3 labels then touch 1.5 MB, not 3. The named features' rows stay float.
 */
function quantize(weights: Float32Array, namedBase: number, c: number): ScoringWeights {
  const scale = Float64Array.from(hashedScale(weights, namedBase, c));
  const hashed = new Int16Array(namedBase * c);
  for (let i = 0; i < namedBase; i++)
    for (let k = 0; k < c; k++) {
      const at = i * c + k;
      hashed[at] = Math.round((weights[at] as number) / (scale[k] as number));
    }
  return { hashed, scale, named: weights.slice(namedBase * c) };
}

/** All the rows as float again, the hashed ones rounded to their int16 steps (see quantize). */
function unquantize({ hashed, scale, named }: ScoringWeights, namedBase: number): Float32Array {
  const c = scale.length;
  const weights = new Float32Array(namedBase * c + named.length);
  for (let i = 0; i < namedBase; i++)
    for (let k = 0; k < c; k++)
      weights[i * c + k] = (hashed[i * c + k] as number) * (scale[k] as number);
  weights.set(named, namedBase * c);
  return weights;
}

export function softmax(z: ArrayLike<number>): number[] {
  const n = z.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) max = Math.max(max, z[k] as number);
  const p: number[] = [];
  if (!Number.isFinite(max)) {
    for (let k = 0; k < n; k++) p.push(1 / n);
    return p;
  }
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp((z[k] as number) - max);
    p.push(e);
    sum += e;
  }
  for (let k = 0; k < n; k++) p[k] = (p[k] as number) / sum;
  return p;
}
