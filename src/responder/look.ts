// Whether a message asks for a look at a piece of their work ("can you listen to my mix?", "your
// opinion on my logo", "見てもらえますか"), rather than asking a question of its own; and the
// pieces of reading the concern and advice readers share: a doubt's words, questions about the
// reader rather than the work, and the questions of a text.

import { hasLink } from "./links.ts";
import { WORD_START as B, WORD_END as E, LETTERS as L, wholeWords as words } from "./word-edges.ts";

// A request to look at, listen to or read their work: answered by "send one link", not by
// acknowledging a question.
const LOOK_AT_MY_WORK = words(
  `(?<!(?:how|learn|learning|learned|learnt|way) to )give (?:me )?(?:some )?feedback|feedback on|send (?:you|u)|send (?:it|this|them) (?:over )?to (?:you|u)|paste (?:it|them) here|share (?:it|my)|(?:eyes|ears) on (?:my|it|this|these|our|the)|(?:your|ur|honest) take on (?:my|it|this|these|our)|what do (?:you|u) think|thoughts|(?:che|cosa) ne pensi|qu[ée] (?:opinas|te parece)|o que (?:voc[êe] |tu )?acha|qu'en penses-tu|tu en penses quoi|was h[äa]ltst du|wie findest du(?! (?:ein${L}|kunden|auftr[äa]ge|jobs|leute|inspiration|ideen)(?![\\p{L}]))|wat vind je|co s[ąa]dzisz|ne d[üu][şs][üu]n[üu]yorsun|menurut(?:mu| kamu)|ti mando|te mando|te env[ií]o|te mandar|te enviar|mandarte|enviarte|pod?es[łl]a[ćc]|je t'envoie|ich schick${L}|stuur ik|wy[śs]l[ęe]|g[öo]ndereyim|aku kirim|fikrin|escuch${L}|mira|mirar|m[ií]ralo|revisa${L}|ouvi${L}|olha${L}|[ée]cout${L}|regarde${L}|anh[öo]r${L}|reinh[öo]r${L}|anschau${L}|ascolt${L}|guarda${L}|luister${L}|bekijk${L}|pos[łl]uchaj${L}|pos[łl]ucha[ćc]|zobacz${L}|dinle${L}|bakar m[ıi]s[ıi]n|bakabilir|bak[ıi]p|dengar${L}|lihat${L}|cek|occhiat${L}|vistazo|(?:echar|[ée]chale|echarle) un ojo|escut${L}|o que (?:voc[êe] |tu )?achou|(?:jeter|jette|jet[ée]|jetter) un (?:œil|oeil|coup)|coup d'(?:œil|oeil)|dr[üu]berschau${L}|dr[üu]ber ?(?:schau|guck|h[öo]r)${L}|drauf ?(?:schau|guck)${L}|reinschau${L}|reinguck${L}|anguck${L}|anseh${L}|kijken|kijk (?:even|ff|eens|naar)|rzu${L} okiem|zerkn${L}|sprawd${L}|przes[łl]uch${L}|pos[łl]uch${L}|obejrz${L}|oceni${L}|g[öo]z at${L}|g[öo]r[üu][şs](?:[üu]n[üu]|[üu]n[üu]z[üu])|incele(?:r|yebilir|yiver|yip)|liat${L}|denger${L}|cekin|ngecek`,
);
// The English verbs are also plain words ("my prices look too low", "how do you handle the CFP
// review?"): they ask for a look when put to the reader ("can you look", "u listen", "pls check"),
// but not as a question about their habits or a pointer ("when you read a CV", "do you review
// every PR?", "where to look"); as an order at the start of a sentence ("listen to this"), as a
// noun ("give it a listen", "a quick 10-min listen"), on the work ("check my mix", "skimming my
// doc"), after "open to" or "up to" ("open to reading the first pages"), or after "mind" ("mind
// listening?"). Playing and trying are asked only of their own thing ("play my demo", "try out
// our plugin"): "did you play guitar first?", "how do you playtest?" and "I'm testing my own"
// are not asks.
const LOOK_VERB =
  "listen|look|check|hear|watch|read|review|critique|rate|roast|skim|glance|proofread|peek";
