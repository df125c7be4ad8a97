// What a collaboration request names concretely. No project, count of work, role, date or
// budget = a vague ask, which gets one question back instead of a next step.

import { asksForWork } from "./asked-foreign.ts";
import { asksService } from "./asked-service.ts";
import type { Dialect } from "./dialect.ts";
import type { Language } from "./language.ts";
import { type MoneyTerms, moneyTerms, requestTerms } from "./money.ts";
import { offerSpans } from "./offer.ts";
import { PROJECTS, theirProject, unnamedProject } from "./project.ts";
import { wantedRole } from "./role.ts";
import { statesScope } from "./scope.ts";

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
   * They name a piece of work to make together ("let's make a track together", "hagamos una
   * canción juntos"): the recipient's part is making it with them, not to be asked again.
   */
  together?: true;
}

// Timing left to the recipient: nothing to name back, and nothing to ask either.
const OPEN_TIMING =
  /(?<![\p{L}\p{N}])(?:no rush|no hurry|no deadline|whenever(?:\s+(?:you|u|it|suits|works))?|anytime (?:is fine|works|this year)|at your (?:own )?pace|in your own time|timeline is (?:flexible|open)|flexible on (?:timing|the timeline|dates))(?![\p{L}\p{N}])/iu;

// Work asked of the recipient by its verb: "hire/contract/commission you to …", "could you
// review our…", "we'd love you to design our…", "want you to shoot my…", "would you be up for
// mixing it", "you'd shoot our…", "need someone to build a…", "invite you to play", "book you as
// the headliner" (not "invite you to our server": no work). English only: the other languages'
// work words are in work-words.ts. "can you make it?" is coming along, not work.
const WORK_VERB =
  "make(?!\\s+it(?![\\p{L}\\p{N}]))|create|cut|colou?r|letter|proofread|transcribe|caption|document|art-direct|customi[sz]e|review|audit|design|redesign|mix|master|edit+|knit|crochet|sew|sculpt|tattoo|tat|ink|ghostwrite|retouch|fine-tune|draw|illustrate|animate|write|translate|build|score|compose|record|shoot|photograph|paint|expand|extend|rig|model|produce|host|teach|voice|narrate|restore|tune|fix|port|localize|localise|remix|play|sing|perform|direct|judge|choreograph";
const WORK_GERUND =
  "doing(?=\\s+(?:my|our)\\s)|reviewing|auditing|designing|redesigning|mixing|mastering|editing|drawing|illustrating|animating|writing|translating|building|scoring|composing|recording|shooting|photographing|painting|producing|hosting|teaching|voicing|narrating|remixing|playing|singing|performing|directing|judging";
// What the work is done to or at: "our", "it", "a", "at our", "for the"…
const WORK_OBJECT =
  "(?:(?:at|on|for|in)\\s+)?(?:our|my|your|ur|the|a|an|it|this|these|some|me\\s+(?:a|an|some|\\d)|\\d)";
const ASKED_WORK = new RegExp(
  `(?<![\\p{L}\\p{N}])pay\\s+(?:you|u)\\s+to\\s+(?!(?:come|join|talk|chat|speak\\s+to|meet)(?![\\p{L}\\p{N}]))[\\p{L}]+|(?<![\\p{L}\\p{N}])(?:invite|inviting)\\s+(?:you|u)\\s+to\\s+(?:play|perform|speak|present|teach|judge|host|exhibit|sing|dj|apply|give|lead|run|moderate|contribute|join\\s+(?:us\\s+)?as)|book\\s+(?:you|u)\\s+as|(?:(?:contract|commission|hire|book)\\s+(?:you|u)\\s+(?:to|for)(?!\\s+(?:something|anything|a\\s+project|some\\s+work|work|stuff)(?![\\p{L}\\p{N}]))|(?:(?:would|could|can|will)\\s+(?:you|u)\\s+(?:please\\s+)?|(?:love|like|want|need)\\s+(?:for\\s+)?(?:you|u)\\s+to\\s+|(?:you'?d|you\\s+would|u'?d)\\s+|(?:someone|somebody|anyone|anybody)\\s+(?:to|who\\s+can)\\s+)(?:${WORK_VERB})\\s+${WORK_OBJECT}|would\\s+(?:you|u)\\s+be\\s+(?:up\\s+for|open\\s+to|interested\\s+in|down\\s+for|keen\\s+on)\\s+(?:${WORK_GERUND})\\s+${WORK_OBJECT})(?![\\p{L}\\p{N}])`,
  "iu",
);

