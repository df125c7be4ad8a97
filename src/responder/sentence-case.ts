// A word named back inside the reply's sentence keeps a capital only when the word has one of its
// own. "Podcast'imiz için…", "Logo for my shop?" or "Library routing kakak…" began a sentence, so
// the reply says "proje (podcast)"; "EP", "BD", and a word written capitalised inside a sentence
// elsewhere too (a name) stay as written. German capitalises every noun, so it keeps them all.
// A word shouted in capitals is lower-cased in every language.

import type { Language } from "./language.ts";

// Before a sentence's first word: spaces, quotes, an opening bracket, emoji. Walked back at most
// this far.
const LEAD = /[\s"'“”‘’«»„(]|\uFE0F|\u200D|\p{Extended_Pictographic}/u;
const LEAD_REACH = 12;
// What ends the sentence before: its punctuation, a "[PAID]" tag, or a new message (a newline).
const ENDS_SENTENCE = new Set([".", "!", "?", "…", ":", "]", "\n"]);
// A capital at the start only: "Podcast", "Kısa film", not "EP" or "McKee".
const SENTENCE_CASE = /^\p{Lu}[^\p{Lu}]*$/u;

/** Whether `start` is the first word of a sentence (or of the text) in `text`. */
function beginsSentence(text: string, start: number): boolean {
  const floor = Math.max(0, start - LEAD_REACH);
  let i = start;
  while (i > floor) {
    const ch = text[i - 1] as string;
    if (ch === "\n") return true;
    if (!LEAD.test(ch)) break;
    i--;
  }
  if (i === 0) return true;
  return ENDS_SENTENCE.has(text[i - 1] as string) && i < start;
}

/** Whether the word appears capitalised inside a sentence elsewhere in the text: a name. */
function capitalisedElsewhere(text: string, word: string, start: number): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at !== start && !beginsSentence(text, at)) return true;
  }
  return false;
}

// A word in capitals among others in capitals ("NEED A LOGO FOR MY SHOP") was shouted, not
// spelled: named back in a calm reply it reads "the logo". Short acronyms stay ("MY EP").
const SHOUTED = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u;
// ...or a tag in capitals beside it ("💍 PAID GIG 💍", "🎶 COMPILATION CALL 🎶"): a headline.
const CAPS_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{3,}\s+$/u;
const CAPS_AFTER = /^\s+\p{Lu}{3,}(?![\p{L}\p{N}])/u;
const ACRONYMS = new Set(["API", "SDK", "CLI", "OST", "RPG", "NFT", "MMO", "VFX", "SFX", "DLC"]);
const SHOUT_REACH = 20;

function shouted(text: string, start: number, word: string): boolean {
  if (!SHOUTED.test(word) || word.length < 3 || ACRONYMS.has(word)) return false;
  const before = text.slice(Math.max(0, start - SHOUT_REACH), start);
  const after = text.slice(start + word.length, start + word.length + SHOUT_REACH);
  if (CAPS_BEFORE.test(before) || CAPS_AFTER.test(after)) return true;
  const around = before + after;
  // Around it, capitals and no small letters: Japanese has neither ("配信用にBGMを").
  return !/\p{Ll}/u.test(around) && (around.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

/**
 * `word`, found at `start` in `text`, as it reads inside the reply: lower-cased when its only
 * capital came from beginning a sentence, or its capitals from shouting.
 */
export function namedInSentence(
  text: string,
  start: number,
  word: string,
  language?: Language,
): string {
  if (shouted(text, start, word)) return word.toLocaleLowerCase(language ?? "en");
  if (language === "de" || !SENTENCE_CASE.test(word) || !beginsSentence(text, start)) return word;
  if (capitalisedElsewhere(text, word, start)) return word;
  const first = String.fromCodePoint(word.codePointAt(0) as number);
  return first.toLocaleLowerCase(language ?? "en") + word.slice(first.length);
}