const LOOK_NOUN = "listen|look|read|watch|review|critique|once-over|skim|glance|peek";
const LOOK_EN = new RegExp(
  [
    `(?:^|[.!?\\n][^\\S\\n]*|${B}(?:(?<!(?:do|did|does|when|how|where|what|what'?d|while|whenever|if)\\s+)(?:you|u)|ya|pls|plz|please|could|can|would|will|mind|(?<!(?:where|what|how|when|which)\\s+)to|and|just)\\s+(?:\\p{L}+\\s+)?)(?:${LOOK_VERB})${E}(?!\\s+(?:for|like|forward)${E})`,
    `${B}(?:a|quick|some|another|second)\\s+(?:(?:quick|proper|fresh|short|brief|\\d+[- ]?min(?:ute)?s?)\\s+)?(?:${LOOK_NOUN})${E}`,
    `${B}(?:${LOOK_VERB})(?:m?ing)?\\s+(?:(?:at|to|over|out|through)\\s+)?(?:my|mine|it|this|these|our|the (?:demo|mix|track|draft|build|video|piece|link|file|sketch|design|logo))${E}`,
    `${B}(?:open|up)\\s+to\\s+(?:${LOOK_VERB})m?ing${E}`,
    // "mind listening? the drop feels weak", "would you mind skimming it".
    `${B}mind\\s+(?:\\p{L}+\\s+)?(?:(?:listen|look|check|hear|watch|read|review|proofread|roast)ing|critiquing|rating|skimming|glancing)${E}`,
    `${B}(?:play(?:test)?(?:ing)?|try(?:ing)?\\s+out)\\s+(?:my|our)${E}`,
  ].join("|"),
  "iu",
);
// "感想" (your impressions) is asked only of a piece of work. The verbs ask a look only as a request
// ("見てもらえますか", "聴いてほしい", "見てね", "聴いて何が足りないか教えて", "見て、足りないところを
// 教えて"): "いつも配信見てます" (I watch your streams), "から見て" (as seen by) and "聞いてみたくて"
// (I'd like to ask) ask none.
const LOOK_AT_MY_WORK_JA =
  /(?:聴いて|見て|聞いて|読んで|目を通して|チェックして)(?:みて?)?(?:もら|いただ|頂|くだ|下さ|ほし|欲し|くれ|ね|って|[!！〜~→]|$)|(?:聴いて|見て|聞いて|読んで)[^。！？!?\n]{0,30}教えて|感想|講評|添削/u;