// Months, weekdays and deadlines. "may" not as a verb ("may I send…", "you may not"); "mai"/"mei"
// only after a preposition or a day ("im Mai", "voor 1 mei"): alone they are also "never" in
// Italian and a first name; Polish "marca" likewise ("do marca"), being also "brand" in Spanish
// and Portuguese. Turkish months take a case ending ("eylülde"); Japanese has no spaces
// ("締め切りは6月"). A day and a month are numbers up to 31: not a split ("60/40"), "24/7", nor a
// price ("$0.08"). A duration is days to months: a count of episodes or hours is a scope, and an
// ordinal before "year" or "edition" is no date ("a 2nd year student").
const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?<!\b(?:you|i|we|they|it|this|that|which|who|he|she)\s+)may(?!\s+(?:i|we|not|or|be|have|need|want|also|still|already|well|just|find|take|know|see|like|ask)\b)|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|next (?:week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|month|summer|fall|spring|winter)|by (?:the )?end of \w+|(?:the )?end of (?:the )?(?:month|week|year|summer|spring|fall|autumn|winter)|deadline|(?<![$€£¥.,])(?!24\/7)(?:[012]?\d|3[01])[/.](?:[012]?\d|3[01])(?:[/.]\d{2,4})?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|augustus|maret|agustus|desember|(?:in|im|en|au|fin|bis|ab|anfang|ende|mitte|voor|tot|eind|begin|op|bulan|akhir|awal|\d{1,2}\.?)\s+(?:mai|mei))\b|(?<![\p{L}\p{N}])(?:(?:stycz(?:eń|nia|niu)|lut(?:y|ego|ym)|mar(?:zec|cu)|(?:do|od|\d{1,2}\.?)\s+marca|kwie(?:cień|tnia|tniu)|maj[au]?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik[au]?|listopad(?:a|zie)?|grud(?:zień|nia|niu)|termin(?:ie|u|em)?|début mai|son teslim|teslim tarihi)|(?:ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik)(?:[dt][ae]|[ıiuü]n(?:d[ae])?)?)(?![\p{L}\p{N}])|\d{1,2}月|締め?切り?|〆切|納期|来月|今月|来週|月末|年内|年末|発売日|リリース日|期間|\d+\s?(?:か月|ヶ月|週間|日間)|(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|eight|ten|twelve)[ -](?:days?|weeks?|months?|nights?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:\d+|one|two|three)[ -]years?[ -](?:contract|agreement|engagement|retainer|residency|term)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d+(?:\s?[-–]\s?\d+)?\s(?:weken|maanden|dagen|wochen|monate[n]?|tage[n]?|semanas|meses|días|dias|semaines|mois|jours|settimane|mesi|giorni|tygodni[ea]?|miesi(?:ąc|ące|ęcy)|dni|minggu|bulan|hari)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)(?![\p{L}\p{N}])(?![ -](?:year|time|place|album|ep|edition|grade|floor|season|draft|round|person|gen|anniversary|location|branch|book|issue)(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(?:tonight|tomorrow|this weekend|next weekend)(?![\p{L}\p{N}])/iu;
/**
 * What a sender offering their own service or help names as the work: a project word in the
 * clause that offers it, the recipient's own included ("redesign your app" names "app"), or
 * undefined. Not the first project word anywhere: that was as often their own trade ("video
 * editor"), where they heard of the recipient ("in the songwriters server") or what the work is
 * for ("your logo reel", offering sound design). An offer of "it" ("i'd mix it for $90") is of
 * the nearest one named before. In Japanese and Turkish the work comes before the verb that
 * offers it ("次の曲で歌詞を書かせて"): the nearest word before it in the sentence.
 */
export function offeredWork(text: string, language?: Language): CollabDetails | undefined {
  const sov = language === "ja" || language === "tr";
  for (const offer of offerSpans(text)) {
    const clause = sov
      ? text.slice(sentenceStart(text, offer.start), offer.end)
      : cutAtClauseEnd(text.slice(offer.start, offer.end + AFTER_OFFER), offer.end - offer.start);
    const words = workWords(clause);
    const word = sov ? words.at(-1) : words[0];
    if (word) return { project: word };
    if (sov || !PRONOUN.test(clause)) continue;
    const earlier = workWords(text.slice(Math.max(0, offer.start - BEFORE_OFFER), offer.start));
    const antecedent = earlier.at(-1);
    if (antecedent) return { project: antecedent };
  }
  return undefined;
}

/** The project words of a stretch of text, but for a trade ("video editor") or a swap. */
function workWords(stretch: string): string[] {
  return [...stretch.matchAll(PROJECTS)]
    .filter(
      (m) =>
        !NOT_WORK.test(m[0]) &&
        !TRADE_AFTER.test(stretch.slice(m.index + m[0].length)) &&
        !OWN_BEFORE.test(stretch.slice(Math.max(0, m.index - 40), m.index)),
    )
    .map((m) => m[0].trim());
}

/** How far after an offer's words the thing it is for may stand: "mix your next track". */
const AFTER_OFFER = 60;
/** How far before an offer of "it" the thing it stands for may be: "the song is beautiful…". */
const BEFORE_OFFER = 120;
// A trade, not the work: "a video editor", "session drummer", "game developer".
const TRADE_AFTER =
  /^[ \t]+(?!(?:after|other|over|under|ever|never|either|rather|together|whatever|later|better|sooner|faster)(?![\p{L}\p{N}]))\p{L}{3,}(?:er|or|ist|ian)s?(?![\p{L}\p{N}])/iu;
// The sender's own work, not the recipient's: "i wrote the LandClaims+ plugin".
const OWN_BEFORE =
  /(?<![\p{L}\p{N}])(?:my|our|i\s+(?:wrote|run|made|maintain|built|own))\s+(?:[^\s.!?]+\s+){0,3}$/iu;
// The terms of an offer, not its work: "posso traduzir em troca de créditos".
const NOT_WORK =
  /^(?:swap|art trade|trade|intercambio|échange|troca|tausch|ruil|wymian\p{L}*|takas|tukar)$/iu;
// The offer's object is a word that stands for one named before: "i'd mix it", "chętnie to zrobię".
const PRONOUN = /(?<![\p{L}\p{N}'’])(?:it|this|that|them|to)(?![\p{L}\p{N}'’])/iu;
// Where an offer's clause ends: "i'll redesign it for free if we co-own it and launch on the app";
// not at the dot of "pt_br.json".
const CLAUSE_END =
  /[.!?;](?=\s|$)|[\n。！？]|\s(?:and|if|but|so|then|or|while|because|since|in exchange|unless)(?![\p{L}\p{N}])/iu;

/** The clause from an offer's start: all of its own words, then up to a clause end. */
function cutAtClauseEnd(text: string, offerLength: number): string {
  const end = CLAUSE_END.exec(text.slice(offerLength));
  return end ? text.slice(0, offerLength + end.index) : text;
}

/** Where the sentence holding `at` starts (at most 200 characters back). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 200);
  const head = text.slice(from, at);
  const m = /[.!?\n。！？][^.!?\n。！？]*$/u.exec(head);
  return m ? from + m.index + 1 : from;
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
  if (ASKED_WORK.test(text) || asksService(text)) details.asked = true;
  // Something made together ("un calendario insieme") is no piece of work asked of them.
  else if (asksForWork(text, language) && !JOINT.test(text)) details.verbAsked = true;
  if (!date && OPEN_TIMING.test(text)) details.timingOpen = true;
  const money = moneyTerms(text);
  if (counted && (money.budget !== undefined || !JOINT.test(text))) details.counted = true;
  if ((project || scope) && MADE_TOGETHER.test(text) && !SOMETHING.test(text))
    details.together = true;
  return { ...details, ...requestTerms(text, money) };
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

interface DetailWords {
  project: (p: string) => string;
  /** How much work they want, named back when no project word says it. */
  scope: string;
  role: (r: string) => string;
  date: string;
  budget: string;
  and: string;
  none: string;
  /** What a brief covers, as asked for: scope, timeline, budget, and what they need from me. */
  brief: { scope: string; timeline: string; budget: string; need: string };
  /**
   * The words above that say "you", in the formal register ("deine Idee" -> "Ihre Idee"), for a
   * formal draft: one that says "Sie" must not name back "was du von mir brauchst".
   */
  formal?: { none: string; need: string };
}

/** English role words that name a person rather than a task. */
const PERSON = /(?:er|or|ist|ant|ian|ent|guest|host|dev)$/i;

// How each language names back what the sender named; the project and role stay in their words.
// Brazilian Portuguese, the shipped Portuguese.
const PORTUGUESE: DetailWords = {
  project: (p) => `o projeto (${p})`,
  scope: "o escopo",
  role: (r) => `o papel de ${r}`,
  date: "o prazo",
  budget: "o orçamento",
  and: "e",
  none: "o que você tem em mente",
  brief: {
    scope: "escopo",
    timeline: "prazos",
    budget: "orçamento",
    need: "o que você precisa de mim",
  },
};

const DETAIL_WORDS: Record<Language | Dialect, DetailWords> = {
  en: {
    project: (p) => `the ${p}`,
    scope: "the scope",
    // A person ("the engineer role"), or a task ("the mastering part").
    role: (r) => (PERSON.test(r) ? `the ${r} role` : `the ${r} part`),
    date: "the timing",
    budget: "the budget",
    and: "and",
    none: "what you have in mind",
    brief: {
      scope: "scope",
      timeline: "timeline",
      budget: "budget",
      need: "what you need from me",
    },
  },
  es: {
    project: (p) => `el proyecto (${p})`,
    scope: "el alcance",
    role: (r) => `el papel de ${r}`,
    date: "las fechas",
    budget: "el presupuesto",
    and: "y",
    none: "lo que tienes en mente",
    brief: {
      scope: "alcance",
      timeline: "plazos",
      budget: "presupuesto",
      need: "qué necesitas de mí",
    },
    formal: { none: "lo que tiene en mente", need: "qué necesita de mí" },
  },
  pt: PORTUGUESE,
  // European Portuguese (dialect.ts): "tu", and "âmbito" for the scope.
  "pt-PT": {
    ...PORTUGUESE,
    scope: "o âmbito",
    none: "o que tens em mente",
    brief: { ...PORTUGUESE.brief, scope: "âmbito", need: "o que precisas de mim" },
  },
  fr: {
    project: (p) => `le projet (${p})`,
    scope: "le périmètre",
    // "le rôle d'illustratrice", "le rôle de chanteur".
    role: (r) => `le rôle ${/^[aeiouyàâæéèêëîïôœûùü]/i.test(r) ? "d'" : "de "}${r}`,
    date: "le calendrier",
    budget: "le budget",
    and: "et",
    none: "ce que tu as en tête",
    brief: {
      scope: "périmètre",
      timeline: "calendrier",
      budget: "budget",
      need: "ce que tu attends de moi",
    },
    formal: { none: "ce que vous avez en tête", need: "ce que vous attendez de moi" },
  },
  de: {
    project: (p) => `das Projekt (${p})`,
    scope: "der Umfang",
    role: (r) => `die Rolle (${r})`,
    date: "der Zeitplan",
    budget: "das Budget",
    and: "und",
    none: "deine Idee",
    brief: {
      scope: "Umfang",
      timeline: "Zeitplan",
      budget: "Budget",
      need: "was du von mir brauchst",
    },
    formal: { none: "Ihre Idee", need: "was Sie von mir brauchen" },
  },
  it: {
    project: (p) => `il progetto (${p})`,
    scope: "il lavoro richiesto",
    role: (r) => `il ruolo (${r})`,
    date: "i tempi",
    budget: "il budget",
    and: "e",
    none: "quello che hai in mente",
    brief: { scope: "obiettivi", timeline: "tempi", budget: "budget", need: "cosa ti serve da me" },
    formal: { none: "quello che ha in mente", need: "cosa Le serve da me" },
  },
  nl: {
    project: (p) => `het project (${p})`,
    scope: "de omvang",
    role: (r) => `de rol (${r})`,
    date: "de planning",
    budget: "het budget",
    and: "en",
    none: "wat je in gedachten hebt",
    brief: {
      scope: "omvang",
      timeline: "planning",
      budget: "budget",
      need: "wat je van mij nodig hebt",
    },
    formal: { none: "wat u in gedachten heeft", need: "wat u van mij nodig heeft" },
  },
  pl: {
    project: (p) => `projekt (${p})`,
    scope: "zakres",
    role: (r) => `rola (${r})`,
    date: "terminy",
    budget: "budżet",
    and: "i",
    none: "Twój pomysł",
    brief: {
      scope: "zakres",
      timeline: "terminy",
      budget: "budżet",
      need: "czego potrzebujesz ode mnie",
    },
    // "Pan" or "Pani" would need the sender's gender: words that say no "you" at all.
    formal: { none: "ten pomysł", need: "oczekiwania wobec mnie" },
  },
  tr: {
    project: (p) => `proje (${p})`,
    scope: "kapsam",
    role: (r) => `rol (${r})`,
    date: "zamanlama",
    budget: "bütçe",
    and: "ve",
    none: "aklındaki fikir",
    brief: {
      scope: "kapsam",
      timeline: "zaman planı",
      budget: "bütçe",
      need: "benden ne beklediğin",
    },
    formal: { none: "aklınızdaki fikir", need: "benden ne beklediğiniz" },
  },
  id: {
    project: (p) => `proyek (${p})`,
    scope: "cakupan",
    role: (r) => `peran (${r})`,
    date: "jadwal",
    budget: "budget",
    and: "dan",
    none: "yang kamu bayangkan",
    brief: {
      scope: "cakupan",
      timeline: "jadwal",
      budget: "budget",
      need: "apa yang kamu butuhkan dari saya",
    },
  },
  ja: {
    project: (p) => `プロジェクト（${p}）`,
    scope: "作業範囲",
    role: (r) => `役割（${r}）`,
    date: "スケジュール",
    budget: "予算",
    and: "、",
    none: "ご提案",
    brief: { scope: "範囲", timeline: "スケジュール", budget: "予算", need: "私に求めること" },
  },
};

/** The word for "project" itself, in the templates' languages. */
const PROJECT_WORD =
  /^(?:project|proyecto|projeto|projet|projekt|progetto|proje(?:ct)?|proyek|プロジェクト)$/iu;

/** "the EP, the vocalist role, the timing and the budget": what the reply names back. */
export function describeDetails(
  details: CollabDetails,
  language: Language | Dialect = "en",
  formal = false,
): string {
  const w = DETAIL_WORDS[language];
  const parts: string[] = [];
  if (details.project) {
    const named = w.project(details.project);
    // "o projeto (projeto)": when the word they used is the word for a project, it alone.
    parts.push(
      PROJECT_WORD.test(details.project) ? named.replace(/\s*[(（][^)）]*[)）]$/u, "") : named,
    );
  } else if (details.scope) parts.push(w.scope);
  if (details.role) parts.push(w.role(details.role));
  if (details.date) parts.push(w.date);
  if (details.budget) parts.push(w.budget);
  return parts.length === 0 ? (formal && w.formal?.none) || w.none : list(parts, language);
}

