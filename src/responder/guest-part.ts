// A part asked of the recipient by where they would appear, in English: "come on my podcast",
// "need u on my hook", "a verse on my drill track", "$150 for the hook", "we'd love to interview
// you", "would you be one of the judges". Each says what they need of the recipient, as "could
// you mix it" does, without a verb asked of them that asked-work.ts reads. Not someone else's
// part ("I'd love to come on your podcast": an offer), nor a crossover of two shows, whose
// parts are still open.
//
// So is a seat in their lineup asked by its place: an audition, a slot in a bracket or a bill,
// a set at their night, a session booked ("would you audition for our band", "a slot in our
// tournament bracket", "play a set at our open mic", "¿te gustaría tocar en nuestro festival?").
//
// Each pattern is literal words with at most two free words between: linear.

import type { Language } from "./language.ts";
import { wholeWords } from "./word-edges.ts";

const YOU = "(?:you|u|ya)";
// Theirs, not the recipient's: "come on your podcast" offers the sender as the guest.
const THEIR = "(?:my|our|the|this)";
// Where a guest appears: a show, a panel, a stream.
const SHOW = "(?:podcast|pod|show|stream|livestream|panel|episode|ep|radio show|series)";
// A track the recipient would sing or rap on.
const TRACK = "(?:track|song|beat|remix|record|tape|mixtape|single|album|hook|verse|chorus)";
// The part of a track wanted: a verse, a hook, "a 16".
const PART = "(?:verse|hook|16|feature|feat)";
// Up to two words between, neither "collab" nor "project" ("my new podcast", "my next drill
// track").
const BETWEEN = "(?:(?!collab|project)[\\p{L}\\p{N}'’-]+\\s+){0,2}";

