// What the reply needs to know of a message beyond its label: were there kind words to thank for,
// and does a feedback request ask a question to answer (advice, "which first?", "how did you…?")
// rather than ask for a look at a piece of work.

import { statesConcern } from "./concern.ts";
import { hasLink } from "./links.ts";
import { asksForALook } from "./look.ts";
import { questionToQuote } from "./quote.ts";
import { asksToSend } from "./send-ask.ts";
import { sentBefore } from "./sent.ts";
import { WORD_END as E, LETTERS as L, wholeWords as words } from "./word-edges.ts";

// Praise of the recipient or their work, in the languages of the templates (lower case, accents
// as typed; the unaccented spelling where people drop them). "Me encanta", "nos encantó", but
// not "me encantaría hacer un remix": that is "I'd love to", no praise of the recipient; nor is
// "would love your thoughts" (a wish) or "fire or nah?" (a question about their own piece).
// Their named work with "the" is theirs too: "love the show!!", "the last episode was so good".
const KIND_WORDS = words(
  `(?<!(?:would|['’]d|\\bd)\\s+)love (?:your|ur|what you|how you|the way you|this|that)|(?<!(?:would|['’]d|\\bd)\\s+)(?:love|loved|loving|enjoy|enjoyed|enjoying) the (?:show|podcast|pod|zine|channel|stream|streams|newsletter|blog|videos|series|webcomic|comic)|the (?:last|latest|new|newest|recent) (?:episode|ep|video|vid|stream|issue|chapter|post|zine|newsletter) (?:was|is) (?:so |really |super |soo+ )?(?:good|great|fun|funny|lovely|perfect|excellent|gold)|loving (?:your|ur)|(?:big|huge|longtime|long-time) fan|i'?m a fan|been following|(?:really|truly) (?:like|enjoy|admire)|admire|amazing|awesome|incredible|inspir${L}|beautiful|brilliant|stunning|gorgeous|(?:great|nice|cool|fantastic|impressive|excellent) (?:work|job|stuff|track|tracks|mix|mixes|art|music|video|videos|channel|repo|project|style|beats?)|so (?:good|talented|cool)|talented|fire(?! or${E})|dope|(?:me|nos|les?) (?:ha |han )?encant(?:a|an|[óo]|aron|aba|aban|ado)|incre[ií]ble|genial|admiro|adoro|incr[ií]vel|maravilh${L}|sensacional|j'adore|magnifique|g[ée]nial|superbe|bravo|ich liebe|wunderbar|(?:super|sehr|echt|richtig|total|mega|voll) (?:hilfreich|gut|stark|sch[öo]n|inspirierend)|gro(?:ß|ss)artig|toll${L}|fantastisch|bellissim${L}|stupend${L}|fantastic${L}|geweldig|prachtig|super mooi|uwielbiam|[śs]wietn${L}|niesamowit${L}|genialn${L}|harika|muhte[şs]em|bay[ıi]l${L}|[çc]ok (?:g[üu]zel|iyi)|keren|mantap|bagus banget|suka banget|kagum`,
);
// Japanese has no spaces between words: matched anywhere.
const KIND_WORDS_JA = /素晴らしい|大好き|すごい|最高|ファンです|尊敬/;

/** True when the sender said something kind about the recipient or their work. */
export function hasKindWords(text: string): boolean {
  return KIND_WORDS.test(text) || KIND_WORDS_JA.test(text);
}

// Questions without a question mark: advice and how-to asks ("tips", "advice", "how do I"), in
// each template language.
const ADVICE = words(
  `any (?:tips|advice|pointers|suggestions|recommendations)|(?:do|did) (?:you|u) use|is it worth|(?:need|want|looking for) (?:some )?advice|advice (?:on|about|for)|how (?:do|did|would|should|can) (?:you|u|i)|which (?:one|first)|where (?:do|should) i (?:start|begin)|consejos?|recomendaci[oó]n${L}|sugerencias|conselhos?|dicas|sugest${L}|recomenda[çc][õo]es|conseils?|astuces?|recommandations?|tipps?|ratschl[äa]g${L}|einen rat|empfehlung${L}|consigl${L}|suggeriment${L}|tips|advies|om raad|porad${L}|rad[ęy]|wskaz[óo]wk${L}|tavsiye${L}|[öo]neri${L}|ipucu|ipu[çc]lar${L}|saran${L}|(?:gimana|bagaimana|gmn) cara${L}`,
);
// Japanese asks for tips ("コツ", "アドバイス"); "教えて" (tell me) alone is as often "tell me what
// is wrong with my portfolio", so only "how to" with it.
// "相談させてください" (let me consult you) asks advice too.
const ADVICE_JA =
  /コツ|秘訣|アドバイス|ヒント|(?:やり方|方法)を?教えて|相談(?:させて|したい|に乗って|があり|です)/;
// "デモあげました、ミックスのアドバイスを": advice on a piece they made is a look at their work.
const OWN_WORK_JA = /デモ|新曲|自作|(?:作り|描き|書き|撮り|あげ|上げ)ました/;

