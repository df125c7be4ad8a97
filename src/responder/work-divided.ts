// The work divided between sender and reader, each one's part said: "i draw ur oc, u draw mine",
// "I build, you design, we split 50/50", "I'll mix ur next song if u make me a beat", "tú diseñas,
// yo imprimo", "io ti faccio il sito e tu mi fai il logo", "sen beat ben rap", "kamu gitar aku
// nyanyi". The reader's part is said, so the brief does not ask "what you need from me"; it names
// nothing, so it makes no ask concrete. One reader per language, used by details.ts.
//
// Not what the reader gets or keeps ("you keep the rights"), nor what either one is, did, knows
// or likes ("we met when you played the…", "I love how you draw the…", "tu sais, je pense"), nor
// a word that is no verb ("partner with you for your course"); a generic "you" ("if you run a
// newsletter, I'll match you…") says who they are, not their part; and "you post great little
// comics and i write essays" describes each one's trade: no clause ends before "and".
// Each part is a bounded run of words or a fixed look back: linear.
import type { Language } from "./language.ts";
import { WORD_START as B, WORD_END as E } from "./word-edges.ts";

// Words after a party that say no part of the work: a state, a wish, a past deed, a filler.
const NOT_A_PART =
  "(?:am|are|is|was|were|be|been|have|has|had|know|get|got|keep|can|could|would|should|might|may|will|seem|look|like|love|want|need|think|said|say|saw|see|hear|heard|feel|own|did|do\\s+(?:it|that|this)|made|drew|wrote|built|set|gave|sent|found|mean|let|tell|use|used|using|just|really|also|still|already|never|always|\\p{L}+ed|for|to|in|on|at|with|and|or|as|from|of|by|about|guys|all|both|two|so|too|this|that|here|there|back|up|out|again|now|more|soon|next|if|when|because|but)";

// English. A part is a party, maybe a modal, and a verb.
const YOU = "(?:you|u)";
const SENDER = "(?:i|we)";
const MODAL = "(?:['’]d|['’]ll|\\s+will|\\s+would)?";
// The sender's may drop the apostrophe: "ill mix it".
const SENDER_MODAL = "(?:['’]d|['’]ll|ll|\\s+will|\\s+would)?";
// What the verb is done to: "the", "mine", "ur"…
const OBJECT = "(?:the|my|mine|our|ours|one|a|an|it|yours|me|your|ur|you|u)";
/** Where a clause ends: punctuation, a line's end or an emoji. */
export const CLAUSE_END = "(?=\\s*(?:[,;.!?:)|]|$|\\p{Extended_Pictographic}))";
// Words that tie a party to something said of them rather than a part: "how you draw", "if you run".
const NOT_A_PART_BEFORE = `(?<!${B}(?:if|how|when|what|where|why|whether|since|as|like|that|cause|because|once|unless)\\s+)`;
const verb = (party: string, modal: string) =>
  `${party}${modal}\\s+(?!${NOT_A_PART}${E})\\p{L}{2,}${E}`;

// Three shapes of the division, either party first, a bounded gap between: each is linear.
// - Each verb with its object (the sender's may end its clause instead), any word between: "i
//   draw ur oc, u draw mine", "I'll mix ur next song if u make me a beat".
const SENDER_OBJECT = `${verb(SENDER, SENDER_MODAL)}(?:\\s+${OBJECT}${E}|(?=\\s*[,;]))`;
const YOU_OBJECT = `${verb(YOU, MODAL)}\\s+${OBJECT}${E}`;
const OBJECT_GAP = "[^.?!\\n|]{0,60}?[\\s,;:](?:(?:and|if|while|then)\\s+)?";
const WITH_OBJECTS = `(?<![\\p{L}\\p{N}'’])(?:${SENDER_OBJECT}${OBJECT_GAP}${YOU_OBJECT}|(?<!if\\s+)${YOU_OBJECT}${OBJECT_GAP}${SENDER_OBJECT})`;
// - The first part's clause ends within five words (none of them the other party or "and"), the
//   second needs only its verb: "I build, you design", "you host at your space, we handle
//   speakers and snacks".
const clause = (party: string) =>
  `${NOT_A_PART_BEFORE}${B}${verb(party, MODAL)}(?:\\s+(?!(?:i|we|you|u|and|but)${E})[\\p{L}\\p{N}/+&'’-]+){0,5}${CLAUSE_END}`;
