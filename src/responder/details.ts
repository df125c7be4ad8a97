// What a collaboration request names concretely. No project, count of work, role, date or
// budget = a vague ask, which gets one question back instead of a next step.

import { asksForWork } from "./asked-foreign.ts";
import { asksService } from "./asked-service.ts";
import { asksWorkByVerb, asksWorkInShorterShapes } from "./asked-work.ts";
import { durationOf } from "./duration.ts";
import { asksGuestPart } from "./guest-part.ts";
import type { Language } from "./language.ts";
import { type MoneyTerms, moneyTerms, requestTerms } from "./money.ts";
import { saysReadersPart } from "./part-said.ts";
import { theirProject, unnamedProject } from "./project.ts";
import { wantedRole } from "./role.ts";
import { statesScope } from "./scope.ts";
import { someoneForWork } from "./someone-for.ts";
import { WEEKDAY_EN, WEEKDAY_SHORT_EN } from "./weekdays.ts";
import { dividesTheWork } from "./work-divided.ts";

/** What they name; the money terms come from money.ts. */
export interface CollabDetails extends MoneyTerms {
  project?: string;
  /** They say how much work they want ("3 emotes", "a 30-second intro"), named or not. */
  scope?: true;
  role?: string;
  date?: string;
  /**
   * They ask for a piece of work by its verb and object ("contract you to review our rules",
   * "could you expand the tileset?") without a word to name it back: concrete, named as none.
   */
  asked?: true;
  /**
   * They count the work they want of the recipient or the rights to it ("2 characters rigged",
   * "license 10 of your photos"): that is what they need from the recipient, not to be asked again.
   */
  counted?: true;
  /**
   * They ask for the work by its verb in their own language ("¿harías el logo?", "描いてほしい"):
   * that says what they need, but names nothing to thank them for, so it alone does not make the
   * ask concrete.
   */
  verbAsked?: true;
  /** They leave the timing open ("no rush", "whenever suits you"): the brief does not ask it. */
  timingOpen?: true;
  /**
   * The work recurs at a pace they give ("2 videos a week", "20h/month", "a monthly column",
   * "ongoing"): that is its timing, so the brief does not ask a timeline; nothing is named back.
   */
  cadence?: true;
  /**
   * They name a piece of work to make together ("let's make a track together", "hagamos una
   * canción juntos"), or divide the work between them ("i draw ur oc, u draw mine"): the
   * recipient's part is said, not to be asked again.
   */
  together?: true;
  /**
   * They say the recipient's part in a shape that names nothing to thank them for ("would you
   * moderate?", "we'd love you to film it"): not asked again, and no ask made concrete by it.
   */
  partSaid?: true;
}

// Timing left to the recipient: nothing to name back, and nothing to ask either.
const OPEN_TIMING =
  /(?<![\p{L}\p{N}])(?:no rush|no hurry|no deadline|whenever(?:\s+(?:you|u|it|suits|works))?|anytime (?:is fine|works|this year)|at your (?:own )?pace|in your own time|timeline is (?:flexible|open)|flexible on (?:timing|the timeline|dates))(?![\p{L}\p{N}])/iu;

// Work that recurs at a pace: "2 videos a week", "4 posts/month", "10h/week", "twice a month", "a
// weekly column", "10 episodes, monthly,", "un pacote mensal", "2 vídeos por semana", "1 video a
// settimana", "月4本". Not a sum per period ("$400/month", "USD 4.500/mes", "月5万円": pay, whatever
// the work's timing), a count of weeks ("in 2 weeks"), their own events ("we run weekly locals",
// "a talk at our monthly meetup"), an audience ("8k monthly listeners"), billing ("invoiced
// monthly") nor a name ("Inkwell Weekly", "Daily Bits").
const PERIOD =
  "week|wk|month|mo|day|semana|mes|semaine|mois|woche|monat|settimana|mese|maand|tydzie[ńn]|tygodniu|miesi[ąa]c|miesi[ąa]cu|hafta|minggu|bulan";
