// Slack's mrkdwn for text we did not write: escaped so it shows as typed and pings no one, and cut
// to Block Kit's limits, in Slack's characters, with a marker that says so.
import { canCutAt, LONGEST_GRAPHEME } from "../../src/cut-points.ts";
import { codePointLength, cut } from "../../src/text.ts";

/**
 * Slack's "characters" are code points, as the core counts (codePointLength): its guidance to keep
 * messages to 4,000 characters "even with a message comprised solely of non-BMP Unicode characters
 * at 4 bytes each" (RTM API limits) counts an emoji as one. No limit of Slack's (Block Kit's text
 * fields, a message's text, the modal's max_length) is documented in UTF-16 units.
 */
export const slackLength = codePointLength;

/** `cut` in Slack's characters, between graphemes. */
export function slackCut(text: string, max: number, marker?: string): string {
  return cut(text, max, marker, "codePoint");
}

/** Block Kit limits we keep (characters, blocks). */
export const LIMITS = {
  sectionText: 3000,
  sectionField: 2000,
  header: 150,
  contextText: 2000,
  blocks: 50,
  homeBlocks: 100,
  buttonText: 75,
} as const;

/**
 * Slack reads only &, < and > as control characters: escaped, a quoted `<!channel>`, `<@U…>` or
 * `<https://evil|bank.com>` is shown literally instead of pinging or masking a link.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack sends message text with &, < and > entity-escaped; the pipeline wants what was typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Escaped text as up to `maxChunks` pieces of at most `max` characters each, each line prefixed
 * with `prefix` (a block quote, say). Escapes and graphemes (an emoji sequence, a flag) are never
 * split. When it does not all fit, the last piece ends with a marker saying how much was left out.
 */
export function chunks(
  text: string,
  options: { max: number; maxChunks: number; prefix?: string },
): string[] {
  const prefix = options.prefix ?? "";
  const all = split(text, options.max, prefix, options.maxChunks);
  const fits = all.reduce((n, p) => n + p.consumed, 0) === text.length;
  if (fits) return all.map((p) => p.text);
  const kept = all.slice(0, options.maxChunks - 1);
  const consumed = kept.reduce((n, p) => n + p.consumed, 0);
  const rest = text.slice(consumed);
  const [last] = split(rest, options.max - MARKER_ROOM, prefix, 1);
  const shown = last?.consumed ?? 0;
  return [
    ...kept.map((p) => p.text),
    `${last?.text ?? ""}${marker(slackLength(rest.slice(shown)))}`,
  ];
}

/**
 * Greedy split of escaped, prefixed text into pieces of at most `max` characters (Slack's); each
 * piece's `consumed` is how much of the raw text it took, in UTF-16 units. A piece ends after the
 * last whitespace that fits, so a word is not cut across two sections; a word longer than a piece
 * is cut where it must be, where canCutAt allows. Stops after `limit` pieces, so a card that shows
 * the start of a 40,000-character message does not escape all of it (a conversation quotes up to
 * twenty such).
 */
function split(
  text: string,
  max: number,
  prefix: string,
  limit: number,
): Array<{ text: string; consumed: number }> {
  const out: Array<{ text: string; consumed: number }> = [];
  const prefixSize = slackLength(prefix);
  let current = "";
  let size = 0;
  let consumed = 0;
  let atLineStart = true;
  // Where the piece could end after its last whitespace: its text's length then and raw length.
  let lastBreak: Place | null = null;
  // The piece as it was before each of its latest characters (a ring): where a word too long for a
  // piece may end, the latest that canCutAt allows. Asked only then, as a run of flags makes each
  // answer cost its length.
  const recent = new Recent();
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    // A new piece is a new block, so it starts a new quote line.
    const lead = atLineStart || current === "";
    const escaped = escapeChar(ch);
    // Each escaped piece is one character or an ASCII entity: its length is its size.
    const grows = (lead ? prefixSize : 0) + escaped.length - (ch.length - 1);
    if (current !== "" && size + grows > max) {
      const start = i - consumed;
      const here = { length: current.length, consumed };
      const end =
        lastBreak ??
        (canCutAt(text, i) ? here : recent.latest((taken) => canCutAt(text, start + taken))) ??
        here;
      out.push({ text: current.slice(0, end.length), consumed: end.consumed });
      if (out.length >= limit) return out;
      // Start the next piece again from the first character this one left out.
      i = start + end.consumed;
      current = "";
      size = 0;
      consumed = 0;
      atLineStart = true;
      lastBreak = null;
      recent.clear();
      continue;
    }
    if (consumed > 0) recent.add(current.length, consumed);
    current += `${lead ? prefix : ""}${escaped}`;
    size += grows;
    consumed += ch.length;
    i += ch.length;
    atLineStart = ch === "\n";
    if (/\s/.test(ch) && canCutAt(text, i)) lastBreak = { length: current.length, consumed };
  }
  if (current !== "" || out.length === 0) out.push({ text: current, consumed });
  return out;
}

/** A place a piece may end: its text's length there, and the raw text's length it took. */
type Place = { length: number; consumed: number };

/** The latest LONGEST_GRAPHEME places of a piece, without an allocation per character. */
class Recent {
  private readonly lengths = new Int32Array(LONGEST_GRAPHEME);
  private readonly taken = new Int32Array(LONGEST_GRAPHEME);
  private count = 0;

  add(length: number, consumed: number): void {
    const slot = this.count % LONGEST_GRAPHEME;
    this.lengths[slot] = length;
    this.taken[slot] = consumed;
    this.count++;
  }

  /** The latest place whose raw length `ok` accepts, or null. */
  latest(ok: (consumed: number) => boolean): Place | null {
    const oldest = Math.max(0, this.count - LONGEST_GRAPHEME);
    for (let n = this.count - 1; n >= oldest; n--) {
      const slot = n % LONGEST_GRAPHEME;
      const consumed = this.taken[slot] ?? 0;
      if (ok(consumed)) return { length: this.lengths[slot] ?? 0, consumed };
    }
    return null;
  }

  clear(): void {
    this.count = 0;
  }
}

/** escapeText for one character, without its three regexes: split calls it per character. */
function escapeChar(ch: string): string {
  return ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch;
}

const MARKER_ROOM = 60;

function marker(charsLeft: number): string {
  return `\n… _(cut: ${charsLeft.toLocaleString("en-US")} more characters not shown)_`;
}

/** Plain cut for a single field, ending with the same kind of marker. */
export function cutEscaped(text: string, max: number): string {
  return chunks(text, { max, maxChunks: 1 })[0] ?? "";
}

/**
 * A Slack date token: each reader sees the time in their own zone; the ISO text is the fallback.
 * `format` is Slack's: the date and time by default, "{time}" for a message within a conversation.
 */
export function when(iso: string, format = "{date_short_pretty} {time}"): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeText(iso);
  return `<!date^${Math.floor(ms / 1000)}^${format}|${iso}>`;
}

/** "slack:U123" -> a user mention (shown as a name); other actors as written, escaped. */
export function who(actor: string): string {
  const match = /^slack:([UW][A-Z0-9]+)$/.exec(actor);
  return match ? `<@${match[1]}>` : escapeText(actor);
}

/** Core messages name actors "slack:U123": show them as names in Slack. */
export function named(text: string): string {
  return escapeText(text).replace(/\bslack:([UW][A-Z0-9]+)\b/g, "<@$1>");
}