// They made a piece of work, in the first person and the past: "i drew", "I've finished",
// "Zrobiłam", "yaptım", "fiz", "j'ai dessiné", "hab … gezeichnet". Not "mine looks like I drew it
// on a bus": a likeness, not a piece.
const MADE = words(
  `(?<!like |as if )(?:i|we)(?:'ve| have| just| finally| also)*\\s+(?:drew|made|painted|finished|wrote|recorded|mixed|built|designed|sketched|knitted|sewed|shot|filmed|edited|animated|composed|produced|coded)|(?:zrobi|narysowa|nagra|napisa|zgrywa|zmiksowa|zaprojektowa)[łl](?:em|am)|yapt[ıi]m|[çc]izdim|yazd[ıi]m|kaydettim|tasarlad[ıi]m|bitirdim|fiz (?:um|uma|meu|minha|o meu|a minha|esse|essa|este|esta)|desenhei|escrevi|gravei|pintei|terminei|hice (?:un|una|mi|el|la|este|esta)|dibuj[ée]|escrib[ií]|grab[ée]|pint[ée]|termin[ée]|j'ai (?:fait|dessin[ée]|[ée]crit|enregistr[ée]|peint|fini|termin[ée]|compos[ée])|ho (?:fatto|disegnato|scritto|registrato|dipinto|finito|composto)|aku (?:bikin|buat|gambar)`,
);
// German and Dutch put the participle last: "hab ein Cover gezeichnet", "heb een logo gemaakt".
const MADE_LAST = words(
  `(?:hab|habe|heb)(?:\\s+\\p{L}+){0,3}?\\s+(?:gemacht|gezeichnet|geschrieben|aufgenommen|gemalt|gebaut|gestaltet|gemaakt|getekend|geschreven|opgenomen|geschilderd|gebouwd|ontworpen)`,
);
// What they made is only the background of a question about their choices or the reader's ways:
// "should i learn a real backend?", "would you recommend querying?", "is it ok to sell it?",
// "do you take deposits?", "Is that low?", "moet ik akkoord gaan?", "zorunda mıyım?".
const ASKS_A_DECISION = words(
  `should (?:i|we)|shall (?:i|we)|(?:do|did) (?:you|u)|(?:would|will) (?:you|u) (?:recommend|cut|choose|pick|go|take|tell|do|accept|sign|charge)|(?:where|what|how|when) would (?:you|u)|is it (?:ok|okay|fine|normal|weird|worth|legal|allowed|smart|better) to|what'?s (?:your|ur) (?:rule|take on|advice)|is (?:that|this|it) (?:low|high|fair|enough|too (?:low|high|much|little)|a (?:good|fair) (?:price|deal|offer))|gut check|worth it|moet (?:ik|we)|muss ich|sollte ich|devo|debo|deber[ií]a|deveria|powinie?n(?:em|nam)|zorunda m[ıi]y[ıi]m|nas[ıi]l yap[ıi]yorsun|[öo]nerebilir|tavsiye`,
);
// The same in Japanese, which asks it of the reader's ways with a question word ("何回くらい
// ディッピングしてますか", how many coats do you dip) or of what they should do ("どっちから学ぶべき
// ですか", "いくらで受ければいいでしょうか"); not "伝わってますか" (does it come across), on the piece.
const ASKS_A_DECISION_JA =
  /べき(?:です|でしょう|だと思い|か)|(?:れば|たら)(?:いい|良い)(?:です|でしょう|ん|の)?か|(?:何|どう|どの|どれ|いつ|どこ|どんな)[^。！？?\n]{0,20}(?:て(?:い)?ます|ました)か/u;
const asksADecision = (text: string) => ASKS_A_DECISION.test(text) || ASKS_A_DECISION_JA.test(text);
const madeAPiece = (text: string) =>
  MADE.test(text) || MADE_LAST.test(text) || OWN_WORK_JA.test(text);

/**
 * The question a feedback request asks, when it asks one that is not "look at my work" and sends
 * no work: the question itself (its last sentence with a '?', cut), or "" for an advice ask with
 * no question mark. null when the request is for a look at their work.
 */
export function adviceQuestion(text: string): string | null {
  if (hasLink(text)) return null;
  // "Hast du damit Erfahrung? Was hältst du davon?", "whats ur opinion on fiverr vs upwork": their
  // take asked on a plan or a choice, not on a piece, is a question to answer.
  const weighed = (EXPERIENCE.test(text) || WEIGHED.test(text)) && !madeAPiece(text);
  if (!weighed && asksForALook(text)) return null;
  // "I sent you my demo, did you get to it?" asks after the work, not a question to answer.
  if (sentBefore(text)) return null;
  // "can I send you my demo?" asks leave to send it: yes, and how, not a question to think over.
  if (asksToSend(text)) return null;
  // "i drew ur oc!! is the anatomy ok??", "Zrobiłam okładkę, czy tytuł jest czytelny?": a doubt
  // about a piece they made is answered by looking at it, so it is asked for, not thought over.
  if (madeAPiece(text) && !ADVICE.test(text) && !asksADecision(text) && statesConcern(text))
    return null;
  const question = questionToQuote(text);
  if (question !== undefined) return question;
  return weighed || ADVICE.test(text) || (ADVICE_JA.test(text) && !OWN_WORK_JA.test(text))
    ? ""
    : null;
}

// The reader's experience of a thing asked: "have you got experience with that?", "Hast du damit
// Erfahrung?", "¿tienes experiencia con…?".
const EXPERIENCE = words(
  `(?:any|have (?:you|u)(?: got| had)?|do (?:you|u) have) experience (?:with|in|of)|hast du (?:damit |da |schon )?erfahrung|haben sie (?:damit |da |schon )?erfahrung|erfahrung(?:en)? damit|(?:tienes|tiene|tenés) experiencia|(?:voc[êe] )?tem experi[êe]ncia|(?:as-tu|avez-vous) (?:de l'|d')exp[ée]rience|hai esperienza|heb je (?:daar )?ervaring|masz (?:z tym )?do[śs]wiadczenie|deneyimin var m[ıi]|punya pengalaman`,
);
// Their opinion asked on two things weighed against each other: "opinion on fiverr vs upwork".
const WEIGHED = words(
  `(?:opinion|take|thoughts) (?:on|of|about) (?!(?:my|our|this|these|mine)${E})[\\p{L}\\p{N}.'’-]+ (?:vs\\.?|versus|or)`,
);