const COUNTED_CADENCE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥₺₹.,]|[$€£¥₺₹]\\s)(?:\\d+(?:[-–]\\d+)?\\s*(?:x|times|h|hrs?|hours?|\\p{L}{2,})?|once|twice|three times)\\s*(?:/|a|an|per|por|al|à la|par|pro|alla|a la|in de|na|w)\\s*(?:${PERIOD})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}$€£¥₺₹.,])\\d+\\s*(?:h|hrs?|hours?)\\s+(?:weekly|monthly)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:haftada|ayda|seminggu|sebulan)\\s+\\d+|週\\d+|月(?!\\d+(?:[.,]\\d+)?万?円)\\d+|毎週|毎月`,
  "iu",
);
// English "weekly" and "monthly" only of the work itself, or standing alone in a list; the other
// languages' words follow their noun ("pacote mensal", "webcomic semanal"). Lower case only.
const CADENCE_WORD =
  /(?<![\p{L}\p{N}])(?<!(?:invoiced|paid|billed|payable|charged)\s)(?:(?:weekly|monthly|bi-?weekly|fortnightly)(?=(?:\s+\S+){0,3}?\s+(?:column|episodes?|uploads?|chapters?|videos?|vids?|clips|shorts|posts?|issues?|deal|package|retainer|slots?|sessions?|show|thing|podcast|streams?|series|conversation|segments?|newsletter|thumbnails?|reorders?|cup|jam|sets?)(?![\p{L}\p{N}])|\s*[,.;!?)]|\s*$)|semanal(?:es)?|mensal|mensais|semanais|mensual(?:es)?|hebdomadaire|mensuel(?:le)?|w[öo]chentlich\p{L}*|monatlich\p{L}*|settimanal[ei]|mensil[ei]|wekelijks\p{L}*|maandelijks\p{L}*|haftal[ıi]k|ayl[ıi]k|mingguan|bulanan)(?![\p{L}\p{N}])/u;
const hasCadence = (text: string) => COUNTED_CADENCE.test(text) || CADENCE_WORD.test(text);

// Months, weekdays and deadlines. "may" not as a verb ("may I send…", "you may not"); "mai"/"mei"
// only after a preposition or a day ("im Mai", "voor 1 mei"): alone they are also "never" in
// Italian and a first name; Polish "marca" likewise ("do marca"), being also "brand" in Spanish
// and Portuguese. Turkish months take a case ending ("eylülde"); Japanese has no spaces
// ("締め切りは6月"). A day and a month are numbers up to 31: not a split ("60/40"), "24/7", nor a
// price ("$0.08"). A duration is days to months: a count of episodes or hours is a scope, and an
// ordinal before "year" or "edition" is no date ("a 2nd year student").
const DATE = new RegExp(
  String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?<!\b(?:you|i|we|they|it|this|that|which|who|he|she)\s+)may(?!\s+(?:i|we|not|or|be|have|need|want|also|still|already|well|just|find|take|know|see|like|ask)\b)|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|next (?:week|month|year|${WEEKDAY_EN})|${WEEKDAY_EN}|this (?:week|month|summer|fall|spring|winter)|by (?:the )?end of \w+|(?:the )?end of (?:the )?(?:month|week|year|summer|spring|fall|autumn|winter)|deadline|(?<![$€£¥.,])(?!24\/7)(?:[012]?\d|3[01])[/.](?:[012]?\d|3[01])(?:[/.]\d{2,4})?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|augustus|maret|agustus|desember|(?:in|im|en|au|fin|bis|ab|anfang|ende|mitte|voor|tot|eind|begin|op|bulan|akhir|awal|\d{1,2}\.?)\s+(?:mai|mei))\b|(?<![\p{L}\p{N}])(?:(?:stycz(?:eń|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|cu)|(?:do|od|\d{1,2}\.?)\s+marca|kwie(?:cień|tnia|tniu)|maj[au]?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik[au]?|listopad(?:a|zie)?|grud(?:zień|nia|niu)|termin(?:ie|u|em)?|début mai|son teslim|teslim tarihi)|(?:ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik)(?:[dt][ae]|[ıiuü]n(?:d[ae])?)?)(?![\p{L}\p{N}])|\d{1,2}月|締め?切り?|〆切|納期|来月|今月|来週|月末|年内|年末|発売日|リリース日|期間|\d+\s?(?:か月|ヶ月|週間|日間)|(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|eight|ten|twelve)[ -](?:days?|weeks?|months?|nights?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:\d+|one|two|three)[ -]years?[ -](?:contract|agreement|engagement|retainer|residency|term)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d+(?:\s?[-–]\s?\d+)?\s(?:weken|maanden|dagen|wochen|monate[n]?|tage[n]?|semanas|meses|días|dias|semaines|mois|jours|settimane|mesi|giorni|tygodni[ea]?|miesi(?:ąc|ące|ęcy)|dni|minggu|bulan|hari)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)(?![\p{L}\p{N}])(?![ -](?:year|time|place|album|ep|edition|grade|floor|season|draft|round|person|gen|anniversary|location|branch|book|issue)(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(?:tonight|tomorrow|this weekend|next weekend)(?![\p{L}\p{N}])`,
  "iu",
);
// When said by season, occasion or sprint: "in the fall", "next spring", "for Halloween", "our
// spring campaign", "the summer term", "ASAP", "this sprint", "next sat", "for 2025", "our 2028
// season". Not a season in a name ("Cold Summer", "Google Summer of Code"), nor the season a
// product is for ("our autumn collection", "spring tote bags"): that says which, not when.
const SEASON =
  "spring|summer|fall|autumn|winter|holidays?|christmas|xmas|halloween|easter|valentine['’]?s(?:\\s+day)?";
