// Whether a text is left as it is by the Unicode passes of normalize.ts, read from a table rather
// than by running them: most non-ASCII messages only add emoji, curly quotes or dashes, and NFKC,
// NFD and NFC each cost a few microseconds even when they change nothing.
//
// A string of characters that are each unchanged by a normalisation form, that combine with no
// character before them and that are never reordered (combining class 0), is unchanged by it. The
// characters that combine with one before them or have a nonzero class are marks (\p{M}), Hangul
// vowel and final jamo, and a few letters of recent scripts: only the ranges below are taken,
// where a scan of every code point found none but marks, and of the marks only the variation
// selectors (class 0, second in no composition; emoji carry them). Anything else, zero-width
// characters and lone surrogates included, sends the text through the real passes.

/** Unchanged by NFKC and by removing ZERO_WIDTH (surface). */
export const KEEPS_NFKC = 1;
/** Unchanged by NFD (normalize). */
export const KEEPS_NFD = 2;
const KNOWN = 4;

const MARK = /\p{M}/u;
const ZERO_WIDTH = /\u034F|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

const isVariationSelector = (cp: number) => cp >= 0xfe00 && cp < 0xfe10;

/** Latin, general punctuation and symbols, CJK punctuation, variation selectors, emoji. */
const inRanges = (cp: number) =>
  cp < 0x300 ||
  (cp >= 0x2000 && cp < 0x2c00) ||
  (cp >= 0x3000 && cp < 0x3040) ||
  isVariationSelector(cp) ||
  (cp >= 0x1f000 && cp < 0x1fb00);

function keeps(cp: number): number {
  let bits = KNOWN;
  if (!inRanges(cp)) return bits;
  const ch = String.fromCodePoint(cp);
  if ((MARK.test(ch) && !isVariationSelector(cp)) || ZERO_WIDTH.test(ch)) return bits;
  if (ch.normalize("NFKC") === ch) bits |= KEEPS_NFKC;
  if (ch.normalize("NFD") === ch) bits |= KEEPS_NFD;
  return bits;
}

// Worked out on first sight of each code point, as tokens.ts classifies characters.
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

// The first character outside printable ASCII and tabs and line breaks; found by the regex
// engine's scan, quicker than a loop over plain text (most messages).
const NON_ASCII = /[^ -~\t\n\r]/;

/** True when every code point of `text` has `form` (KEEPS_NFKC or KEEPS_NFD). */
export function keepsForm(text: string, form: number): boolean {
  const first = text.search(NON_ASCII);
  if (first < 0) return true;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0xd800 || c > 0xdfff) {
      let bits = bmp[c] as number;
      if (bits === 0) {
        bits = keeps(c);
        bmp[c] = bits;
      }
      if ((bits & form) === 0) return false;
      continue;
    }
    // A surrogate pair is one code point; a lone surrogate is no character to keep.
    const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c > 0xdbff || low < 0xdc00 || low > 0xdfff) return false;
    const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
    // Kept to the ranges, so a text of many rare code points cannot grow the map.
    if (!inRanges(cp)) return false;
    let bits = astral.get(cp);
    if (bits === undefined) {
      bits = keeps(cp);
      astral.set(cp, bits);
    }
    if ((bits & form) === 0) return false;
    i++;
  }
  return true;
}
