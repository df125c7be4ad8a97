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

// A whitespace-delimited chunk that is a link: a scheme, or a dotted name ending in two or more
// letters, then a path or nothing. 'youtu' from youtu.be says nothing "has a link" does not.
const LINK_CHUNK = /https?:\/\/|\w\.[a-z]{2,}(?:[/?#:]|[)\].,!?]*$)/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const isWordCode = (c: number) =>
  c < 0x80
    ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95
    : !Number.isNaN(c) && LETTER_OR_DIGIT.test(String.fromCharCode(c));

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** The characters at [at, end) lie in a chunk of `text` (between spaces) that is a link. */
function inLink(text: string, at: number, end: number): boolean {
  let from = at;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  // Every LINK_CHUNK match has a '.' or a ':': a chunk with neither is no link, and is not cut
  // out of the text for the regex.
  let dotOrColon = false;
  for (let i = from; i < to && !dotOrColon; i++) {
    const c = text.charCodeAt(i);
    dotOrColon = c === 46 || c === 58;
  }
  return dotOrColon && LINK_CHUNK.test(text.slice(from, to));
}

/**
 * A reason's word as the sender wrote it: "hättest" for the token "hattest", "fr33" for "free";
 * null when it stands in the text only inside links. `text` is the message as `surface` reads it
 * (lower case), `fold` the model's normalisation of one word. Done for the few words a reason
 * names: a look for the word itself, and only when it is not there a scan for its written form.
 */
export function asWritten(
  token: string,
  text: string,
  fold: (word: string) => string,
): string | null {
  let inLinks = false;
  // A few occurrences decide: each costs a look at its chunk, and a stranger chooses the text.
  let looked = 0;
  for (let at = text.indexOf(token); at >= 0 && looked < 8; at = text.indexOf(token, at + 1)) {
    const end = at + token.length;
    if (isWordCode(text.charCodeAt(at - 1)) || isWordCode(text.charCodeAt(end))) continue;
    if (!inLink(text, at, end)) return token;
    inLinks = true;
    looked++;
  }
  if (inLinks) return null;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (Math.abs(word.length - token.length) > 1 || fold(word) !== token) continue;
    if (!inLink(text, m.index, m.index + word.length)) return word;
  }
  return token;
}
