// Text normalisation for the local model. Spammers dodge keyword filters with fullwidth or
// "math bold" letters, zero-width joiners, accents, leetspeak and s p a c e d letters; folding
// all of these first lets one learned n-gram cover every disguise.

import { KEEPS_NFD, KEEPS_NFKC, keepsForm } from "./quick-check.ts";

/** Longest input the features look at: the ask is near the top, and the cost stays bounded. */
export const MAX_CHARS = 4000;

const ZERO_WIDTH = /\u034F|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const COMBINING = /[\u0300-\u036f]/g;
// Three or more single letters/digits separated by one space, dot, dash or star: "f r e e".
const SPACED = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .\-*_]){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
const SPACED_SEP = /[ .\-*_]/g;
// Cheap prefilters: most messages have no accents, no s p a c e d letters and no leet digits.
// What SPACED needs, in a regex without Unicode classes: four letters (not space, not ASCII
// punctuation) apart by single separators, not inside a longer run of letters or digits.
const MAYBE_SPACED = /(?<![a-z0-9])[^\s!-/:-@[-`{-~](?:[ .*_-][^\s!-/:-@[-`{-~]){3}(?![a-z0-9])/;
// The middle of a MAYBE_SPACED match, separator first: a quicker scan that rules most texts out.
const SPACED_MIDDLE = /[ .*_-][^\s!-/:-@[-`{-~][ .*_-][^\s!-/:-@[-`{-~][ .*_-]/;
// A leet digit touching a letter ("fr33", "n1tro"); "$900" and "2024" never qualify.
const LEET_DIGIT = /[a-z][013457]|[013457][a-z]/;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };

/**
 * The text as the link and message features read it: well-formed, NFKC-folded, lower case,
 * zero-width characters removed, but spelled as written (so "dlscord" and "d1scord" stay visible).
 */
export function surface(text: unknown): string {
  const raw = (typeof text === "string" ? text : "").slice(0, MAX_CHARS);
  // Plain ASCII (most messages) has nothing to fold, and neither have most emoji and punctuation:
  // skip the Unicode passes.
  if (keepsForm(raw, KEEPS_NFKC)) return raw.toLowerCase();
  return raw.toWellFormed().normalize("NFKC").toLowerCase().replace(ZERO_WIDTH, "");
}

/** The text as the n-grams read it: `surface` plus diacritics folded, de-leeted, letters un-spaced. */
export function normalize(surfaceText: string): string {
  let text = surfaceText;
  // Accents go; marks outside that block (Japanese dakuten) are put back on their letters, or
  // "ど" would split a word in two.
  if (!keepsForm(text, KEEPS_NFD))
    text = text.normalize("NFD").replace(COMBINING, "").normalize("NFC");
  if (SPACED_MIDDLE.test(text) && MAYBE_SPACED.test(text))
    text = text.replace(SPACED, (m) => m.replace(SPACED_SEP, ""));
  const leet = text.search(LEET_DIGIT);
  if (leet >= 0) text = deleetRuns(text, leet);
  return text;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isLower(c) || (c >= 48 && c <= 57);
const isLeetDigit = (c: number) =>
  c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55;

/**
 * `deleet` applied to each run of [a-z0-9], by hand: a regex replace with a callback per run
 * costs several microseconds, and only runs with a leet digit beside a letter can change. The
 * first such pair is at `first` (LEET_DIGIT's match): the runs before its run are not read.
 */
function deleetRuns(text: string, first: number): string {
  let out = "";
  let copied = 0;
  let i = first;
  while (i > 0 && isAlnum(text.charCodeAt(i - 1))) i--;
  while (i < text.length) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let mixed = false;
    let prev = -1;
    for (let c = text.charCodeAt(i); isAlnum(c); c = text.charCodeAt(++i)) {
      if ((isLower(prev) && isLeetDigit(c)) || (isLeetDigit(prev) && isLower(c))) mixed = true;
      prev = c;
    }
    if (!mixed) continue;
    const run = text.slice(start, i);
    const fixed = deleet(run);
    if (fixed !== run) {
      out += text.slice(copied, start) + fixed;
      copied = i;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * "fr33 n1tr0" -> "free nitro", but "10k", "2024", "mp3", "web3" and "f4f" stay: a token is
 * de-leeted only when it starts with a letter, has at least two letters, uses only leet digits,
 * and either ends in a letter or has two or more leet digits.
 */
function deleet(token: string): string {
  const first = token.charCodeAt(0);
  if (first < 97 || first > 122) return token;
  let letters = 0;
  let digits = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (LEET[token[i] as string] !== undefined) digits++;
    else return token;
  }
  if (letters < 2 || digits === 0) return token;
  const last = token.charCodeAt(token.length - 1);
  if (last < 97 && digits < 2) return token;
  if (letters < 3 && digits === 1) return token;
  let out = "";
  for (const ch of token) out += LEET[ch] ?? ch;
  return out;
}