const SEASON_EVENT =
  "launch|release|drop|campaign|issue|season|tour|cohort|show|term|market|appeal|edition|special|festival|fair";
const SEASON_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(?:in|during|by|over|until|before)\\s+(?:the\\s+|this\\s+|next\\s+)?|(?:this|next)\\s+)(?:${SEASON})(?![\\p{L}\\p{N}'’])(?!\\s+of(?![\\p{L}\\p{N}]))|for\\s+(?:the\\s+|this\\s+|next\\s+)?(?:${SEASON})(?=\\s*(?:[,.;:!?)]|$|\\p{Extended_Pictographic})|\\s+(?:and|so|but|too)(?![\\p{L}\\p{N}]))|(?:${SEASON})\\s+(?:${SEASON_EVENT})(?![\\p{L}\\p{N}])|asap|this\\s+sprint|next\\s+sprint|(?:this|next)\\s+season|this\\s+year['’]s(?=\\s+(?:${SEASON_EVENT}|edition|conference|event|visual|identity|programme|program|lineup|line-up))|next\\s+(?:${WEEKDAY_SHORT_EN})(?![\\p{L}\\p{N}])|(?:for|by)\\s+20[2-9]\\d(?![\\p{L}\\p{N}])|20[2-9]\\d\\s+season)(?![\\p{L}\\p{N}])`,
  "iu",
);

// The same in the corpus's other languages, after a preposition or "this"/"next" only, as with
// "in the fall": "im Herbst", "bis zum Sommer", "en otoño", "este verano", "no verão", "cet été",
// "au printemps", "in primavera", "quest'estate", "pour Noël", "voor de zomer". A season word
// alone is often a name ("Primavera Sound", "Estate" as an estate).
const FOREIGN_SEASON = [
  "herbst|sommer|frühling|frühjahr|winter|weihnachten|ostern",
  "otoño|verano|primavera|invierno|navidad|navidades|pascua",
  "outono|verão|verao|primavera|inverno|natal|páscoa|pascoa",
  "automne|été|printemps|hiver|noël|noel|pâques|paques",
  "autunno|estate|primavera|inverno|natale|pasqua",
  "herfst|zomer|lente|voorjaar|winter|kerst|kerstmis|pasen",
].join("|");
// Before the season: a preposition or "this"/"next", then an article maybe ("zum", "o", "l'").
const FOREIGN_SEASON_LEAD = [
  "im|in|bis(?:\\s+zum)?|ab|zu|vor\\s+dem|nach\\s+dem|diesen|dieses|nächsten|nächstes|kommenden",
  "en|para|antes\\s+de|hasta|este|esta|el\\s+próximo|la\\s+próxima",
  "no|na|neste|nesta|pelo|pela|até\\s+[oa]|antes\\s+d[oa]|próximo|próxima",
  "au|cet|cette|pour|avant|d['’]ici|à",
  "in|per|entro|prima\\s+di|questo|questa|la\\s+prossima|il\\s+prossimo",
  "in\\s+de|voor\\s+de|deze|na\\s+de|rond|tegen\\s+de|komende",
].join("|");
const FOREIGN_SEASON_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:(?:${FOREIGN_SEASON_LEAD})\\s+(?:(?:la|el|o|a|le|les|het|de)\\s+|l['’])?|quest['’])(?:${FOREIGN_SEASON})(?![\\p{L}\\p{N}])`,
  "iu",
);

