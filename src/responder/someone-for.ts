// Work asked by naming a person for it: "we're looking for someone for the soundtrack", "buscamos
// a alguien para la portada", "on cherche quelqu'un pour l'affiche", "wir suchen jemanden für die
// Visuals". The piece named says what they need of the recipient, as "someone to design…" does.
// Only a piece of work counts: "someone to collab with", "someone for a project", "jemanden für
// ein 3-monatiges Projekt" name none, nor a video or a channel, whose part (edit it? shoot it?
// be in it?) is still open. Someone they already have ("we already have someone for the mix"),
// someone the reader may know ("know anyone for the artwork?") or may need ("if you need someone
// for the music", an offer) is no ask of the reader.
//
// Each pattern is literal words, at most two words between and a noun: linear.

import { pieceNouns } from "./asked-foreign.ts";
import type { Language } from "./language.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

interface SomeoneFor {
  /** The person and the preposition: "someone for", "alguien para", "jemanden für". */
  person: string;
  /** Articles and possessives that may come between. */
  article: string;
  /** Pieces of work besides the language's nouns asked after a want (asked-foreign.ts). */
  nouns: string;
  /** The person needed, whom "have" before does not make theirs: "iemand nodig voor". */
  needed?: string;
  /** Someone they have already, a word or none before: "we already have", "tenemos a". */
  have: string;
  /**
   * Someone the reader may know ("do you know anyone for", "conoces a alguien") or may need ("if
   * you ever need someone for the music": an offer), up to three words before.
   */
  notAsked: string;
  /** The language's nouns asked after a want are in another case than after the person. */
  ownNounsOnly?: true;
}

const SOMEONE_FOR: Record<"en" | "es" | "pt" | "fr" | "de" | "it" | "nl" | "pl", SomeoneFor> = {
  en: {
    person: "(?:someone|somebody|anyone|anybody)\\s+for",
    article: "the|our|my|a|an|some|this|these|his|her|their",
    nouns:
      "soundtrack|score|music|album cover|cover art|book cover|cover|covers|artwork|art|illustrations?|logo|logos|poster|posters|flyers?|labels|packaging|branding|merch design|sound design|character design|graphic design|graphics|design|teaser|trailer|music video|mix|mixing|master|mastering|editing|animation|intro|outro|jingle|voice-?over|voice acting|vocals|lyrics|beats?|photos|photography|photoshoot|headshots|thumbnails|emotes|overlays?|sprites|tilesets?|tiles|pixel art|concept art|backgrounds|storyboards?|visuals|subtitles|translation|proofreading|copywriting|website|landing page|mural|portraits?",
    have: "have|has|had|got|found|hired|booked|(?:we|i|they)['’]ve|already",
    notAsked: "know|recommend|suggest|if|whenever",
  },
  es: {
    person: "(?:a\\s+)?alguien\\s+para",
    article: "el|la|los|las|un|una|unos|unas|mi|mis|nuestro|nuestra|nuestros|nuestras",
    nouns:
      "banda sonora|m[úu]sica|ilustraciones|etiquetas|portadas|carteles|logos|dise[ñn]o|mezcla|masterizaci[óo]n|edici[óo]n|montaje|animaci[óo]n|teaser|fotos|fotograf[íi]a|voz|voces|subt[íi]tulos|miniaturas|sprites|arte|visuales|letras",
    have: "tenemos|tengo|ten[íi]amos|encontramos|encontr[ée]|contratamos|ya",
    notAsked: "conoces|conoc[ée]s|conoce|conocen|recomiendas|recomiendes|si",
  },
  pt: {
    person: "algu[ée]m\\s+(?:para|pra|pro|pros|pras)",
    article: "o|a|os|as|um|uma|meu|minha|meus|minhas|nosso|nossa|nossos|nossas",
    nouns:
      "trilha sonora|trilha|m[úu]sica|ilustra[çc][õo]es|r[óo]tulos|etiquetas|capas|cartazes|mixagem|masteriza[çc][ãa]o|edi[çc][ãa]o|montagem|anima[çc][ãa]o|teaser|fotos|fotografia|design|desenho de som|voz|locu[çc][ãa]o|legendas|miniaturas|sprites|arte|artes|visuais|letras",
    have: "temos|tenho|t[íi]nhamos|achamos|encontramos|contratamos|j[áa]",
    notAsked: "conhece|conheces|conhecem|indica|indicar|(?<!-)se|caso",
  },
  fr: {
    person: "quelqu['’]un\\s+pour",
    article: "le|la|les|l['’]|un|une|des|mon|ma|mes|notre|nos",
    nouns:
      "bande originale|bande-son|musique|illustrations|[ée]tiquettes|pochettes|affiches|visuels|mix|mixage|mastering|animation|teaser|photos|graphisme|design|sound design|voix|doublage|sous-titres|miniatures|sprites|d[ée]cors|paroles",
    have: "avons|avait|avais|d[ée]j[àa]|trouv[ée]|engag[ée]",
    notAsked: "connais|connaissez|conna[îi]trais|conseiller|recommander|si|s['’]ils?",
  },
  de: {
    person: "jemand(?:en)?\\s+f[üu]r",
    article:
      "die|den|das|ein|eine|einen|unser|unsere|unseren|unser|mein|meine|meinen|neue|neuen|neues",
    nouns:
      "soundtrack|musik|illustrationen|etiketten|cover|plakate|visuals|mix|mixing|mastering|schnitt|animation|teaser|fotos|grafik|design|sounddesign|untertitel|thumbnails|sprites|artwork|b[üu]hnenbild|songtexte",
    have: "haben|habe|hatten|hatte|gefunden|schon|bereits",
    notAsked: "kennst|kennt|kennen|empfehlen|empfiehlst|wenn|falls",
  },
  it: {
    person: "qualcuno\\s+per",
    article:
      "il|lo|la|l['’]|i|gli|le|un|una|uno|un['’]|il nostro|la nostra|i nostri|le nostre|il mio|la mia",
    nouns:
      "colonna sonora|musica|illustrazioni|etichette|copertine|locandine|visual|mix|mixaggio|mastering|animazione|teaser|foto|grafica|design|sound design|voce|doppiaggio|sottotitoli|miniature|sprite|scenografia|testi",
    have: "abbiamo|ho|avevamo|avevo|gi[àa]|trovato|trovata",
    notAsked: "conosci|conosce|conoscete|consigli\\p{L}*|se",
  },
  nl: {
    person: "iemand\\s+voor",
    needed: "iemand\\s+nodig\\s+voor",
    article: "de|het|een|ons|onze|mijn|nieuwe|nieuw",
    nouns:
      "soundtrack|muziek|illustraties|etiketten|labels|covers|posters|visuals|mix|mastering|montage|animatie|teaser|foto's|fotografie|vormgeving|ontwerp|decorontwerp|sounddesign|voice-over|ondertitels|thumbnails|sprites|artwork|teksten",
    have: "hebben|heb|hadden|had|gevonden|al",
    notAsked: "ken|kent|kennen|weet|aanraden|als|mocht|indien",
  },
  // "kogoś do okładki": the piece in the genitive, which the want's nouns are not.
  pl: {
    person: "kogo[śs]\\s+do",
    article: "nowej|nowego|nowych|naszej|naszego|naszych|mojej|mojego|moich",
    nouns:
      "ok[łl]adki|ok[łl]adek|plakatu|plakat[óo]w|logo|ilustracji|muzyki|[śs]cie[żz]ki d[źz]wi[ęe]kowej|miksu|masteringu|monta[żz]u|animacji|teledysku|zwiastuna|zdj[ęe][ćc]|sesji zdj[ęe]ciowej|etykiet|grafik|oprawy graficznej|identyfikacji wizualnej|t[łl]umaczenia|muralu|napis[óo]w|udźwi[ęe]kowienia|lektora",
    have: "mamy|mam|mieli[śs]my|znale[źz]li[śs]my|znalaz[łl]em|znalaz[łl]am|ju[żz]",
    notAsked: "znasz|znacie|polecisz|polecicie|je[śs]li|je[żz]eli|gdyby\\p{L}*",
    ownNounsOnly: true,
  },
};

