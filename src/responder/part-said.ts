// The reader's part said outright in shapes the work readers (asked-work.ts, asked-foreign.ts)
// leave open, when the work is not divided between the two (work-divided.ts reads that): "would
// you" with the verb at the clause's end or a pronoun after it ("would you moderate?", "would you
// design them?"), "we'd love you to film it", "interested in doing the cover", "pay you $800 to
// voice the lead", "have you host our night", the reader named by their group ("we'd love the
// Riverside Players to run a show"), "need someone on drums"; in fr/it, a conditional ("tu
// composerais la BO ?"). Saying it means the brief does not ask "what you need from me"; it names
// nothing, so it makes no ask concrete. Not a sender's offer ("I could edit your videos"), a
// generic "you" ("if you run a newsletter"), nor what the reader gets ("you'd get 20%"). Each
// part is a bounded run of words or a fixed look back: linear.
import { WORK_VERB } from "./asked-work.ts";
import type { Language } from "./language.ts";
import { saysPartAfterJoining } from "./part-joined.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";
import { CLAUSE_END, ON_A_PART } from "./work-divided.ts";

const YOU = "(?:you|u)";
// Work verbs the readers do not list, said of a part: "accompany me", "co-author the chapter".
// "own the icon set" takes a piece of work as theirs to do.
const MORE_VERB =
  "accompany|co-?author|co-?compose|co-?design|co-?direct|co-?teach|co-?illustrate|contribute|cover|pair|mod|officiate|emcee|mc|bake|cook|photograph|sponsor|own";
const VERB = `(?:${WORK_VERB}|${MORE_VERB})`;
// "would you moderate?", "would you design them?", "could you accompany me at my recital",
// "would you co-author the chapter on ORMs?": a request frame (not "can", which asks whether they
// can), the verb, then its clause's end, a pronoun or any article.
const WOULD_YOU = new RegExp(
  `${B}(?:would|could)\\s+${YOU}\\s+(?:please\\s+)?(?:(?:like|want|be\\s+(?:willing|able|up|down|happy|keen))\\s+to\\s+)?${VERB}(?:${CLAUSE_END}|\\s+(?:them|him|her|me|us|those|one|for\\s+(?:us|me)|(?:the|a|an|our|my|this|that|these|some|\\d+)${E}))`,
  "iu",
);
// The reader by their group's or their shop's name: "we'd love the Riverside Players to run a
// show", "I'd love your candle shop to take it", "want your studio to handle the graphics".
const NAMED_READER = new RegExp(
  `${B}(?:love|like|want|need)\\s+(?:(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’&-]*\\s+){1,3}|(?:your|ur)\\s+(?:[\\p{L}-]+\\s+)?(?:band|studio|shop|store|team|group|crew|choir|company|agency|label|club|collective|troupe|players|orchestra|ensemble)\\s+)to\\s+(?:${VERB}|take|handle|do)${E}`,
  "u",
);
// "we'd love you to do live painting", "want u to take the photos": any verb put to the reader
// but one of coming along, meeting, being or thinking, or of the sender's own ask.
const YOU_TO = new RegExp(
  `${B}(?:love|like|want|need)\\s+(?:for\\s+)?${YOU}\\s+to\\s+(?!(?:be|come|join|chat|talk|meet|check|consider|know|hear|see|think|get|have|collab\\p{L}*|work|partner|team|reach|connect|call|hop|jump|visit|attend|look|try|feel|let|tell|send|email|dm|reply|respond|answer|pick|decide|help|take\\s+a\\s+look|do\\s+(?:something|anything|a\\s+collab|a\\s+call)|make\\s+(?:something|it))${E})\\p{L}{2,}${E}`,
  "iu",
);
// "would you be interested in doing the cover", "up for shooting the launch?": an "-ing" verb
// and its object, not one of working, talking or joining ("interested in partnering on…").
const GERUND = new RegExp(
  `${B}would\\s+${YOU}\\s+be\\s+(?:interested\\s+in|up\\s+for|open\\s+to|down\\s+for|keen\\s+on)\\s+(?!(?:working|collab\\p{L}*|partnering|teaming|talking|chatting|joining|being|having|getting|doing\\s+(?:something|anything|a\\s+(?:collab|call|chat|partnership|swap))|hopping|jumping|meeting|connecting|exploring|discussing|hearing|seeing|learning|trying)${E})\\p{L}{2,}ing\\s+(?:the|a|an|our|my|it|this|some|\\d+)${E}`,
  "iu",
);
// "i'd pay you $800 to voice the lead", "want to have you host our opening night".
const PAID_OR_HAD = new RegExp(
  `${B}(?:pay\\s+${YOU}\\s+\\S{1,12}\\s+to\\s+(?!(?:come|join|talk|chat|meet)${E})\\p{L}{2,}|(?:to|and)\\s+have\\s+${YOU}\\s+(?!(?:run|cut|set|read)${E})${VERB}\\s+(?:our|my|the|a|an|it|this))${E}`,
  "iu",
);
// "can you own the icon set?": "can" asks whether they could, except of owning a piece of work.
const CAN_OWN = new RegExp(`${B}can\\s+${YOU}\\s+own\\s+(?:the|our|this|that|all)${E}`, "iu");
// "need someone on drums", "need you on bass".
const NEEDED_ON = new RegExp(`${B}need\\s+(?:someone|somebody|you|u)\\s+${ON_A_PART}`, "iu");

