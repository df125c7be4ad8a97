// Letters the model was never trained on. The corpus is in Latin-script languages and Japanese;
// a message in Cyrillic, Greek, Arabic, Hangul, Chinese (Han without kana)... gives its n-grams
// nothing learned to match, and what is left (links, digits, emoji) can read as anything.

const LETTER = /\p{L}/gu;
const UNKNOWN =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Armenian}\p{Script=Georgian}]/gu;
const HAN = /\p{Script=Han}/gu;
const UNKNOWN_ANY = new RegExp(UNKNOWN.source, "u");
const HAN_ANY = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NON_ASCII = /[^ -~\t\n\r]/;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The share of the text's letters in scripts the model does not know (0 for plain ASCII). */
export function unknownScriptShare(text: string): number {
  // Most texts have no such letter: a scan that stops at the first, with nothing allocated.
  if (!NON_ASCII.test(text) || !(UNKNOWN_ANY.test(text) || HAN_ANY.test(text))) return 0;
  const letters = count(text, LETTER);
  if (letters === 0) return 0;
  // Han with no kana is Chinese; with kana, Japanese (which the model reads).
  const han = KANA.test(text) ? 0 : count(text, HAN);
  return (count(text, UNKNOWN) + han) / letters;
}
