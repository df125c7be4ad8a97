// A question sentence cut free of what was said around it: from its "¿", after an emoji run that
// ends what they tell, without a greeting, a name, a lead-in ("quick question:", "dumb question
// but") or what they say of themselves before it. quote.ts chooses which question to quote; this
// cuts the one chosen.

/** A question sentence from its "¿" if it has one, without its lead-in. */
export function quoted(sentence: string): string {
  const opening = sentence.lastIndexOf("¿");
  return tidy(afterEmoji((opening >= 0 ? sentence.slice(opening) : sentence).trim()));
}

// An emoji run between what they tell and what they ask: "someone forked my mod 😤 what would
// you do?", "ilk pixel art animasyonum 🥹 yürüyüş döngüsü akıcı mı?". Global, and tried only where
// a run starts: from inside one, a run of 20,000 emoji with no space would be read to its end
// from each of them.
const EMOJI_RUN =
  /(?<!\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{EMod})(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{EMod})+\s+/gu;
// What follows it tells more about them ("…😭 i wanna be like u?"), or is a short choice that
// needs what came before ("how did u make the pad 😭 is it serum or vital?").
const TELLS_MORE = /^(?:i|i'm|im|i've|ive|my|me|we|we're|our)(?![\p{L}\p{N}'’])/iu;
const SHORT_CHOICE =
  /^(?:(?:is|was) (?:it|that|this) )?[^?？]*\s(?:or|o|ou|oder|of|lub|veya|atau)\s/iu;

/** The question after the last emoji run within it, when that asks by itself. */
function afterEmoji(sentence: string): string {
  let tail: string | undefined;
  for (const m of sentence.matchAll(EMOJI_RUN)) tail = sentence.slice(m.index + m[0].length);
  if (tail === undefined || !saysEnough(tail) || TELLS_MORE.test(tail)) return sentence;
  if (wordCount(tail) <= 5 && SHORT_CHOICE.test(tail)) return sentence;
  return tail;
}

export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

