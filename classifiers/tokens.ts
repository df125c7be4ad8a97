// Tokens and what is kept about each distinct one. Words follow Zipf's law, so the hashes, char
// n-gram buckets, phrase starts and (for a model) weight sums of a word are worked out the first
// time it is seen and then cost one map look-up per occurrence.
import { PHRASES } from "./keywords.ts";
import {
  continues,
  DASH,
  fits,
  headBit,
  lengthBits,
  type Phrase,
  SPACE,
  secondHeads,
  secondLengths,
  WHITESPACE,
} from "./phrases.ts";
import { mayExplain } from "./reason-words.ts";

export interface TokenInfo {
  token: string;
  /** Unigram bucket. */
  word: number;
  /** Plain FNV-1a of the token, the half of a bigram's hash. */
  hash: number;
  /** wordlike(token): a word, not an emoji or one of ?!$€£. */
  wordlike: boolean;
  /** Char n-gram buckets, repeats included; empty for emoji and ?!$€£. */
  grams: readonly number[];
  /** Keyword phrases that can start at this token. */
  starts: Starts;
  /** The bit of the token's first character in a slot's `heads` (phrases.ts). */
  head: number;
  /** The bits of its lengths in a slot's `lengths` (phrases.ts). */
  lengths: number;
  /** Unigram bucket if the token may be named in a reason, else -1. */
  reasonRow: number;
  /** Where the token pool (token-pool.ts) keeps score's numbers of the token, and for which generation. */
  poolAt: number;
  poolGeneration: number;
}

/** The hashing scheme the featurizer and its token cache share. */
export interface Hashing {
  mask: number;
  charMin: number;
  charMax: number;
}

/** The keyword phrases that can start at a word, and what `keywords` looks at before each. */
interface Starts {
  phrases: readonly Phrase[];
  /**
   * Per phrase, its keyword set, then the heads and the lengths of its second slot: a phrase
   * whose set has already matched, or whose second word cannot start with the next token's letter
   * or be as long, is passed over without reading the phrase and its slots (a few cache lines
   * each, a hundred a message).
   */
  quick: Int32Array;
}

const NONE: Starts = { phrases: [], quick: new Int32Array(0) };
const NO_GRAMS: readonly number[] = [];
// Past this many distinct tokens the cache starts over: a flood of junk costs a clear now and then.
// An entry costs about 900 bytes of heap (its n-grams and weight sums), so the bound is ~7 MB;
// 50,000 let a long-running bot's heap grow by ~45 MB of tokens seen once. An inbox's common
// words fit many times over, and a token not cached costs a few microseconds.
export const CACHE_LIMIT = 8192;

// Character classes of the tokenizer, worked out per code point on first sight.
const LETTER = 1;
const NUMBER = 2;
const WORD = LETTER | NUMBER;
const PICTOGRAPH = 4;
const SYMBOL = 8;
const UNKNOWN = 255;
const bmpClass = new Uint8Array(0x10000).fill(UNKNOWN);
const astralClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp <= 0xffff) {
    const known = bmpClass[cp] as number;
    if (known !== UNKNOWN) return known;
    const cls = classify(cp);
    bmpClass[cp] = cls;
    return cls;
  }
  let cls = astralClass.get(cp);
  if (cls === undefined) {
    cls = classify(cp);
    astralClass.set(cp, cls);
  }
  return cls;
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{N}/u.test(ch)) return NUMBER;
  if (/\p{Extended_Pictographic}/u.test(ch)) return PICTOGRAPH;
  return /[?!$€£]/u.test(ch) ? SYMBOL : 0;
}

