// Turns a message into one sparse vector: hashed word unigrams and bigrams, hashed character
// 3-5-grams inside word boundaries (they survive typos, inflection and other languages), link
// domains, and the named message features of message-features.ts in slots of their own.
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import { messageView, NAMED, namedFeatures } from "./message-features.ts";
import { normalize, surface } from "./normalize.ts";

export interface FeatureConfig {
  /** Hash space of 2^bits buckets for the n-grams. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Length of the word group's vector (each group is L2-normalised, then scaled). */
  wordWeight: number;
  charWeight: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 16,
  charMin: 3,
  charMax: 5,
  wordWeight: 1,
  charWeight: 1,
};

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export interface Extracted {
  vector: SparseVector;
  /** The tokens, for "words like ..." reasons. */
  tokens: string[];
  /** Indexes into NAMED that fired. */
  named: number[];
}

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+)?|\p{Extended_Pictographic}|[?!$€£]/gu;
// The same tokens for lower-case ASCII text, without the cost of Unicode property classes.
const ASCII_TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[?!$]/g;
const NON_ASCII = /[^\x20-\x7e\t\n\r]/;
/** Tokens are words, emoji or one of ?!$€£: a word is what is neither (a char-code check, no regex). */
function wordlike(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c !== 63 && c !== 33 && c !== 36;
  return !(
    c === 0x20ac ||
    c === 0xa3 ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEP = 32;

function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units, continuing from `h`. */
export function fnv(text: string, h = FNV_OFFSET): number {
  let x = h;
  for (let i = 0; i < text.length; i++) x = step(x, text.charCodeAt(i));
  return x;
}

const WORD_SEED = step(FNV_OFFSET, 0x77); // "w"
const BIGRAM_SEED = step(FNV_OFFSET, 0x62); // "b"
const CHAR_SEED = step(FNV_OFFSET, 0x63); // "c"
const DOMAIN_SEED = step(FNV_OFFSET, 0x64); // "d"

export class Featurizer {
  readonly config: FeatureConfig;
  /** Number of weight rows: the hash buckets, then one slot per named feature. */
  readonly dim: number;
  readonly namedBase: number;
  readonly #mask: number;
  // Scratch counts reused across calls: extraction allocates only its output.
  readonly #counts: Float32Array;
  readonly #touched: Int32Array;
  #nTouched = 0;
  // Output staging, grown on demand; each result gets its own trimmed copy.
  #outIdx = new Int32Array(4096);
  #outVal = new Float32Array(4096);
  #nOut = 0;
  readonly #gramCache = new Map<string, Int32Array>();

  constructor(config: FeatureConfig = DEFAULT_FEATURES) {
    this.config = { ...config };
    this.namedBase = 2 ** config.bits;
    this.dim = this.namedBase + NAMED.length;
    this.#mask = this.namedBase - 1;
    this.#counts = new Float32Array(this.namedBase);
    this.#touched = new Int32Array(this.namedBase);
  }

  /** Distinct word tokens of an extraction, for "words like ..." reasons. */
  static words(extracted: Extracted): string[] {
    return [...new Set(extracted.tokens.filter(wordlike))];
  }

  /** The bucket of a word unigram, for explaining a prediction. */
  wordIndex(word: string): number {
    return (fnv(word, WORD_SEED) & this.#mask) >>> 0;
  }

  extract(input: ClassifyInput, signals?: Signals): Extracted {
    const surf = surface(input?.text);
    const norm = normalize(surf);
    const view = messageView(surf, norm, input ?? { text: "" });
    const tokens = norm.match(NON_ASCII.test(norm) ? TOKEN : ASCII_TOKEN) ?? [];
    this.#nOut = 0;

    // Words: unigrams, bigrams and link domains.
    let prev = -1;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as string;
      this.#add(fnv(token, WORD_SEED));
      const h = fnv(token, FNV_OFFSET);
      if (prev >= 0) this.#add(step(prev ^ BIGRAM_SEED, h & 0xffff) ^ (h >>> 16));
      prev = h;
    }
    for (const domain of view.links.domains) this.#add(fnv(domain, DOMAIN_SEED));
    this.#flush(this.config.wordWeight);

    // Characters: n-grams of each word padded with a boundary mark on both sides. Words follow
    // Zipf's law, so each word's n-gram buckets are cached: most tokens are a map lookup.
    const counts = this.#counts;
    const touched = this.#touched;
    let n = this.#nTouched;
    for (const token of tokens) {
      if (!wordlike(token)) continue;
      const grams = this.#grams(token);
      for (let g = 0; g < grams.length; g++) {
        const i = grams[g] as number;
        if (counts[i] === 0) touched[n++] = i;
        counts[i] = (counts[i] as number) + 1;
      }
    }
    this.#nTouched = n;
    this.#flush(this.config.charWeight);

    const named = namedFeatures(view, input ?? { text: "" }, signals);
    this.#reserve(named.length);
    for (const n of named) {
      this.#outIdx[this.#nOut] = this.namedBase + n;
      this.#outVal[this.#nOut++] = 1;
    }
    const vector = {
      idx: this.#outIdx.slice(0, this.#nOut),
      val: this.#outVal.slice(0, this.#nOut),
    };
    return { vector, tokens, named };
  }

  /** The char n-gram buckets of one word, from the cache or computed (allocation-free loop). */
  #grams(token: string): Int32Array {
    const cached = this.#gramCache.get(token);
    if (cached) return cached;
    const { charMin, charMax } = this.config;
    const len = token.length + 2;
    const out: number[] = [];
    for (let start = 0; start < len - 1; start++) {
      let h = CHAR_SEED;
      const end = Math.min(len, start + charMax);
      for (let p = start; p < end; p++) {
        h = step(h, p === 0 || p === len - 1 ? SEP : token.charCodeAt(p - 1));
        if (p - start + 1 >= charMin) out.push(h & this.#mask);
      }
    }
    const grams = Int32Array.from(out);
    // Bounded: a flood of unique junk tokens only costs a clear now and then.
    if (this.#gramCache.size >= 50_000) this.#gramCache.clear();
    if (token.length <= 40) this.#gramCache.set(token, grams);
    return grams;
  }

  #add(hash: number): void {
    const i = hash & this.#mask;
    if (this.#counts[i] === 0) this.#touched[this.#nTouched++] = i;
    this.#counts[i] = (this.#counts[i] as number) + 1;
  }

  /** Moves the counted group into the output with sublinear counts, scaled to length `weight`. */
  #flush(weight: number): void {
    const counts = this.#counts;
    const touched = this.#touched;
    const n = this.#nTouched;
    let norm = 0;
    for (let t = 0; t < n; t++) {
      const c = counts[touched[t] as number] as number;
      // Sublinear counts: a word said five times is not five times the evidence.
      const v = c === 1 ? 1 : 1 + Math.log(c);
      counts[touched[t] as number] = v;
      norm += v * v;
    }
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    this.#reserve(n);
    const outIdx = this.#outIdx;
    const outVal = this.#outVal;
    let o = this.#nOut;
    for (let t = 0; t < n; t++) {
      const i = touched[t] as number;
      outIdx[o] = i;
      outVal[o++] = (counts[i] as number) * scale;
      counts[i] = 0;
    }
    this.#nOut = o;
    this.#nTouched = 0;
  }

  #reserve(extra: number): void {
    const need = this.#nOut + extra;
    if (need <= this.#outIdx.length) return;
    const size = Math.max(need, this.#outIdx.length * 2);
    const idx = new Int32Array(size);
    const val = new Float32Array(size);
    idx.set(this.#outIdx);
    val.set(this.#outVal);
    this.#outIdx = idx;
    this.#outVal = val;
  }
}
