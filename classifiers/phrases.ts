// Keyword phrases matched on a message's tokens instead of regexes over its text. Which phrases
// can start at a word is worked out once per distinct word (the featurizer caches it with the
// word's other features), so a message costs one cached look-up per token, not one scan per
// feature.
//
// Pattern syntax, kept close to the regexes it replaced: alternatives split by `|`, words by a
// space, `(a|b|c)` a group (an empty alternative makes it optional), `word*` any word starting
// with `word`, `*word` any word ending with it, `_` any word, `#` a number. A "loose" pattern
// also lets its last word go on into a longer word ("collab" in "collaboration"). Every phrase
// starts at the start of a word: "earn" is not in "learn", nor "invest" in "reinvest".

/** One word position of a phrase: the words it accepts, exactly or by prefix or suffix. */
interface Slot {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
  contains: readonly string[];
  anyWord: boolean;
  number: boolean;
  /** The gaps it accepts before it, a mask of the kinds below. */
  gaps: number;
  /**
   * Bit n set: a fitting token may start with the letter 'a' + n. All bits when the slot takes
   * other starts too. A cheap first test: most tokens fit no slot.
   */
  heads: number;
  /** Bit min(n, 31) set: a fitting token may be n characters long (see lengthBits). */
  lengths: number;
}

const ANY_HEAD = -1;

/** Gaps between tokens: one space, nothing (before ?!$) or a '#'; other whitespace; one dash. */
export const SPACE = 1;
export const WHITESPACE = 2;
export const DASH = 4;

export interface Phrase {
  /** Index of the keyword set the phrase belongs to. */
  set: number;
  slots: readonly Slot[];
}

export interface KeywordSet {
  /** Whole words. */
  words?: string;
  /** Edges that may sit inside longer words, as in an unanchored regex. */
  loose?: string;
  /** Words may be apart by any whitespace, not just one space. */
  anySpace?: boolean;
}

