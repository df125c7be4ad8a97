// A count of things outside the known work words is the work too ("40 endpoints", "8 screens",
// "22 cards", "12 etichette"), unless what is counted is people, time, money, a measure or an
// audience ("5 engineers", "3 weeks", "40k followers"), or the count belongs to the sender's past
// or bio ("I've modded for 3 channels", "a league with 12 teams", "in 3 client projects").
// English reads its plurals (a word ending in -s); the other Latin-script template languages
// read theirs only after digits. Each check reads a few dozen characters around a match: linear.

import type { Language } from "./language.ts";
import { ownedElsewhere } from "./project.ts";
import { alternatives, WORD_START as B, WORD_END as E } from "./word-edges.ts";

// What is counted but is not work: time, money, measures, an audience, people and places.
const NOT_WORK_EN = alternatives(`
  seconds secs minutes mins hours hrs days weeks months years yrs decades nights weekends evenings
  mornings afternoons times rounds revisions bucks dollars euros pounds cents usd eur gbp quid
  pesos reais credits points percent feet inches meters metres miles kilometers kilometres km cm
  mm pixels px bpm fps followers subs subscribers members viewers views likes plays streams
  listens listeners readers downloads installs stars fans hits sales impressions clicks signups
  backers supporters patrons votes comments shares reviews wishlists people persons peeps folks
  guys girls boys kids children students pupils teens adults parents families couples friends
  clients customers users guests attendees participants artists illustrators designers
  developers devs engineers coders programmers creators talents streamers youtubers writers
  authors musicians producers singers rappers dancers actors performers speakers panelists judges
  mentors mentees volunteers employees colleagues teammates players gamers teams partners
  sponsors leads investors founders photographers editors animators patients residents
  neighbours neighbors vendors makers brides grooms heads humans testers researchers scientists
  teachers coaches hosts companies brands businesses firms agencies studios shops stores
  restaurants cafes venues locations branches offices schools universities countries cities
  markets channels servers communities clubs fintechs startups years things ways reasons ideas
  questions options alternatives tips steps siblings sons daughters mates moderators mods admins
  helpers painters drummers guitarists bassists vocalists maintainers finalists nominees
  candidates potters vtubers seats tickets orders sites clinics milestones meses semanas dias días
  horas`);

// An English plural after a count, with up to two words before it ("3 hotel websites"), none of
// them a word that starts another phrase; "3 short ones" too. Not "30 thumbs up", nor "20 OSS
// maintainers" (a word in capitals is no plural; read after the match, as under /iu \p{Lu}
// matches either case).
const STOP = alternatives(`
  of for to and or with in on at from by per a an the my our your ur their his her its me us you
  them it this that these those i we they he she is are was were be will would can could each
  every as has its yes thus plus less unless across always perhaps does goes says besides towards
  whereas sometimes thats whats lets heres theres`);
