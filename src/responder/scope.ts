// Whether a collaboration request says how much work it wants: a count and the work counted ("3
// emotes", "two pages", "~25 tile sprites", "30 of your bowls", "a ref sheet for my ranger"), or
// a size and the work ("a 30-second intro", "a 1,000-word essay"). Its brief then needs no scope.
// The words are English; the digits serve any language that borrows them ("12 emotes").

import { CHALLENGE_AFTER, countsThings, inTheAsk } from "./counted-things.ts";
import type { Language } from "./language.ts";
import { ownedElsewhere } from "./project.ts";
import { countedWork } from "./work-words.ts";

// Things made or sold by the piece.
const PIECES =
  "emotes?|badges?|icons?|sprites?|stickers?|tracks?|songs?|beats?|loops?|stems?|voices?|lines|illustrations?|drawings?|sketch(?:es)?|portraits?|panels?|pages|covers?|images?|photos?|pictures?|prints|copies|units|videos?|shorts|clips?|spots|segments?|episodes|streams|tutorials?|articles?|posts|essays?|chapters?|scenes?|designs|logos?|banners?|overlays?|models?|renders?|animations?|characters|maps|levels|bosses|cups|mugs?|plates?|bowls?|vases?|pieces?|issues|books|explainers?|templates?|sessions|lessons|classes|ref\\s+sheets?|full\\s+body|busts?|headshots?|props?|wigs?|thumbnails?|murals?|tattoos?|rings?|helmets?|keychains?|tiktoks?|reels?|fonts?|typefaces?|patterns?|pfps?|arrangements?(?=\\s+(?:of|for)\\s)|filters?";
// Words between the count and the thing ("3 new hand-drawn sprites"), but not "of your", "for".
const SOME_WORDS =
  "(?:\\s+(?!(?:of|for|to|and|with|in|on|at|from|by|per|your|ur|my|our|the|me|you|us|it|them)(?![\\p{L}\\p{N}'’]))[\\p{L}\\p{N}'’-]+){0,3}?";
// The English number words a count is written in. NUMBERED, WORK_TIME and the COUNT_WORD
// prefilter are built from this one list, so a word added here reaches all three.
export const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty";
// The first character every count starts with (a tilde, a digit, a number word's, or "a" of "a
// couple of" and "a few"), as a lookahead: the engine rejects other places by it before trying
// the lookbehinds.
const COUNT_START = `(?=[~\\d${[...new Set(NUMBER_WORDS.split("|").map((w) => w[0]))].join("")}a])`;
// A number starts only where no digit, comma or point is before it: otherwise the engine would
// retry "1,1,1…" from each of its digits (time quadratic in its length).
const NUMBERED = new RegExp(
  `${COUNT_START}(?<![\\p{L}\\p{N},.])(?:(?:~\\s?)?\\d[\\d,]*\\+?(?:\\s+of\\s+(?:your|ur|my|our|the))?|(?:${NUMBER_WORDS})(?:\\s+of\\s+(?:the|our|my))?|a\\s+couple\\s+of|a\\s+few)${SOME_WORDS}\\s+(?:${PIECES})(?![\\p{L}\\p{N}])`,
  "giu",
);
// "a logo for my shop", "a portrait of my dog", "a header + 2 icons": one thing, then the end of
// the phrase or of the line. Not "a logo designer" or "a video editor": that is a role.
const ONE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:a|an|one)${SOME_WORDS}\\s+(?:${PIECES})(?=\\s*(?:[,.!?;:+)/]|$)|[^\\S\\n]*\\n|\\s+(?:for|of|on|in|with|by|to|that|and|like|from)(?![\\p{L}\\p{N}]))`,
  "giu",
);
// "a 3-episode audio drama", "a 10-track album": the count joined to the thing; group 1 is the
// words after it (not "a 2-page form": NOT_WORK).
const HYPHENED =
  /(?<![\p{L}\p{N},.])\d+-(?:episode|page|track|song|part|chapter|issue|panel|piece|card|level|video|minute)(?![\p{L}\p{N}])((?:\s+[\p{L}-]+){0,2})/giu;
// Group 1 is what the size is of.
const SIZED =
  /(?<![\p{L}\p{N}])(?:a|an|one|\d+\s*x)\s+~?\d[\d,.]*(?:\s*-\s*|\s+)?(?:sec|secs|second|seconds|min|mins|minute|minutes|word|page|panel|bar)(?:-long)?((?:\s+[\p{L}-]+){1,2})/giu;
// A set, a talk or a lesson with its length, the length after it or before it: "a b2b set with
// me, 90 min", "play the 1-3am slot", "a 45 min talk", "a (10 sec) animation", "a 2-hour workshop".
// How long the piece runs is how much of it they want; a call's length is not ("a 20 min intro
// call").
const PERFORMED =
  "set|sets|slot|talk|keynote|workshop|lesson|lessons|class|masterclass|lecture|performance|show|gig|panel|demo|animation|loop|intro|outro|jingle";
const TIMED_PIECE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${PERFORMED})(?:\\s+with\\s+(?:me|us))?[,\\s]+\\(?(?:~\\s?)?\\d+(?:[-–]\\d+)?\\s*(?:sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours?)|\\(?(?:~\\s?)?\\d+(?:[-–:]\\d+)?\\s*(?:sec|secs|seconds|min|mins|minutes|h|hr|hrs|hours?|am|pm)\\)?[-\\s]+(?:long\\s+)?(?:[\\p{L}-]+\\s+)?(?:${PERFORMED})(?!\\s+(?:call|chat|meeting|zoom)))(?![\\p{L}\\p{N}])`,
  "iu",
);