// A lead-in said to the reader, not part of the question: "Gwen, …", "quick question: …", "this
// is prob a dumb question but …"; and a name after the question ("…, Tariq?").
const LEAD_NAME = /^\p{Lu}[\p{L}'-]*,\s+/u;
// The rest of a list of options ("Labels, bots, a rota?"): its first word is no name.
const LISTED =
  /^(?:[^\s,?？]+(?:\s+[^\s,?？]+){0,2},\s+)+[^\s,?？]+(?:\s+[^\s,?？]+){0,2}\s*[?？]+$/u;
const TRAIL_NAME = /,\s*\p{Lu}[\p{L}'-]*([?？]+)$/u;
const DUMB =
  /^(?:(?:apologies|sorry) if (?:this is|it's|its) (?:a\s+)?(?:dumb|stupid|silly|basic|naive|obvious)\s+question,?\s+but\s+|(?:(?:this is|it's|its|this might be|might be|prob(?:ably)?|maybe|sorry|ok|okay|so)\s+)*(?:a\s+)?(?:dumb|stupid|silly|quick|random|honest|noob|newb)\s+(?:question|q)\b[,:.]?\s*(?:but\s+)?)/i;

// A lead-in that ends in asking, in the template languages: "…and I wanted to ask you:", "volevo
// chiederti:", "je voulais te demander :", "ich hätte eine Frage:". What follows its colon is the
// question itself, however long the lead-in.
const ASKING_END =
  /(?<![\p{L}\p{N}])(?:ask|asking|question|wonder(?:ing)?|curious|pregunt(?:ar|arte|arle|a|aba)|duda|pergunt(?:ar|a|ava)|dúvida|demander|demandais|fragen|frage|frage mich|fragte mich|gefragt|chieder(?:e|ti|Le|le|vi)|chiedevo|domanda|dubbio|vragen|vraag|vroeg me af|vraag me af|zapyta[ćc]|pytanie|zastanawia(?:m|łem|łam) się|sormak(?:\s+istiyorum)?|sorum|soru|merak ediyorum|tanya|bertanya|nanya|pertanyaan|penasaran)(?:\s+(?:you|u|ya|something|one thing|this))?\s*$/iu;

// A greeting, filler or "quick question" before a question, with whom it greets: "hey man,",
// "Hi again,", "ok random q but", "hiya, sorry to bother you,", "quick one —".
// Also a greeting or an address in the other languages ("opa,", "hej,", "kak,"), an @mention, and
// a lead-in that says they are about to ask ("i've been meaning to ask,", "my question is,").
const GREETING_LEAD =
  /^(?:(?:yo+|ayo|hey+|heya|hi+|hiya|hai|hello|hola|opa|oi|olá|cara|mano|hej|siema|wenas|buenas|kak|kakak|ok|okay|so|also|but|actually|anyway|bro|pls|please|honestly|ngl|tbh|fr|real talk|serious q|quick q|random q|quick question|quick one|(?:sorry )?random question|cheers in advance|(?:since|while) i'?m here|i'?ve been meaning to ask|i (?:wanted|want) (?:to )?ask|my question is|i wonder|i was wondering|sorry to bother you|sorry (?:for (?:the |this )?)?(?:random )?dms?|ff vraagje|snel vraagje|kurze frage|petite question|pregunta rápida|pergunta rápida|domanda veloce|szybkie pytanie|küçük bir soru|hocam|(?:tapi )?(?:sekalian )?(?:mau )?(?:tanya|nanya)|@[\p{L}\p{N}_.]+)(?:\s+(?:there|all|man|guys|again|everyone|folks|ma|sir|bro|dude|friend|y'all|kak|dong))?(?![\p{L}\p{N}])[\s,:!—–-]*)+/iu;
// What opens a question, so "yo how do u…" loses its "yo" without a comma after it.
export const OPENS_ASKING =
  /^(?:is|are|was|does|do|did|should|could|can|would|will|how|how'd|what|whats|what's|which|wich|where|when|why|who|any|r|am|has|have|bu|önce)(?![\p{L}\p{N}])/iu;

const LEAD_COLON = /: |：\s*/u;
// Japanese has no spaces: six characters of it say as much as three words.
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
export const saysEnough = (rest: string) =>
  JAPANESE.test(rest) ? rest.trim().length >= 6 : wordCount(rest) >= 3;

export function tidy(question: string): string {
  let q = question;
  // The first colon that ends a lead-in: followed by a space (not "10:30"), in French after one;
  // or a full-width one, which Japanese writes without a space ("質問があります：…").
  const colon = LEAD_COLON.exec(q);
  const lead = colon ? q.slice(0, colon.index) : "";
  const rest = colon ? q.slice(colon.index + colon[0].length) : "";
  // A lead-in of at most ten words before a colon, or one that ends in asking, with the
  // question after it.
  // Not a lead-in that asks the choice after it: "Which should I learn first: Blender or Maya?"
  // would be left as "Blender or Maya?".
  if (
    colon &&
    colon.index > 0 &&
    (wordCount(lead) <= 10 || ASKING_END.test(lead)) &&
    saysEnough(rest) &&
    !asksTheChoice(lead, rest)
  )
    q = rest;
  // A greeting or filler before it: "hey, what's the first thing…", "yo how do u price…", "ff
  // vraagje, 35 of 50 mm…"; not "hello from Turkey…", which tells where they write from.
  const greeting = GREETING_LEAD.exec(q)?.[0] ?? "";
  const greeted = q.slice(greeting.length);
  const asks = OPENS_ASKING.test(greeted) || LEAD_NAME.test(greeted);
  if (greeting && saysEnough(greeted) && (/[,:!—–-]\s*$/.test(greeting) || asks)) q = greeted;
  // A name is taken off only before a question that starts in lower case: "Ableton, FL or
  // Bitwig?" keeps its first choice.
  const named = q.replace(LEAD_NAME, "");
  if (named !== q && /^[\p{Ll}¿]/u.test(named) && wordCount(named) >= 3 && !LISTED.test(named))
    q = named;
  const plain = q.replace(DUMB, "");
  if (plain !== q && wordCount(plain) >= 3) q = plain;
  q = withoutDashLead(q);
  q = withoutIntro(q);
  q = q.replace(TRAIL_NAME, "$1");
  return q;
}

// A lead-in that is itself the question ("which should I learn first", "what's better for a
// beginner"), before options that ask nothing by themselves ("Blender or Maya?").
const CHOICE_ASKED =
  /^(?:which|wich|what|whats|what's|should (?:i|we)|is it better|would (?:you|u))(?![\p{L}\p{N}])/iu;
const asksTheChoice = (lead: string, rest: string) => {
  const asked = lead.replace(GREETING_LEAD, "");
  return CHOICE_ASKED.test(asked) && !OPENS_ASKING.test(rest.trim());
};

// What they say of themselves or of the reader's work before a comma, ahead of a question that
// stands alone: "hiii i'm 17 and want to get into UI design, do u think…", "long-time lurker in
// #pricing here, did you ever…", "new to photography, should i…", "love your knitting videos, how
// do you…", "I've got a question about your chain, do you…", "my name is Marta and I study
// ceramics, how do you…". Not a question that leans on it: "i'm charging $15 for a sketch, is
// that too low?", nor one about what they say the reader did.
const INTRO =
  /^(?:(?:hi+|hey+|hello|yo)[\s,!]+)?(?:long[- ]?time (?:lurker|listener|reader|viewer|follower|fan)|(?:just )?(?:a )?lurker|i['’]?m|im|i am|my name(?:['’]s| is)|i['’]?ve got a question|i have a question|(?:i['’]m |im )?new to|first time|(?:i |really )?love (?:your|ur)|big fan)(?![\p{L}\p{N}])/iu;
const LEANS =
  /^\S+\s+(?:\S+\s+)?(?:that|it|this|these|those|they|them|both|one)(?![\p{L}\p{N}'’])/iu;
const LEANS_ON_LEAD = /(?<![\p{L}\p{N}'’])(?:yours|urs|theirs|mine|ours)(?![\p{L}\p{N}'’])/iu;
// Where the question starts after what they say of themselves: a comma, "…and I wanted to ask
// how…", "…and I wonder how…", or a question word with its verb and a person, with no stop
// before it ("im 17 and i want to get into UI design how do i start?").
const INTRO_ENDS =
  /,\s+|\s+(?:(?:and|so)\s+)?(?:i (?:wanted|want|wanna|would like|['’]d like|['’]d love|would love) to (?:ask|know)|i (?:was )?wonder(?:ing|ed)?|i['’]?m (?:curious|wondering))\s+(?=(?:how|what|which|where|when|why)(?![\p{L}\p{N}]))|\s+(?=(?:what|how|where|which|when) (?:should|do|can|could|would|did) (?:i|you|u|we)(?![\p{L}\p{N}'’]))/giu;
// An intro longer than this tells more than who they are: a story the question is about.
const INTRO_MAX_WORDS = 25;

function withoutIntro(question: string): string {
  if (!INTRO.test(question)) return question;
  for (const m of question.matchAll(INTRO_ENDS)) {
    const lead = question.slice(0, m.index);
    if (wordCount(lead) > INTRO_MAX_WORDS) break;
    // "I remember you experimented with shorts, what happened to your numbers?" leans on it.
    if (/(?<![\p{L}\p{N}'’])(?:you|u)(?![\p{L}\p{N}'’])/iu.test(lead)) break;
    const rest = question.slice(m.index + m[0].length);
    // Without a comma, a short rest leans on the lead: "…get into UI design how do i start?".
    const enough = m[0].includes(",") ? saysEnough(rest) : wordCount(rest) >= 5;
    // "…my first workshop and I wondered how you structure yours: …" leans on it too.
    const leans = LEANS.test(rest) || LEANS_ON_LEAD.test(rest);
    if (OPENS_ASKING.test(rest) && !leans && enough) return rest;
  }
  return question;
}

// The reader, in a lead the question leans on: "you've grown yours to 80k — what do you wish…".
const YOU =
  /(?<![\p{L}\p{N}'’])(?:(?:you|u)(?:['’](?:ve|re|d|ll))?|your|ur|yours)(?![\p{L}\p{N}'’])/iu;

// What happened before a dash, ahead of a question that stands alone: "@Dana posted my landing
// page in #wip — is the hero too busy?". Not one that leans on it ("Ableton — is it worth it?").
const DASH = /\s[—–-]\s+/u;

function withoutDashLead(question: string): string {
  const dash = DASH.exec(question);
  if (!dash) return question;
  const lead = question.slice(0, dash.index);
  const rest = question.slice(dash.index + dash[0].length);
  // "You ran a similar event — any lessons learned?": what the reader did, which it asks about.
  if (wordCount(lead) > 12 || YOU.test(lead)) return question;
  if (!OPENS_ASKING.test(rest) || LEANS.test(rest) || !saysEnough(rest)) return question;
  return rest;
}
