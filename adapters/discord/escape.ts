// Strangers' and the LLM's text on a card, shown as typed: every character Discord's markdown
// would act on gets a backslash, in one pass that stops once the card's room is full. discord.js's
// escapeMarkdown runs a dozen regexes with look-behinds over the whole text, and took 0.2-0.8 s
// on a 4,000-character DM of backslashes; a card renders at least twice per review.

const MARKER = "… (cut)";

/** Markdown anywhere in a line: emphasis, code, spoilers, masked links, mentions and quotes. */
const ANYWHERE = new Set(["\\", "*", "_", "~", "`", "|", "[", "]", "<", ">"]);

/** Markdown only at a line's start (after its indent): headings, lists and subtext. */
const LINE_START = new Set(["#", "-", "+"]);

/** The marker that also says how much was left out, as Slack's cards do: for the sender's DM. */
function countedMarker(charsLeft: number): string {
  return `… (cut: ${charsLeft.toLocaleString("en-US")} more characters not shown)`;
}

/**
 * `text` with its markdown escaped, at most `max` characters, ending with a marker when it had to
 * cut; with `counted`, the marker says how many characters were left out. Bare links (`https://…` after a non-word character, up to a space or `<`) are left as typed
 * but for brackets: Discord shows them as links and would take a backslash inside one as part of
 * the address.
 */
export function escapeMarkdownWithin(text: string, max: number, counted = false): string {
  if (max <= 0) return "";
  // Pieces (a character, an escaped character or a surrogate pair) so a cut never splits one,
  // and how many characters of `text` each stands for.
  const pieces: string[] = [];
  const raw: number[] = [];
  let length = 0;
  let lineStart = true;
  let digitsFromLineStart = false;
  let inLink = false;
  let i = 0;
  while (i < text.length && length <= max) {
    const ch = text.charAt(i);
    let piece = ch;
    if (inLink && (ch === " " || ch === "\n" || ch === "\t" || ch === "<")) inLink = false;
    if (!inLink && ch === "h" && !isWordChar(text.charAt(i - 1)) && startsLink(text, i)) {
      inLink = true;
    }
    if (inLink && ch !== "[" && ch !== "]") {
      // As typed. Brackets never: a masked link written inside what looks like an address must
      // not come alive if Discord does not take that address for a link.
    } else if (ANYWHERE.has(ch) || (lineStart && LINE_START.has(ch))) {
      piece = `\\${ch}`;
    } else if (ch === "." && digitsFromLineStart) {
      // "1. " at a line's start would be a numbered list.
      piece = "\\.";
    }
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) piece = text.slice(i, i + 2);
    const digit = ch >= "0" && ch <= "9";
    digitsFromLineStart = digit && (lineStart || digitsFromLineStart);
    lineStart = ch === "\n" || (lineStart && (ch === " " || ch === "\t"));
    const step = piece.length === 2 && piece.charAt(0) !== "\\" ? 2 : 1;
    pieces.push(piece);
    raw.push(step);
    length += piece.length;
    i += step;
  }
  if (i >= text.length && length <= max) return pieces.join("");
  // Cut: drop whole pieces until the marker fits (a counted one grows as pieces go).
  // Characters as the reader counts them: an emoji left out is one.
  let left = counted ? [...text.slice(raw.reduce((n, r) => n + r, 0))].length : 0;
  const marker = () => (counted ? countedMarker(left) : MARKER);
  while (pieces.length > 0 && length > max - marker().length) {
    length -= pieces.pop()?.length ?? 0;
    raw.pop();
    left += 1;
  }
  return `${pieces.join("")}${marker()}`.slice(0, max);
}

function isWordChar(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

/** Not findLinks: what counts is what Discord itself shows as a link, only http(s):// ones. */
function startsLink(text: string, i: number): boolean {
  const head = text.slice(i, i + 8).toLowerCase();
  return head.startsWith("https://") || head.startsWith("http://");
}
