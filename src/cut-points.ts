// Where a text may be cut without splitting what a reader sees as one character.

/**
 * The longest emoji sequence, a kiss or a couple with two skin tones, has ten code points: a
 * grapheme longer than this is no emoji.
 */
export const LONGEST_GRAPHEME = 16;

const ZWJ = 0x200d;
export const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
export const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isRegional = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const MARK = /^\p{M}/u;
/** Joins what is before it: accents, variation selectors and keycaps (marks), skin tones, tags. */
const joins = (cp: number) =>
  cp === ZWJ ||
  (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
  (cp >= 0xe0020 && cp <= 0xe007f) ||
  MARK.test(String.fromCodePoint(cp));

/**
 * Whether `text` may be cut before index `i` (UTF-16) without splitting what shows as one
 * character: a surrogate pair, CR LF, a letter and its accents, an emoji and its skin tone,
 * variation selector or keycap, a joiner's sequence (a family), a flag's two regional indicators
 * or a subdivision flag's tags. Unicode's grapheme rules, as far as these need them: Intl.Segmenter
 * would take them all, at about twenty microseconds a grapheme on Node 20, too slow for a card.
 */
export function canCutAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = text.charCodeAt(i - 1);
  const at = text.charCodeAt(i);
  if (isHigh(before) && isLow(at)) return false;
  if (before === 0x0d && at === 0x0a) return false;
  if (before === ZWJ) return false;
  // Nothing below U+0300 joins what is before it, and only a surrogate starts a regional indicator.
  if (at < 0x300) return true;
  const next = text.codePointAt(i) ?? at;
  if (joins(next)) return false;
  if (!isRegional(next)) return true;
  // Regional indicators pair up from the start of their run: a cut between two pairs only.
  let run = 0;
  for (let j = i; j >= 2 && isRegional(text.codePointAt(j - 2) ?? 0); j -= 2) run++;
  return run % 2 === 0;
}
