// Measures of a message's text the named features read: a question put to the recipient, a phone
// number's digits, emoji, characters counted, the share of capitals. Each written for the hot path
// (no regex over the whole text from every position, no strings per character).
import { YOU } from "./keywords.ts";

// Needs the text between the pronoun and the question mark, so it stays a regex, run only when
// the message has both.
const YOU_RE = `(?:${YOU})`;
export const QUESTION_TO_YOU = new RegExp(`\\b${YOU_RE}\\b[^?.!\\n]*\\?|[¿][^?]*\\b${YOU_RE}\\b`);
// The first pronoun or clause end from a point on: QUESTION_TO_YOU read one question at a time.
const YOU_OR_CLAUSE_END = new RegExp(`\\b${YOU_RE}\\b|[?.!\\n]`, "g");

/**
 * QUESTION_TO_YOU's answer. Without a '¿' it asks for a pronoun in a clause (no ?.! or newline)
 * that ends in '?': only those clauses are searched, not the whole text from every position.
 */
export function asksYou(norm: string): boolean {
  if (norm.includes("¿")) return QUESTION_TO_YOU.test(norm);
  for (let q = norm.indexOf("?"); q >= 0; q = norm.indexOf("?", q + 1)) {
    let start = q;
    while (start > 0 && !isClauseEnd(norm.charCodeAt(start - 1))) start--;
    YOU_OR_CLAUSE_END.lastIndex = start;
    const m = YOU_OR_CLAUSE_END.exec(norm);
    if (m !== null && m.index < q) return true;
  }
  return false;
}

const isClauseEnd = (c: number) => c === 63 || c === 46 || c === 33 || c === 10;

/** At least nine ASCII digits: a phone number needs them. */
export const NINE_DIGITS = /^(?:\D*\d){9}/;
/**
 * At least three emoji code units: astral pairs' lead units and the symbol blocks. Without the
 * u flag the classes read code units, as a loop over charCodeAt would.
 */
export const THREE_EMOJI =
  /^(?:[^\ud83c-\ud83e\u2600-\u27bf\u2b00-\u2bff]*[\ud83c-\ud83e\u2600-\u27bf\u2b00-\u2bff]){3}/;

/** How many times `char` occurs in `text`, counting no further than `enough`. */
export function count(text: string, char: string, enough: number): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0 && ++n < enough; ) i = text.indexOf(char, i + 1);
  return n;
}

// Case of each UTF-16 code unit, worked out on first sight: bit 0 upper, bit 1 lower, bit 2 known
// (so 4 is neither). The same answer as case-mapping the unit each time, without the strings that
// costs; and read as bits to add, since branching on the case of each letter in turn is a guess
// the processor gets wrong every few letters (that cost more than the rest of the loop).
const UPPER = 1;
const LOWER = 2;
const KNOWN = 4;
const caseOf = new Uint8Array(0x10000);

function caseOfUnit(c: number): number {
  const ch = String.fromCharCode(c);
  const cls = KNOWN | (ch.toLowerCase() !== ch ? UPPER : ch.toUpperCase() !== ch ? LOWER : 0);
  caseOf[c] = cls;
  return cls;
}

for (let c = 0; c < 128; c++)
  caseOf[c] = KNOWN | (c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : 0);

/** Share of capital letters among letters. */
export function capsRatio(text: unknown): number {
  if (typeof text !== "string") return 0;
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = (caseOf[c] as number) || caseOfUnit(c);
    upper += cls & UPPER;
    lower += (cls & LOWER) >> 1;
  }
  return upper + lower >= 12 ? upper / (upper + lower) : 0;
}
