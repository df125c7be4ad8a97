// Which words may appear in a "words like ..." reason: real words, not stop words or symbols.
// Decided once per distinct word (the featurizer caches it), not once per message.

/** Words too common to explain anything (en/es/pt/fr/de/it). */
const STOPWORDS = new Set(
  "the and for you your are with this that have has was but not can our out all any its just from they will what who how about would could there their them then than when were been also into some very more much here too etc que con por para una los las del como pero mas nos sus com uma por nao voce les des une est pas pour sur avec vous dans qui und der die das ein eine ist mit den dem ich sie wir ihr che per non una sono gli della".split(
    " ",
  ),
);

export function mayExplain(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && /^[\p{L}\p{N}]/u.test(word);
}
