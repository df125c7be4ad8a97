// How a reply names back what a collaboration request named, and asks for what it left out, in
// each template language: "the EP, the vocalist role, the timing and the budget"; "a short brief
// (timeline and budget)". What was named is read in details.ts.
import { type CollabDetails, missingFromBrief, saysWhatTheyNeed } from "./details.ts";
import type { Dialect } from "./dialect.ts";
import type { Language } from "./language.ts";
import { costShared } from "./money.ts";

interface DetailWords {
  project: (p: string) => string;
  /** How much work they want, named back when no project word says it. */
  scope: string;
  role: (r: string) => string;
  date: string;
  budget: string;
  /** The budget when it is a share of earnings or of costs ("50/50", "split the royalties"). */
  split: string;
  /** The budget when it is a percentage, a share or a cut ("8% royalty", "you keep 70%"). */
  terms: string;
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
const PERSON = /(?:er|or|ist|ant|ian|ent|guest|host|dev|\blead|coach|chef|guide|model|tech)$/i;

// How each language names back what the sender named; the project and role stay in their words.
// Brazilian Portuguese, the shipped Portuguese.
const PORTUGUESE: DetailWords = {
  project: (p) => `o projeto (${p})`,
  scope: "o escopo",
  role: (r) => `o papel de ${r}`,
  date: "o prazo",
  budget: "o orçamento",
  split: "a divisão",
  terms: "as condições",
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
    split: "the split",
    terms: "the terms",
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
    split: "el reparto",
    terms: "las condiciones",
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
    split: "le partage",
    terms: "les conditions",
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
    split: "die Aufteilung",
    terms: "die Konditionen",
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
    split: "la ripartizione",
    terms: "le condizioni",
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
    split: "de verdeling",
    terms: "de voorwaarden",
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
    split: "podział",
    terms: "warunki",
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
    split: "paylaşım",
    terms: "koşullar",
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
    split: "pembagian",
    terms: "ketentuannya",
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
    split: "配分",
    terms: "条件",
    and: "、",
    none: "ご提案",
    brief: { scope: "範囲", timeline: "スケジュール", budget: "予算", need: "私に求めること" },
  },
};

// A budget that is a share of earnings: "50/50", "60:40", "split", "rev share", "royalties". Not
// equity, often beside a salary ("cash + equity"). A share of costs ("share the costs",
// "dividimos los gastos", "割り勘") is read by money.ts's costShared.
const EARNINGS_SHARE =
  /^(?:\d{2}\s?[/:-]\s?\d{2}|fifty[- ]fifty|(?!.*\d).*(?:split|share|royalt).*)$/iu;

/**
 * A share of earnings or of costs is named back as the split; a percentage, which money.ts
 * keeps only as a share or a cut ("8% royalty", "you keep 70%"), as the terms; else the budget.
 */
function budgetWord(budget: string, w: DetailWords): string {
  if (EARNINGS_SHARE.test(budget) || costShared(budget) !== undefined) return w.split;
  return /%|percent|per cent/i.test(budget) ? w.terms : w.budget;
}

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
  if (details.budget) parts.push(budgetWord(details.budget, w));
  return parts.length === 0 ? (formal && w.formal?.none) || w.none : list(parts, language);
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
