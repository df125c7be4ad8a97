// Letters the model was never trained on. The corpus is in Latin-script languages and Japanese;
// a message in Cyrillic, Greek, Arabic, Hangul, Chinese (Han without kana)... gives its n-grams
// nothing learned to match, and what is left (links, digits, emoji) can read as anything.

const LETTER = /\p{L}/gu;
const UNKNOWN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Armenian}\p{Script=Georgian}]/gu;
const HAN = /\p{Script=Han}/gu;
const UNKNOWN_OR_HAN = new RegExp(`${UNKNOWN.source}|\\p{Script=Han}`, "u");
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

// Whether a code point is in UNKNOWN or Han, asked of the regex once per code point seen: the
// scan below then reads a table, where the Unicode-property regexes cost a few microseconds a
// message. 0 not yet known, 1 no, 2 yes. No such script has a letter below U+0370.
const FIRST_FOREIGN = 0x370;
const bmpForeign = new Uint8Array(0x10000);
const astralForeign = new Map<number, boolean>();

function foreign(cp: number): boolean {
  if (cp <= 0xffff) {
    let known = bmpForeign[cp] as number;
    if (known === 0) {
      known = UNKNOWN_OR_HAN.test(String.fromCharCode(cp)) ? 2 : 1;
      bmpForeign[cp] = known;
    }
    return known === 2;
  }
  let known = astralForeign.get(cp);
  if (known === undefined) {
    known = UNKNOWN_OR_HAN.test(String.fromCodePoint(cp));
    astralForeign.set(cp, known);
  }
  return known;
}

// The first code unit from U+0370 on (surrogates too), found by the regex engine's scan: quicker
// than the loop below over text with none (most messages).
const MAYBE_FOREIGN = /[\u0370-\uffff]/;

/** UNKNOWN_OR_HAN.test(text), code point by code point as the u flag reads it. */
function hasForeign(text: string): boolean {
  const first = text.search(MAYBE_FOREIGN);
  if (first < 0) return false;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_FOREIGN) continue;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (foreign(cp)) return true;
  }
  return false;
}

/** The share of the text's letters in scripts the model does not know (0 for plain ASCII). */
export function unknownScriptShare(text: string): number {
  // Most texts have no such letter: a scan that stops at the first, with nothing allocated.
  if (!hasForeign(text)) return 0;
  const letters = count(text, LETTER);
  if (letters === 0) return 0;
  // Han with no kana is Chinese; with kana, Japanese (which the model reads).
  const han = KANA.test(text) ? 0 : count(text, HAN);
  return (count(text, UNKNOWN) + han) / letters;
}
