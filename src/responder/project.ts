// Which project word in a collaboration request names the project they ask about. A message
// names many: the recipient's own work ("loved your last album"), the sender's own bio ("I run a
// podcast"), small talk ("we met at the book fair"), a word inside a name or a compound ("Beat
// Saber", "the game industry"); the draft must thank them for the one they ask about.
//
// Each check reads a few dozen characters on either side of a match, so the time stays linear
// in the text.

import type { Language } from "./language.ts";
import { namedInSentence } from "./sentence-case.ts";
import { LATIN_END, LATIN_START } from "./word-edges.ts";
import { namedWork, unnamedWork, withOwnWords } from "./work-words.ts";

// Two-word projects come before their first word ("game jam" before "game"): the engine takes the
// first alternative that matches at a place. Latin words have Latin-letter edges ("prólogo" is no
// "logo", "grać" no "gra"). French "échange" is left out: as often a talk ("un échange
// confidentiel") or "en échange de" as a swap.
export const PROJECTS = new RegExp(
  String.raw`${LATIN_START}(?:ep|album cover|album|single|(?<!\d-)track|song|remix|beat|music video|video|podcast|episode|livestream|stream|game jam|game|app|plugin|library|lib|repo|extension|website|landing page|campaign|brand|book|comic|mural|logo|cover art|tour|festival|conference|workshop|course|collection|launch|project called|disco|canción|juego|proyecto|música|jogo|projeto|chanson|jeu|projet|lied|spiel|projekt|canzone|gioco|progetto|nummer|plaat|spel|utwor|teledysk|gra|proje|oyun|klip|lagu|proyek|animasi|komik|short film|film|filme|película|movie|documentary|mv|bgm|swap|art trade|trade|crossover|collab stream|panel|pull request|translation|audit|benchmark|strip|prints?|bundle|compilation|anthology|zine|map|modpack|server|event|meetup|hackathon|tournament|emotes?|photoshoot|shoot|session|lesson|interview|challenge|residency|maintenance contract|support contract|support agreement|maintenance agreement|retainer|exhibition|concert|gig|rebrand|sprint|intercambio|troca|tausch|ruil|wymian\p{L}*|takas|tukar)${LATIN_END}|(?<![\p{L}\p{N}])(?:oyun|proje(?![ctkr])|şarkı|sarki|albüm|klip|dizi|kitap|uygulama)\p{L}*|ゲーム|アルバム|シングル|ミュージックビデオ|動画|アニメ|漫画|マンガ|ポッドキャスト|アプリ|プロジェクト|同人誌|合同誌|写真集|映画|楽曲|(?<![作編])曲|イラスト(?!レーター)|ジャケット`,
  "giu",
);

