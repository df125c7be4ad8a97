// Whether a feedback request has its own date, days away: "my portfolio is due friday", "we
// launch tomorrow", "before Thursday crit", "drops in 9 days", "mañana entrego", "Abgabe ist in 10
// Tagen". A reply that promises "a week or two" to them promises a time it knows is too late, so
// the templates say plainly it may not be in time instead.

import { DAY_BY, DAY_SAID } from "./month-day.ts";
import {
  WEEKDAY_DE,
  WEEKDAY_EN,
  WEEKDAY_ES,
  WEEKDAY_FR,
  WEEKDAY_IT,
  WEEKDAY_PT,
} from "./weekdays.ts";

// A time days away, in the template languages: tomorrow, tonight, a weekday (not "Tuesday's
// outage": a day gone as often as one to come), this weekend, next week, in up to thirteen days,
// in figures or words ("in 2 weeks" does not contradict "a week or two"; "in a week" is as often
// a past one, "four issues in a week"), a day of the month (month-day.ts). Spanish "mañana" is also "morning": not after "la" or "por".
const SOON_EN = `tomorrow|tmrw|tonight|this weekend|(?:this |next )?${WEEKDAY_EN}|next week|end of (?:the )?(?:day|week)|(?:in|within) (?:[1-9]|1[0-3]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|a few|a couple(?: of)?) days?`;
const SOON_OTHERS = [
  `(?<!(?:la|por|esta|de) )mañana|(?:el |este |el próximo )?(?:${WEEKDAY_ES})|la semana que viene|la próxima semana|en (?:[1-9]|1[0-3]|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|unos|pocos) d[íi]as`,
  `amanhã|(?:na|nesta|até|até a) (?:${WEEKDAY_PT})(?:-feira)?|(?:${WEEKDAY_PT})-feira|(?:n?a )?semana que vem|(?:n?a )?próxima semana|em (?:[1-9]|1[0-3]|dois|duas|tr[êe]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|poucos|alguns) dias`,
  `demain|(?:ce |d'ici |avant |pour )?(?:${WEEKDAY_FR})|la semaine prochaine|dans (?:[1-9]|1[0-3]|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quelques) jours`,
  `(?<!guten |am |heute |jeden )morgen|(?:am |bis |bis zum |vor dem )?(?:${WEEKDAY_DE})|nächste woche|in (?:[1-9]|1[0-3]|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|ein paar|wenigen) tagen`,
  `domani|(?:entro |per |prima di )?(?:${WEEKDAY_IT})|la (?:prossima settimana|settimana prossima)|(?:tra|fra|in) (?:[1-9]|1[0-3]|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|pochi) giorni`,
].join("|");

// What makes that time theirs to meet, in the same sentence: a deadline, a launch, a submission,
// an interview. Not a time in a question about habits ("if you started over tomorrow", "should I
// go to the meetup tonight") nor an idiom ("hambre para mañana"). A meeting, an audition, an exam
// or a gig of theirs is one to be ready for. French "rend" is handing in, not "se rendre" (going).
const CUE_EN =
  "due|deadline\\p{L}*|submit\\p{L}*|submission|launch\\p{L}*|releas\\p{L}*|drops?|dropping|goes (?:up|live|out)|going (?:up|live|out)|go live|ships?|shipping|publish\\p{L}*|present\\p{L}*|interview\\p{L}*|meeting|audition\\p{L}*|exam|gig|recital|crit|pitch\\p{L}*|premiere\\p{L}*|upload\\p{L}*|send\\p{L}*|apply\\p{L}*|application|wants? (?:it|them)|needs? (?:it|them)";
const CUE_OTHERS = [
  "entreg\\p{L}*|plazo|fecha límite|present\\p{L}*|lanz\\p{L}*|estreno|publico|subo|cierra",
  "entrega\\p{L}*|prazo|apresent\\p{L}*|lanç\\p{L}*|estreia|public\\p{L}*|aplicar|entrevista|vaga",
  "rendre|rendu|(?<!(?:me|te|se|nous|vous) )rends?|date limite|envoie|envoyer|soumettre|présent\\p{L}*|lance\\p{L}*|sortie|sort|publie|soirée|concours|entretien",
  "abgabe|deadline|frist|einreich\\p{L}*|bewerb\\p{L}*|präsent\\p{L}*|release|erscheint|launch|vorstellungsgespräch",
  "consegn\\p{L}*|scadenza|present\\p{L}*|lanc\\p{L}*|uscita|esce|pubblic\\p{L}*|colloquio|chiede|chiude",
].join("|");

// A time said as the date to meet: "by friday", "before Thursday crit", "for tomorrow", "antes del
// viernes", "até sexta", "pra segunda", "d'ici lundi", "bis Freitag", "vor Freitag", "entro
// venerdì", or a day of the month ("by the 12th", "antes del 12"). Not "gone by friday".
const BY =
  "(?<!gone |over |dead )by|before|for|until|till|antes del?|antes da|hasta el|para el|até(?: a)?|pra(?: a)?|para a|avant|d'ici|pour|bis(?: zum)?|vor(?: dem)?|entro|per|prima di";
// After those words a Portuguese weekday needs no "-feira" ("até sexta"), unless a noun follows
// that makes it an ordinal ("pra segunda opinião").
const BY_PT_WEEKDAY = `(?:${WEEKDAY_PT})(?=\\s*(?:[,;:!?)\\n.]|$|\\p{Extended_Pictographic})|\\s+(?:e|mas|se|que|eu|pode|pra|por favor)(?![\\p{L}\\p{N}]))`;

// One sentence at a time (a message of a conversation is a line): the cue and the time in it.
const SOON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SOON_EN}|${SOON_OTHERS}|${DAY_SAID}|${DAY_BY})(?![\\p{L}\\p{N}]|['’]s(?![\\p{L}\\p{N}]))`,
  "iu",
);
const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUE_EN}|${CUE_OTHERS})(?![\\p{L}\\p{N}])`, "iu");
const BY_SOON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${BY})\\s+(?:the\\s+|el\\s+|la\\s+)?(?:${SOON_EN}|${SOON_OTHERS}|${BY_PT_WEEKDAY})(?![\\p{L}\\p{N}]|['’]s(?![\\p{L}\\p{N}]))|(?<![\\p{L}\\p{N}])(?:${DAY_BY})`,
  "iu",
);
const ASAP = /(?<![\p{L}\p{N}])(?:asap|urgent|urgente|dringend)(?![\p{L}\p{N}])/iu;

// They say there is no hurry after all: "lmk whenever, no rush".
const NO_RUSH =
  /(?<![\p{L}\p{N}])(?:no rush|no hurry|whenever|take your time|sin prisa|sem pressa|rien ne presse|keine eile|nessuna fretta|con calma)(?![\p{L}\p{N}])/iu;

/** They need the feedback by a date of their own days away, or say it is urgent. */
export function needsItSoon(text: string): boolean {
  if (NO_RUSH.test(text)) return false;
  if (ASAP.test(text)) return true;
  if (BY_SOON.test(text)) return true;
  if (!SOON.test(text)) return false;
  // A period after a day's number is German's ordinal ("Abgabe ist am 12., …"), not a sentence's end.
  return text
    .split(/(?:(?<!(?:^|[^\p{L}\p{N}])\d{1,2})\.|[!?\n。！？])+/u)
    .some((sentence) => SOON.test(sentence) && CUE.test(sentence));
}