/**
 * A season said as a timing, not one in a name: in another language, "en el Primavera Sound" has
 * capitals on two words, where only German gives every noun one.
 */
function seasonIn(text: string, english: boolean, language?: Language): string | undefined {
  const m = (english ? SEASON_DATE : FOREIGN_SEASON_DATE).exec(text);
  if (!m) return undefined;
  if (!english && language !== "de") {
    const season = m[0].slice(m[0].search(/\p{L}+$/u));
    const after = text.slice(m.index + m[0].length);
    if (/^\p{Lu}/u.test(season) && /^\s+\p{Lu}/u.test(after)) return undefined;
  }
  return m[0].trim();
}

/** What they named; `language` (the text's) tells whether capitals mark a name or every noun. */
export function collabDetails(text: string, language?: Language): CollabDetails {
  const details: CollabDetails = {};
  const found = (re: RegExp) => re.exec(text)?.[0].trim();
  const counted = statesScope(text, language);
  const scope = counted || unnamedProject(text, language);
  const project = theirProject(text, language, scope);
  const role = wantedRole(text, language);
  const date = found(DATE);
  if (project) details.project = project;
  if (scope) details.scope = true;
  if (role) details.role = role;
  if (date) details.date = date;
  const english = language === undefined || language === "en";
  const joint = JOINT.test(text);
  // A person named for a piece ("someone for the soundtrack") asks for it as "someone to
  // score…" does; in the other languages, as their verbs do.
  const someoneFor = someoneForWork(text, language) && !joint;
  // A guest's part ("come on my podcast", "averti ospite") says it too.
  const guest = asksGuestPart(text, english ? "en" : language);
  // The shorter shapes ("wanna do the 7DRL together?") and the other languages' verbs ("un
  // calendario insieme") may name a thing made together: no piece of work asked of them.
  if (
    asksWorkByVerb(text) ||
    asksService(text) ||
    (asksWorkInShorterShapes(text) && !joint) ||
    (english && (someoneFor || guest))
  )
    details.asked = true;
  else if ((asksForWork(text, language) && !joint) || someoneFor || guest) details.verbAsked = true;
  if (!date && OPEN_TIMING.test(text)) details.timingOpen = true;
  if (!date && hasCadence(text)) details.cadence = true;
  const money = moneyTerms(text);
  if (counted && (money.budget !== undefined || !joint)) details.counted = true;
  // Made together, or the work divided between them ("i draw ur oc, u draw mine"): their part
  // is said.
  if (
    ((project || scope) && MADE_TOGETHER.test(text) && !SOMETHING.test(text)) ||
    dividesTheWork(text, english ? "en" : language)
  )
    details.together = true;
  if (saysReadersPart(text, english ? "en" : language)) details.partSaid = true;
  const named = { ...details, ...requestTerms(text, money) };
  // "Quer colaborar num projeto?", "Hast du Lust auf ein gemeinsames Projekt?": the word alone
  // names no more than English's "a project" does, when nothing else is named beside it.
  // Not in a compound, which names it ("ein Tanztheater-Projekt").
  if (
    named.project !== undefined &&
    PROJECT_WORD.test(named.project) &&
    !text.toLowerCase().includes(`-${named.project.toLowerCase()}`)
  ) {
    const { project: _, ...rest } = named;
    if (!isConcrete(rest) && !rest.verbAsked) delete named.project;
  }
  // A season alone ("for the autumn window", "tape by summer?") does not make a vague ask concrete:
  // it is the timing only of an ask that names something else.
  const seasonal = !date && isConcrete(named) ? seasonIn(text, english, language) : undefined;
  // So does how long the work lasts in words ("consult for a month", "durante un mes").
  const lasting = !date && !seasonal && isConcrete(named) ? durationOf(text) : undefined;
  const timing = seasonal ?? lasting;
  if (timing) {
    named.date = timing;
    delete named.timingOpen;
  }
  return named;
}

