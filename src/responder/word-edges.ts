// Word edges that know letters beyond ASCII: JS's \b, even with the u flag, knows only [A-Za-z0-9_],
// so "müssen" would have one before "ü". The responder's patterns built from strings use these.

/** Not after a letter or a digit of any script. */
export const WORD_START = "(?<![\\p{L}\\p{N}])";
/** Not before a letter or a digit of any script. */
export const WORD_END = "(?![\\p{L}\\p{N}])";
/**
 * A Latin-script word's edges: not next to a Latin letter (accented ones too, "prólogo" holds no
 * "logo") or a digit, but a Latin word inside Japanese ("次のEPのジャケット") still stands alone.
 */
export const LATIN_START = "(?<![\\p{Script=Latin}\\p{N}])";
export const LATIN_END = "(?![\\p{Script=Latin}\\p{N}])";
/** Any letters: a word's endings ("nuestr" + LETTERS). */
export const LETTERS = "\\p{L}*";

/** Alternatives matched as whole words in any script, ignoring case. */
export const wholeWords = (source: string) =>
  new RegExp(`${WORD_START}(?:${source})${WORD_END}`, "iu");

/** "a b c" as "a|b|c": a list of words kept readable in the source. */
export const alternatives = (list: string) => list.trim().split(/\s+/).join("|");
