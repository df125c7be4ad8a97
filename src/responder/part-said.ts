// The reader's part said outright in shapes the work readers (asked-work.ts, asked-foreign.ts)
// leave open: a division whose reader's clause is a bare verb or an object outside their list
// ("I build, you design, we split 50/50", "you shoot minis, I bring the dogs"), "would you" with
// the verb at the clause's end or a pronoun after it ("would you moderate?", "would you design
// them?"), "we'd love you to film it", "interested in doing the cover", "pay you $800 to voice
// the lead", "have you host our night", the reader named by their group ("we'd love the
// Riverside Players to run a show"), "you on music, me on code"; in es/pt/fr/de/it, a division
// ("io ti faccio il sito e tu mi fai il logo") or a conditional ("tu composerais la BO ?").
// Saying it means the brief does not ask "what you need from me"; it names nothing, so it makes
// no ask concrete. Not a sender's offer ("I could edit your videos"), a generic or past "you"
// ("you know how it is", "when you played…", "if you run a newsletter"), nor what the reader gets
// ("you'd get 20%"). Each part is a bounded run of words or a fixed look back: linear.
import { NOT_A_PART, WORK_VERB } from "./asked-work.ts";
import type { Language } from "./language.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

const YOU = "(?:you|u)";
// Where a clause ends: punctuation, a line's end or an emoji.
const CLAUSE_END = "(?=\\s*(?:[,;.!?:)|]|$|\\p{Extended_Pictographic}))";
// Words that tie "you" to something said of them rather than a part: "how you draw", "if you run".
const NOT_A_PART_BEFORE = `(?<!${B}(?:if|how|when|what|where|why|whether|since|as|like|that|cause|because|once|unless)\\s+)`;
// A clause of one party's part: the party, a verb, then up to five words (none of them the other
// party or "and") to the clause's end. "you post great little comics and i write essays" is a
// description of each one's trade, not a division: no clause ends before "and".
const start = (party: string) =>
  `${NOT_A_PART_BEFORE}${B}${party}(?:['’]d|['’]ll|\\s+will|\\s+would)?\\s+(?!${NOT_A_PART}${E})\\p{L}{2,}${E}`;
const partOf = (party: string) =>
  `${start(party)}(?:\\s+(?!(?:i|we|you|u|and|but)${E})[\\p{L}\\p{N}/+&'’-]+){0,5}${CLAUSE_END}`;
const SENDER = "(?:i|we)";
// Both parts in one sentence, either first, a bounded gap between: linear. The first ends its
// clause; the second needs only its verb ("you host at your space, we handle speakers and snacks").
const GAP = "[^.?!\\n|]{0,40}?";
const DIVISION = new RegExp(
  `${partOf(YOU)}${GAP}${start(SENDER)}|${partOf(SENDER)}${GAP}${start(YOU)}`,
  "iu",
);

// Work verbs the readers do not list, said of a part: "accompany me", "co-author the chapter".
const MORE_VERB =
  "accompany|co-?author|co-?compose|co-?design|co-?direct|co-?teach|co-?illustrate|contribute|cover|pair|mod|officiate|emcee|mc|bake|cook|photograph|sponsor";
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
// "you on music and me on code", "me on vocals, you on the beat", "need someone on drums".
const ON_PART = new RegExp(
  `${B}(?:${YOU}\\s+on\\s+[\\p{L}/-]+${GAP}(?:me|i['’]?ll\\s+be|i['’]?m)\\s+on|(?:me|i['’]?ll\\s+be|i['’]?m)\\s+on\\s+[\\p{L}/-]+${GAP}${YOU}\\s+on|need\\s+(?:someone|somebody|you|u)\\s+on)\\s+(?!(?:board|it|this|that|a\\s+call|the\\s+call|the\\s+server|discord|my\\s+podcast)${E})[\\p{L}/-]+`,
  "iu",
);

// The same division in the template languages, each clause a pronoun and its verb, maybe a few
// words after, a comma or "and" between: "tú diseñas, yo imprimo", "tu desenhas e eu imprimo",
// "tu dessines, je code", "du zeichnest, ich drucke", "tu disegni, io stampo". Not a verb of being,
// knowing, having or wanting ("tu sais, je pense", "du bist…, ich finde"): who each is or thinks.
interface Parties {
  reader: string;
  sender: string;
  and: string;
  not: string;
  /** Pronouns that may stand before the verb: "tu mi fai", "yo te masterizo". */
  clitic: string;
}
const PARTIES: Partial<Record<Language, Parties>> = {
  es: {
    reader: "t[úu]",
    sender: "yo",
    and: "y|e",
    not: "eres|estás|estas|tienes|sabes|puedes|quieres|has|vas|sueles|crees|soy|estoy|tengo|creo|pienso|sé|puedo|quiero|he|voy|también|no",
    clitic: "me|te|nos|le|les|lo|la",
  },
  pt: {
    reader: "tu|voc[êe]|vc",
    sender: "eu",
    and: "e",
    not: "é|e|és|tem|tens|sabe|sabes|pode|podes|quer|queres|está|estás|sou|estou|tenho|acho|penso|sei|posso|quero|vou|também|não|já",
    clitic: "me|te|nos|lhe|o|a",
  },
  fr: {
    reader: "tu",
    sender: "je|j['’]|moi,?\\s+je",
    and: "et",
    not: "es|as|sais|peux|veux|vas|crois|penses|trouves|suis|ai|pense|crois|trouve|sais|peux|veux|vais|manques|aimes|adores|ne|n['’]",
    clitic: "me|te|nous|vous|le|la|les|lui",
  },
  de: {
    reader: "du",
    sender: "ich",
    and: "und",
    not: "bist|hast|kannst|willst|weißt|weisst|musst|sollst|magst|findest|denkst|bin|habe|hab|kann|will|weiß|weiss|muss|soll|mag|finde|denke|glaube|würde|wuerde|auch|nicht",
    clitic: "dir|mir|dich|mich|uns|euch",
  },
  it: {
    reader: "tu",
    sender: "io",
    and: "e|ed",
    not: "sei|hai|sai|puoi|vuoi|devi|vai|pensi|sono|ho|so|posso|voglio|devo|vado|penso|credo|trovo|non|anche",
    clitic: "mi|ti|ci|vi|lo|la|le|gli|ne",
  },
};

function division(p: Parties): RegExp {
  const one = (who: string) =>
    `${B}(?:${who})(?:\\s+|(?<=['’]))(?:(?:${p.clitic})\\s+)?(?!(?:${p.not})${E})(?:[mts]['’])?\\p{L}{2,}${E}`;
  // The first clause's object, a few words ("il sito", "et masterise ton EP"), then a comma or
  // "and".
  const between = `(?:\\s+[\\p{L}'’-]+){0,5}?(?:\\s*[,;]\\s*|\\s+(?:${p.and})\\s+)`;
  return new RegExp(
    `${one(p.reader)}${between}${one(p.sender)}|${one(p.sender)}${between}${one(p.reader)}`,
    "iu",
  );
}

const FOREIGN_DIVISION = new Map<Language, RegExp>(
  Object.entries(PARTIES).map(([language, p]) => [language as Language, division(p)]),
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
      DIVISION.test(text) ||
      WOULD_YOU.test(text) ||
      NAMED_READER.test(text) ||
      YOU_TO.test(text) ||
      GERUND.test(text) ||
      PAID_OR_HAD.test(text) ||
      ON_PART.test(text)
    );
  }
  return (
    (FOREIGN_DIVISION.get(language)?.test(text) ?? false) ||
    (CONDITIONAL[language]?.test(text) ?? false)
  );
}