// A piece that names only what the work is about, a word or none after: "a music video collab",
// "the art project".
const NOT_THE_PIECE =
  "(?:\\s+[\\p{L}\\p{N}'’-]+)?\\s+(?:collab\\p{L}*|project\\p{L}*|proyecto|projeto|projet|projekt|progetto|team|channel|server|idea)";

// One or two words before the piece ("neuen", "band's"), none of them what a vague ask says.
const FREE =
  "(?:(?!(?:project\\p{L}*|collab\\p{L}*|with|to|who|that|and|or|of|de|del|da|do|di|du|des|von|van|con|avec|mit|met|com|z|ze)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'’-]+\\s+)";

const BUILT = new Map<Language, RegExp>();
for (const [language, s] of Object.entries(SOMEONE_FOR) as Array<[Language, SomeoneFor]>) {
  const nouns = s.ownNounsOnly
    ? s.nouns
    : [s.nouns, pieceNouns(language)].filter(Boolean).join("|");
  const had = `(?<!${B}(?:${s.have})(?:\\s+[\\p{L}'’]+)?\\s+)`;
  const notAsked = `(?<!${B}(?:${s.notAsked})(?:\\s+[\\p{L}'’]+){0,3}\\s+)`;
  const needed = s.needed ? `|${s.needed}` : "";
  // The person looked for first, so the looks back run only where one stands; then "someone for
  // our new album cover", "quelqu'un pour l'affiche" (the article glued on after an apostrophe).
  const source = `(?=${s.person}${needed})${notAsked}(?:${had}${s.person}${needed})\\s+(?:(?:${s.article})\\s*)?${FREE}{0,2}(?:${nouns})${E}(?!${NOT_THE_PIECE}${E})`;
  BUILT.set(language, new RegExp(`${B}${source}`, "iu"));
}

/** They name a person for a piece of work they name: that piece is what they need. */
export function someoneForWork(text: string, language: Language = "en"): boolean {
  return BUILT.get(language)?.test(text) ?? false;
}