// Work made together ("collab on a track", "a duet cover", "lets make a song", "un cómic
// juntos"): a count of it says what the two make, not what the recipient's part is. Only pay
// named ("$300", "split 50/50") makes it a job whose work is named.
const JOINT =
  /(?<![\p{L}\p{N}])(?:collab\w*|together|duet|jam|crossover|team up|joint|with (?:me|someone)|we (?:make|do|write|record|cook|film)|let'?s (?:make|do|write|record|cook|film)|(?:wanna|want to|tryna|down to) (?:make|do|cook|write|record) (?:a|an|some)|co-?(?:write|produce|create|author)\w*|juntos|juntas|insieme|ensemble|zusammen|samen|razem|birlikte|bareng|bersama)(?![\p{L}\p{N}])|一緒に/iu;

// Made together, said as such: not "collab" or "team up", which name a way of working rather than
// what the recipient does ("a collab on our app" still leaves their part to ask).
// "putting together a compilation", "our styles would go well together" make nothing together.
const MADE_TOGETHER =
  /(?<![\p{L}\p{N}])(?<!(?:put|puts|putting|pull|pulling|get|getting|go|goes|well|fit|fits)\s+)(?:together|duet|co-?(?:write|produce|create|author)\w*|juntos|juntas|conmigo|comigo|insieme|con me|ensemble|avec moi|zusammen|gemeinsam|mit mir|samen|met mij|razem|wsp[óo]lnie|birlikte|benimle|bareng|bersama)(?![\p{L}\p{N}])|一緒に/iu;

// "do something together", "hacer algo juntos", "一緒に何か": what they make is still open.
const SOMETHING =
  /(?<![\p{L}\p{N}])(?:something|anything|algo|alguma coisa|uma parada|qualcosa|quelque chose|etwas|iets|co[śs]|bir şey|sesuatu)(?![\p{L}\p{N}])|何か/iu;

// The word "project" itself, in the languages whose PROJECTS list holds it.
const PROJECT_WORD = /^(?:proyecto|projeto|projet|projekt|progetto|proje|proyek)$/iu;

export function isConcrete(details: CollabDetails): boolean {
  return Boolean(
    details.project ||
      details.scope ||
      details.role ||
      details.date ||
      details.budget ||
      details.paidWork ||
      details.asked,
  );
}

/**
 * What a brief should still cover of scope, timeline and budget: what they did not name (a
 * project named counts for the scope, and so does a count: "3 emotes"). After "a short film,
 * budget $2k": the timeline.
 */
export function missingFromBrief(details: CollabDetails): Array<"scope" | "timeline" | "budget"> {
  const missing: Array<"scope" | "timeline" | "budget"> = [];
  if (!details.project && !details.scope) missing.push("scope");
  if (!details.date && !details.timingOpen && !details.cadence) missing.push("timeline");
  if (!details.budget && !details.unpaid && !details.paid) missing.push("budget");
  return missing;
}

/**
 * They already said what they want of the recipient: a role offered ("hiring an audio engineer"),
 * work asked by its verb ("could you mix it"), work counted out ("need 12 emotes", "license 3
 * of your photos"), or work named to make together ("let's make a track together"). Asking "what
 * you need from me" would ask it again.
 */
export function saysWhatTheyNeed(details: CollabDetails): boolean {
  return Boolean(
    details.role ||
      details.asked ||
      details.verbAsked ||
      details.counted ||
      details.together ||
      details.partSaid,
  );
}