const CLAUSE_GAP = "[^.?!\\n|]{0,40}?";
const then = (party: string) => `${NOT_A_PART_BEFORE}${B}${verb(party, MODAL)}`;
const CLAUSES = `${clause(YOU)}${CLAUSE_GAP}${then(SENDER)}|${clause(SENDER)}${CLAUSE_GAP}${then(YOU)}`;
// - Each one "on" their part: "you on music and me on code", "me on vocals, you on the beat".
/** "on" and what a part is on: "on bass", not "on board", "on a call" or "on discord". */
export const ON_A_PART = `on\\s+(?!(?:board|it|this|that|a\\s+call|the\\s+call|the\\s+server|discord|my\\s+podcast)${E})[\\p{L}/-]+`;
const ME = "(?:me|i['’]?ll\\s+be|i['’]?m)";
const ON_PARTS = `${B}(?:${YOU}\\s+on\\s+[\\p{L}/-]+${CLAUSE_GAP}${ME}|${ME}\\s+on\\s+[\\p{L}/-]+${CLAUSE_GAP}${YOU})\\s+${ON_A_PART}`;
const ENGLISH = new RegExp(`${WITH_OBJECTS}|${CLAUSES}|${ON_PARTS}`, "iu");

// In es/pt/fr/de/it each clause is a pronoun and its verb, maybe a few words after, a comma or
// "and" between: "tú diseñas, yo imprimo", "tu desenhas e eu imprimo", "tu dessines, je code",
// "du zeichnest, ich drucke", "tu disegni, io stampo". Not a verb of being, knowing, having or
// wanting ("tu sais, je pense", "du bist…, ich finde"): who each is or thinks.
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

// Turkish and Indonesian, the reader's part first or second: "sen beat ben rap", "sen tatlı, ben
// ana yemek" (not "sen polissin ben çeteyim": who each is), "kamu gitar aku nyanyi", "aku yang
// nulis cerita, kakak yang gambar". In Indonesian each part ends at a comma or is said with
// "yang": "kak Nadia, saya editor" greets.
const ID_PART = "(?:yang(?:[ \\t]+\\p{L}+){1,3},?|\\p{L}+,)";
const TURKISH = new RegExp(
  `${B}sen[ \\t]+\\p{L}+(?<!s[ıiuü]n),?[ \\t]+ben[ \\t]+\\p{L}+(?<![ıiuü]m)${E}`,
  "iu",
);
const INDONESIAN = new RegExp(
  `${B}(?:(?:kamu|kakak|lu|lo)[ \\t]+${ID_PART}[ \\t]*(?:aku|gue|gw|saya)[ \\t]+(?:yang[ \\t]+)?\\p{L}+|(?:aku|gue|gw|saya)[ \\t]+${ID_PART}[ \\t]*(?:kamu|kakak|lu|lo)[ \\t]+(?:yang[ \\t]+)?\\p{L}+)${E}`,
  "iu",
);

const DIVIDED = new Map<Language, RegExp>([
  ["en", ENGLISH],
  ...Object.entries(PARTIES).map(([language, p]): [Language, RegExp] => [
    language as Language,
    division(p),
  ]),
  ["tr", TURKISH],
  ["id", INDONESIAN],
]);

/** They divide the work between the two of them, naming the reader's part, in `language`. */
export function dividesTheWork(text: string, language: Language): boolean {
  return DIVIDED.get(language)?.test(text) ?? false;
}