// "want u as our featured act", "want u for july 14", "book you for the 3rd": the reader wanted in
// a part, or for a date of theirs (not "love you for the support").
const WANTED_AS = new RegExp(
  `${B}(?:(?:want|wanted|love|like|have|book|need)\\s+${YOU}\\s+as\\s+(?:our|the|a|an|my)\\s+\\p{L}|(?:want|wanted|need|book)\\s+${YOU}\\s+for\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s+\\d|the\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?${E}|(?:our|the|my)\\s+(?!(?:something|anything|call|chat)${E})\\p{L}))`,
  "iu",
);
// "a monthly post-run stretch session with you", "a workshop led by you": a session of theirs.
const SESSION_WITH = new RegExp(
  `${B}(?:session|class|workshop|masterclass|lesson|clinic|q&a|ama|demo|performance|set|reading|signing|residency)\\s+(?:with|by|led\\s+by|run\\s+by)\\s+${YOU}${E}`,
  "iu",
);
// "offer you a contract to lead its development": the part the offer is for.
const OFFERED_TO = new RegExp(
  `${B}offer\\s+${YOU}\\s+(?:a|an|the)\\s+(?:contract|role|position|job|spot|residency|commission|gig|retainer|seat)\\s+to\\s+\\p{L}{2,}`,
  "iu",
);

// A conditional put to the reader asks by itself: "tu composerais la BO ?", "mi faresti il logo?".
// Not the modals ("tu pourrais", "vorresti"), which asked-foreign.ts reads with their verb.
const CONDITIONAL: Partial<Record<Language, RegExp>> = {
  fr: new RegExp(
    `${B}tu\\s+(?:(?:me|nous)\\s+)?(?!(?:pourrais|voudrais|serais|aurais|saurais|devrais|aimerais|irais)${E})\\p{L}{3,}rais${E}`,
    "iu",
  ),
  it: new RegExp(
    `${B}(?:(?:mi|ci)\\s+)?(?!(?:potresti|vorresti|dovresti|saresti|avresti|sapresti|andresti)${E})\\p{L}{2,}resti${E}(?=[^.!\\n]{0,60}\\?)`,
    "iu",
  ),
};

/** The sender says what part of the work is the reader's, in a shape the work readers leave open. */
export function saysReadersPart(text: string, language: Language = "en"): boolean {
  if (language === "en") {
    return (
      WOULD_YOU.test(text) ||
      NAMED_READER.test(text) ||
      YOU_TO.test(text) ||
      GERUND.test(text) ||
      PAID_OR_HAD.test(text) ||
      CAN_OWN.test(text) ||
      NEEDED_ON.test(text) ||
      WANTED_AS.test(text) ||
      SESSION_WITH.test(text) ||
      OFFERED_TO.test(text) ||
      saysPartAfterJoining(text)
    );
  }
  return CONDITIONAL[language]?.test(text) ?? false;
}