const PATTERNS = [
  // "come on my podcast", "be on the panel", "would you come on for an episode".
  `(?:come|be|go|appear|hop)\\s+on\\s+(?:${THEIR}\\s+${BETWEEN}${SHOW}|for\\s+an?\\s+(?:episode|ep|interview))`,
  // "get u on my podcast", "need u on my hook", "u want on my remix?", "ur verse on my beat".
  `(?:get|have|having|need|want|love|feature)\\s+${YOU}\\s+on\\s+${THEIR}\\s+${BETWEEN}(?:${SHOW}|${TRACK})`,
  `${YOU}\\s+want\\s+on\\s+${THEIR}\\s+${BETWEEN}${TRACK}`,
  // Their own track only: "loved your verse on the new tape" praises one.
  `(?:ur|your)\\s+(?:verse|voice|vocals?|bars|hook)\\s+on\\s+(?:my|our|this)\\s+${BETWEEN}${TRACK}`,
  // "a verse on my next drill track", "drop a verse on this", "$150 for the hook", "hook needed".
  `(?:a|the)\\s+${PART}\\s+(?:on|for)\\s+${THEIR}\\s+${BETWEEN}${TRACK}`,
  `(?:drop|do|lay|spit)\\s+(?:a|the)\\s+${PART}`,
  `(?:[$€£]\\s?\\d+|\\$\\$|\\d+\\s?(?:usd|eur|gbp|bucks))\\s+for\\s+(?:a|the|ur|your)\\s+${PART}`,
  `${PART}\\s+needed`,
  // "your beat my verse": the recipient's part, then theirs.
  `(?:ur|your)\\s+(?:beat|verse|hook|vocals?)\\s*,?\\s+(?:my|our)\\s+(?:beat|verse|hook|vocals?)`,
  // "interview you", "open to a 1-hour interview".
  `interview\\s+${YOU}`,
  `(?:open\\s+to|up\\s+for|down\\s+for)\\s+an?\\s+${BETWEEN}interview`,
  // "be one of the judges", "one of two mentors", "give a workshop".
  `be\\s+one\\s+of\\s+(?:the|our|two|three|\\d)\\s+${BETWEEN}(?:judges|mentors|speakers|panel+ists|hosts|guests|residents)`,
  `(?:give|teach|run|lead)\\s+(?:a|an|our|the)\\s+${BETWEEN}(?:workshop|talk|masterclass|class|lecture|seminar)`,
  // A seat in their lineup, asked by its place: "would you audition for our band", "a slot in our
  // tournament bracket", "join our bracket", "play a set at our open mic", "an opening slot",
  // "sit in with us", "book a session", "open for us".
  `${YOU}\\s+(?:\\p{L}+\\s+){0,2}?audition|audition\\s+for\\s+${THEIR}|come\\s+(?:and\\s+)?audition`,
  `(?:a|an|the|one)\\s+${BETWEEN}(?:slot|spot|seat|place)\\s+(?:open\\s+)?(?:in|on|at|for)\\s+${THEIR}`,
  `(?:join|enter|be\\s+in)\\s+${THEIR}\\s+${BETWEEN}(?:bracket|tourney|tournament|league|lineup|line-up|roster|cast|choir|showcase|cypher)`,
  `play\\s+(?:a|an|our|the)\\s+${BETWEEN}(?:set|gig|slot)`,
  `(?:opening|support|headline|headlining|guest)\\s+(?:slot|spot|set)`,
  `sit\\s+in\\s+with\\s+(?:us|me|the\\s+band)`,
  `book\\s+(?:a|an|the)\\s+${BETWEEN}session`,
  `open\\s+for\\s+(?:us|me)`,
  // A seat booked for them, said by what is left of it or by the hours to cover: "one table slot
  // left", "2 spots left on the bill", "cover 9pm-midnight", "cover the late shift".
  `(?:one|two|three|a\\s+few|\\d+)\\s+${BETWEEN}(?:slots?|spots?|seats?|places?)\\s+(?:left|open|remaining)`,
  `cover\\s+(?:\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\s*(?:-|–|to|till|until)\\s*(?:\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?|midnight|close)|(?:a|the|my|our|his|her|their)\\s+${BETWEEN}(?:shift|set|slot|night|class|session))`,
  // Sessions or workshops they would give, counted or put to them: "two workshops for our
  // members", "to run 45-min hands-on sessions" (not "we run sessions"), "a lino-cut session with you", "invite you for a
  // live sketching session", "a zine-making workshop in our shop". Not one the sender runs at
  // their own place ("a workshop at my studio"): theirs is "my", the reader's seat "our".
  `(?:two|three|four|\\d+)\\s+${BETWEEN}(?:workshops|sessions|masterclasses|classes|talks)\\s+(?:for|at|in|with)\\s+(?:our|the)`,
  `(?<!(?:we|i)\\s+)(?:run|give|teach|lead|host)\\s+(?:(?:two|three|four|\\d+)\\s+)?${BETWEEN}(?:workshops|sessions|masterclasses|classes|talks)`,
  `(?:a|an|one)\\s+${BETWEEN}(?:session|workshop|masterclass|class)\\s+(?:with\\s+${YOU}|(?:for|in|at)\\s+our)`,
  `invite\\s+${YOU}\\s+(?:for|to)\\s+(?:a|an|our|the)\\s+${BETWEEN}(?:session|workshop|masterclass|class|talk|set|reading|signing|demo)`,
  // A panel they are put on: "we'd like you on the panel", "have you on a panel", "join our panel".
  `(?:have|having|want|like|love|need|get)\\s+${YOU}\\s+on\\s+(?:a|an|${THEIR})\\s+${BETWEEN}(?:panel|jury|lineup|line-up|bill)`,
  `join\\s+(?:our|my|the)\\s+${BETWEEN}(?:panel|jury)`,
];

const GUEST_PART = wholeWords(PATTERNS.join("|"));

