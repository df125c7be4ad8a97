// The question a reply quotes back ("You asked: …"): the sender's last question, cut out of the
// message at its sentence's ends, without what was said to the reader around it.
import { JAPANESE, OPENS_ASKING, quoted, saysEnough, tidy, wordCount } from "./question-cut.ts";

/**
 * The question to quote, at most 140 characters; undefined when the text asks none, "" when it
 * asks one too long to quote whole: a question cut off with an ellipsis reads as a slip.
 */
export function questionToQuote(text: string): string | undefined {
  const last = lastQuestion(text) ?? unmarkedQuestion(text);
  if (!last || last.length <= 3) return undefined;
  if (last.length <= QUOTE_MAX) return last;
  const short = leadless(last);
  return short.length <= QUOTE_MAX ? short : (askingClause(short) ?? "");
}

const QUOTE_MAX = 140;

// Where a long question's lead-in ends: a colon ("…on one point: how do you…", French " : "), or
// a dash before a question ("you've freelanced for 10 yrs — do you think…").
const LONG_LEAD = /:\s+|\s[—–-]\s+/gu;

/**
 * A question over QUOTE_MAX without what leads up to it, when the rest asks by itself: the
 * longest rest that fits, else the rest after the first lead-in; after a dash, only where a
 * question opens. Linear: a rest is cut out only when it fits, and the first one once.
 */
function leadless(question: string): string {
  if (question.length <= QUOTE_MAX) return question;
  let first: string | undefined;
  for (const m of question.matchAll(LONG_LEAD)) {
    const start = m.index + m[0].length;
    if (!m[0].startsWith(":") && !OPENS_ASKING.test(question.slice(start, start + 16))) continue;
    if (question.length - start <= QUOTE_MAX) {
      const rest = question.slice(start);
      // A later rest is the end of this one: if this says too little, so does it.
      return saysEnough(rest) ? rest : (first ?? question);
    }
    if (first === undefined) {
      const rest = question.slice(start);
      first = saysEnough(rest) ? rest : question;
    }
  }
  return first ?? question;
}

// Where a clause starts after a comma: "…for ten years now, so how do you decide…".
const CLAUSE = /,\s+(?:(?:so|and|but)\s+)?/gu;

/** The longest clause after a comma that asks by itself and fits. */
function askingClause(question: string): string | undefined {
  for (const m of question.matchAll(CLAUSE)) {
    const start = m.index + m[0].length;
    const rest = question.slice(start);
    if (rest.length <= QUOTE_MAX && OPENS_ASKING.test(rest.slice(0, 16)) && saysEnough(rest))
      return rest;
  }
  return undefined;
}

// Where a sentence ends: after a line, a Japanese stop, or a Latin mark followed by a space (not
// "WCAG 2.2"), a run of marks counting as one ("buried??"), and not after "vs." or "e.g.".
const SENTENCE_END =
  /(?<=[\n。！？])(?![.!?。！？])|(?<=[.!?])(?=\s)(?<!(?:^|[^\p{L}])(?:vs|etc|approx|e\.g|i\.e|mr|mrs|ms|dr)\.)/iu;

// After an ellipsis, only before a capital ("…nie wziąłem… Jak ty to rozwiązujesz?"): "… or should
// I" and "…BIC… t'as fait comment ?" go on. Apart from SENTENCE_END, which ignores case.
const ELLIPSIS_END = /(?<=…)(?=\s+\p{Lu})/u;

const sentencesOf = (text: string) =>
  text.split(SENTENCE_END).flatMap((sentence) => sentence.split(ELLIPSIS_END));

// A question typed without its mark, in English: "which lens would you buy first, a 35 or a 50",
// "should I give clients the raw files", and in chat "how u make ur drums swing", "what camera u
// shoot on", "whats the best way to learn rigging". Only sentences that open as a question can:
// "what I love about your work…" opens as a statement. A greeting or filler before it ("yo",
// "quick q:") is left out of the quote.
// The same in the other template languages: "ff vraagje,", "kurze Frage,", "Hocam".
const UNMARKED_LEAD =
  /^(?:(?:yo+|ayo|hey+|heya|hi+|hiya|hello|ok|okay|so|also|bro|pls|please|honestly|ngl|tbh|fr|tho|real talk|serious q|quick q|random q|quick question|quick one|sorry to bother you|sorry for the (?:random )?dm|ff vraagje|snel vraagje|kurze frage|petite question|pregunta rápida|pergunta rápida|domanda veloce|szybkie pytanie|küçük bir soru|hocam|mau tanya)(?![\p{L}\p{N}])[\s,:!-]*)*/iu;
