// Whether a sender wrote in the formal register ("Sie", "vous", "usted", "Lei", "u", "Pan/Pani",
// "siz"), so the draft answers them in it: "du" to someone who wrote "Sehr geehrte Frau Brandt,
// … Hätten Sie Interesse" reads as rude. Read on signals of each register: the formal ones
// (a formal salutation counting double) against the familiar ones. A formal draft to a casual
// sender is merely polite; a casual one to a formal sender is what the drafts always were.
// Every pattern matches a bounded stretch of text, so the cost stays linear in its length.

import type { Language } from "./language.ts";
import { WORD_START as L, WORD_END as R, alternatives as words } from "./word-edges.ts";

/** The languages whose templates have a formal variant (`## collab_vague.de.formal`). */
export const FORMAL_LANGUAGES = ["de", "fr", "es", "it", "nl", "pl", "tr"] as const;
export type FormalLanguage = (typeof FORMAL_LANGUAGES)[number];

export function hasFormalRegister(language: Language): language is FormalLanguage {
  return (FORMAL_LANGUAGES as readonly string[]).includes(language);
}

/** The formal and the familiar "you" of each, as the LLM responder is told. */
export const FORMAL_ADDRESS: Record<FormalLanguage, { formal: string; familiar: string }> = {
  de: { formal: "Sie", familiar: "du" },
  fr: { formal: "vous", familiar: "tu" },
  es: { formal: "usted", familiar: "tú" },
  it: { formal: "Lei", familiar: "tu" },
  nl: { formal: "u", familiar: "je/jij" },
  pl: {
    formal: "Pan or Pani as the sender's gender shows, else Państwo or an impersonal 'proszę …'",
    familiar: "ty",
  },
  tr: { formal: "siz", familiar: "sen" },
};

interface Signals {
  /** A salutation or sign-off only the formal register uses ("Sehr geehrte", "Estimada"). */
  salutation: RegExp;
  /** Formal pronouns and turns of phrase addressed to the reader. */
  formal: RegExp;
  /** The familiar ones. */
  familiar: RegExp;
}

// Not at a sentence's start: after a word, a number or a bracket and a space or two, or after a
// comma and a line break ("Frau Brandt,\nSie …"); a line that starts without one ("…Support\nLa tua
// pagina") starts a sentence. German and Italian capitalise the formal pronoun only.
const MID = String.raw`(?<=[\p{L}\p{N})][^\S\n]{1,3}|[,;]\s{1,4})`;

const re = (source: string, flags = "") => new RegExp(source, `gu${flags}`);