// A piece named with its price: "$150 for the verse", "£900 for one TikTok", "$800 for the fix
// plus tests". Group 1 is the words after the article, which must not be a time, a call or the
// work as a whole ("$10k for the next year", "£6k for a first phase", "$500 for your time", "$2k
// for the project"). Not the price after it: "we'd fund the port for $2k" pays for their port.
const PRICE = "(?:[$€£¥₹]|R\\$)\\s?\\d[\\d.,]*\\s?[kK]?";
const PIECE_WORDS = "[\\p{L}\\p{N}'’-]+(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}";
const PRICED_PIECE = new RegExp(
  `(?<![\\p{L}\\p{N}])${PRICE}\\s+for\\s+(?:the|a|an|one|this|that)\\s+(${PIECE_WORDS})`,
  "giu",
);
const NOT_A_PIECE =
  /(?<![\p{L}\p{N}])(?:hours?|weeks?|months?|quarters?|years?|weekends?|season|term|period|phase|stage|engagement|time|call|chat|meeting|project|job|work|gig|thing|lot|whole|all|collab\p{L}*|rights?|bundle|package|deal|partnership|sponsorship|year'?s|next|first|rest)(?![\p{L}\p{N}])/iu;
// A length with what it is of: "score 90 seconds of footage", "2 minutes of music", or after the
// piece it sizes: "channel trailer, 45 sec", "promo (30s)".
const LENGTH_OF =
  /(?<![\p{L}\p{N}.,])\d+\s*(?:sec|secs|seconds|min|mins|minutes)\s+of\s+(?:footage|music|animation|video|audio|film|score|narration|voice-?over|gameplay|b-roll|content)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:trailer|teaser|promo|video|clip|reel|ad|spot|jingle|intro|outro|animation|song|track)\s*[,(:–—-]\s*~?\d+\s*(?:s|sec|secs|seconds|min|mins|minutes)(?![\p{L}\p{N}])/iu;

// What a size is not the size of: "a 30-minute chat", "a 2-page form".
const NOT_WORK =
  /(?<![\p{L}\p{N}])(?:chat|call|meeting|coffee|catch-?up|sync|zoom|vc|slot|break|form|application|brief|bio|cv|resume)(?![\p{L}\p{N}])/iu;

// One of the kind of work the recipient makes, named by a pronoun: "want one on our side wall",
// "could you do one for our bakery?", "a custom one of our two cats", "need one for twitch". Not
// "are you the one who…", "one of our clients", "make one with me" (a game made together), "be
// one of the featured potters", "score one of your future games".
const ONE_OF_THEM =
  /(?<![\p{L}\p{N}])(?:want|need|like|love|get|do|make|paint|draw|build|commission|order|buy)\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?<!\bbe\s+)one(?=\s+(?:of(?!\s+(?:your|ur)(?![\p{L}\p{N}]))|for|on|inside|in|like|as)(?![\p{L}\p{N}])|\s*(?:[,.!?;)]|$))/iu;
