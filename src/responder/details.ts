// What a collaboration request names concretely. No project, role, date or budget = a vague ask,
// which gets one question back instead of a next step.

export interface CollabDetails {
  project?: string;
  role?: string;
  date?: string;
  budget?: string;
}

// Group 1 is the budget; a number not followed by a currency is consumed whole by the last
// alternative instead, because the engine would otherwise retry "1.1.1…" from each of its digits
// (time quadratic in its length). No later digit of that run could match: it ends at the same place.
const BUDGET =
  /((?:[$€£¥]|R\$)\s?\d[\d.,]*\s?[kK]?|\b\d[\d.,]*\s?(?:[kK]\s)?(?:usd|eur|euros?|dollars?|bucks|gbp|pounds|reais|€|\$)|\b(?:budget|paid|rate|fee|royalt\w*|rev(?:enue)?[ -]share|equity|salary|compensation|presupuesto|pago|remunerad\w*|cachê|cachet|rémunér\w*|honorar\w*|bezahlt|gage|retribuit\w*|compenso)\b)|\b\d[\d.,]*/gi;
const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|next (?:week|month|friday|monday|year)|this (?:week|month|summer|fall|spring|winter)|by (?:the )?end of \w+|deadline|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\b/i;
const ROLE =
  /\b(?:vocalist|singer|rapper|feature|producer|mix(?:ing)? engineer|mastering|illustrat\w*|artist for|animator|composer|editor|designer|developer|dev for|engineer|writer|co-?host|guest|speaker|sponsor\w*|translator|narrator|voice actor|moderator|maintainer|contractor|freelancer|cantante|ilustrador\w*|diseñador\w*|desarrollador\w*|compositor\w*|produtor\w*|designer|illustrateur\w*|chanteu\w*|développeu\w*|sänger\w*|entwickler\w*|zeichner\w*|cantante|sviluppat\w*|illustrat\w*)\b/i;
const PROJECT =
  /\b(?:ep|album|single|(?<!\d-)track|song|remix|beat|music video|video|podcast|episode|stream|game|app|plugin|library|lib|repo|extension|website|landing page|campaign|brand|book|comic|mural|logo|album cover|cover art|tour|festival|conference|workshop|course|collection|launch|project called|disco|canción|juego|proyecto|música|jogo|projeto|chanson|jeu|projet|lied|spiel|projekt|canzone|gioco|progetto)\b/i;

export function collabDetails(text: string): CollabDetails {
  const details: CollabDetails = {};
  const found = (re: RegExp) => re.exec(text)?.[0].trim();
  const project = found(PROJECT);
  const role = found(ROLE);
  const date = found(DATE);
  const budget = firstGroup(BUDGET, text);
  if (project) details.project = project;
  if (role) details.role = role;
  if (date) details.date = date;
  if (budget) details.budget = budget;
  return details;
}

/** Group 1 of the first match that has one, trimmed. */
function firstGroup(re: RegExp, text: string): string | undefined {
  for (const m of text.matchAll(re)) if (m[1] !== undefined) return m[1].trim();
  return undefined;
}

export function isConcrete(details: CollabDetails): boolean {
  return Object.keys(details).length > 0;
}

/** "the EP, the vocalist role, mid-March and the budget" — what the reply thanks them for. */
export function describeDetails(details: CollabDetails): string {
  const parts: string[] = [];
  if (details.project) parts.push(`the ${details.project}`);
  if (details.role) parts.push(`the ${details.role} part`);
  if (details.date) parts.push("the timing");
  if (details.budget) parts.push("the budget");
  if (parts.length <= 1) return parts[0] ?? "what you have in mind";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