// The same asks in the corpus's other languages: an interview ("entrevistarte", "te
// entrevistar", "t'interviewer", "intervistarti"), a guest's, a judge's or a speaker's seat they
// invite the recipient to ("averti ospite", "invitarti come ospite", "que fueras jurado", "te
// convidar como jurada", "als Speakerin einladen", "jüri olarak gelir misin", "jadi bintang
// tamu", "jako prelegenta"), a guest spot on their show ("te vienes de invitado", "t'inviter
// pour parler de…"), or a verse on their track ("poser un couplet", "bock auf ne Strophe",
// "Feature für mein Tape"). Not a seat the sender takes ("je serai l'invité"), which these frames do
// not say.
const SEAT: Partial<Record<Language, string>> = {
  es: "(?:una|tu) estrofa|entrevistarte|entrevistarle|te vienes de invitad[oa]|(?:invitarte|invitarle|te invitamos|le invitamos)\\s+(?:como|de)\\s+(?:invitad[oa]|jurado|ponente|moderador[a]?)|que (?:fueras|fuera|seas|sea) (?:nuestr[oa] )?(?:jurado|invitad[oa]|ponente|moderador[a]?)|tocar en (?:nuestr[oa]|mi) \\p{L}+|(?:hacer|venir a) (?:una|la) audici[óo]n|audicionar|un (?:hueco|puesto|lugar) en (?:nuestr[oa]|el|la) (?:torneo|equipo|cartel|festival)",
  pt: "(?:um|teu|seu) verso (?:no|na|nesse|nessa|pro|pra)|(?:te|lhe) entrevistar|entrevistar (?:voc[êe]|vc)|(?:te|lhe) convidar (?:como|para|pra) (?:um |uma |o |a )?(?:jurad[oa]|convidad[oa]|palestrante|epis[óo]dio|entrevista|painel)|convidar (?:voc[êe]|vc) (?:como|para|pra) (?:um |uma |o |a )?(?:jurad[oa]|convidad[oa]|palestrante|epis[óo]dio|entrevista|painel)|tocar (?:no|na) (?:nosso|nossa|meu|minha) \\p{L}+|fazer (?:uma|a) audi[çc][ãa]o|(?:uma|a) vaga (?:no|na) (?:nosso|nossa) (?:torneio|equipe|time|banda)",
  fr: "(?:poser|faire|mettre) (?:un|ton) couplet|t['’]interviewer|vous interviewer|(?:t['’]|vous )inviter (?:pour parler|comme (?:invit[ée]e?|jur[ée]e?|membre du jury|intervenante?)|dans (?:mon|notre) (?:podcast|[ée]mission))|(?:faire partie|fasses partie|fassiez partie) du jury|(?:venir )?jouer (?:un set|à notre|à ma|dans notre) ?\\p{L}*|auditionner|une place dans (?:notre|le|la) (?:tournoi|équipe|programmation)",
  de: "(?:ne|eine|deine) strophe|feature für (?:mein|unser)\\p{L}*|(?:dich|Sie) (?:gerne? )?(?:interviewen|als (?:Gast|Speaker(?:in)?|Referent(?:in)?|Juror(?:in)?|Jurymitglied|Moderator(?:in)?) einladen|zu (?:deinem|deiner|Ihrem|Ihrer) [^.?!\\n]{1,40}?einladen)|bei (?:unserem|unserer|meinem|meiner) \\p{L}+ mitzu(?:machen|spielen)|(?:vorspielen|vorsingen)|(?:einen )?(?:slot|platz) (?:bei|in|auf) (?:unserem|unserer) \\p{L}+",
  it: "(?:una|la tua) strofa|intervistarti|intervistarla|averti (?:come )?ospite|averla (?:come )?ospite|(?:invitarti|invitarla) (?:come|in qualit[àa] di) (?:ospite|giurat[oa]|relat(?:ore|rice)|moderat(?:ore|rice))|suonare (?:al|alla|nel|nella|a|per) (?:nostr[oa]|mi[oa]) \\p{L}+|(?:fare|venire a) (?:un|il) provino|un posto (?:nel|nella) (?:nostr[oa]) (?:torneo|squadra|band|coro)",
  nl: "(?:je|jou|u) (?:graag )?(?:interviewen|als (?:gast|spreker|jurylid|moderator) (?:uitnodigen|hebben))",
  pl: "(?:zaprosi[ćc]|zapraszamy) (?:ci[ęe]|pana|pani[ąa]|was) (?:jako|do) (?:prelegent\\p{L}*|go[śs]\\p{L}*|juror\\p{L}*|jury|podcastu|programu)|(?:przeprowadzi[ćc]|zrobi[ćc]) z (?:tob[ąa]|panem|pani[ąa]) wywiad",
  tr: "(?:jüri|konuk|konuşmacı)(?: üyesi)?(?: olarak)? (?:gel|katıl|ol)\\p{L}{0,6} m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?|(?:sizinle|seninle) (?:bir )?röportaj",
  id: "featuring(?: yuk)? di lagu|(?:undang|mengundang|ngundang) (?:kakak|kamu|anda|kak) (?:jadi|sebagai) (?:bintang tamu|juri|pembicara|narasumber|moderator)",
};

const FOREIGN = new Map<Language, RegExp>(
  Object.entries(SEAT).map(([language, source]) => [language as Language, wholeWords(source)]),
);

/**
 * They ask the recipient's part by where it is: a guest spot, a verse, an interview, a judge's
 * seat; in English, or in the text's language (`language`).
 */
export function asksGuestPart(text: string, language: Language = "en"): boolean {
  return language === "en" ? GUEST_PART.test(text) : (FOREIGN.get(language)?.test(text) ?? false);
}
