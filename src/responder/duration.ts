// How long the work lasts, said with an article or a word for the number: "for a month", "consult
// for a couple of weeks", "over the next year", "a fortnight-long audit", "durante un mes", "pendant
// un mois", "für einen Monat", "per due settimane". That is its timing, as "6 weeks" is (DATE in
// details.ts reads the counts in digits), so the brief does not ask for a timeline again.

// English: "for/over" and a length. Not "in a week" (when they answer), nor a time gone by, which
// durationOf sets aside by the words around it.
const EN =
  "(?:for|over)\\s+(?:about\\s+|around\\s+|roughly\\s+|at\\s+least\\s+)?(?:a|one|the\\s+next|a\\s+couple\\s+of|(?:the\\s+next\\s+)?(?:two|three|four|five|six))\\s+(?:weeks?|months?|years?|fortnight)|(?:a|one|two|three)[- ](?:week|month|fortnight)[- ]long|fortnight-long";
// The template languages: "durante un mes", "por dos semanas", "durante um mês", "pendant un mois",
// "sur deux semaines", "für einen Monat", "zwei Wochen lang", "per un mese", "per tre settimane".
const OTHERS = [
  "(?:durante|por)\\s+(?:un|una|dos|tres)\\s+(?:mes|meses|semanas?|año|años)",
  "(?:durante|por)\\s+(?:um|uma|dois|duas|três)\\s+(?:mês|meses|semanas?|ano|anos)",
  "(?:pendant|pour|sur)\\s+(?:un|une|deux|trois)\\s+(?:mois|semaines?|ans?|année)",
  "(?:für|über)\\s+(?:einen|eine|ein|zwei|drei)\\s+(?:monate?n?|wochen?|jahre?n?)|(?:einen|eine|ein|zwei|drei)\\s+(?:monate?|wochen?|jahre?)\\s+lang",
  "(?:per|durante)\\s+(?:un|una|due|tre)\\s+(?:mese|mesi|settimane?|anno|anni)",
].join("|");
const DURATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EN}|${OTHERS})(?![\\p{L}\\p{N}])`, "giu");

// A time gone by, in the clause before: "we've been using your library for a year", "I've had
// your print on my wall for a year" (not "have", as in "would you have time"); or after: "for a year now", "For a year we've
// kept a fork". English only: the other languages say it with other words ("desde hace un año",
// "seit einem Jahr", "depuis un an"), which DURATION does not read.
const PAST_BEFORE =
  /(?<![\p{L}\p{N}])(?:been|'ve|’ve|had|used|spent|ago|since)(?![\p{L}\p{N}])[^.!?\n]*$/iu;
const PAST_AFTER =
  /^\s*(?:now|already|straight|ago|,?\s*(?:we|i|they|you)(?:'ve|’ve| have| had))/iu;

/** How long they want the work to last, as they said it; undefined when they say none. */
export function durationOf(text: string): string | undefined {
  for (const m of text.matchAll(DURATION)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!PAST_BEFORE.test(before) && !PAST_AFTER.test(after)) return m[0];
  }
  return undefined;
}