/** FNV-1a step over a code point's UTF-16 code units, as `fnv` hashes the token's string. */
function hashCodePoint(h: number, cp: number): number {
  if (cp <= 0xffff) return step(h, cp);
  const high = ((cp - 0x10000) >> 10) + 0xd800;
  return step(step(h, high), ((cp - 0x10000) & 0x3ff) + 0xdc00);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEP = 32;

export function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units, continuing from `h`. */
export function fnv(text: string, h = FNV_OFFSET): number {
  let x = h;
  for (let i = 0; i < text.length; i++) x = step(x, text.charCodeAt(i));
  return x;
}

export const WORD_SEED = step(FNV_OFFSET, 0x77); // "w"
export const BIGRAM_SEED = step(FNV_OFFSET, 0x62); // "b"
const CHAR_SEED = step(FNV_OFFSET, 0x63); // "c"
export const DOMAIN_SEED = step(FNV_OFFSET, 0x64); // "d"

/** Tokens are words, emoji or one of ?!$€£: a word is what is neither (a char-code check, no regex). */
export function wordlike(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c !== 63 && c !== 33 && c !== 36;
  return !(
    c === 0x20ac ||
    c === 0xa3 ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

function sameText(token: string, text: string, start: number, end: number): boolean {
  if (token.length !== end - start) return false;
  for (let i = 0; i < token.length; i++)
    if (token.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Tokens this long or longer are slices that V8 keeps as views into the text they were cut from. */
const VIEW_LENGTH = 13;

/**
 * A copy of a token that shares no memory with the message it was cut from: a kept view would keep
 * its whole message (up to 4,000 characters) alive as long as the token stays in the cache.
 */
function detached(token: string): string {
  return token.length < VIEW_LENGTH ? token : (JSON.parse(JSON.stringify(token)) as string);
}

/** The kind of gap between two tokens, for keyword phrases (phrases.ts). */
function gapKind(text: string, from: number, to: number): number {
  if (to === from) return SPACE;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 32 || c === 35) return SPACE;
    if (c === 45) return DASH;
  }
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return 0;
  return WHITESPACE;
}

// Which phrases can start at a word depends on the word alone: kept once for every token table
// (training builds several featurizers over the same corpus), and started over past a bound.
const STARTS = new Map<string, Starts>();

function phraseStarts(token: string): Starts {
  let starts = STARTS.get(token);
  if (starts === undefined) {
    const found = PHRASES.filter((p) => fits(p.slots[0] as Phrase["slots"][number], token));
    const quick = new Int32Array(3 * found.length);
    found.forEach((p, i) => {
      quick[3 * i] = p.set;
      quick[3 * i + 1] = secondHeads(p);
      quick[3 * i + 2] = secondLengths(p);
    });
    starts = found.length > 0 ? { phrases: found, quick } : NONE;
    if (STARTS.size >= 4 * CACHE_LIMIT) STARTS.clear();
    STARTS.set(token, starts);
  }
  return starts;
}

/** Splits messages into tokens and keeps each distinct token's facts. Not re-entrant. */
export class TokenTable {
  readonly #hashing: Hashing;
  // The cache: open addressing on the token's FNV-1a hash, which the scanner computes anyway,
  // so a known token is found without slicing it out of the text or hashing it again.
  #keys = new Int32Array(4096).fill(-1);
  #entries: Array<TokenInfo | undefined> = new Array(4096);
  #size = 0;
  /** Info of each token of the last message read. */
  readonly infos: TokenInfo[] = [];
  // The gap before each token of the last message read.
  #gaps = new Uint8Array(256);
  #nTokens = 0;
  #lastEnd = -1;

  constructor(hashing: Hashing) {
    this.#hashing = hashing;
  }

  /** Tokens in the cache now. */
  get cached(): number {
    return this.#size;
  }

  /**
   * The tokens of normalised text, by hand rather than by regex (this is the hot loop): the same
   * tokens as /[\p{L}\p{N}]+(?:'\p{L}+)?|\p{Extended_Pictographic}|[?!$€£]/gu, hashed while
   * scanned. Fills `infos`.
   */
  read(norm: string): string[] {
    const tokens: string[] = [];
    this.infos.length = 0;
    this.#nTokens = 0;
    this.#lastEnd = -1;
    const len = norm.length;
    let i = 0;
    while (i < len) {
      const start = i;
      let cp = norm.codePointAt(i) as number;
      let cls = classOf(cp);
      if ((cls & WORD) !== 0) {
        let h = FNV_OFFSET;
        do {
          h = hashCodePoint(h, cp);
          i += cp > 0xffff ? 2 : 1;
          cp = i < len ? (norm.codePointAt(i) as number) : -1;
          cls = cp < 0 ? 0 : classOf(cp);
        } while ((cls & WORD) !== 0);
        // A clitic: "'" and letters ("artist's", "l'art").
        if (
          cp === 39 &&
          i + 1 < len &&
          (classOf(norm.codePointAt(i + 1) as number) & LETTER) !== 0
        ) {
          h = step(h, 39);
          i++;
          cp = norm.codePointAt(i) as number;
          do {
            h = hashCodePoint(h, cp);
            i += cp > 0xffff ? 2 : 1;
            cp = i < len ? (norm.codePointAt(i) as number) : -1;
          } while (cp >= 0 && (classOf(cp) & LETTER) !== 0);
        }
        tokens.push(this.#push(norm, start, i, h));
        continue;
      }
      i += cp > 0xffff ? 2 : 1;
      if ((cls & (PICTOGRAPH | SYMBOL)) !== 0)
        tokens.push(this.#push(norm, start, i, hashCodePoint(FNV_OFFSET, cp)));
    }
    return tokens;
  }

  /** Records the token at norm[start, end) (FNV-1a `hash`): its gap and info. */
  #push(norm: string, start: number, end: number, hash: number): string {
    const t = this.#nTokens++;
    if (t >= this.#gaps.length) {
      const grown = new Uint8Array(this.#gaps.length * 2);
      grown.set(this.#gaps);
      this.#gaps = grown;
    }
    this.#gaps[t] = t === 0 ? 0 : gapKind(norm, this.#lastEnd, start);
    this.#lastEnd = end;
    const info = this.#find(norm, start, end, hash);
    this.infos.push(info);
    return info.token;
  }

  #find(norm: string, start: number, end: number, hash: number): TokenInfo {
    const keys = this.#keys;
    const mask = keys.length - 1;
    const key = hash | 0;
    for (let slot = hash & mask; keys[slot] !== -1; slot = (slot + 1) & mask) {
      if (keys[slot] !== key) continue;
      const info = this.#entries[slot] as TokenInfo;
      if (sameText(info.token, norm, start, end)) return info;
    }
    const token = norm.slice(start, end);
    // Long tokens are junk more often than words, and so are numbers and codes of three characters
    // or more (prices, years, order and phone numbers, ids): computed, not kept. (-1 marks a free
    // slot.)
    const keep = end - start <= 40 && key !== -1 && !(end - start >= 3 && /\d/.test(token));
    const info = this.#make(keep ? detached(token) : token, hash);
    if (keep) this.#keep(info);
    return info;
  }

  #keep(info: TokenInfo): void {
    if (this.#size >= CACHE_LIMIT) this.#reset(this.#keys.length);
    else if (2 * (this.#size + 1) > this.#keys.length) {
      // Kept at most half full; grown by rehashing what is there.
      const old = this.#entries;
      this.#reset(this.#keys.length * 2);
      for (const e of old) if (e) this.#place(e);
    }
    this.#place(info);
  }

  #reset(slots: number): void {
    this.#keys = new Int32Array(slots).fill(-1);
    this.#entries = new Array(slots);
    this.#size = 0;
  }

  #place(info: TokenInfo): void {
    const keys = this.#keys;
    const mask = keys.length - 1;
    let slot = info.hash & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = info.hash | 0;
    this.#entries[slot] = info;
    this.#size++;
  }

  /** Bitmask of the keyword sets (keywords.ts) with a phrase in the tokens last read. */
  keywords(tokens: readonly string[]): number {
    const infos = this.infos;
    let hits = 0;
    for (let t = 0; t < tokens.length; t++) {
      const { phrases, quick } = (infos[t] as TokenInfo).starts;
      if (phrases.length === 0) continue;
      // With no next token, every bit: continues() then sees that a longer phrase cannot fit.
      const next = t + 1 < tokens.length ? (infos[t + 1] as TokenInfo) : null;
      const head = next ? next.head : -1;
      const lengths = next ? next.lengths : -1;
      for (let p = 0; p < phrases.length; p++) {
        const bit = 1 << (quick[3 * p] as number);
        if ((hits & bit) !== 0) continue;
        if (((quick[3 * p + 1] as number) & head) === 0) continue;
        if (((quick[3 * p + 2] as number) & lengths) === 0) continue;
        if (continues(phrases[p] as Phrase, tokens, this.#gaps, t)) hits |= bit;
      }
    }
    return hits;
  }

  #make(token: string, hash: number): TokenInfo {
    const starts = phraseStarts(token);
    const word = fnv(token, WORD_SEED) & this.#hashing.mask;
    const isWord = wordlike(token);
    return {
      token,
      word,
      hash,
      wordlike: isWord,
      grams: isWord ? this.#grams(token) : NO_GRAMS,
      starts,
      head: headBit(token),
      lengths: lengthBits(token),
      reasonRow: mayExplain(token) ? word : -1,
      poolAt: 0,
      poolGeneration: 0,
    };
  }

  /** The char n-gram buckets of one word padded with a boundary mark on both sides. */
  #grams(token: string): number[] {
    const { charMin, charMax, mask } = this.#hashing;
    const len = token.length + 2;
    const out: number[] = [];
    for (let start = 0; start < len - 1; start++) {
      let h = CHAR_SEED;
      const end = Math.min(len, start + charMax);
      for (let p = start; p < end; p++) {
        h = step(h, p === 0 || p === len - 1 ? SEP : token.charCodeAt(p - 1));
        if (p - start + 1 >= charMin) out.push(h & mask);
      }
    }
    // A plain array of small integers: an Int32Array past 16 of them gets a buffer outside the
    // heap, dear to make for the tokens that are not kept (numbers, codes) in every message.
    return out;
  }
}