// "Your opinion" is asked of their work ("your opinion on my logo", "opinião sobre o meu site")
// or of a question they put ("queria tua opinião: é melhor usar Ableton ou o Logic?", "ur opinion
// on smth: … is that too random?").
const OPINION = words(
  `opini[aãó]o|opini[oó]n|opinion[ei]|opini[ię]|avis|meinung|parere|mening|zdanie|pendapat`,
);
// Their own work, or the one they sent ("this"), in the template languages.
const OWN = `my|mine|our|this|these|mi|mis|nuestr${L}|est[eao]s?|esto|meu|minha|meus|minhas|noss[oa]s?|ess[ea]s?|isso|isto|mon|ma|mes|notre|nos|ce|cet|cette|ces|mein${L}|unser${L}|dies${L}|mio|mia|miei|mie|nostr${L}|quest${L}|mijn|onze|ons|dit|deze|mój|moj${L}|nasz${L}|tego|tej|aku|saya|ini`;
const OWN_WORD = words(OWN);
// The opinion, then their work within three words: "opinion on my", "avis sur mon", "pendapat
// soal cerpen aku".
const OPINION_ON_OWN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${OPINION.source})(?:[\\s,:]+[\\p{L}\\p{N}'’-]+){0,3}?[\\s,:]+(?:${OWN})(?![\\p{L}\\p{N}])`,
  "iu",
);

/**
 * A question about their work: it names it ("is my intro too long?") or doubts it ("could you
 * tell me if the last verse is too much?").
 */
const namesTheirWork = (question: string) => OWN_WORD.test(question) || DOUBT.test(question);

// Their take asked on an idea, not on a piece: "what do you think of using feature flags",
// "your opinion on using AI for references", "qué opinas de empezar con Godot", "what do you
// think that usually means". Taken out before looking for an ask to look.
const IDEA_ASK = words(
  `(?:what do (?:you|u) think|(?:opinion|take|thoughts) (?:on|of|about)) (?:(?:of|about) )?(?!\\p{L}*thing(?![\\p{L}]))\\p{L}+ing|what do (?:you|u) think (?:(?:that|it|this|they) )?(?:\\p{L}+ly )?means?|qu[ée] (?:opinas|piensas) (?:de|sobre) \\p{L}+(?:ar|er|ir)|o que (?:voc[êe] |tu )?acha (?:de|sobre) \\p{L}+(?:ar|er|ir)`,
);
// A question about the reader's ways ("how did you learn to give critique…", "how do you get
// dogs to look at the camera", "what's the first thing you look at in a portfolio") uses a look
// word without asking for a look, unless it names their work.
const WH_OPENING =
  /^[\s\p{P}]*(?:(?:yo|hey|hi|ok|okay|so|also|bro|honestly|quick q|random q)(?![\p{L}\p{N}])[\s,]*)*(?:how|what|whats|what'?s|what'?d|where|why|which|who)(?![\p{L}\p{N}])/iu;
const asksALookOfWork = (clause: string) =>
  LOOK_EN.test(clause) && (!WH_OPENING.test(clause) || OWN_WORD.test(clause));

/**
 * A request to look at, listen to or read their work, in any template language. Their opinion
 * asked for is one too, unless it is asked of a question of theirs that names no work of theirs.
 */
export function asksForALook(asked: string): boolean {
  const text = asked.replace(IDEA_ASK, " ");
  if (LOOK_AT_MY_WORK.test(text) || LOOK_AT_MY_WORK_JA.test(text)) return true;
  if (LOOK_EN.test(text) && text.split(/(?<=[.!?\n])/).some((s) => asksALookOfWork(s.trim())))
    return true;
  if (!OPINION.test(text)) return false;
  return (
    OPINION_ON_OWN.test(text) ||
    !questions(text).some(
      (q) => !OPINION.test(q) && !namesTheirWork(q) && !NOT_ABOUT_THE_WORK.test(q),
    )
  );
}

// Saying what they want feedback on, as a doubt: "not sure if the drums sit right", "¿me podrías
// decir si la voz está muy alta?", "weiß nicht, ob", "かどうか". "tell me if you're free" is not one.
export const DOUBT_WORDS = `not sure (?:if|whether|about)|(?:worried|nervous) (?:that|about|if|whether|it|the)|(?:tell|show) me where|unsure (?:if|whether|about)|can'?t tell (?:if|whether|why|what)|cannot tell (?:if|whether|why|what)|can'?t decide|(?:tell|told) me (?:if|whether)(?! (?:you|u)\\b)|(?:say|curious) (?:if|whether)(?! (?:you|u)\\b)|no s[ée] si|no estoy segur[oa]|(?:decir|dime|decirme) si|n[ãa]o sei se|n[ãa]o tenho certeza|(?:dizer|diz|dizer-me|falar|fala) se|sais pas si|pas s[ûu]re? (?:que|de|si)|(?:dire|dis[- ]moi) si|wei(?:ß|ss) nicht,? ob|nicht sicher,? ob|unsicher,? ob|(?:sagen|sag mir),? ob|non so se|nn so se|non sono sicur[oa]|(?:dirmi|dimmi) se|weet niet of|niet zeker of|twijfel${L} (?:of|over|welke|tussen)|zeg (?:me )?of|(?:kijken|checken|horen) of|(?:zeggen|vertellen) of|nie wiem,? czy|nie jestem pewn${L}|(?:powiedzie[ćc]|powiedz),? czy|emin de[ğg]ilim|emin olamad${L}|(?:tidak|gak|nggak|ga|kurang) yakin|ragu|what i'?m doing wrong|what'?s wrong with|what is wrong (?:with|in)|qu[ée] (?:estoy haciendo|hago) mal|o que (?:estou fazendo|t[ôo] fazendo|fa[çc]o) errado|ce que je fais mal|was ich falsch mache|cosa sbaglio|wat ik fout doe|co robi[ęe] [źz]le|neyi yanl[ıi][şs] yap[ıi]yorum|salah(?:nya)? di mana`;
const DOUBT = words(DOUBT_WORDS);
// Japanese, matched anywhere: a doubt ("気がして", I feel that…; "違和感"), a flaw ("うるさすぎ", too
// loud; not "長文すぎてすみません", sorry for the long text), a focus ("特に"), a choice ("どっち"),
// or a question folded into the ask ("伝わるか教えて", tell me whether it comes across; not
// "見てもらえませんか", could you look, "何か", anything, or "どこを直せばいいか", what to fix).
export const DOUBT_JA =
  /かどうか|か不安|が不安|(?:つまらない|わかりにくい|分かりにくい|読みにくい|見にくい|聞きにくい|不自然な)(?:ところ|部分|点|箇所)|自信がな|気になって|迷って|気がし|気がす|違和感|(?<!長文|忙し|時|分)(?:すぎ|過ぎ)(?!てすみません|てごめん|て申し訳)|特に|とくに|主に|どっち|どちらが|(?<!ませ?ん|です|ます|しょう|何|誰|どこ|いつ|なに|いい|(?:ただけ|もらえ|くれ|られ)ない)か[、,]?(?:を|だけ)?(?:教えて|見て|聴いて|聞いて|ご意見|確認|チェック|判断|知りたい)/;
// A question that is about their availability or sending the work, not about the work itself.
// "free" is the reader's time ("you free?", "free this week?"), not a price ("keep it free?").
// Words that also name a quality count only when put to the reader: "you busy?", not "is the
// back too busy?"; "ok if I send it?", not "is the audio ok?"; "you there?", not "is there too
// much reverb?"; "would you be up for it?", not "am I setting myself up for pain?"; "got a
// minute?", not "the 3-minute intro"; "hai tempo?", not "zit het tempo goed?".
export const NOT_ABOUT_THE_WORK = words(
  `(?:have|has|got|any|some|spare|free|enough|find|no|a little|a bit of) time|chance|(?:a|one|any|few|spare|quick|got|have|couple of) (?:sec|second|moment|minute|min)s?|(?<=(?:you|u|ya|anyone|anybody|someone|still|be|been|are|r|is)\\s)free|free(?= (?:to (?:chat|talk|call|help|look|listen|read|check|review)|this|next|tonight|today|tomorrow|rn|now|later|anytime|sometime|at any|for (?:a|an) (?:sec|second|minute|min|moment|call|chat|bit|quick)))|(?<!(?:too|so|very|kinda|bit|overly|less|more|super|really|pretty|quite) )busy|(?:you|u|ya|anyone|anybody|someone|still) (?:there|around)|(?:you|u|ya|what'?s|whats|sup) up|(?:you|u|ya|be|been|anyone) up (?:for|to)|(?:that'?s|would (?:it|that) be|will (?:it|that) be|be|are (?:you|u)|r u|you|u|hope (?:it'?s|this is)) (?:ok|okay|alright|fine)|(?:ok|okay|alright|fine) (?:if|to(?! (?:you|u|ya|me)(?![\\p{L}\\p{N}]))|with)|possible|mind|interested|(?<!(?:enough|ready) to )send|sent|link|pode ser|puede ser|tiempo|(?:tem|tens|tiver|teria|hai|ha|avresti|avrebbe|di|de|algum) tempo|temps|zeit|tijd|czas|vakit|zaman|waktu|sempat`,
);

/**
 * The questions of a text that say something: sentences ending in a question mark, of two words
 * at least ("better?", "?" say nothing; Japanese has no spaces), a colon or a comma starting a
 * sentence of its own ("I'd love your opinion: is the handle too thick?", "would love ears on
 * this, does the bridge feel earned?"). Links out first, whole words at a time:
 * "items?itemName=…" and "site.com/x" would split into false sentences; "\S*" before the link
 * part would retry from every character.
 */
export function questions(text: string): string[] {
  // No question mark, no question: a text of many lines is not cut up for nothing.
  if (!text.includes("?") && !text.includes("？")) return [];
  const found: string[] = [];
  for (const m of unlinked(text, " ").matchAll(QUESTION)) {
    if (saysSomething(m[0])) found.push(m[0]);
  }
  return found;
}

// A sentence that ends in a question mark: from a sentence's end, a line break or a colon or a
// comma and its space, to the mark. Only the sentences asked are taken: cutting a text at every
// break first made 40,000 pieces of 40,000 line breaks, to keep one.
const QUESTION = /(?<=^|[.!?\n。！？]|[:,]\s)(?:[^.!?\n。！？:,]|[:,](?!\s))*[?？]/g;

/**
 * The text with each word that is a link put as `by`. Every link has a dot: a text without one
 * is returned as it is, unscanned.
 */
export function unlinked(text: string, by: string): string {
  return text.includes(".") ? text.replace(/\S+/g, (word) => (hasLink(word) ? by : word)) : text;
}

/** Two words at least, or six characters of Japanese, which has no spaces. */
export const saysSomething = (sentence: string) =>
  /[\u3040-\u30ff]/.test(sentence)
    ? sentence.trim().length >= 6
    : /\p{L}[^\p{L}]+\p{L}/u.test(sentence);
