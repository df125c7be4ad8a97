// The trainer: multinomial logistic regression on the hashed features, fitted with AdaGrad and
// L2, balanced class weights, and temperature scaling fitted on a held-out fold. Everything
// random comes from the seed, so the same data and seed give the same model bytes.
import type { ClassifyInput } from "../src/ports.ts";
import { type Context, LABELS, type Platform } from "../src/types.ts";
import { conversationInput } from "./conversation.ts";
import {
  DEFAULT_FEATURES,
  type FeatureConfig,
  Featurizer,
  fnv,
  type SparseVector,
} from "./features.ts";
import { Model, softmax } from "./model.ts";
import { stratifiedSplit } from "./random.ts";

export interface Example {
  /** The message, or a conversation's messages joined with "\n". */
  text: string;
  label: string;
  /** A conversation's messages in order, when it has more than one. */
  messages?: string[];
  platform?: Platform;
  context?: Context;
  /** Items written together (one writer, one sitting): cross-validation keeps them in one fold. */
  batch?: string;
  /** Where the example was read, for messages about it. */
  source?: { file: string; line: number };
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** "balanced" weighs each label by n / (labels x its count), so a small label is not drowned. */
  classWeight: "balanced" | "none";
  /** Share held out to fit the temperature (0 = no calibration, temperature 1). */
  calibrationFraction: number;
  /**
   * Spam is said only at this calibrated probability or above (see ModelParams); 0 = argmax.
   * Unset: SPAM_THRESHOLD for a model of the bot's three labels, argmax for any other label set.
   */
  spamThreshold?: number;
  features: FeatureConfig;
  /**
   * L2 on the named features' rows, as a multiple of `l2`. A named feature fires on many messages
   * and alone could carry a decision ("has a link" = spam); held shorter, it leaves the decision to
   * what the message says around it.
   */
  namedL2: number;
}

/**
 * Character n-gram ranges the trainer chooses between on its held-out fold: 3-5 suits longer,
 * multilingual DMs (corpus cross-validation), 2-4 suits very short texts such as comments.
 */
export const FEATURE_CHOICES: readonly FeatureConfig[] = [
  DEFAULT_FEATURES,
  { ...DEFAULT_FEATURES, charMin: 2, charMax: 4 },
];

/**
 * The shipped decision rule's spam threshold, set by what each error costs the owner rather than
 * by a score: a genuine DM hidden as spam (deleted in a watched channel, left unanswered, a paid
 * offer lost) costs about three times a spam card a reviewer rejects with one click. With
 * calibrated probabilities, saying spam is the cheaper call when 3 * (1 - p) <= p: p >= 0.75.
 * bench/spam-threshold.ts checks on the grouped cross-validation that it keeps the other goals.
 * It applies only to models of the bot's labels: a spam/ham model (YouTube, SMS) decides by argmax.
 */
export const SPAM_THRESHOLD = 0.75;

// Chosen by 5-fold cross-validation on the corpus (bench/cv.ts), never on the dev set. 30 epochs
// with namedL2 100, against 20 and 1: grouped macro-F1 0.9421 -> 0.9442 and spam precision
// 0.9777 -> 0.9793 (genuine messages called spam 99, 103, 99 -> 95, 89, 95; fold seeds 42, 7, 99).
export const DEFAULT_TRAIN: TrainOptions = {
  seed: 1,
  epochs: 30,
  learningRate: 0.1,
  l2: 1e-5,
  classWeight: "balanced",
  calibrationFraction: 0.2,
  features: DEFAULT_FEATURES,
  namedL2: 100,
};

/** What the classifier reads of an example: a conversation is built the way the bot builds it. */
export function toInput(e: Example): ClassifyInput {
  const base = {
    ...(e.platform ? { platform: e.platform } : {}),
    ...(e.context ? { context: e.context } : {}),
  };
  return e.messages && e.messages.length > 1
    ? conversationInput(e.messages, base)
    : { text: e.text, ...base };
}

export function trainModel(
  examples: readonly Example[],
  options: Partial<TrainOptions> = {},
): Model {
  const opts: TrainOptions = { ...DEFAULT_TRAIN, ...options };
  if (examples.length === 0) throw new Error("no training examples");
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  if (labels.length < 2) throw new Error(`need at least two labels, got ${labels.join(", ")}`);
  const ys = examples.map((e) => labels.indexOf(e.label));
  const all = examples.map((_, i) => i);
  const keys = examples.map((e) => fnv(`${e.label}\u0000${e.text}`));
  const choices = options.features ? [opts.features] : FEATURE_CHOICES;
  const vectorsOf = (features: FeatureConfig) => {
    const featurizer = new Featurizer(features);
    return {
      dim: featurizer.dim,
      namedBase: featurizer.namedBase,
      vectors: examples.map((e) => featurizer.extract(toInput(e)).vector),
    };
  };

  // On a held-out fold: pick the feature set by calibrated log-loss, and fit the temperature.
  let chosen = {
    features: choices[0] as FeatureConfig,
    temperature: 1,
    loss: Number.POSITIVE_INFINITY,
  };
  let data = vectorsOf(chosen.features);
  if (opts.calibrationFraction > 0 && examples.length >= 30) {
    const split = stratifiedSplit(
      examples.map((e) => e.label),
      opts.calibrationFraction,
      opts.seed ^ 0x5eed,
    );
    const heldYs = split.test.map((i) => ys[i] as number);
    for (const features of choices) {
      const candidate = features === chosen.features ? data : vectorsOf(features);
      const held = fitWeights(
        candidate.dim,
        candidate.namedBase,
        labels.length,
        candidate.vectors,
        ys,
        split.train,
        keys,
        opts,
      );
      const probe = new Model({ labels, features, temperature: 1, ...held, meta: {} });
      const logits = split.test.map((i) => probe.logits(candidate.vectors[i] as SparseVector));
      const temperature = fitTemperature(logits, heldYs);
      const loss = logLoss(logits, heldYs, temperature);
      if (loss < chosen.loss - 1e-9) {
        chosen = { features, temperature, loss };
        data = candidate;
      }
    }
  }
  const { weights, bias } = fitWeights(
    data.dim,
    data.namedBase,
    labels.length,
    data.vectors,
    ys,
    all,
    keys,
    opts,
  );
  const counts = Object.fromEntries(
    labels.map((l) => [l, examples.filter((e) => e.label === l).length]),
  );
  return new Model({
    labels,
    features: chosen.features,
    temperature: chosen.temperature,
    spamThreshold: opts.spamThreshold ?? (isBotLabels(labels) ? SPAM_THRESHOLD : 0),
    weights,
    bias,
    meta: {
      seed: opts.seed,
      examples: examples.length,
      counts,
      epochs: opts.epochs,
      learningRate: opts.learningRate,
      l2: opts.l2,
      namedL2: opts.namedL2,
    },
  });
}