const UNMARKED =
  /^(?:which|should (?:i|we)|do (?:you|u)|did (?:you|u)|how (?:(?:do|did|would|should|can) (?:you|u|ya|i)|(?:you|u|ya) (?!doing|been|feeling|holding)\p{L}{3,})|is (?:it|that|this) (?:worth|better|normal|ok|okay|bad|true)|are (?:there|you)|would (?:you|u) (?:go|use|pick|choose|buy|rec+om+\p{L}*|start|say)|(?:do )?(?:you|u) think|when do (?:you|u)|where (?:(?:do|did|should|can) (?:you|u|i)|(?:you|u|ya) (?:get|got|find|buy|learn|learned|learnt))|(?:what|wat|wut) (?:(?:do|would|should|did) (?:you|u|i)|\p{L}+ (?:(?:do|did|would) )?(?:you|u|ya) (?:use|used|using|shoot|record|draw|paint|edit|mix|write|code|play|recommend))|what(?:'?s|s| is) (?:the|a|ur|your) (?:best|easiest|fastest|quickest|cheapest|simplest|right|proper|secret)(?= ))(?![\p{L}\p{N}])/iu;

// Shouted or typed fast, more open that way: a question word and its verb, with at most three
// words between that are no person nor "the" ("WHY DO MY MIXES SOUND MUDDY", "how long did it
// take u", "how much should i charge", "WHAT PLUGIN IS THAT", "how to get better at anatomy");
// "what i did was…", "how the bass sits is…" and "when the mix is done…" tell. And a thing judged
// ("IS DRY ICE SAFE TO USE…", "is a 50mm enough"), not their own ("is my logo too similar").
// "what am I doing wrong" leans on what they said before it: that is the one to quote.
const UNMARKED_WIDE =
  /^(?!what am i doing wrong)(?:(?:how|what|whats|what's|why|which)(?: (?!(?:i|you|u|ya|we|they|he|she|it|the|my|our|this|that|a|an)(?![\p{L}\p{N}'’]))[\p{L}\p{N}'’]+){0,3} (?:do|does|did|is|are|was|were|should|would|could|can|will|am|to)|is (?!(?:my|our|this|these|mine)(?![\p{L}\p{N}]))(?:[\p{L}\p{N}'’-]+ ){1,3}(?:safe|ok|okay|normal|worth|bad|better|true|possible|legal|necessary|smart|wise|fine|enough))(?![\p{L}\p{N}'’])/iu;

// ...or that turns into one halfway, with no stop before it: "im 14 and i want to get into mixing
// what should i do first". Only a question word with its verb and a person ("what should i", "how
// do you") starts one there; "what i love" or "how you shade" is a statement. It runs to the end.
const MID_QUESTION =
  /(?<=\s)(?:what|how|where|which(?: \p{L}+)?|when) (?:should|do|can|could|would|did) (?:i|you|u|we)(?![\p{L}\p{N}'’]).*$/iu;

// A second question joined by "and" on the next line, with no mark either.
const ADDED_QUESTION =
  /^(?:and|or|also|plus) (?:is|are|do|does|did|should|would|could|can|will|what|how|which|where)(?![\p{L}\p{N}])[^?]*$/iu;

// "…so smooth, i'm crying", "what mic do you use, i saw your setup video", "how do u make ur
// transitions so smooth i been trying for weeks": what they add about themselves after it, which
// the question mark put back must not end. Without a comma, not after a word the clause goes on
// from ("how do i", "if i really want", "clients who i can't stand"). One space, not a run: the
// look back stays a word long.
const AFTERTHOUGHT =
  /(?:,\s*|\s(?<!(?<![\p{L}])(?:do|does|did|should|can|could|would|will|shall|am|how|what|where|when|why|which|who|whom|if|that|so|and|or|but|cuz|because|til|until|than|as|like|tell|show|know|whether)\s))(?:i'?m|im|i am|i(?:'ve| have)? (?:been|saw|seen|wanna|want|need|keep|can'?t|cant|just|really|tried|love|feel)|lol|lmao|omg|haha+)(?![\p{L}\p{N}]).*$/iu;

// What ends such a sentence but is not the question: "…so clean omg", "…art block 😩", "lol".
const TRAILING_FILLER =
  /(?:[\s.!]|\p{Extended_Pictographic}|\u{FE0F}|(?<![\p{L}\p{N}])(?:lol|lmao|omg|fr|tbh|pls|plz|haha+)(?![\p{L}\p{N}]))+$/iu;

// Japanese asks with its ending, and often leaves "？" off: "料金はいくらですか", "いくらで依頼できますか".
// Not "どうですか" or "いかがでしょうか" (how is it?), which ask for a look at their work.
// "どっちがいいんでしょう" asks too, with its question word: "大丈夫でしょう" (surely fine) does not.
const UNMARKED_JA =
  /(?:ですか|ますか|でしょうか|ませんか|ですかね|ますかね|(?:どっち|どちら|どう|何|なぜ|どれ|いつ|どこ|どんな)[^。．.\s]{0,30}でしょう(?:ね)?)[。．.\s]*$/u;
const HOW_IS_IT_JA = /(?:どう|いかが)(?:です|でしょう)か|どう思いますか/u;

/** An unmarked question without what trails it: an afterthought, then filler. */
const withoutAfterthought = (question: string) =>
  question.replace(AFTERTHOUGHT, "").replace(TRAILING_FILLER, "");

/** The last sentence that opens as a question though no "?" ends it, with its mark put back. */
function unmarkedQuestion(text: string): string | undefined {
  const sentences = sentencesOf(text);
  for (let i = sentences.length - 1; i >= 0; i--) {
    // A marked question is lastQuestion's: read here only beside a hollow one ("normal??").
    if (/[?？]$/.test(sentences[i] ?? "")) continue;
    const sentence = (sentences[i] ?? "").trim().replace(UNMARKED_LEAD, "");
    if (UNMARKED.test(sentence) || UNMARKED_WIDE.test(sentence)) {
      const asked = withoutAfterthought(sentence);
      // "what mic do u use / and is it worth it for a beginner": the line after adds to it.
      const next = (sentences[i + 1] ?? "").trim();
      return ADDED_QUESTION.test(next)
        ? `${asked}, ${next.replace(TRAILING_FILLER, "")}?`
        : `${asked}?`;
    }
    const asked = MID_QUESTION.exec(sentence);
    if (asked) return `${withoutAfterthought(asked[0])}?`;
    if (UNMARKED_JA.test(sentence) && !HOW_IS_IT_JA.test(sentence))
      return `${tidy(sentence.replace(/[。．.\s]+$/u, ""))}？`;
  }
  return undefined;
}

/**
 * The question to quote back: the last sentence that ends in a question mark, from its "¿" if it
 * has one ("Hola, ¿cómo empiezo?" -> "¿cómo empiezo?"), joined to the question before it when it
 * only adds to it ("what amp sim is that? and do you blend a DI under it?") or is a word or two
 * ("stabilizer?"), without what was said before it to the reader: a name ("Gwen, …", "…, Tariq?"),
 * a lead-in ending in a colon ("quick question: …"), "dumb question but". Split, not matched: a
 * regex for "a run without a stop, then '?'" retries from every character of a long run with no
 * '?' (seconds on 20,000 letters).
 */
function lastQuestion(text: string): string | undefined {
  // A run of marks ("buried??") ends one sentence, not one per mark.
  const sentences = sentencesOf(text);
  const firstAsked = sentences.findIndex((s) => /[?？]$/.test(s));
  const lastAsked = sentences.findLastIndex((s) => /[?？]$/.test(s));
  const fuller = fullerQuestion(text, sentences);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i] ?? "";
    if (!/[?？]$/.test(sentence)) continue;
    // "got a sec? is it better to learn blender or maya first": leave to ask, then the question
    // typed without its mark, which is the one to quote.
    // Only for the last question asked: read again for each earlier one, it would be quadratic.
    // The same after a statement given a mark ("been stuck on this for months if that makes
    // sense? how do you stay motivated…", "hope this isn't weird? how do u find gigs…").
    if (i === lastAsked && (PRELUDE.test(sentence.trim()) || !opensAsking(sentence))) {
      const then = unmarkedQuestion(sentences.slice(i + 1).join(""));
      if (then !== undefined) return then;
    }
    // "…how do you keep the lines consistent? also do you have a discord?": a short question added
    // on the side gives way to the main one before it, marked or not.
    if (i === lastAsked && SIDE_QUESTION.test(sentence.trim()) && wordCount(sentence) <= 10) {
      const main = mainBefore(sentences, i);
      if (main !== undefined) return main;
    }
    const question = quoted(sentence);
    // "is the intro too long or is it fine? idk. normal??": a fragment that says nothing by
    // itself, away from the question it leans on, gives way to one that carries content.
    if (isHollow(question) && !/[?？]$/.test(sentences[i - 1] ?? "")) {
      const at = fuller.before(i);
      if (at !== undefined) {
        i = at + 1;
        continue;
      }
      // "…in clip studio\nstabilizer?" finishes the line before, as below: not a fragment.
      const unmarked = finishesLine(sentences[i - 1]) ? undefined : fuller.unmarked();
      if (unmarked !== undefined) return unmarked;
    }
    // "…any tips?", "how much more?": a follow-up that leans on a question asked before it, quoted
    // with that one when it comes right before, else that one alone.
    if (FOLLOW_UP.test(question) && firstAsked < i) {
      const before = sentences[i - 1] ?? "";
      if (!/[?？]$/.test(before)) continue;
      const both = leadless(`${quoted(before)} ${question}`);
      return both.length <= QUOTE_MAX ? both : quoted(before);
    }
    // "how long should a demo be? 15 min? 1 hour?": options a word or two each, quoted with the
    // question they answer rather than alone.
    let first = i;
    while (first > 0 && isOption(sentences[first] ?? "") && isOption(sentences[first - 1] ?? ""))
      first--;
    const asked = sentences[first - 1] ?? "";
    if (first < i && /[?？]$/.test(asked)) {
      const all = sentences
        .slice(first - 1, i + 1)
        .map(quoted)
        .join(" ");
      return all.length <= QUOTE_MAX ? all : quoted(asked);
    }
    // Only a short or "and …" question, or a bare choice ("premiere or davinci?"), takes in the
    // sentence before it, and only that one.
    const before = (sentences[i - 1] ?? "").trim();
    const adds = /^(?:and|or|also|plus|y|o|e|ou|et|und|oder|of|en)\b/i.test(sentence.trim());
    const choice = wordCount(question) <= 6 && BARE_CHOICE.test(question);
    if (choice && /[?？]$/.test(before)) return `${quoted(before)} ${question}`;
    // Two questions in a row ask one thing in two parts ("how did you get into galleries? do you
    // just email them cold?", "should I charge monthly or annual? what worked better for you?"):
    // both are quoted, when they fit, unless the first only asks leave to ask or checks a fact.
    if (/[?？]$/.test(before) && !PRELUDE.test(before)) {
      const both = leadless(`${quoted(before)} ${question}`);
      if (both.length <= QUOTE_MAX) return both;
    }
    // Japanese, without spaces, is one "word" a line: it takes in the line before only when that
    // line runs on into it ("…練習中なんですけど" / "肌の影って…？"), not a greeting or what they
    // say of themselves ("先輩ー", "写真始めて半年くらいです").
    if (JAPANESE.test(question) && saysEnough(question) && !/[?？]$/.test(before))
      return RUNS_ON_JA.test(before) ? `${tidy(before)}、${question}` : question;
    // "I can't decide which to learn first. Blender or Maya?": the choice with what it chooses.
    const lead = choice ? choiceLead(before) : undefined;
    if (lead) return /[.!。！:]$/u.test(lead) ? `${lead} ${question}` : `${lead}: ${question}`;
    if (!before || (!adds && wordCount(question) > 2)) return question;
    // "…on their own? also, is there anything…?": both when they fit, else the first, whole.
    if (/[?？]$/.test(before)) {
      const both = leadless(`${quoted(before)} ${question}`);
      return both.length <= QUOTE_MAX ? both : quoted(before);
    }
    // A word or two asked on a line of its own finishes the line before ("…in clip studio",
    // "stabilizer?").
    if (finishesLine(before)) return `${tidy(before)}, ${question}`;
    return question;
  }
  return undefined;
}

// A statement that says what the bare choice after it is for: "can't decide which first", "torn
// between two", "what to learn first".
const CHOICE_SAID =
  /(?<![\p{L}\p{N}])(?:which|what to|decide|deciding|choose|choosing|pick|picking|torn|between)(?![\p{L}\p{N}])/iu;

/** The last clause of a statement, when it says what a bare choice after it is for. */
function choiceLead(before: string): string | undefined {
  if (before === "" || /[?？]$/.test(before) || wordCount(before) > 25) return undefined;
  const clause =
    before
      .split(/,\s+|\s+(?:and|but|so)\s+/iu)
      .at(-1)
      ?.trim() ?? "";
  return CHOICE_SAID.test(clause) && wordCount(clause) <= 12 ? clause : undefined;
}

// A question added on the side: "also do you have a discord?", "btw where do you get your
// shirts?", "ps are you on bluesky?".
const SIDE_QUESTION =
  /^(?:also|btw|by the way|oh and|and also|ps|p\.s\.|side note|unrelated(?: but)?|random(?:ly)?(?: but)?)(?![\p{L}\p{N}])/iu;

/**
 * The main question before a side one: the nearest marked one that is neither leave to ask nor
 * hollow nor on the side, else one typed without its mark. Read once, for the last question only.
 */
function mainBefore(sentences: string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const sentence = sentences[k] ?? "";
    const trimmed = sentence.trim();
    // Another side question is passed over too: the one found is no side question, so reading
    // up to it does not come back here.
    if (!/[?？]$/.test(trimmed) || PRELUDE.test(trimmed) || SIDE_QUESTION.test(trimmed)) continue;
    const asked = quoted(sentence);
    if (!isHollow(asked)) return lastQuestion(sentences.slice(0, k + 1).join(""));
  }
  const unmarked = unmarkedQuestion(sentences.slice(0, i).join(""));
  return unmarked !== undefined && !isHollow(unmarked) ? unmarked : undefined;
}

// A marked sentence that opens as a question, in any language: English by its first word (after
// a greeting or a lead-in), Spanish by its "¿", others (and a bare choice) given the benefit of
// the doubt; a statement with a mark ("i know you're busy haha?") opens as none.
const STATEMENT_OPENING =
  /^(?:i|i'?m|im|i'?ve|ive|i'?d|my|we|we'?re|hope|not sure|idk|been|sorry|just|this|it'?s|its|i know|you'?re)(?![\p{L}\p{N}'’])/iu;
const opensAsking = (sentence: string) => {
  const asked = quoted(sentence);
  return !STATEMENT_OPENING.test(asked) || OPENS_ASKING.test(asked);
};

// A Japanese clause that runs on into the next: "…けど", "…んですが", "…みたいで", "…わからなくて".
const RUNS_ON_JA = /(?:けど|けれど|が|て|で)$/u;

/** A line with no stop, short enough that a word or two asked after it finishes it. */
const finishesLine = (sentence = "") => {
  const line = sentence.trim();
  return line !== "" && !/[.!。！]$/.test(line) && wordCount(line) <= 20;
};

// A question too short to say what it asks ("normal??", "ur take?", "which one?", "too early?"),
// unless it is a choice ("pink or silver?"). Japanese, without spaces, is never counted short.
const isHollow = (question: string) =>
  FOLLOW_UP.test(question) ||
  (!JAPANESE.test(question) &&
    wordCount(question) <= 3 &&
    !/\s(?:or|o|ou|oder|of|lub|veya|atau)\s/iu.test(question));

// Spanish and Portuguese ask leave with "una consulta"; PRELUDE leaves it out, as "Che, consulta:
// …?" leads into the question itself.
const CONSULT = /(?<![\p{L}\p{N}])consulta(?:r|rte|rle)?(?![\p{L}\p{N}])/iu;

/**
 * Where a hollow question finds the one with content it stands for: the nearest marked one
 * before it that is neither hollow nor leave to ask, else one typed without its mark ("should I
 * go dark or keep it light. thoughts?"). Each sentence is read once over all the calls: a scan
 * that finds one stops there, and the loop goes on from it; one that finds none is not repeated.
 */
function fullerQuestion(text: string, sentences: string[]) {
  let floor = sentences.length;
  let unmarked: { found?: string } | undefined;
  return {
    before(i: number): number | undefined {
      for (let k = Math.min(i, floor) - 1; k >= 0; k--) {
        const sentence = sentences[k] ?? "";
        if (!/[?？]$/.test(sentence)) continue;
        const asked = quoted(sentence);
        // Leave to ask is short: "can I ask your advice on something?", "¿te puedo hacer una
        // consulta?"; "is it normal for a client to ask for the PSD files?" asks a question.
        const leave = PRELUDE.test(sentence.trim()) || CONSULT.test(asked);
        if (leave && wordCount(asked) <= 8) continue;
        if (!isHollow(asked)) {
          floor = k;
          return k;
        }
      }
      floor = 0;
      return undefined;
    },
    unmarked(): string | undefined {
      if (unmarked === undefined) {
        const found = unmarkedQuestion(text);
        unmarked = found !== undefined && !isHollow(found) ? { found } : {};
      }
      return unmarked.found;
    },
  };
}

// A follow-up that leans on the question before it: "…any tips?", "how much more?", the same
// asked of the reader ("what worked for you?", "what do you use?", "what's your process?", "did
// you ever face this?"), or a check on the reader ("you did EA right?", "didn't you run something
// similar?"). Each part is a bounded run from the start.
const FOLLOW_UP = new RegExp(
  [
    "^(?:any\\s+)?(?:tips|advice|ideas|thoughts|suggestions|pointers|regrets)\\s*[?？]+$",
    "^how much more\\s*[?？]+$",
    "^(?:and\\s+|so\\s+)?(?:what|how)\\s+about\\s+(?:you|u)\\s*[?？]+$",
    "^(?:and\\s+|so\\s+)?what\\s+(?:worked|works|has\\s+worked)\\s+for\\s+(?:you|u)\\s*[?？]+$",
    "^(?:and\\s+|so\\s+)?what\\s+(?:do|did|would)\\s+(?:you|u)\\s+(?:actually\\s+|usually\\s+|personally\\s+)?(?:do|use|recommend)\\s*[?？]+$",
    "^what(?:['’]?s|\\s+is)\\s+(?:your|ur)\\s+(?:process|approach|workflow|setup|take)\\s*[?？]+$",
    "^(?:did|have)\\s+(?:you|u)\\s+(?:ever\\s+)?(?:face|faced|had|deal\\s+with|dealt\\s+with|run\\s+into|been\\s+through)\\s+(?:this|that|it|something\\s+similar|the\\s+same)\\s*[?？]+$",
    "^how\\s+did\\s+(?:you|u)\\s+(?:start|do\\s+it|handle\\s+it|deal\\s+with\\s+it)\\s*[?？]+$",
    "^(?:you|u)(?:['’]ve)?\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,5}right\\s*[?？]+$",
    "^(?:didn['’]?t|haven['’]?t|weren['’]?t)\\s+(?:you|u)\\s+[^?？]{1,60}[?？]+$",
  ].join("|"),
  "iu",
);
// A question that leads up to the one asked: leave to ask ("can I ask you something?", "mag ik iets
// vragen?", "boleh nanya?"), the reader's time ("got a minute?", "you busy?") or a check on what
// they did ("you mod a big server, right?", "is this your mural on Bridge St?", "I think you
// wrote the post on caching?"; not "you ran one last year — any lessons?", which asks on).
const PRELUDE = new RegExp(
  [
    "(?<![\\p{L}\\p{N}])(?:ask|asking|question|q|pergunt\\p{L}*|pregunt\\p{L}*|demander|fragen|frage|chieder\\p{L}*|domanda|vragen|vraag|zapyta\\p{L}*|pytanie|sor(?:abilir|mak|u)\\p{L}*|nanya|tanya|dm|message)(?![\\p{L}\\p{N}])",
    "(?<![\\p{L}\\p{N}])(?:minute|min|sec|second|moment|busy|tempo|tiempo|zeit|tijd|czas|waktu|sempat)(?![\\p{L}\\p{N}])",
    "(?:,|\\s)(?:right|yeah|no|correct|ja|oder|non|vero|né|verdad|hein|kan)\\s*[?？]+$",
    "^[\\s\\p{P}]*(?:(?:hi|hey|wait|so|i think|i believe)[\\s,!]+)*(?:(?:is|was) (?:this|that|it) (?:you|u|your|ur)|(?:you|u) (?:wrote|made|did|ran|built|drew|painted|posted|recorded))(?![\\p{L}\\p{N}])[^—–:,;?？]*[?？]+$",
    "(?<![\\p{L}\\p{N}])(?:was|were|is) (?:yours|you)\\s*[?？]+$",
    "質問|聞いても",
  ].join("|"),
  "iu",
);
const isOption = (sentence: string) => /[?？]$/.test(sentence) && wordCount(quoted(sentence)) <= 2;

// Two things to choose between, and no more: "premiere or davinci?", "one softbox or natural
// window light?"; not "which would you pick, A or B?", which asks by itself.
const BARE_CHOICE =
  /^(?!(?:is|are|was|do|does|did|should|would|could|can|will|which|what|whats|what's|how|where|when|why|who|gimana|bagaimana|apa|kenapa|hangi|nasıl|welche|welcher|wie|was|hoe|wat|welke|come|cosa|quale|comment|quel|quelle|qué|cuál|cómo|como|qual|jak|co|który|która)(?![\p{L}\p{N}']))[^?？,]*\s(?:or|o|ou|oder|of|lub|veya|atau)\s[^?？,]*[?？]+$/iu;
