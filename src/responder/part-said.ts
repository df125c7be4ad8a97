// The reader's part said outright in shapes the work readers (asked-work.ts, asked-foreign.ts)
// leave open: a division whose reader's clause is a bare verb or an object outside their list
// ("I build, you design, we split 50/50", "you shoot minis, I bring the dogs"), "would you" with
// the verb at the clause's end or a pronoun after it ("would you moderate?", "would you design
// them?"), "we'd love you to film it", the reader named by their group ("we'd love the Riverside
// Players to run a show") and "you on music, me on code". Saying it means the brief does not
// ask "what you need from me"; it names nothing, so it makes no ask concrete. Not a sender's offer ("I could edit your
// videos"), a generic or past "you" ("you know how it is", "when you played…", "if you run a
// newsletter"), nor what the reader gets ("you'd get 20%"). Each part is a bounded run of words
// or a fixed look back: linear.

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
}
const PARTIES: Partial<Record<Language, Parties>> = {
  es: {
    reader: "t[úu]",
    sender: "yo",
    and: "y|e",
    not: "eres|estás|estas|tienes|sabes|puedes|quieres|has|vas|sueles|crees|soy|estoy|tengo|creo|pienso|sé|puedo|quiero|he|voy|también|no|me|te|lo|la",
  },
  pt: {
    reader: "tu|voc[êe]|vc",
    sender: "eu",
    and: "e",
    not: "é|e|és|tem|tens|sabe|sabes|pode|podes|quer|queres|está|estás|sou|estou|tenho|acho|penso|sei|posso|quero|vou|também|não|me|te|já",
  },
  fr: {
    reader: "tu",
    sender: "je|j['’]|moi,?\\s+je",
    and: "et",
    not: "es|as|sais|peux|veux|vas|crois|penses|trouves|suis|ai|pense|crois|trouve|sais|peux|veux|vais|me|te|ne|n['’]",
  },
  de: {
    reader: "du",
    sender: "ich",
    and: "und",
    not: "bist|hast|kannst|willst|weißt|weisst|musst|sollst|magst|findest|denkst|bin|habe|hab|kann|will|weiß|weiss|muss|soll|mag|finde|denke|glaube|würde|wuerde|auch|nicht",
  },
  it: {
    reader: "tu",
    sender: "io",
    and: "e|ed",
    not: "sei|hai|sai|puoi|vuoi|devi|vai|pensi|sono|ho|so|posso|voglio|devo|vado|penso|credo|trovo|non|mi|ti|anche",
  },
};

function division(p: Parties): RegExp {
  const one = (who: string) =>
    `${B}(?:${who})(?:\\s+|(?<=['’]))(?!(?:${p.not})${E})(?:[mts]['’])?\\p{L}{2,}${E}`;
  const between = `(?:\\s+[\\p{L}'’-]+){0,3}?(?:\\s*[,;]\\s*|\\s+(?:${p.and})\\s+)`;
  return new RegExp(
    `${one(p.reader)}${between}${one(p.sender)}|${one(p.sender)}${between}${one(p.reader)}`,
    "iu",
  );
}

const FOREIGN_DIVISION = new Map<Language, RegExp>(
  Object.entries(PARTIES).map(([language, p]) => [language as Language, division(p)]),
);

/** The sender says what part of the work is the reader's, in a shape the work readers leave open. */
export function saysReadersPart(text: string, language: Language = "en"): boolean {
  if (language === "en") {
    return (
      DIVISION.test(text) ||
      WOULD_YOU.test(text) ||
      NAMED_READER.test(text) ||
      YOU_TO.test(text) ||
      ON_PART.test(text)
    );
  }
  return FOREIGN_DIVISION.get(language)?.test(text) ?? false;
}