// A licence of their work, or its use for a named purpose: "license your song for the end
// credits", "license 6 of them", "a one-off licence", "use your piano piece for my programme".
// The thing licensed is the scope. Not "code stays under your license".
const LICENCE =
  /(?<![\p{L}\p{N}])(?:licen[cs](?:e|ing)\s+(?:it|them|this|that|one|\d+|your|ur|their)(?![\p{L}\p{N}])|(?:a|an|one-off|one-time|single-use|commercial|flat|sync|exclusive|non-exclusive|perpetual|[$€£]\s?\d[\d,.]*k?)\s+(?:[\p{L}-]+\s+)?licen[cs]e(?![\p{L}\p{N}])(?!\s+fee)|use\s+(?:your|ur|one\s+of\s+your|\d+\s+of\s+your)(?:\s+[\p{L}'"“”-]+){0,3}?\s+(?:songs?|tracks?|music|photos?|pictures?|images?|illustrations?|drawings?|fonts?|loops?|beats?|pieces?|footage|clips?|art|artwork)(?=\s|[,.!?]|$))/iu;

// Their money on a named piece of the recipient's work: "sponsor your next two videos", "a
// sponsored stream", "fund a new Kotlin target", "a paid contract to add streaming support". The
// videos are the recipient's own, which theirs() would set aside; here they are the work asked.
const SPONSORED =
  /(?<![\p{L}\p{N}])(?:sponsor\s+(?:your|ur)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:videos?|vids?|streams?|episodes?|posts?|newsletters?|issues?|podcasts?|reels?|shorts|tiktoks?|uploads?)|sponsored\s+(?:[\p{L}-]+\s+)?(?:video|stream|post|episode|segment|reel|short|tiktok|integration)|(?:fund|sponsor|pay\s+for)\s+(?:a|an|the)\s+(?:new\s+)?(?:[\p{L}\p{N}-]+\s+)?(?:feature|target|integration|backend|plugin|release|rewrite|audit|module|bindings?|endpoint|mode|version)|to\s+add\s+(?:[\p{L}\p{N}-]+\s+){1,2}support)(?![\p{L}\p{N}])/iu;

// An amount of work in time: "20h/week", "~60 hours of work", "2 days of shooting", "3 days in
// May", "a 2-day workshop", "20 uur per week", "3 días, 900€". Not how long until something ("in
// 2 hours", "within 3 days", "ends in 12 days", "60 hours in your demo") nor a meeting's length
// ("a 1-hour interview", "2 hours call"), a clock time ("às 15h", "de 10h à 18h") or a jam's
// length ("la jam de 48h"); minutes are left out, being a call's or a chat's.
// "one day" and "a few hours" are left out too: they say when or how little, not how much.
const WORK_TIME = new RegExp(
  String.raw`${COUNT_START}(?<![\p{L}\p{N},.])(?:(?<!(?:^|[^\p{L}\p{N}])(?:às|à|um|vers|dès|om|alle|las)\s+)|(?!\d+\s?h(?![\p{L}\p{N}])))(?<!(?:^|[^\p{L}\p{N}])(?:(?:jam|hackathon) (?:de|of)|in|within|next|last|past|after|until|for the next|for the last)\s+(?:~\s?|about\s+|around\s+|roughly\s+)?)(?:~\s?)?(?:\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+)?|${NUMBER_WORDS}|a couple of)\s?[- ]?(?:h(?![\p{L}\p{N}])(?!\s*(?:[-–]|à|a|to|até|bis|tot)\s*\d)|(?:hrs?|hours?|days?|uur|uren|stunden|std|tage|tagen|dagen|horas?|días|dias|heures|jours|ore|giorni|godzin[ay]?|dni|saat|gün|jam|hari)(?![\p{L}\p{N}]))(?!\s*(?:ago|left|later|away|late|early|before|after|from now|notice|drive|flight|call|chat|meeting|interview|coffee|zoom|jam|hackathon|in (?:your|ur|the|a|an|my)(?![\p{L}\p{N}])|into)(?![\p{L}\p{N}]))`,
  "giu",
);

// One job named by what it is for: "a soundtrack for our trailer", "an audit of our API", "a
// logo refresh for my bakery", "give a talk on our stage". Group 1 is the words of the job; its
// last word must not be a person (a role: "a designer for our app") or no work ("a chat
// about", "a hand with", "a collab for my channel").
const JOB =
  /(?<![\p{L}\p{N}])(?:want|wants|need|needs|like|love|commission|order|make|create|design|redesign|write|compose|produce|build|paint|draw|illustrate|record|shoot|film|score|edit|mix|master|animate|sew|knit|carve|run|host|teach|lead|give|deliver)\s+(?:(?:us|me)\s+)?(?:a|an|one)((?:\s+[\p{L}\p{N}'’-]+){0,2}?\s+\p{L}[\p{L}'’-]+)\s+(?:for|of|on)\s+(?:our|my|the|his|her|their)(?![\p{L}\p{N}])/giu;
const NOT_A_JOB =
  /(?<![\p{L}\p{N}])(?:call|chat|meeting|quote|price|look|hand|favou?r|shout-?out|collab\p{L}*|partnership|partner|mod|author|co-?author|lead|co-?lead|bit|lot|chance|moment|minute|question|word|fan|reason|idea|rate|response|reply|conversation|catch-?up|coffee|discount|deal|break|try|go|spot|slot|place|seat|role|position|job|thing|something|someone|somebody|person|team|agency|studio|\p{L}*(?:ist|ian|ant|eer|tor|sor|grapher|signer|veloper|dev|writer|editor|artist|trator|mator|poser|ducer|gineer|ician|singer|player|host|guest|speaker|member|manager|sultant|lancer|tractor|coach|teacher|tutor|mentor|actor|dancer|intern|assistant|builder|maker|painter|designer|person|rapper|DJ|mc))(?![\p{L}\p{N}])$/iu;

// "build 4 of those for our fields", "would like 20 of them", "need 3 for a client pitch",
// "quiero 15 para las damas de honor"; not "got like 250 for it" (a sum).
const SOME_OF_THEM =
  /(?<![\p{L}\p{N}])(?:(?:want|need|like|love|get|do|make|paint|draw|build|commission|order|buy)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)(?=\s+of\s+(?:those|them|these)(?![\p{L}\p{N}]))|(?:want|need|make|paint|draw|build|commission|order|buy)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)(?=\s+for(?![\p{L}\p{N}])(?!\s+(?:it|that|this|the\s+lot)(?![\p{L}\p{N}])))|(?:quiero|quisiera|queremos|necesito|necesitamos|quero|queria|queremos|preciso|precisamos|voudrais|voudrions|vorrei|vorremmo|möchte|möchten|brauche|brauchen)\s+\d{1,3}(?=\s+(?:para|pra|pour|per|für)(?![\p{L}\p{N}])))/iu;

// Who works the time, when it is not the recipient: "the student works 4 days a week with you".
const SOMEONE_ELSE_WORKS =
  /(?:^|[^\p{L}\p{N}])(?:student|intern|stagiair\p{L}*|afstudeerder|trainee|praktikant\p{L}*|stagiaire|becari[oa]|estagi[áa]ri[oa]|stagista|he|she|hij|zij|er|sie|il|elle|él|ella|ele|ela|lui|lei)\s+(?:\p{L}+\s+)?(?:works?|werkt|arbeitet|travaille|trabaja|trabalha|lavora|pracuje)\s+$/iu;

// Every count NUMBERED and WORK_TIME read starts with a digit or one of these words, and every
// HYPHENED or SIZED match holds a digit: a text with none skips those scans, which cannot match
// (the same flags, so a word they match is a word this matches).
const COUNT_WORD = new RegExp(`\\d|${NUMBER_WORDS}|couple|few`, "iu");

/**
 * They say how much work they want, in a count or a size, and not of work done already; in
 * their language's words too ("3 ilustraciones", "10 odcinków", "5曲").
 */
export function statesScope(text: string, language?: Language): boolean {
  const theirs = (index: number) => !ownedElsewhere(text.slice(Math.max(0, index - 60), index));
  const counted = countedWork(language);
  // "the 50 songs in 50 days challenge", "a 30 day art challenge": a name, not the work.
  const named = (m: RegExpExecArray) =>
    !CHALLENGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
  const counts = COUNT_WORD.test(text);
  const digit = counts && /\d/.test(text);
  for (const re of [...(counts ? [NUMBERED] : []), ONE, ...(counted ? [counted] : [])])
    for (const m of text.matchAll(re)) if (theirs(m.index) && named(m)) return true;
  if (LICENCE.test(text) || SPONSORED.test(text)) return true;
  if (counts)
    for (const m of text.matchAll(WORK_TIME))
      if (
        theirs(m.index) &&
        named(m) &&
        !SOMEONE_ELSE_WORKS.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        return true;
  const one = ONE_OF_THEM.exec(text) ?? SOME_OF_THEM.exec(text);
  if (one && theirs(one.index)) return true;
  for (const m of text.matchAll(JOB))
    if (!NOT_A_JOB.test(m[1] ?? "") && inTheAsk(text, m.index, m.index + m[0].length)) return true;
  if (countsThings(text, language)) return true;
  if (!digit) return false;
  // The readings below each need a digit: a length, a price or a count joined to the thing.
  if (TIMED_PIECE.test(text) || LENGTH_OF.test(text)) return true;
  for (const m of text.matchAll(PRICED_PIECE))
    if (!NOT_A_PIECE.test(m[1] ?? "") && theirs(m.index)) return true;
  for (const re of [HYPHENED, SIZED])
    for (const m of text.matchAll(re))
      if (!NOT_WORK.test(m[1] ?? "") && theirs(m.index)) return true;
  return false;
}