const SIGNALS: Record<FormalLanguage, Signals> = {
  de: {
    salutation: re(
      `${L}(?:[Ss]ehr geehrte[rn]?|Mit freundlichen Grüßen|(?:Hallo|Liebe[r]?|Guten Tag|Guten Morgen|Moin),?\\s(?:Frau|Herr)\\s)`,
    ),
    // "Ihr" only before a noun ("Ihr Album"): "ihr habt" / "Ihr Lieben" is the familiar plural.
    formal: re(
      `${MID}(?:Sie|Ihnen|Ihre[mnrs]?|Ihr(?=\\s\\p{Lu})(?!\\sLieben|\\sSüßen))${R}|${L}(?:hätten|könnten|würden|wären|möchten|haben|können|sind|wollen) sie${R}`,
    ),
    familiar: re(
      `${L}(?:${words("du dich dir dein deine deinen deinem deiner deines euch euer eure euren eurem eurer")})${R}`,
      "i",
    ),
  },
  fr: {
    salutation: re(`${L}(?:Madame|Monsieur|Mesdames|Messieurs)${R}`),
    // "vous" to a group is formal enough for a reply.
    formal: re(`${L}(?:vous|votre|vos|cordialement)${R}`, "i"),
    familiar: re(`${L}(?:${words("tu toi ton ta tes te")})${R}|${L}t['’](?=\\p{L})`, "i"),
  },
  es: {
    salutation: re(`${L}(?:[Ee]stimad[oa]s?|[Aa]preciad[oa]s?|[Aa]tentamente)${R}`),
    // "le" and "su" alone are also "him", "her", "their": only "le" before a verb of writing to,
    // thanking or offering, or after one ("proponerle", not "proponerle a una amiga"); "su" after
    // a verb of liking or seeing ("me encanta su trabajo", not "vi a Ana y su trabajo") or before
    // what is asked of the reader ("su disponibilidad", "su opinión"): in a message, said to its
    // reader. The familiar side counts the "tú" verbs too ("¿puedes…?", "¿tienes…?").
    formal: re(
      `${L}(?:usted|ustedes|ud|uds|vd|vds|sr|sra|srta|señor|señora|cordialmente|(?:le|les) (?:${words("escribo contacto agradecería agradezco interesaría interesa gustaría parece propongo saluda saludo cuento comento escribimos contactamos")})|(?:${words("escribir contactar preguntar invitar ofrecer proponer consultar molestar")})les?(?!\\s+al?\\s)|(?:${words("encanta encantó gusta gustó admiro admiramos vi vimos visto conozco conocemos sigo seguimos descubrí descubrimos")}) sus? (?:${words("trabajo trabajos obra obras música canal perfil estilo portafolio portfolio página web arte ilustraciones fotos fotografías libro libros podcast diseños proyecto proyectos video videos vídeo vídeos")})|sus? (?:${words("disponibilidad tarifa tarifas opinión respuesta cotización")}))${R}`,
      "i",
    ),
    familiar: re(
      `${L}(?:${words("tú tu tus te ti contigo vos puedes podrías quieres querrías tienes tendrías estás estarías eres serías haces harías sabes")})${R}`,
      "i",
    ),
  },
  it: {
    salutation: re(
      `${L}(?:Gentil(?:e|issim[oa])|Egregi[oa]|Spettabile|Spett\\.le|Gent\\.m[oa])${R}`,
    ),
    // Capitalised mid-sentence ("grazie per la Sua risposta", "contattarLa"), or "le"/"la" as the
    // object of a verb said to the reader ("le scrivo", "la ringrazio"), "avrebbe (tempo)", and
    // "suo"/"sua", which a message mostly says of its reader ("il suo profilo").
    formal: re(
      `${MID}(?:Lei|Le|La|Suo|Sua|Suoi|Sue|Gliel[aeio])${R}|(?<=\\p{Ll})(?:La|Le)${R}|${L}(?:[Ll][ae] (?:${words("scrivo contatto ringrazio chiedo propongo invio mando allego disturbo andrebbe interesserebbe interessa piacerebbe")})|[Ss]arebbe (?:interessat[oa]|disponibile)|[Aa]vrebbe|suo|sua|suoi|sue|(?:[Cc]ordiali|[Dd]istinti) saluti|secondo lei)${R}`,
    ),
    familiar: re(`${L}(?:${words("tu ti te tuo tua tuoi tue hai puoi vuoi")})${R}`, "i"),
  },
  nl: {
    salutation: re(`${L}(?:[Gg]eachte|[Hh]ooggeachte|[Hh]oogachtend)${R}`),
    // "Zou u", "heeft u": a verb put to "u" counts again, since "je" is also the impersonal "one"
    // ("borden die je van veraf leest").
    formal: re(
      `${L}(?:u|uw|uwe|meneer|mevrouw|dhr|mevr|(?:zou|kunt|heeft|hebt|wilt|bent|kan|mag)(?=\\s+u(?![\\p{L}\\p{N}])))${R}`,
      "i",
    ),
    // Flemish "ge"/"gij" is familiar, though it takes "uw".
    familiar: re(`${L}(?:je|jij|jou|jouw|ge|gij)${R}`, "i"),
  },
  pl: {
    salutation: re(`${L}(?:[Ss]zanown[yai]|[Zz] poważaniem)${R}`),
    // Capitalised, as a letter writes them; lowercase only the forms that are not also "lord" or
    // "the state" (pan, państwo).
    formal: re(
      `${L}(?:${words("Pan Pana Panu Panem Panie Pani Panią Państwo Państwa Państwu Państwem pani panią panu")})${R}`,
    ),
    familiar: re(
      `${L}(?:${words("ty ci cię cie ciebie tobie tobą twój twoj twoja twoje twojego twojej twoim twoją twoich twoimi masz możesz mozesz chcesz jesteś jestes byłbyś byłabyś chciałbyś chciałabyś mógłbyś mogłabyś")})${R}`,
      "i",
    ),
  },
  tr: {
    salutation: re(`${L}(?:Sayın|Hanımefendi|Beyefendi)${R}|(?<=\\p{L}\\s)(?:Hanım|Bey)${R}`),
    // "siz" and its cases, and the second person plural ending of a verb or a noun ("misiniz",
    // "gönderdiniz", "projeniz", "müziğinizi"): a vowel, n, a vowel, z inside a word. Not "Deniz"
    // (a sea, a first name); "yalnız" has no vowel before its n.
    formal: re(
      `${L}(?:${words("siz sizi size sizin sizinle sizden sizde sizce sizler sizlere")})${R}|(?<=\\p{L})(?<!${L}d)[aeıioöuü]n[ıiuü]z`,
      "i",
    ),
    familiar: re(
      `${L}(?:${words("sen seni sana senin seninle senden sende sence misin mısın musun müsün")})${R}`,
      "i",
    ),
  },
};

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/**
 * True when `text`, written in `language`, addresses its reader formally: it has more formal
 * signals (a formal salutation counts two) than familiar ones. Always false for a language without
 * the distinction in its templates (en, pt, id, ja).
 */
export function writesFormally(text: string, language: Language): boolean {
  if (!hasFormalRegister(language)) return false;
  const signals = SIGNALS[language];
  const formal = 2 * count(signals.salutation, text) + count(signals.formal, text);
  return formal > 0 && formal > count(signals.familiar, text);
}
