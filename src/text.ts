// Inbound text arrives from strangers: make it safe to store, show and classify.
import { canCutAt, isHigh, isLow, LONGEST_GRAPHEME } from "./cut-points.ts";

/** Longest text we keep; a longer message is cut and the card says so. */
export const MAX_TEXT = 20_000;

/**
 * Removes NUL and other control characters (keeping tabs and newlines) and replaces broken UTF-16
 * surrogates, which would otherwise corrupt JSON and Redis round trips.
 */
export function sanitizeText(raw: string): { text: string; truncated: boolean } {
  const cleaned = raw
    .toWellFormed()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\r\n?/g, "\n");
  if (cleaned.length <= MAX_TEXT) return { text: cleaned, truncated: false };
  return { text: cleaned.slice(0, MAX_TEXT).toWellFormed(), truncated: true };
}

/**
 * A name or a note, shown on one line: control characters go (C0, DEL and C1; tabs and line breaks
 * become a space), and so do the bidi overrides and isolates that would show a name reversed or
 * push the card's own words around it.
 */
export function oneLine(raw: string): string {
  return (
    raw
      .toWellFormed()
      .replace(/[\t\n\r\v\f\u2028\u2029]+/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, "")
  );
}

// Kept apart from responder/links.ts (more endings, for briefs): these links reach the model's
// features and the LLM's prompt as message.links, so their endings stay as the model saw them.
// A link is `https://…` or `www.…` (group 1's first alternative), or a bare domain with a known
// TLD. A bare "a.a.a…" or "a-a-a…" with no TLD is then consumed whole by the last alternative (no
// group): left to the engine, it would be tried again from every one of its words, time quadratic
// in its length, and a 40,000-character message blocked the event loop for over a second. Nothing
// inside such a run can start a bare domain (its TLDs would have been found from its first word),
// and the guard stops the run where `https://` or `www.` could start.
const LINK =
  /(\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|gg|ly|me|co|app|dev|gift|xyz|tv|fm|link|to|ee|site|page|info|biz|ru|shop|store)(?:\/[^\s<>"'`]*)?)|\b(?:(?!\b(?:https?:\/\/|www\.)[^\s<>"'`])[a-z0-9-])+(?:\.(?:(?!\b(?:https?:\/\/|www\.)[^\s<>"'`])[a-z0-9-])+)*/gi;

/** Characters a sentence puts after a link, not part of it. */
const TRAILING = new Set(".,;:!?)]}>");

/** Links as written in the text, without trailing punctuation. */
export function findLinks(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(LINK)) {
    const link = m[1];
    if (link === undefined) continue;
    // A loop, not /[.,…]+$/: that regex retries from every character of a long run of dots.
    let end = link.length;
    while (end > 0 && TRAILING.has(link.charAt(end - 1))) end--;
    found.push(link.slice(0, end));
  }
  return [...new Set(found)];
}

/** How a platform counts a text against its limits: in UTF-16 units, or in code points. */
export type Unit = "utf16" | "codePoint";

/**
 * Cuts text to `max` (in `unit`s), ending with a marker when it had to cut. Only where `canCutAt`
 * allows: half an emoji would show as U+FFFD, and half of a flag, a family or a letter with its
 * accent as something else.
 */
export function cut(text: string, max: number, marker = "… (cut)", unit: Unit = "utf16"): string {
  if (measure(text, unit) <= max) return text;
  const end = fitting(text, Math.max(0, max - measure(marker, unit)), unit);
  return `${text.slice(0, end).toWellFormed()}${marker}`;
}

/** The length of `text` in `unit`s. */
export function measure(text: string, unit: Unit): number {
  return unit === "utf16" ? text.length : codePointLength(text);
}

/**
 * How much of the start of `text` (in UTF-16 units) fits in `room` `unit`s, ending where it may
 * be cut. A grapheme longer than LONGEST_GRAPHEME code points is letters under a pile of combining
 * marks, no emoji: it is cut where the room ends rather than left out whole.
 */
export function fitting(text: string, room: number, unit: Unit): number {
  let end = 0;
  let used = 0;
  while (end < text.length) {
    const step = isHigh(text.charCodeAt(end)) && isLow(text.charCodeAt(end + 1)) ? 2 : 1;
    used += unit === "utf16" ? step : 1;
    if (used > room) break;
    end += step;
  }
  let back = end;
  for (let n = 0; back > 0 && !canCutAt(text, back) && n < LONGEST_GRAPHEME; n++) {
    back -= isLow(text.charCodeAt(back - 1)) && isHigh(text.charCodeAt(back - 2)) ? 2 : 1;
  }
  return canCutAt(text, back) ? back : end;
}

/**
 * Length as the platforms count it: in Unicode code points, so an emoji is one character, not the
 * two UTF-16 units of `text.length`. Counted in place: an edit may be long.
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * Names joined by ", " as many as fit in `room` characters, then "+N more" for the rest of
 * `total`; `none` when no name fits or there are none.
 */
export function namesThatFit(names: readonly string[], room: number, total: number, none: string) {
  const shown: string[] = [];
  let length = 0;
  for (const name of names) {
    if (length + name.length + 2 > room) break;
    shown.push(name);
    length += name.length + 2;
  }
  const more = Math.max(0, total - shown.length);
  const list = shown.join(", ") || none;
  return more > 0 ? `${list} +${more} more` : list;
}
