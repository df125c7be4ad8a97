// Turns a message into one sparse vector: hashed word unigrams and bigrams, hashed character
// 3-5-grams inside word boundaries (they survive typos, inflection and other languages), link
// domains, and the named message features of message-features.ts in slots of their own.
// `extract` builds the vector (for training); `score` gives a model's logits of the same vector
// without building it (for predicting, where speed matters).
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import { BucketCounts } from "./bucket-counts.ts";
import { readMessages } from "./conversation-features.ts";
import { messageView, NAMED, namedFeatures } from "./message-features.ts";
import { MAX_CHARS, normalize, surface } from "./normalize.ts";
import { SparseOut, type SparseVector } from "./sparse-out.ts";
import { TokenPool } from "./token-pool.ts";
import {
  BIGRAM_SEED,
  DOMAIN_SEED,
  fnv,
  step,
  type TokenInfo,
  TokenTable,
  WORD_SEED,
  wordlike,
} from "./tokens.ts";

export type { SparseVector } from "./sparse-out.ts";
export { fnv } from "./tokens.ts";

export interface FeatureConfig {
  /** Hash space of 2^bits buckets for the n-grams. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Length of the word group's vector (each group is L2-normalised, then scaled). */
  wordWeight: number;
  charWeight: number;
}

// Chosen on the grouped CV of the corpus (bench/cv.ts, mean of fold seeds 42, 7 and 99, 7,106
// items): 2^17 buckets with equal group lengths 0.927; 2^18 0.931; the word group (unigrams,
// bigrams, domains) at twice the char group's length 0.930; both 0.937, flat from 2 to 3. A
// longer word group lets words (and their pairs) carry more than the char n-grams that spell
// them. 2^18 cost bench:classify 10-15% against 2^17 with float weights (alternating runs);
// predict's int16 weights (model.ts) won back about 8%.
export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  wordWeight: 2,
  charWeight: 1,
};

/** A model's weights as score reads them (Model builds them; see quantize in model.ts). */
export interface ScoringWeights {
  /** The hashed rows (buckets x labels) in int16 steps of `scale`. */
  hashed: Int16Array;
  /** Per label, the weight of one int16 step. */
  scale: Float64Array;
  /** The named features' rows (features x labels) as float. */
  named: Float32Array;
}

/** What a prediction's reasons need of a message. */
export interface Reading {
  /** The tokens, for "words like ..." reasons. */
  tokens: string[];
  /** Weight row of each token's unigram, or -1 for a token never named in a reason. */
  reasonRows: number[];
  /**
   * From score only: per token, its unigram's int16 weights (token t, label k at t * labels + k),
   * taken from the token's cached sums so reasons need not read the weights' rows again. The
   * featurizer's own buffer, good until its next score.
   */
  reasonWeights?: ArrayLike<number>;
  /** Indexes into NAMED that fired. */
  named: number[];
  /** The text as read (lower case, folded as `surface` does), to show reasons' words as written. */
  surface: string;
}

export interface Extracted extends Reading {
  vector: SparseVector;
}

const NO_WORDS: readonly number[] = [];
/** Mixed into a word's hash for the last message of a conversation. */
const LAST_SEED = 0x1a57_b00c;
/** Mixed into a word pair's hash for the last message of a conversation. */
const LAST_BIGRAM_SEED = 0x1a57_b16a;

/** A word pair's hash from the plain FNV-1a hashes of its two words, in the space of `seed`. */
const pair = (seed: number, prev: number, h: number) => step(prev ^ seed, h & 0xffff) ^ (h >>> 16);
const bigram = (prev: number, h: number) => pair(BIGRAM_SEED, prev, h);

/** Sublinear counts: a word said five times is not five times the evidence. */
const sublinear = (c: number) => (c === 1 ? 1 : 1 + Math.log(c));

