// Inbound text arrives from strangers: make it safe to store, show and classify.

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

const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|gg|ly|me|co|app|dev|gift|xyz|tv|fm|link|to|ee|site|page|info|biz|ru|shop|store)(?:\/[^\s<>"'`]*)?/gi;

/** Links as written in the text, without trailing punctuation. */
export function findLinks(text: string): string[] {
  const found = text.match(LINK) ?? [];
  return [...new Set(found.map((l) => l.replace(/[.,;:!?)\]}>]+$/, "")))];
}

/** Cuts text to `max` characters, ending with a marker when it had to cut. */
export function cut(text: string, max: number, marker = "… (cut)"): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - marker.length)).toWellFormed()}${marker}`;
}