/** The bot's own label set (sorted, as trainModel sorts them). */
function isBotLabels(labels: readonly string[]): boolean {
  const bot = [...LABELS].sort();
  return labels.length === bot.length && labels.every((l, i) => l === bot[i]);
}

function fitWeights(
  dim: number,
  /** The first named feature's row (the featurizer's): rows from it on get `namedL2`. */
  namedBase: number,
  c: number,
  vectors: readonly SparseVector[],
  ys: readonly number[],
  rows: readonly number[],
  keys: readonly number[],
  opts: TrainOptions,
): { weights: Float32Array; bias: Float64Array } {
  const weights = new Float32Array(dim * c);
  const g2 = new Float32Array(dim * c);
  const bias = new Float64Array(c);
  const gb2 = new Float64Array(c);
  const classWeight = balancedWeights(
    rows.map((i) => ys[i] as number),
    c,
    opts.classWeight,
  );
  const order = [...rows];
  const rank = new Float64Array(keys.length);
  const z = new Float64Array(c);
  const g = new Float64Array(c);
  const { learningRate: lr, l2 } = opts;
  const namedFrom = namedBase * c;
  const namedL2 = l2 * opts.namedL2;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    // Each epoch visits the examples in an order set by hashing (seed, epoch, text): seeded and
    // random-looking, yet adding examples keeps the others' relative order, so two trainings
    // that differ by a few corrections differ by those corrections, not by a new shuffle.
    const salt = fnv(`${opts.seed}:${epoch}`);
    for (const i of order) rank[i] = mix((keys[i] as number) ^ salt);
    order.sort((a, b) => (rank[a] as number) - (rank[b] as number) || a - b);
    for (const i of order) {
      const { idx, val } = vectors[i] as SparseVector;
      const y = ys[i] as number;
      for (let k = 0; k < c; k++) z[k] = bias[k] as number;
      for (let j = 0; j < idx.length; j++) {
        const row = (idx[j] as number) * c;
        for (let k = 0; k < c; k++)
          z[k] = (z[k] as number) + (weights[row + k] as number) * (val[j] as number);
      }
      const p = softmax(z);
      const cw = classWeight[y] as number;
      for (let k = 0; k < c; k++) {
        g[k] = cw * ((p[k] as number) - (k === y ? 1 : 0));
        gb2[k] = (gb2[k] as number) + (g[k] as number) ** 2;
        bias[k] =
          (bias[k] as number) - (lr * (g[k] as number)) / (Math.sqrt(gb2[k] as number) + 1e-8);
      }
      for (let j = 0; j < idx.length; j++) {
        const row = (idx[j] as number) * c;
        const v = val[j] as number;
        for (let k = 0; k < c; k++) {
          const at = row + k;
          const w = weights[at] as number;
          // L2 only on the weights this example touches: cheap, and rare features still shrink.
          const grad = (g[k] as number) * v + (row >= namedFrom ? namedL2 : l2) * w;
          const acc = (g2[at] as number) + grad * grad;
          g2[at] = acc;
          weights[at] = w - (lr * grad) / (Math.sqrt(acc) + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** A 32-bit integer hash finaliser (from murmur3's fmix32). */
function mix(h0: number): number {
  let h = h0 >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function balancedWeights(
  ys: readonly number[],
  c: number,
  mode: TrainOptions["classWeight"],
): number[] {
  const counts = new Array<number>(c).fill(0);
  for (const y of ys) counts[y] = (counts[y] ?? 0) + 1;
  return counts.map((n) => (mode === "none" || n === 0 ? 1 : ys.length / (c * n)));
}

/** Mean negative log-likelihood of the labels under softmax(logits / t). */
export function logLoss(logits: readonly Float64Array[], ys: readonly number[], t: number): number {
  let total = 0;
  logits.forEach((z, i) => {
    const p = softmax(Array.from(z, (x) => x / t));
    total -= Math.log(Math.max(p[ys[i] as number] as number, 1e-12));
  });
  return total / Math.max(1, logits.length);
}

/** The temperature minimising negative log-likelihood on held-out logits (log-spaced search). */
export function fitTemperature(logits: readonly Float64Array[], ys: readonly number[]): number {
  const nll = (t: number) => logLoss(logits, ys, t);
  let best = 1;
  let bestLoss = nll(1);
  for (let s = -40; s <= 40; s++) {
    const t = 2 ** (s / 10);
    const loss = nll(t);
    if (loss < bestLoss - 1e-12) {
      best = t;
      bestLoss = loss;
    }
  }
  return best;
}