/** Splits on `sep` outside parentheses. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === sep && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** One alternative as a list of word choices; groups of multi-word options are expanded. */
function expand(alternative: string): string[][][] {
  const words: string[][][] = [[]];
  let rest = alternative.trim();
  while (rest.length > 0) {
    if (rest.startsWith("(")) {
      const close = rest.indexOf(")");
      const options = splitTop(rest.slice(1, close), "|").map((o) => o.trim());
      rest = rest.slice(close + 1).trim();
      if (options.every((o) => o.length > 0 && !o.includes(" "))) {
        for (const w of words) w.push(options);
        continue;
      }
      // Options of different lengths ("it|this|my _", or an empty one): one phrase per option.
      const grown: string[][][] = [];
      for (const w of words)
        for (const o of options) grown.push([...w, ...(o ? o.split(/\s+/).map((x) => [x]) : [])]);
      words.splice(0, words.length, ...grown);
      continue;
    }
    const space = rest.search(/[\s(]/);
    const word = space < 0 ? rest : rest.slice(0, space);
    rest = space < 0 ? "" : rest.slice(space).trim();
    // "co-write": two tokens joined by a dash (marked on the second).
    const parts = word.split("-").map((part, i) => (i > 0 ? `-${part}` : part));
    for (const w of words) for (const part of parts) w.push([part]);
  }
  return words.filter((w) => w.length > 0);
}

function slotOf(choices: string[], last: boolean, loose: boolean, spaces: number): Slot {
  const gaps = choices[0]?.startsWith("-") ? DASH : spaces;
  // Spelled as normalize() leaves a message: accents dropped.
  const options = choices.map((o) =>
    o
      .replace(/^-/, "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC"),
  );
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  const contains: string[] = [];
  let anyWord = false;
  let number = false;
  for (const option of options) {
    if (option === "_") anyWord = true;
    else if (option === "#") number = true;
    else {
      const open = option.startsWith("*");
      const trail = (loose && last) || option.endsWith("*");
      const word = option.replace(/^\*|\*$/g, "");
      if (open && trail) contains.push(word);
      else if (open) suffixes.push(word);
      else if (trail) prefixes.push(word);
      else exact.add(word);
    }
  }
  let heads = 0;
  const headed = [...exact, ...prefixes];
  if (anyWord || number || suffixes.length > 0 || contains.length > 0) heads = ANY_HEAD;
  for (const word of headed) {
    const c = word.charCodeAt(0);
    heads = c >= 97 && c <= 122 ? heads | (1 << (c - 97)) : ANY_HEAD;
  }
  let lengths = 0;
  if (anyWord || number || prefixes.length > 0 || suffixes.length > 0 || contains.length > 0)
    lengths = -1;
  else for (const word of exact) lengths |= 1 << Math.min(word.length, 31);
  return { exact, prefixes, suffixes, contains, anyWord, number, gaps, heads, lengths };
}

/** Compiles keyword sets (bit `i` of a match is set `i`) into phrases. */
export function compilePhrases(sets: readonly KeywordSet[]): Phrase[] {
  const phrases: Phrase[] = [];
  sets.forEach((s, set) => {
    const spaces = s.anySpace ? SPACE | WHITESPACE : SPACE;
    for (const [text, loose] of [
      [s.words, false],
      [s.loose, true],
    ] as const) {
      if (!text) continue;
      for (const alternative of splitTop(text, "|"))
        for (const choices of expand(alternative))
          phrases.push({
            set,
            slots: choices.map((o, i) => slotOf(o, i === choices.length - 1, loose, spaces)),
          });
    }
  });
  return phrases;
}

/**
 * The bit of `token`'s first character in a slot's `heads`: the letter's bit for a-z, else one no
 * letter has (only ANY_HEAD takes it). `(heads & headBit(token)) === 0` is fits' first test.
 */
export function headBit(token: string): number {
  const c = token.charCodeAt(0);
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 31;
}

/** The `heads` of a phrase's second slot; ANY_HEAD for a phrase of one word. */
export function secondHeads(phrase: Phrase): number {
  return phrase.slots[1]?.heads ?? ANY_HEAD;
}

/**
 * The bits of the lengths `fits` may look up for `token` in a slot's words: its own, and its
 * stem's when it ends in a possessive "'s". `(lengths & lengthBits(token)) === 0` rules it out.
 */
export function lengthBits(token: string): number {
  const bits = 1 << Math.min(token.length, 31);
  return token.endsWith("'s") && token.indexOf("'") === token.length - 2
    ? bits | (1 << Math.min(token.length - 2, 31))
    : bits;
}

/** The `lengths` of a phrase's second slot; every length for a phrase of one word. */
export function secondLengths(phrase: Phrase): number {
  return phrase.slots[1]?.lengths ?? -1;
}

/**
 * True when `token` fits the slot. A possessive "'s" ("artist's") leaves the word it follows;
 * other clitics make another word ("won't" is not "won", "can't" is not "can").
 */
export function fits(slot: Slot, token: string): boolean {
  const c = token.charCodeAt(0);
  if (slot.heads !== ANY_HEAD && (c < 97 || c > 122 || ((slot.heads >> (c - 97)) & 1) === 0))
    return false;
  const isNumber = c >= 48 && c <= 57;
  if (slot.number && isNumber) return true;
  const apostrophe = token.indexOf("'");
  // `_` stands for a regex \w+ word: ASCII, and no clitic.
  if (slot.anyWord && apostrophe < 0 && (isNumber || (c >= 97 && c <= 122))) return true;
  if (slot.exact.has(token)) return true;
  const stem =
    apostrophe > 0 && apostrophe === token.length - 2 && token.endsWith("'s")
      ? token.slice(0, apostrophe)
      : token;
  if (stem !== token && slot.exact.has(stem)) return true;
  for (const p of slot.prefixes) if (token.startsWith(p)) return true;
  for (const p of slot.suffixes) if (token.endsWith(p) || stem.endsWith(p)) return true;
  for (const p of slot.contains) if (token.includes(p)) return true;
  return false;
}

/**
 * Whether `phrase`, whose first word is tokens[t], goes on through the next tokens. `gaps[i]` is
 * the kind of gap (SPACE, WHITESPACE, DASH or 0) between token i-1 and token i.
 */
export function continues(
  phrase: Phrase,
  tokens: readonly string[],
  gaps: Uint8Array,
  t: number,
): boolean {
  const slots = phrase.slots;
  if (t + slots.length > tokens.length) return false;
  for (let j = 1; j < slots.length; j++) {
    const slot = slots[j] as Slot;
    if (((gaps[t + j] as number) & slot.gaps) === 0 || !fits(slot, tokens[t + j] as string))
      return false;
  }
  return true;
}