/**
 * What a brief should still cover of scope, timeline and budget: what they did not name (a
 * project named counts for the scope, and so does a count: "3 emotes"). After "a short film,
 * budget $2k": the timeline.
 */
export function missingFromBrief(details: CollabDetails): Array<"scope" | "timeline" | "budget"> {
  const missing: Array<"scope" | "timeline" | "budget"> = [];
  if (!details.project && !details.scope) missing.push("scope");
  if (!details.date && !details.timingOpen) missing.push("timeline");
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
    details.role || details.asked || details.verbAsked || details.counted || details.together,
  );
}

/**
 * The brief to ask for, in the language: what is missing, and what they need from me unless they
 * said it (in the formal register for a formal draft); "" when nothing is left to ask.
 */
export function askBrief(
  details: CollabDetails,
  language: Language | Dialect = "en",
  formal = false,
): string {
  const words = DETAIL_WORDS[language];
  const w = words.brief;
  const parts: string[] = missingFromBrief(details).map((part) => w[part]);
  if (!saysWhatTheyNeed(details)) parts.push((formal && words.formal?.need) || w.need);
  return list(parts, language, true);
}

/**
 * "a", "a and b", "a, b and c" in the language's words; with `serial`, English and Indonesian
 * write "a, b, and c", as the shipped brief always did.
 */
function list(parts: string[], language: Language | Dialect, serial = false): string {
  if (parts.length <= 1) return parts[0] ?? "";
  if (language === "ja") return parts.join("、");
  const comma = serial && parts.length > 2 && (language === "en" || language === "id") ? "," : "";
  return `${parts.slice(0, -1).join(", ")}${comma} ${DETAIL_WORDS[language].and} ${parts.at(-1)}`;
}
