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
  bits: 18,
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
  /** Distinct word tokens, for "words like ..." reasons. */
  words: string[];
  /** Indexes into NAMED that fired. */
  named: number[];
}

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+)?|\p{Extended_Pictographic}|[?!$€£]/gu;
const WORDLIKE = /^[\p{L}\p{N}]/u;
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

  constructor(config: FeatureConfig = DEFAULT_FEATURES) {
    this.config = { ...config };
    this.namedBase = 2 ** config.bits;
    this.dim = this.namedBase + NAMED.length;
    this.#mask = this.namedBase - 1;
    this.#counts = new Float32Array(this.namedBase);
    this.#touched = new Int32Array(this.namedBase);
  }

  /** The bucket of a word unigram, for explaining a prediction. */
  wordIndex(word: string): number {
    return (fnv(word, WORD_SEED) & this.#mask) >>> 0;
  }

  extract(input: ClassifyInput, signals?: Signals): Extracted {
    const surf = surface(input?.text);
    const norm = normalize(surf);
    const view = messageView(surf, norm, input ?? { text: "" });
    const tokens = norm.match(TOKEN) ?? [];
    const idx: number[] = [];
    const val: number[] = [];

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
    this.#flush(idx, val, this.config.wordWeight);

    // Characters: n-grams of each word padded with a boundary mark on both sides.
    const { charMin, charMax } = this.config;
    for (const token of tokens) {
      if (!WORDLIKE.test(token)) continue;
      const len = token.length + 2;
      for (let start = 0; start < len - 1; start++) {
        let h = CHAR_SEED;
        for (let k = 0; k < charMax && start + k < len; k++) {
          const p = start + k;
          h = step(h, p === 0 || p === len - 1 ? SEP : token.charCodeAt(p - 1));
          if (k + 1 >= charMin) this.#add(h);
        }
      }
    }
    this.#flush(idx, val, this.config.charWeight);

    const named = namedFeatures(view, input ?? { text: "" }, signals);
    for (const n of named) {
      idx.push(this.namedBase + n);
      val.push(1);
    }
    const words = [...new Set(tokens.filter((t) => WORDLIKE.test(t)))];
    return { vector: { idx: Int32Array.from(idx), val: Float32Array.from(val) }, words, named };
  }

  #add(hash: number): void {
    const i = hash & this.#mask;
    if (this.#counts[i] === 0) this.#touched[this.#nTouched++] = i;
    this.#counts[i] = (this.#counts[i] as number) + 1;
  }

  /** Moves the counted group into the output with sublinear counts, scaled to length `weight`. */
  #flush(idx: number[], val: number[], weight: number): void {
    let norm = 0;
    for (let t = 0; t < this.#nTouched; t++) {
      const c = this.#counts[this.#touched[t] as number] as number;
      const v = 1 + Math.log(c);
      norm += v * v;
    }
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    for (let t = 0; t < this.#nTouched; t++) {
      const i = this.#touched[t] as number;
      idx.push(i);
      val.push((1 + Math.log(this.#counts[i] as number)) * scale);
      this.#counts[i] = 0;
    }
    this.#nTouched = 0;
  }
}
