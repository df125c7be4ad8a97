// MinHash over a message's words: the share of equal signature slots estimates the Jaccard
// similarity of two texts, so a mass-DM campaign that changes a name or a link still reads as one
// text. (SimHash was tried first; on DM-length texts one changed word moved it 6-11 bits, as far as
// unrelated texts.)

export const SLOTS = 32;
const ROWS_PER_BAND = 4;
/** Fewer distinct words than this and "near-identical" means nothing ("hi", "collab?"). */
export const MIN_TOKENS = 4;

const SEEDS = Array.from(
  { length: SLOTS },
  (_, i) => (Math.imul(i + 1, 0x9e3779b9) ^ 0x811c9dc5) >>> 0,
);

// Japanese and Chinese are written without spaces: a run of their letters is a phrase or a whole
// sentence, not a word, so it is cut into overlapping pairs of characters (the usual shingles for
// such text). As one "word", a Japanese campaign that changed a name shared nothing with itself.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function tokens(text: string): Set<string> {
  const words =
    text
      .normalize("NFKC")
      .toLowerCase()
      // Each copy of a campaign gets its own tracking link; the host is what repeats. Not
      // findLinks: a bare domain is a word all copies share, and the signals' fingerprints (the
      // model reads them) would change.
      .replace(/https?:\/\/([^/\s]+)\S*/g, "$1")
      .match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  const out = new Set<string>();
  for (const word of words) {
    if (!UNSPACED.test(word)) {
      out.add(word);
      continue;
    }
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection that spreads every input bit over the output. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The signature, or null for texts too short to compare. */
export function minhash(text: string): Uint32Array | null {
  const words = tokens(text);
  if (words.size < MIN_TOKENS) return null;
  const signature = new Uint32Array(SLOTS).fill(0xffffffff);
  // Each word is hashed once; the slots' hash functions are that hash re-mixed with a seed each,
  // which keeps the cost per word at a few multiplications instead of a pass over its letters per slot.
  for (const word of words) {
    const base = fnv1a(word);
    for (let i = 0; i < SLOTS; i++) {
      const h = mix(base ^ (SEEDS[i] as number));
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity: the share of slots where the two signatures agree (signals.ts
 * counts the same inside its Lua script, on the bytes). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SLOTS; i++) if (a[i] === b[i]) same++;
  return same / SLOTS;
}

/**
 * Eight bands of four slots: two texts with Jaccard 0.9 share a band with probability 0.9998,
 * two with 0.3 only 0.06, so looking up the bands finds near-duplicates without scanning everything.
 */
export function bands(signature: Uint32Array): string[] {
  const out: string[] = [];
  for (let start = 0; start < SLOTS; start += ROWS_PER_BAND) {
    let h = start;
    for (let i = start; i < start + ROWS_PER_BAND; i++) h = mix(h ^ (signature[i] as number));
    out.push(`${start / ROWS_PER_BAND}:${h.toString(36)}`);
  }
  return out;
}

/** Big-endian bytes, so each slot is the same four bytes on any machine. */
export function toBytes(signature: Uint32Array): Buffer {
  const bytes = Buffer.allocUnsafe(signature.length * 4);
  for (let i = 0; i < signature.length; i++) bytes.writeUInt32BE(signature[i] as number, i * 4);
  return bytes;
}