const NUMBER_WORD = alternatives(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty`);
// A number starts only where no digit, comma or point is before it (no retry from each digit of
// "1,1,1…") and ends where none is after it (no giving back one digit at a time); not after a
// currency sign, a hash or a dash ("$250 per", "#212", "8-10 weeks"). A year is no count ("2019
// ESL class"); "12k words" is.
const COUNT = `(?:(?<![\\p{L}\\p{N},.$€£¥#/:'’-])(?!(?:19|20)\\d\\d(?![\\d,.]))\\d(?:[\\d,]*\\d)?(?![\\d,]|\\.\\d)k?|${B}(?:${NUMBER_WORD}))`;
const SOME = `(?:\\s+(?!(?:${STOP}|${NOT_WORK_EN})${E})[\\p{L}\\p{N}'’-]+){0,2}?`;
// The lookahead names the first character of every count (a digit, a number word's): the engine
// rejects other places by it before trying the lookbehinds.
const COUNTED_EN = new RegExp(
  `(?=[\\dtfsen])${COUNT}${SOME}\\s+(?!(?:${STOP}|${NOT_WORK_EN})${E})\\p{L}[\\p{L}'’-]+s${E}(?![\\p{L}\\p{N}'’-]|\\s+up${E})(?<!figures(?!\\s+of${E}))`,
  "giu",
);

// The other languages' plurals, after digits only: a Romance or a Dutch "-s", Italian "-i"/"-e",
// Dutch and German "-en"/"-e"/"-er" (German nouns: also "Stück"). One word may stand before.
const NOT_WORK: Partial<Record<Language, string>> = {
  es: "segundos minutos horas días dias semanas meses años anos noches veces euros dólares dolares pesos personas artistas miembros seguidores suscriptores invitados niños ninos alumnos estudiantes clientes usuarios jugadores programadores patrocinadores empresas marcas tiendas locales equipos amigos años enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lucas pavos pelas pesos mangos lunes martes miércoles jueves viernes sábados domingos",
  pt: "segundos minutos horas dias semanas meses anos noites vezes reais euros dólares pessoas artistas membros seguidores inscritos convidados crianças alunos estudantes clientes usuários jogadores patrocinadores empresas marcas lojas equipes amigos janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro contos pilas",
  fr: "secondes minutes heures jours semaines mois ans années annees nuits fois euros personnes artistes membres abonnés abonnes invités invites enfants élèves eleves étudiants etudiants clients utilisateurs joueurs entreprises marques boutiques équipes equipes amis danseuses danseurs janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre balles",
  it: "secondi minuti ore giorni settimane mesi anni notti volte euro persone artisti membri follower iscritti ospiti bambini ragazzi studenti clienti utenti giocatori aziende marchi negozi squadre amici sabati domeniche gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  nl: "seconden minuten uur uren dagen weken maanden jaar jaren nachten keer euro mensen personen artiesten kunstenaars leden volgers gasten kinderen leerlingen studenten klanten gebruikers spelers bedrijven merken winkels teams vrienden huishoudens januari februari maart april mei juni juli augustus september oktober november december ontwikkelaars developers deelnemers bezoekers clubs",
  de: "sekunden minuten stunden tage tagen wochen monate monaten jahre jahren nächte naechte mal euro personen leute künstler kuenstler mitglieder follower gäste gaeste kinder schüler schueler studenten kunden nutzer spieler firmen unternehmen marken läden teams freunde januar februar märz april mai juni juli august september oktober november dezember person min std sek",
};
const PLURAL: Partial<Record<Language, string>> = {
  es: "\\p{L}{2,}s",
  pt: "\\p{L}{2,}s",
  fr: "\\p{L}{2,}[sx]",
  it: "\\p{L}{2,}[ie]",
  nl: "\\p{L}{2,}(?:en|s|['’]s)",
  de: "\\p{L}{2,}(?:en|e|er|n|s)|stück",
};
// Between the count and the thing: not an article, a preposition or a unit's word ("60 pavos por
// bolo", "450 pro Nase", "15 para las damas"); in Dutch and German only an adjective ("8 neue"),
// as their verbs end like their plurals ("2 januari hebben").
const BETWEEN: Partial<Record<Language, string>> = {
  es: `(?!(?:de|del|la|las|los|el|un|una|unos|unas|por|para|a|al|en|y|sus|mis|tus|nos)${E})\\p{L}+`,
  pt: `(?!(?:de|da|do|das|dos|a|as|o|os|um|uma|por|pra|para|em|no|na|nos|nas|e)${E})\\p{L}+`,
  fr: `(?!(?:de|des|du|la|le|les|un|une|par|pour|à|a|au|aux|en|et|mes|tes|ses|nos|vos)${E})\\p{L}+`,
  it: `(?!(?:di|del|dei|degli|delle|la|le|il|i|gli|un|una|per|a|al|alle|in|e)${E})\\p{L}+`,
  nl: `\\p{L}+e`,
  de: `\\p{L}+e`,
};
const DIGITS =
  "(?<![\\p{L}\\p{N},.$€£¥#/:'’-])(?!(?:19|20)\\d\\d(?![\\d,.]))\\d(?:[\\d,]*\\d)?(?![\\d,]|\\.\\d)";
// Short words with a plural's ending that are no things ("las", "des", "dei").
const STOP_OTHER =
  "las|los|les|des|mes|tes|ses|nos|vos|sus|mis|tus|dos|tres|seis|das|dei|degli|delle|alle|nelle|sulle|per|pro|por|par|dus|uns|unas|unos|umas|ans|een|den|dem|des|die|der|sie|wie|wir|ihr|eine|seine|meine|deine|ze|ne|che|se|te|le|ce|je|de|ie|pe|me|ve";
const COUNTED_OTHER = new Map<Language, RegExp>();
for (const [language, plural] of Object.entries(PLURAL) as Array<[Language, string]>) {
  const not = alternatives(NOT_WORK[language] ?? "");
  COUNTED_OTHER.set(
    language,
    new RegExp(
      `${DIGITS}(?:\\s+(?!(?:${not})${E})(?:${BETWEEN[language]}))?\\s+(?!(?:${not}|${STOP_OTHER})${E})(?:${plural})${E}`,
      "giu",
    ),
  );
}

// Before the count: a word that makes it context, not the ask ("in 3 client projects", "a league
// with 12 teams", "has 30 stars", "your top 5", "over 10 years").
const CONTEXT_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:in|with|has|have|had|got|across|among|over|under|than|from|since|after|within|every|each|per|at|top|last|first|past|previous|up to|mit|con|com|avec|met|dans|bei|nel|nella|em|en|tot|one of(?: the)?|nok|usd|eur|gbp|sek|dkk|chf|jpy|cad|aud|inr|brl|mxn|pln|idr|rp|rs)\s+(?:~\s*|about\s+)?$/iu;
// "open 4 comms", "up 2 you": a 4 or a 2 that stands for "for" or "to".
const FOR_OR_TO_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:open|up|down|ready|available|free|looking|here|out|thanks|thx|time|able)\s+$/iu;
// A count of people or places in brackets after the sender's organisation: "a small podcast
// network (7 shows)", "Calder Clinics (12 sites".
const ORG_BRACKET =
  /(?:network|agency|studio|label|company|team|shop|channel|server|community|collective|group|firm|business|store|publisher|brand|club|organi[sz]ation|startup|clinics|bakeries|restaurants)\s*\(\s*(?:~\s*)?$/iu;
// The sender's past in the same clause: "I've done onboarding for 3 fintechs", "I mocked up two
// alternatives", "we've worked with 6".
const SENDER_PAST =
  /(?:^|[^\p{L}\p{N}'’])(?:did|found|shipped|released|published|localized|localised|j['’]ai|nous avons|ich habe|wir haben|hab|hemos|abbiamo|ik heb|we hebben|fiz|fizemos)(?![\p{L}\p{N}])|(?:^|[^\p{L}\p{N}'’])(?:i|we|you|u)(?:['’]ve|\s+have|\s+had|\s+(?:(?!need|feed|seed|speed|proceed|succeed|exceed)\p{L}+ed|did|made|wrote|drew|built|shot|sold|ran|led|got|was|were))(?![\p{L}\p{N}])[^.!?;|\n]*$/iu;
// The clause the count stands in, back to its start.
const CLAUSE_START = /[.!?;|\n]|(?:^|\s)(?:and|but|so)\s|,\s/giu;

// After the count: the name of a challenge or a streak it belongs to ("a 30 day art challenge",
// "the 50 songs in 50 days challenge"), not work.
export const CHALLENGE_AFTER =
  /^(?:[\s-]+(?!(?:for|of|to|on|with|the|our|my|your|a|an|and|at|by)(?![\p{L}\p{N}]))[\p{L}\p{N}]+){0,5}?[\s-]+(?:challenge|streak|uitdaging|desaf[ií]o|reto|d[ée]fi|sfida|wyzwani\p{L}*)(?![\p{L}\p{N}])/iu;

/** The count stands in the ask: not in their past, their bio, or the recipient's work. */
export function inTheAsk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (ownedElsewhere(before) || CONTEXT_BEFORE.test(before.slice(-20))) return false;
  if (ORG_BRACKET.test(before.slice(-30))) return false;
  if (/^[24]\s/.test(text.slice(start, start + 2)) && FOR_OR_TO_BEFORE.test(before)) return false;
  if (CHALLENGE_AFTER.test(text.slice(end, end + 60))) return false;
  let clause = before;
  for (const m of before.matchAll(CLAUSE_START)) clause = before.slice(m.index + m[0].length);
  return !SENDER_PAST.test(clause);
}

// Every count COUNTED_EN reads holds a digit or a number word, and every one of the other
// languages' a digit (the same flags): a text without one skips the scan, which cannot match.
const HAS_COUNT_EN = new RegExp(`\\d|${NUMBER_WORD}`, "iu");

/** A count of things, in English or, after digits, in the language's plurals. */
export function countsThings(text: string, language?: Language): boolean {
  const english = language === undefined || language === "en";
  const re = english ? COUNTED_EN : COUNTED_OTHER.get(language);
  if (re === undefined || !(english ? HAS_COUNT_EN : /\d/).test(text)) return false;
  for (const m of text.matchAll(re)) {
    const noun = m[0].slice(m[0].search(/\S+$/u));
    if (noun !== noun.toUpperCase() && inTheAsk(text, m.index, m.index + m[0].length)) return true;
  }
  return false;
}