// "your (new) album", "teu último EP", "deinen Track": the recipient's own work, not the project
// they are asked onto (and after it, for Indonesian's "lagu kamu"). In English up to three words
// may stand between ("your open-source synth library"), but not one that starts another phrase
// ("your help on our album", "your style for this game"); elsewhere one, as "tu" and Dutch "je"
// are also "you": "zou je een mural maken" asks for one. "je" after the verb that asks ("wil je
// drie afleveringen monteren", "kun je onze podcast…") and "-tu" ("peux-tu") are only "you".
const YOURS_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:(?:your|ur|yr)(?:\s+(?!(?:a|an|the|on|for|with|in|into|to|at|of|from|about|by|as|our|my|me|us|we|i|and|or|but|so|is|are|was|this|that|these|those|would|could|will|can)(?![\p{L}\p{N}'’-]))[\p{L}\p{N}'’-]+){0,3}|(?:(?<!-)tu|tus|teu|tua|teus|tuas|seu|sua|seus|suas|ton|ta|tes|votre|vos|dein\p{L}*|tuo|tuoi|tue|vostr\p{L}|(?<!(?:^|[^\p{L}])(?:wil|wilt|kun|kunt|kan|zou|zal|heb|ga|moet|mag|wil|doe)\s+)je|jouw|uw|jullie|tw[oó]j\p{L}*|wasz\p{L}*|senin|sizin)(?:\s+(?!(?:een|de|het|a|an|the)\s)[\p{L}\p{N}'’-]+)?)\s+$|(?:あなた|君|きみ)の$/iu;
// "your 'Blue Hour' EP", "your sketches for the Harbor Lights campaign": a title, or a
// capitalised name after "for/from/on the", between "your" and the word. Case matters here.
const YOURS_TITLED =
  /(?:^|[^\p{L}\p{N}])(?:[Yy]our|[Uu]r)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:['‘"“][^'’"”\n]{1,40}['’"”]|(?:for|from|on|at|in)\s+the\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,3})\s*$/u;
// "your work on the Stripe reconciliation lib", "your talk about the plugin": what the recipient
// did on their own work, lower case or not.
const YOUR_WORK_ON =
  /(?:^|[^\p{L}\p{N}])(?:your|ur)\s+(?:work|post|talk|article|series|blog|writeup|write-up|tutorial|video)\s+(?:on|about|for)\s+(?:the|your|ur)(?:\s+[^\s.!?,;:/()]+){0,3}\s+$/iu;
// "the album you put out", "that track of yours", "lagu kamu".
const YOURS_AFTER =
  /^\s*(?:kamu|mu|anda|lo|lu)(?![\p{L}\p{N}])|^\s+of\s+(?:yours|urs)(?![\p{L}\p{N}])|^\s+(?:that\s+)?(?:you|u)(?:['’]ve)?\s+(?:just\s+|recently\s+)?(?:did|made|posted|put out|released|dropped|wrote|shared|drew|shot|designed|built|created|composed|produced|uploaded)(?![\p{L}\p{N}])/iu;
// "the poster you did for the Elm Street fair", "the person who made the chess plugin", "what
// you're doing with the plugin ecosystem".
const YOU_DID_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:(?:you|u|who)(?:['’]ve)?\s+(?:did|made|posted|put out|released|dropped|wrote|shared|drew|shot|designed|built|created|composed|produced|uploaded)|(?:you|u)(?:['’]re|\s+are|\s+r)?\s+(?:do|doing|did|done)\s+with)(?:\s+[^\s.!?,;:/()]+){0,4}\s+$/iu;

/**
 * Up to `words` words that stay in one clause, to the end of the text: no new subject or ask
 * ("saw your post and we need a logo" is two clauses).
 */
function clauseEnd(words: number): string {
  return `(?:\\s+(?!(?:and|but|so|we|i|we're|i'm|would|could|can|want|need|wanna)(?![\\p{L}\\p{N}'’]))[^\\s.!?,;:/()]+){0,${words}}\\s+$`;
}
// Small talk about the past: "we met at the Oslo print fair", "been following since the frog
// series", "hope the tour went well", "kita ketemu di event boardgame", "got your name from Sam at the climbing meetup".
const PAST_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:met|ketemu|bertemu|seen|saw|heard|loved|enjoyed|watched|listened|since(?=\\s+(?:the|that|ep|episode|your|ur)\\s)|hope(?=\\s+(?:the|your|ur)\\s)|depuis(?=\\s+(?:le|la|les|ton|ta|tes|ce|cet|cette)\\s)|name\\s+from\\s+\\p{L}+)${clauseEnd(6)}`,
  "iu",
);
// ...or recalled: "Oslo climate hackathon, team Fjordwatch, remember?".
const REMEMBER_AFTER = /^[^.!?\n]{0,30}(?<![\p{L}\p{N}])remember(?: me| us)?\s*\?/iu;
// The sender's own earlier work: "our last album sold out".
const OWN_PAST_BEFORE = /(?:^|[^\p{L}\p{N}])(?:our|my)\s+(?:last|previous)\s+$/iu;
// Terms, not the work: "thanks in every episode"; a price's unit ("$40/sticker", "2k plays per
// episode") names the work only when nothing else does.
const TERMS_BEFORE = /(?:^|[^\p{L}\p{N}])(?:every|of)\s+$/iu;
const UNIT_BEFORE = /(?:(?:^|[^\p{L}\p{N}])(?:per|each)\s+|\/)$/iu;
// A place: "a booth at the comic festival; could you run the workshop?".
const PLACE_BEFORE = /(?:^|[^\p{L}\p{N}])at\s+(?:the|a|an)(?:\s+[^\s.!?,;:/()]+){0,3}\s+$/iu;

// The sender's own bio: "I run a small radio stream", "we build a budgeting app", "i'm the admin
// of the Moss Hollow server", or a description in brackets "(chess server, 2k members)". Not
// "can we make a game?", nor "we're organising a concert": that is the ask.
const BIO_BEFORE =
  /(?:(?:^|[^\p{L}\p{N}'’])(?<!(?:can|could|should|shall|would|will|if|let|to)\s+)(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:run|own|host|mod|moderate|organi[sz]e|make|build|manage|curate|lead|started|founded)|(?:^|[^\p{L}\p{N}'’])(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:the\s+|a\s+|an\s+)?(?:mod|admin|owner|organi[sz]er|host|founder|lead|head\s+\p{L}+)\s+(?:of|for|at))(?:\s+[^\s.!?,;:/()]+){0,4}\s+$|\([^()\n]{0,30}$/iu;

// "I have a podcast too", "I also run a channel", "yo también tengo un podcast": one like the
// reader's, said to find common ground, not the work they ask about.
const HAVE_ONE_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:i|we)(?:['’]ve)?\s+(also\s+)?(?:have|got|run|host|do|make|started)\s+(?:a|an|my|our|one|own)\s+(?:[^\s.!?,;:/()]+\s+){0,2}$/iu;
const TOO_AFTER = /^\s+(?:too|as\s+well|also)(?![\p{L}\p{N}])/iu;
const ALSO_HAVE_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:(?:también|também|aussi|auch|anche|ook|też|juga)\s+(?:tengo|tenho|j['’]ai|hab(?:e)?|ho|heb|mam|punya)|(?:tengo|tenho|j['’]ai|hab(?:e)?|ho|heb|mam)\s+(?:también|também|aussi|auch|anche|ook|też))\s+(?:(?:un|una|um|uma|einen|ein|eine|een)\s+)?$/iu;

function mineToo(before: string, after: string): boolean {
  const have = HAVE_ONE_BEFORE.exec(before);
  return (
    (have !== null && (have[1] !== undefined || TOO_AFTER.test(after))) ||
    ALSO_HAVE_BEFORE.test(before)
  );
}

// In their bio, the sender's business itself ("I run a small denim brand", "Inkpad (a writing
// app)") is who they are, not the work they ask for: a sponsorship, a sprint, a consult.
const OWN_BUSINESS = /^(?:brand|app)$/i;

// "2 days next sprint", "this sprint": a sprint as a stretch of time, not the work.
const SPRINT_TIME_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:next|this|last|current|each|every|per|one|a)\s+$/iu;
// "a full set of emotes for my rebrand": what the work is for, named only when nothing else is.
const FOR_BEFORE =
  /(?:^|[^\p{L}\p{N}])for\s+(?:a|an|the|my|our|their)\s+(?:[\p{L}\p{N}'’-]+\s+)?$/iu;

// A word that modifies the next one is not the project: "game industry", "podcast team", "comic
// festival", "server channel", "the album tracks", a role's trade ("video editor", named back
// with the role); nor one joined by a hyphen ("game-changer",
// "small-print", "in-app"), but "co-stream" and "live-stream" are streams, and a German
// "Musikvideo-Projekt" is a project; "co-brand" is a verb. "comic con", "game therapy", "the plugin
// authoring guide" are other things; so are an event named by its work ("a print fair", "the zine
// market", "an art expo", "our book club": not the print, the zine, the book).
const MODIFIES =
  /^(?:-|\s+(?:fest\p{L}*|festival|convention|fairs?|markets?|expos?|meetups?|clubs?|therapy|authoring|team|industry|studio|company|community|scene|stage|tech|fund|channel|tracks|videos|overlays?|night|board|roundtable|lineup|organi[sz]ers?|circuit|credits?|systems?|editors?|designers?|producers?|artists?|developers?|engineers?|animators?)(?![\p{L}\p{N}]))/iu;
// "comic con", "anime con": a convention, where "con" is no Spanish or Italian "with".
const CON_AFTER = /^\s+cons?(?![\p{L}\p{N}])/iu;
const HYPHENED_BEFORE = /[\p{L}\p{N}]-$/u;
const PREFIX_BEFORE = /(?:^|[^\p{L}\p{N}])(?:co|live|mini|e|re)-$/iu;

// A capitalised project word beside another capitalised word is part of a name: "Beat Saber",
// "the Harbour Meetup Club", "the Winter Game Jam", "the Festival of Lights". Not in German,
// which capitalises every noun.
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
// A capitalised word before it counts only inside a sentence, not as its first word; after an
// opening quote too ('host of "Small Print"').
const TITLE_BEFORE = /[^\s.!?]\s+["“‘]?\p{Lu}[\p{L}\p{N}'’-]*\s+$/u;
const TITLE_AFTER = /^\s+(?:(?:of|the|&)\s+)?\p{Lu}/u;

const ORG_BEFORE = /[^\s.!?]\s+(?:at|from)\s+$/u;

// A project word used as a verb: "you'd stream the finals", "we'd print your poster", "I
// stream on twitch", "to book you". Kept only when there is no other.
const VERBAL = /^(?:film|stream|print|remix|shoot|launch|map|interview|book)$/iu;
const VERB_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:to|i|we|you|u|they|i['’]d|we['’]d|you['’]d|i['’]ll|we['’]ll|could|would|can|will|wanna|gonna)\s+$/iu;

// ...or followed by its object: "print a specimen", "stream the finals", "film your set".
const OBJECT_AFTER = /^\s+(?:a|an|the|your|ur|my|our|it|them|some|this|that|\d)(?![\p{L}\p{N}])/iu;

const PERSON_OR_OBJECT =
  /^\p{L}+\s+(?:a|an|the|your|ur|my|our|it|them|some|this|that|you|u|us|me|(?<=book\s+)(?:for|on|in))(?![\p{L}\p{N}])/iu;

type Standing = "skip" | "weak" | "plain";

function standing(text: string, start: number, end: number, german: boolean): Standing {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  const near = before.slice(-40);
  if (
    ownedElsewhere(before) ||
    YOURS_TITLED.test(before) ||
    YOUR_WORK_ON.test(before.slice(-80)) ||
    YOURS_AFTER.test(after)
  )
    return "skip";
  if (TERMS_BEFORE.test(near) || REMEMBER_AFTER.test(after)) return "skip";
  if (inIdiom(word, near, after)) return "skip";
  if (!german && inAnotherWord(word, near, after)) return "skip";
  // "our friends at Bundle", "Jo from Launch": a capitalised word after "at" or "from" inside a
  // sentence names a company, not the work.
  if (!german && TITLE_WORD.test(word) && ORG_BEFORE.test(near)) return "skip";
  if (/^sprint$/i.test(word) && SPRINT_TIME_BEFORE.test(near)) return "skip";
  if (BIO_BEFORE.test(before)) return OWN_BUSINESS.test(word) ? "skip" : "weak";
  if (mineToo(before, after)) return "skip";
  if (/^rebrand$/i.test(word) && FOR_BEFORE.test(near)) return "weak";
  if (UNIT_BEFORE.test(near) || PLACE_BEFORE.test(near)) return "weak";
  if (!VERBAL.test(word)) return "plain";
  // "to book you", "to book for 12 June", "I book a small venue", "want to launch a side project":
  // the verb with its object is no booking or launch to thank them for.
  if (
    /^(?:book|launch)$/i.test(word) &&
    VERB_BEFORE.test(near) &&
    PERSON_OR_OBJECT.test(word + after)
  )
    return "skip";
  return VERB_BEFORE.test(near) || OBJECT_AFTER.test(after) ? "weak" : "plain";
}

// A project word in a phrase that names no work: "i'm game", "brand new", "keep me on track",
// "you can't beat that".
const IDIOMS: ReadonlyArray<{ word: RegExp; before?: RegExp; after?: RegExp }> = [
  {
    word: /^game$/i,
    before:
      /(?:^|[^\p{L}\p{N}'’])(?:i['’]?m|i am|we['’]re|we are|you['’]re|you are|are you|r u|be)\s+$/iu,
    after: /^\s*(?:$|[.!?,;:)]|\p{Extended_Pictographic}|(?:for|if|lol|too)(?![\p{L}\p{N}]))/iu,
  },
  { word: /^brand$/i, after: /^[\s-]+new(?![\p{L}\p{N}])/iu },
  {
    word: /^track$/i,
    before:
      /(?:^|[^\p{L}\p{N}])(?:(?:keep|keeps|keeping|kept|lose|losing|lost)\s+|(?:keep|stay|get|back|me|us|it|things|everything|are|is|be|were|was)\s+on\s+|fast[\s-])$/iu,
  },
  {
    word: /^beat$/i,
    before: /(?:^|[^\p{L}\p{N}])(?:can['’]?t|cannot|couldn['’]?t|won['’]?t|hard to|tough to)\s+$/iu,
  },
];

function inIdiom(word: string, near: string, after: string): boolean {
  return IDIOMS.some(
    (idiom) =>
      idiom.word.test(word) &&
      (idiom.before?.test(near) ?? true) &&
      (idiom.after?.test(after) ?? true),
  );
}

/** "game-changer", "the comic fest", "Beat Saber": the word is part of another one, or of a name. */
function inAnotherWord(word: string, near: string, after: string): boolean {
  if (MODIFIES.test(after) || (/^(?:comic|anime|game)$/i.test(word) && CON_AFTER.test(after)))
    return true;
  if (HYPHENED_BEFORE.test(near) && (!PREFIX_BEFORE.test(near) || /^brand$/i.test(word)))
    return true;
  return partOfName(word, near, after);
}

/** "Beat Saber", "The Weekly Designer": a capitalised word beside another inside a sentence. */
export function partOfName(word: string, near: string, after: string): boolean {
  return TITLE_WORD.test(word) && (TITLE_BEFORE.test(near) || TITLE_AFTER.test(after));
}

/** PROJECTS and the language's own work words, which come second at a place. */
const projectsIn = withOwnWords(PROJECTS, namedWork);

/**
 * The project word they ask about: the first that is neither the recipient's work, small talk nor
 * part of another word; the sender's own bio, a price's unit, a place or the word used as a verb
 * only when nothing else is named and they do not count the work they want (`scopeStated`).
 */
export function theirProject(
  text: string,
  language?: Language,
  scopeStated = false,
): string | undefined {
  let weak: string | undefined;
  for (const m of text.matchAll(projectsIn(language))) {
    const end = m.index + m[0].length;
    const found = standing(text, m.index, end, language === "de");
    // Only the word kept is read for its case (a scan of the text): once per call, not per match.
    if (found === "skip" || (found === "weak" && weak !== undefined)) continue;
    const word = m[0].trim();
    const named = namedInSentence(text, m.index + m[0].indexOf(word), word, language);
    if (found === "plain") return named;
    weak = named;
  }
  // "we build a recipe app … 6 stickers, $30 each": what they count is the work, not their bio.
  return scopeStated ? undefined : weak;
}

/**
 * The work asked for is named only in a form that would not read right named back (a verb,
 * "przetłumaczyć", or a case ending, "książkę"): concrete, though nothing is named.
 */
export function unnamedProject(text: string, language?: Language): boolean {
  const re = unnamedWork(language);
  if (re === undefined) return false;
  for (const m of text.matchAll(re))
    if (standing(text, m.index, m.index + m[0].length, language === "de") !== "skip") return true;
  return false;
}

/**
 * What comes before names work other than theirs to come: the recipient's ("your last 3
 * covers", "the plugin you made"), the sender's past ("our last album"), or small talk ("saw a").
 */
export function ownedElsewhere(before: string): boolean {
  const near = before.slice(-40);
  return (
    YOURS_BEFORE.test(near) ||
    YOU_DID_BEFORE.test(before) ||
    PAST_BEFORE.test(before) ||
    OWN_PAST_BEFORE.test(near)
  );
}