export class Featurizer {
  readonly config: FeatureConfig;
  /** Number of weight rows: the hash buckets, then one slot per named feature. */
  readonly dim: number;
  readonly namedBase: number;
  readonly #mask: number;
  readonly #tokens: TokenTable;
  // Scratch counts reused across calls: extraction allocates only its output.
  readonly #counts = new BucketCounts();
  // For score: the char n-grams a message repeats, counted beside the word group.
  readonly #repeated = new BucketCounts();
  // Extract's output, staged (sparse-out.ts).
  readonly #out = new SparseOut();
  // For score: one bit per bucket, set once a char n-gram has been seen in the message, and the
  // words of it that were set (so only those are cleared).
  readonly #seen: Uint32Array;
  #seenWords = new Int32Array(1024);
  /** What score reads of each token, for the weights it was last given (token-pool.ts). */
  readonly #pool = new TokenPool();
  // For score: each token's unigram weights (token t, label k at t * labels + k), kept from one
  // message to the next rather than a new array each time.
  #unigrams = new Int32Array(1024);
  // Per-label accumulators for score: the word group's and the char n-grams'.
  #acc = new Float64Array(0);
  #charSums = new Float64Array(0);

  constructor(config: FeatureConfig = DEFAULT_FEATURES) {
    this.config = { ...config };
    this.namedBase = 2 ** config.bits;
    this.dim = this.namedBase + NAMED.length;
    this.#mask = this.namedBase - 1;
    this.#tokens = new TokenTable({
      mask: this.#mask,
      charMin: config.charMin,
      charMax: config.charMax,
    });
    this.#seen = new Uint32Array(Math.ceil(this.namedBase / 32));
  }

  /** Distinct word tokens of an extraction, for "words like ..." reasons. */
  static words(extracted: Reading): string[] {
    return [...new Set(extracted.tokens.filter(wordlike))];
  }

  /** The bucket of a word unigram, for explaining a prediction. */
  wordIndex(word: string): number {
    return (fnv(word, WORD_SEED) & this.#mask) >>> 0;
  }

  extract(input: ClassifyInput, signals?: Signals): Extracted {
    const { reading, domains, last } = this.#read(input, signals);
    this.#out.clear();
    this.#countWords(domains, last);
    this.#flush(this.config.wordWeight);

    const counts = this.#counts;
    for (const info of this.#tokens.infos) {
      const grams = info.grams;
      for (let g = 0; g < grams.length; g++) counts.count(grams[g] as number);
    }
    this.#flush(this.config.charWeight);

    this.#out.reserve(reading.named.length);
    for (const f of reading.named) this.#out.push(this.namedBase + f, 1);
    return { ...reading, vector: this.#out.take() };
  }

  /**
   * Adds to `out` (one slot per label) the logits that `weights` gives the message's vector,
   * without building it: the same numbers as a dot product with extract's vector, up to float
   * rounding. Each word's char n-gram weights are summed once and cached; only n-grams the message
   * repeats are counted one by one. Hashed weights are summed in int16 steps, scaled per label.
   */
  score(
    input: ClassifyInput,
    signals: Signals | undefined,
    weights: ScoringWeights,
    out: Float64Array,
  ): Reading {
    const c = out.length;
    const { hashed, scale: step } = weights;
    if (this.#acc.length !== c) {
      this.#acc = new Float64Array(c);
      this.#charSums = new Float64Array(c);
    }
    const { reading, domains, last } = this.#read(input, signals);
    const acc = this.#acc;
    const charSums = this.#charSums;

    // One pass over the tokens reads each token's cached array once, while it is in cache: the
    // word group's counts (a unigram's weights noted for the flush), and the char n-grams. Their
    // linear sum over every occurrence comes from the cached sums; a bucket seen k > 1 times
    // should count sublinear(k), not k: those are corrected below.
    const counts = this.#counts;
    const repeated = this.#repeated;
    const seen = this.#seen;
    const infos = this.#tokens.infos;
    if (infos.length * c > this.#unigrams.length)
      this.#unigrams = new Int32Array(2 * infos.length * c);
    const unigrams = this.#unigrams;
    let seenWords = this.#seenWords;
    let nSeenWords = 0;
    let occurrences = 0;
    let prev = -1;
    for (let t = 0; t < infos.length; t++) {
      const info = infos[t] as TokenInfo;
      const at = this.#pool.placeOf(info, hashed, c);
      const pool = this.#pool.data;
      for (let k = 0; k < c; k++) unigrams[t * c + k] = pool[at + 1 + c + k] as number;
      counts.count(info.word, 1, t);
      const h = info.hash;
      if (prev >= 0) counts.count(bigram(prev, h) & this.#mask);
      prev = h;

      const n = pool[at] as number;
      if (n === 0) continue;
      for (let k = 0; k < c; k++)
        charSums[k] = (charSums[k] as number) + (pool[at + 1 + k] as number);
      occurrences += n;
      if (nSeenWords + n > seenWords.length) {
        const grown = new Int32Array(2 * (nSeenWords + n));
        grown.set(seenWords);
        seenWords = grown;
        this.#seenWords = grown;
      }
      const end = at + 1 + 2 * c + n;
      for (let g = at + 1 + 2 * c; g < end; g++) {
        const i = pool[g] as number;
        const bit = 1 << (i & 31);
        const word = i >>> 5;
        const bits = seen[word] as number;
        if ((bits & bit) !== 0) repeated.count(i, 2);
        else {
          if (bits === 0) seenWords[nSeenWords++] = word;
          seen[word] = bits | bit;
        }
      }
    }
    this.#countRest(domains, last);

    this.#flushInto(this.config.wordWeight, hashed, acc, unigrams);
    for (let k = 0; k < c; k++) {
      out[k] = (out[k] as number) + (acc[k] as number) * (step[k] as number);
      acc[k] = 0;
    }

    // Squared length: one per bucket seen once, sublinear(k)^2 per repeated bucket.
    let norm = occurrences;
    for (let r = 0; r < repeated.size; r++) {
      const k = repeated.values[r] as number;
      const v = sublinear(k);
      norm += v * v - k;
      const row = (repeated.buckets[r] as number) * c;
      for (let j = 0; j < c; j++)
        charSums[j] = (charSums[j] as number) + (v - k) * (hashed[row + j] as number);
    }
    repeated.clear();
    // Only the words of the bitset this message set are cleared: the whole of it (8,192 words
    // at 2^18 buckets) cost more than the message.
    for (let w = 0; w < nSeenWords; w++) seen[seenWords[w] as number] = 0;
    const scale = norm > 0 ? this.config.charWeight / Math.sqrt(norm) : 0;
    for (let k = 0; k < c; k++) {
      out[k] = (out[k] as number) + (charSums[k] as number) * scale * (step[k] as number);
      charSums[k] = 0;
    }

    const named = weights.named;
    for (const f of reading.named)
      for (let k = 0; k < c; k++) out[k] = (out[k] as number) + (named[f * c + k] as number);
    reading.reasonWeights = unigrams;
    return reading;
  }

  /** Tokens, named features and link domains of a message; tokens' infos in the token table. */
  #read(
    input: ClassifyInput,
    signals?: Signals,
  ): { reading: Reading; domains: string[]; last: readonly number[] } {
    const message = input ?? { text: "" };
    // A conversation's messages are read one by one first: the token table then reads the whole.
    const many = Array.isArray(message.messages) && message.messages.length > 1;
    const parts = many ? readMessages(message.messages as string[], this.#tokens) : null;
    // The ask of a conversation comes late: past MAX_CHARS, its latest characters are read.
    const text =
      many && typeof message.text === "string" && message.text.length > MAX_CHARS
        ? message.text.slice(-MAX_CHARS)
        : message.text;
    const surf = surface(text);
    const norm = normalize(surf);
    const tokens = this.#tokens.read(norm);
    const infos = this.#tokens.infos;
    const reasonRows: number[] = [];
    let words = 0;
    for (let t = 0; t < tokens.length; t++) {
      const info = infos[t] as TokenInfo;
      reasonRows.push(info.reasonRow);
      if (info.wordlike) words++;
    }
    const view = messageView(surf, norm, message, this.#tokens.keywords(tokens), parts, words);
    const named = namedFeatures(view, message, signals);
    return {
      reading: { tokens, reasonRows, named, surface: surf },
      domains: view.links.domains,
      last: parts?.at(-1)?.words ?? NO_WORDS,
    };
  }

  /**
   * Counts the word group: unigrams, bigrams and link domains, and for a conversation the last
   * message's words and word pairs once more in a space of their own (the ask usually comes last).
   */
  #countWords(domains: readonly string[], last: readonly number[]): void {
    let prev = -1;
    const infos = this.#tokens.infos;
    for (let t = 0; t < infos.length; t++) {
      const info = infos[t] as TokenInfo;
      this.#counts.count(info.word);
      const h = info.hash;
      if (prev >= 0) this.#add(bigram(prev, h));
      prev = h;
    }
    this.#countRest(domains, last);
  }

  /**
   * The word group's link domains, and a conversation's last message's words and word pairs once
   * more in a space of their own (see #countWords): the ask usually comes last, and the catch of a
   * warmed-up pitch is often a pair ("page fee", "kostet nur") whose words alone also come in
   * genuine offers.
   */
  #countRest(domains: readonly string[], last: readonly number[]): void {
    for (const domain of domains) this.#add(fnv(domain, DOMAIN_SEED));
    let before = -1;
    for (const h of last) {
      this.#add(step(h ^ LAST_SEED, 0x6c));
      if (before >= 0) this.#add(pair(LAST_BIGRAM_SEED, before, h));
      before = h;
    }
  }

  #add(hash: number): void {
    this.#counts.count(hash & this.#mask);
  }

  /** Turns the counted group into sublinear values; returns the scale to length `weight`. */
  #sublinear(weight: number): number {
    const values = this.#counts.values;
    let norm = 0;
    const n = this.#counts.size;
    for (let t = 0; t < n; t++) {
      const v = sublinear(values[t] as number);
      values[t] = v;
      norm += v * v;
    }
    return norm > 0 ? weight / Math.sqrt(norm) : 0;
  }

  /** Moves the counted group into the output, scaled to length `weight`. */
  #flush(weight: number): void {
    const scale = this.#sublinear(weight);
    const { buckets, values, size: n } = this.#counts;
    this.#out.reserve(n);
    for (let t = 0; t < n; t++) this.#out.push(buckets[t] as number, (values[t] as number) * scale);
    this.#counts.clear();
  }

  /**
   * Adds the counted group's int16 weight sums to `acc` instead of moving it into the output. A
   * unigram counted from token t has its weights at unigrams[t * labels + k] (the same numbers as
   * its row of `hashed`, which is mostly out of cache).
   */
  #flushInto(weight: number, hashed: Int16Array, acc: Float64Array, unigrams: Int32Array): void {
    const scale = this.#sublinear(weight);
    const { buckets, values, sources, size: n } = this.#counts;
    const c = acc.length;
    for (let t = 0; t < n; t++) {
      const v = (values[t] as number) * scale;
      const source = sources[t] as number;
      if (source >= 0) {
        const at = source * c;
        for (let k = 0; k < c; k++) acc[k] = (acc[k] as number) + (unigrams[at + k] as number) * v;
        continue;
      }
      const row = (buckets[t] as number) * c;
      for (let k = 0; k < c; k++) acc[k] = (acc[k] as number) + (hashed[row + k] as number) * v;
    }
    this.#counts.clear();
  }
}
