// A language's second written standard, for the drafts: the shipped Portuguese is Brazilian
// ("você", "equipe", "arquivo"), whose "você" reads as distant, even curt, in Portugal. A sender
// who writes European Portuguese gets the `.pt-PT` sections and words instead. The reading of the
// message (work words, roles, dates) stays Portuguese's: only what the draft says changes.

import type { Language } from "./language.ts";
import { alternatives as anyOf, WORD_START as L, WORD_END as R } from "./word-edges.ts";

export const DIALECTS = ["pt-PT"] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Which language each dialect writes. */
export const DIALECT_OF: Record<Dialect, Language> = { "pt-PT": "pt" };

// European signs: "estou a preparar" (the progressive with "a", counted twice: Brazil says
// "estou preparando"), the "tu" verbs ("podes", "tens", "estás") and the spellings "equipa",
// "contacto", "facto". Brazilian: "você", "equipe", "contato", the "-ndo" progressive. "tu" and
// "teu" are said in parts of Brazil too, so they count for neither.
const EUROPEAN_PROGRESSIVE = new RegExp(
  `${L}(?:${anyOf("estou estás está estamos estão estava estávamos ando andas anda andamos andam")}) a \\p{L}+(?:ar|er|ir)${R}`,
  "giu",
);
const EUROPEAN = new RegExp(
  `${L}(?:${anyOf("estás podes tens queres gostavas gostarias sabes achas precisas consegues fazes vens fizesses pudesses tivesses interessas-te importas-te facto factos equipa equipas contacto contactos contactar connosco telemóvel ecrã registo receção olhadela")})${R}`,
  "giu",
);
const BRAZILIAN = new RegExp(
  `${L}(?:${anyOf("você voce vc vcs vocês voces contato contatos contatar equipe equipes tô galera")})${R}|${L}(?:${anyOf("estou está estamos estão tô tá ando anda andamos")}) \\p{L}+ndo${R}`,
  "giu",
);
// The drafts of pt-PT say "tu": a sender who writes to "o senhor" or "V. Exa." keeps the shipped
// Portuguese, whose "você" is the nearer of the two.
const DEFERENTIAL = new RegExp(
  `${L}(?:o senhor|a senhora|v\\. ?exa\\.?|vossa excelência|exmo\\.?|exma\\.?)${R}`,
  "iu",
);

const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;

/** The dialect `text`, written in `language`, is in, when its templates have one and it shows. */
export function dialectOf(text: string, language: Language): Dialect | undefined {
  if (language !== "pt" || DEFERENTIAL.test(text)) return undefined;
  const european = 2 * count(EUROPEAN_PROGRESSIVE, text) + count(EUROPEAN, text);
  return european > count(BRAZILIAN, text) ? "pt-PT" : undefined;
}
