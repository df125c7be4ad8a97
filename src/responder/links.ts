// Links as the responder reads them, in one place: whether a text has one (their work came along;
// a question is not asked of a link) and which ones it has (a brief linked beside its word).
// Ingest's findLinks knows fewer endings: a brief on a .de or .co.uk site, or on notion.so, is one.

// Endings that make a name a domain wherever they stand, in any case. Country codes that are also
// words typed after a period without a space ("love it.It's": it, in, us, at, id, pt) are in
// WORDLIKE; .so and .ai are no ending here, as often a typo ("tried that.so now…") or the name of a
// course or a company ("the fast.ai course") as their work.
const ENDINGS = new Set(
  "com|net|org|io|co|me|gg|ly|app|dev|be|fm|art|link|to|fr|de|es|nl|pl|jp|br|uk|ca|au|eu|ch|tv|xyz|site|page|studio|info|blog|design|website|photo|shop|store|gift|ee|biz|ru|games|mx|ar|cl|pe|uy|ec|cr|se|dk|fi|cz|sk|ie|nz|za|kr|cn|tw|hk|sg|tr|gr|ro|hu|ua|space|online|tech|club|live|world".split(
    "|",
  ),
);
// Only in lower case, after a name of three letters or more (agendaweb.it), and not before an
// apostrophe or a dash.
const WORDLIKE = new Set(["it", "in", "us", "at", "id", "pt"]);
// The second level of a country's domains: "agency.com.au", "studio.co.uk", "shop.co.za".
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne)$/i;

// A scheme or "www.", or names joined by dots with a path or not. A name starts only where no
// letter, dot or dash is before it, so "a.a.a…" is tried from its start alone (the time stays
// linear in its length); its ending is checked in code, not by a list in the pattern.
const CANDIDATE =
  /(?:https?:\/\/|(?<![\w.-])www\.)[^\s<>"'`]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])(?:\/[^\s<>"'`]*)?/gi;

/** Characters a sentence puts after a link, not part of it. */
const TRAILING = new Set(".,;:!?)]}>");

/** The link without what trails it: a loop, as /[.,…]+$/ retries from every dot of a long run. */
function trimmed(found: string): string {
  let end = found.length;
  while (end > 0 && TRAILING.has(found.charAt(end - 1))) end--;
  return found.slice(0, end);
}

/** Whether a name found at `index` in `text` reads as a link, and the link without what trails it. */
function asLink(
  found: string,
  text: string,
  index: number,
  also: ReadonlySet<string>,
): string | undefined {
  const link = trimmed(found);
  if (/^(?:https?:\/\/|www\.)/i.test(link)) return link;
  const slash = link.indexOf("/");
  // A name with a path after it is a link whatever its ending: a sentence has no "word.word/word".
  if (slash > 0 && /[\w~%@-]/.test(link.charAt(slash + 1))) return link;
  const host = slash > 0 ? link.slice(0, slash) : link;
  const labels = host.split(".");
  const ending = labels.at(-1) ?? "";
  if (ENDINGS.has(ending.toLowerCase()) || also.has(ending.toLowerCase())) return link;
  if (ending.length === 2 && labels.length > 2 && SECOND_LEVEL.test(labels.at(-2) ?? ""))
    return link;
  const next = text.charAt(index + host.length);
  return WORDLIKE.has(ending) && /^[a-z0-9-]{3,}$/.test(labels.at(-2) ?? "") && !/['’-]/.test(next)
    ? link
    : undefined;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The links of a text, as written, without trailing punctuation. `also` adds endings (in lower
 * case) for a reader that would rather see a word than miss a link.
 */
export function linksIn(text: string, also: ReadonlySet<string> = NONE): string[] {
  if (!text.includes(".")) return [];
  const out: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const link = asLink(m[0], text, m.index, also);
    if (link !== undefined) out.push(link);
  }
  return [...new Set(out)];
}

/** The text has a link. */
export function hasLink(text: string): boolean {
  // Every link has a dot; most words read one at a time have none.
  if (!text.includes(".")) return false;
  for (const m of text.matchAll(CANDIDATE))
    if (asLink(m[0], text, m.index, NONE) !== undefined) return true;
  return false;
}
