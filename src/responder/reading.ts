// What the reply needs to know of a message beyond its label: were there kind words to thank for,
// and does a feedback request ask a question to answer (advice, "which first?", "how did you…?")
// rather than ask for a look at a piece of work.

import { hasLink } from "./links.ts";
import { questionToQuote } from "./quote.ts";
import { sentBefore } from "./sent.ts";
import { WORD_START as B, WORD_END as E, LETTERS as L, wholeWords as words } from "./word-edges.ts";

// Praise of the recipient or their work, in the languages of the templates (lower case, accents
// as typed; the unaccented spelling where people drop them). "Me encanta", "nos encantó", but
// not "me encantaría hacer un remix": that is "I'd love to", no praise of the recipient.
const KIND_WORDS = words(
  `love (?:your|ur|what you|how you|the way you|this|that)|loving (?:your|ur)|(?:big|huge|longtime|long-time) fan|i'?m a fan|been following|(?:really|truly) (?:like|enjoy|admire)|admire|amazing|awesome|incredible|inspir${L}|beautiful|brilliant|stunning|gorgeous|(?:great|nice|cool|fantastic|impressive|excellent) (?:work|job|stuff|track|tracks|mix|mixes|art|music|video|videos|channel|repo|project|style|beats?)|so (?:good|talented|cool)|talented|fire|dope|(?:me|nos|les?) (?:ha |han )?encant(?:a|an|[óo]|aron|aba|aban|ado)|incre[ií]ble|genial|admiro|adoro|incr[ií]vel|maravilh${L}|sensacional|j'adore|magnifique|g[ée]nial|superbe|bravo|ich liebe|wunderbar|(?:super|sehr|echt|richtig|total|mega|voll) (?:hilfreich|gut|stark|sch[öo]n|inspirierend)|gro(?:ß|ss)artig|toll${L}|fantastisch|bellissim${L}|stupend${L}|fantastic${L}|geweldig|prachtig|super mooi|uwielbiam|[śs]wietn${L}|niesamowit${L}|genialn${L}|harika|muhte[şs]em|bay[ıi]l${L}|[çc]ok (?:g[üu]zel|iyi)|keren|mantap|bagus banget|suka banget|kagum`,
);
// Japanese has no spaces between words: matched anywhere.
const KIND_WORDS_JA = /素晴らしい|大好き|すごい|最高|ファンです|尊敬/;

/** True when the sender said something kind about the recipient or their work. */
export function hasKindWords(text: string): boolean {
  return KIND_WORDS.test(text) || KIND_WORDS_JA.test(text);
}

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
// doc"), or after "open to" or "up to" ("open to reading the first pages"). Playing and trying
// are asked only of their own thing ("play my demo", "try out our plugin"): "did you play guitar
// first?", "how do you playtest?" and "I'm testing my own" are not asks.
const LOOK_VERB =
  "listen|look|check|hear|watch|read|review|critique|rate|roast|skim|glance|proofread";
const LOOK_NOUN = "listen|look|read|watch|review|critique|once-over|skim|glance";
const LOOK_EN = new RegExp(
  [
    `(?:^|[.!?\\n]\\s*|${B}(?:(?<!(?:do|did|does|when|how|where|what|what'?d|while|whenever|if)\\s+)(?:you|u)|ya|pls|plz|please|could|can|would|will|mind|(?<!(?:where|what|how|when|which)\\s+)to|and|just)\\s+(?:\\p{L}+\\s+)?)(?:${LOOK_VERB})${E}(?!\\s+(?:for|like|forward)${E})`,
    `${B}(?:a|quick|some|another|second)\\s+(?:(?:quick|proper|fresh|short|brief|\\d+[- ]?min(?:ute)?s?)\\s+)?(?:${LOOK_NOUN})${E}`,
    `${B}(?:${LOOK_VERB})(?:m?ing)?\\s+(?:(?:at|to|over|out|through)\\s+)?(?:my|mine|it|this|these|our|the (?:demo|mix|track|draft|build|video|piece|link|file|sketch|design|logo))${E}`,
    `${B}(?:open|up)\\s+to\\s+(?:${LOOK_VERB})m?ing${E}`,
    `${B}(?:play(?:test)?(?:ing)?|try(?:ing)?\\s+out)\\s+(?:my|our)${E}`,
  ].join("|"),
  "iu",
);
// "感想" (your impressions) is asked only of a piece of work.
const LOOK_AT_MY_WORK_JA = /聴いて|見て|聞いて|読んで|目を通して|チェックして|感想|講評|添削/;
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
function asksForALook(asked: string): boolean {
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

// Questions without a question mark: advice and how-to asks ("tips", "advice", "how do I"), in
// each template language.
const ADVICE = words(
  `any (?:tips|advice|pointers|suggestions|recommendations)|(?:do|did) (?:you|u) use|is it worth|(?:need|want|looking for) (?:some )?advice|advice (?:on|about|for)|how (?:do|did|would|should|can) (?:you|u|i)|which (?:one|first)|where (?:do|should) i (?:start|begin)|consejos?|recomendaci[oó]n${L}|sugerencias|conselhos?|dicas|sugest${L}|recomenda[çc][õo]es|conseils?|astuces?|recommandations?|tipps?|ratschl[äa]g${L}|einen rat|empfehlung${L}|consigl${L}|suggeriment${L}|tips|advies|om raad|porad${L}|rad[ęy]|wskaz[óo]wk${L}|tavsiye${L}|[öo]neri${L}|ipucu|ipu[çc]lar${L}|saran${L}|(?:gimana|bagaimana|gmn) cara${L}`,
);
// Japanese asks for tips ("コツ", "アドバイス"); "教えて" (tell me) alone is as often "tell me what
// is wrong with my portfolio", so only "how to" with it.
const ADVICE_JA = /コツ|秘訣|アドバイス|ヒント|(?:やり方|方法)を?教えて/;
// "デモあげました、ミックスのアドバイスを": advice on a piece they made is a look at their work.
const OWN_WORK_JA = /デモ|新曲|自作|(?:作り|描き|書き|撮り|あげ|上げ)ました/;

// Saying what they want feedback on, as a doubt: "not sure if the drums sit right", "¿me podrías
// decir si la voz está muy alta?", "weiß nicht, ob", "かどうか". "tell me if you're free" is not one.
const DOUBT_WORDS = `not sure (?:if|whether|about)|(?:worried|nervous) (?:that|about|if|whether|it|the)|(?:tell|show) me where|unsure (?:if|whether|about)|can'?t tell (?:if|whether|why|what)|cannot tell (?:if|whether|why|what)|can'?t decide|(?:tell|told) me (?:if|whether)(?! (?:you|u)\\b)|(?:say|curious) (?:if|whether)(?! (?:you|u)\\b)|no s[ée] si|no estoy segur[oa]|(?:decir|dime|decirme) si|n[ãa]o sei se|n[ãa]o tenho certeza|(?:dizer|diz|dizer-me|falar|fala) se|sais pas si|pas s[ûu]re? (?:que|de|si)|(?:dire|dis[- ]moi) si|wei(?:ß|ss) nicht,? ob|nicht sicher,? ob|unsicher,? ob|(?:sagen|sag mir),? ob|non so se|nn so se|non sono sicur[oa]|(?:dirmi|dimmi) se|weet niet of|niet zeker of|twijfel${L} (?:of|over|welke|tussen)|zeg (?:me )?of|(?:kijken|checken|horen) of|(?:zeggen|vertellen) of|nie wiem,? czy|nie jestem pewn${L}|(?:powiedzie[ćc]|powiedz),? czy|emin de[ğg]ilim|emin olamad${L}|(?:tidak|gak|nggak|ga|kurang) yakin|ragu|what i'?m doing wrong|what'?s wrong with|what is wrong (?:with|in)|qu[ée] (?:estoy haciendo|hago) mal|o que (?:estou fazendo|t[ôo] fazendo|fa[çc]o) errado|ce que je fais mal|was ich falsch mache|cosa sbaglio|wat ik fout doe|co robi[ęe] [źz]le|neyi yanl[ıi][şs] yap[ıi]yorum|salah(?:nya)? di mana`;
const DOUBT = words(DOUBT_WORDS);
// Japanese, matched anywhere: a doubt ("気がして", I feel that…; "違和感"), a flaw ("うるさすぎ", too
// loud; not "長文すぎてすみません", sorry for the long text), a focus ("特に"), a choice ("どっち"),
// or a question folded into the ask ("伝わるか教えて", tell me whether it comes across; not
// "見てもらえませんか", could you look, "何か", anything, or "どこを直せばいいか", what to fix).
const DOUBT_JA =
  /かどうか|か不安|が不安|(?:つまらない|わかりにくい|分かりにくい|読みにくい|見にくい|聞きにくい|不自然な)(?:ところ|部分|点|箇所)|自信がな|気になって|迷って|気がし|気がす|違和感|(?<!長文|忙し|時|分)(?:すぎ|過ぎ)(?!てすみません|てごめん|て申し訳)|特に|とくに|主に|どっち|どちらが|(?<!ませ?ん|です|ます|しょう|何|誰|どこ|いつ|なに|いい|(?:ただけ|もらえ|くれ|られ)ない)か[、,]?(?:を|だけ)?(?:教えて|見て|聴いて|聞いて|ご意見|確認|チェック|判断|知りたい)/;
// A question that is about their availability or sending the work, not about the work itself.
// Words that also name a quality count only when put to the reader: "you busy?", not "is the
// back too busy?"; "ok if I send it?", not "is the audio ok?"; "you there?", not "is there too
// much reverb?"; "would you be up for it?", not "am I setting myself up for pain?"; "got a
// minute?", not "the 3-minute intro"; "hai tempo?", not "zit het tempo goed?".
const NOT_ABOUT_THE_WORK = words(
  `(?:have|has|got|any|some|spare|free|enough|find|no|a little|a bit of) time|chance|(?:a|one|any|few|spare|quick|got|have|couple of) (?:sec|second|moment|minute|min)s?|free|(?<!(?:too|so|very|kinda|bit|overly|less|more|super|really|pretty|quite) )busy|(?:you|u|ya|anyone|anybody|someone|still) (?:there|around)|(?:you|u|ya|what'?s|whats|sup) up|(?:you|u|ya|be|been|anyone) up (?:for|to)|(?:that'?s|would (?:it|that) be|will (?:it|that) be|be|are (?:you|u)|r u|you|u|hope (?:it'?s|this is)) (?:ok|okay|alright|fine)|(?:ok|okay|alright|fine) (?:if|to(?! (?:you|u|ya|me)(?![\\p{L}\\p{N}]))|with)|possible|mind|interested|(?<!(?:enough|ready) to )send|sent|link|pode ser|puede ser|tiempo|(?:tem|tens|tiver|teria|hai|ha|avresti|avrebbe|di|de|algum) tempo|temps|zeit|tijd|czas|vakit|zaman|waktu|sempat`,
);

// A verdict on the whole work, asked bare: "is this ok?", "is my mix mid or nah", "does this slap
// lol". It says no more than "what do you think?"; a named part ("is the hook catchy?"), a
// quality ("too busy", "good enough to…") or a second choice ("cute or creepy?") says more.
const VERDICT = `good|ok|okay|alright|fine|decent|bad|trash|mid|fire|dumb|cringe|garbage|terrible|great|awful|ugly|hard|slaps?|sucks?|hits?|works?|worth it|ready|nice|cool|legit|solid|giving`;
const VERDICT_FILLER = `so|ok|okay|yo|hey|hi|bro|honestly|lol|lmao|fr|ngl|tbh|tho|pls|please|just|and|but|like|real talk|be (?:honest|real|fr|brutal)`;
const BARE_VERDICT = new RegExp(
  `^(?:(?:${VERDICT_FILLER}) )*(?:(?:is|are|was|does|do|did|would|will) )?(?:(?:you|u) think )?(?:(?:this|it|that|these|those|they|its|this one|(?:my|our|this|ur) \\p{L}+(?: \\p{L}+)?) )?(?:(?:is|are|looks?|sounds?|seems?|feels?|reads?|actually|really|even|any|kinda|lowkey) )*(?:${VERDICT})(?: or (?:nah|not|no|nothing|what|(?:is it |its )?(?:${VERDICT})|am i \\p{L}+|is it just me))?(?: (?:${VERDICT_FILLER}|at all|to you|to u|you think|u think|or what|enough))*$`,
  "u",
);
// A bare ask for feedback, as a question: "any feedback?", "thoughts on it?", "what do u guys
// think??", "how is it?".
const BARE_ASK = new RegExp(
  `^(?:(?:${VERDICT_FILLER}) )*(?:any (?:feedback|thoughts|notes|comments|input|crit|critique|opinions?|suggestions|tips)|(?:honest )?(?:feedback|thoughts|opinions?|notes|crit|critique)|what do (?:you|u)(?: guys| all| people)? think|hows (?:it|this|that)|how (?:is|are) (?:it|this|that|they|these))(?: (?:on|of|about) (?:it|this|that|these|them|my \\p{L}+))?(?: (?:${VERDICT_FILLER}|welcome|then))*$`,
  "u",
);
const isBareVerdict = (question: string) => {
  const words = question
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return BARE_VERDICT.test(words) || BARE_ASK.test(words);
};

// What they want looked at, named without a question, in the languages of the templates.
// The part to focus on: "mainly the vocal levels", "the hi-hats especially", "focus on the
// pacing", "sobre todo el audio"; not "mostly lofi", the sender's own bio.
const FOCUS = [
  `(?:mainly|mostly|especially|particularly|specifically|primarily|in particular|esp\\.?) (?:the|on|about|in|with|whether|if|how|my|its|this|that|these|those|wondering|curious|want|interested|worried|concerned|need)`,
  `(?:especially|in particular|particularly|specifically)(?=\\s*(?:[.!?,;)\\n]|$))`,
  `(?:focus|focusing|concentrate|zoom in) on (?:the|my|this|how|whether|if)`,
  `(?:sobre todo|especialmente|principalmente|en especial|en particular) (?:el|la|los|las|lo|si|mi|mis|c[oó]mo|con)|(?:f[ií]jate|c[ée]ntrate|enf[óo]cate) en`,
  `(?:principalmente|especialmente|sobretudo|em especial|em particular) (?:o|a|os|as|no|na|nos|nas|se|meu|minha|como|com)|(?:foca|focar|foque|presta aten[çc][ãa]o) (?:no|na|nos|nas|em)`,
  `(?:surtout|notamment|en particulier|particuli[èe]rement|principalement|sp[ée]cialement) (?:le|la|les|l'|sur|si|au|aux|mon|ma|mes|ce|cette|comment|du|des)|concentre[sz]?-(?:toi|vous) sur`,
  `(?:vor allem|besonders|haupts[äa]chlich|insbesondere|speziell) (?:der|die|das|den|dem|des|bei|beim|auf|am|im|mein${L}|ob|wie|wo)`,
  `(?:soprattutto|in particolare|specialmente|principalmente|particolarmente) (?:il|lo|la|i|gli|le|l'|sul|sulla|sui|sugli|sulle|nel|nella|se|come|mio|mia|miei|mie)`,
  `(?:vooral|met name|voornamelijk|in het bijzonder) (?:de|het|op|over|mijn|of|hoe|bij|in|naar)`,
  `zw[łl]aszcza|szczeg[óo]lnie|przede wszystkim|chodzi mi (?:g[łl][óo]wnie |zw[łl]aszcza )?o`,
  `[öo]zellikle|bilhassa|terutama|khususnya|utamanya|fokus (?:ke|di|pada|soal)`,
];
// A doubt or a judgement of their own work: "I feel like the intro drags", "idk why", "me
// preocupa la voz", "j'ai l'impression que…", "bin mir mit der Schrift nicht sicher".
const JUDGES_OWN_WORK = [
  `(?:not sure|unsure|idk|dunno|don'?t know|can'?t (?:tell|figure out|work out|pin (?:it|down))) why|can'?t pin (?:it|down)`,
  `(?:idk|dunno|(?:do not|don'?t) know) (?:if|whether)(?! (?:you|u|this is the right)(?![\\p{L}\\p{N}]))|not sure (?:the|my|this|it'?s|that|i should)|jsp si|j'sais pas si`,
  `not sure i(?:'ve| have)? (?:got|did|applied|handled|set|understood|made|used|implemented|wrote|fixed|nailed|structured)|what am i doing wrong|where (?:i went|did i go|i'?m going) wrong`,
  `i (?:think|feel like|suspect|fear)(?: that)? (?:the|my|it|its|it'?s|this|that|there'?s)`,
  // The doubt of what they did or of what others there do: "I think I have too many pieces", "I
  // think our cache invalidation is wrong", "I felt like I talked too much".
  `i (?:think|thought|suspect|fear|felt like)(?: that)? (?:our|they|they'?re|we|we'?re|i'?m|i'?ve|i have|i (?:talked|talk|used|rushed|overdid|messed|went))|(?<=^|[\\s,.])feel like (?:the|my|it'?s|its|this|there'?s)`,
  // What goes wrong where they cannot find it: "no idea why", "don't know what's bloating it",
  // "I think signals fire twice but I can't prove it".
  `(?:have )?no idea (?:why|whether|if|what'?s)(?! (?:you|u|ur)(?![\\p{L}\\p{N}]))|(?:idk|dunno|don'?t know|do not know|can'?t tell|can'?t figure out|no idea) what'?s (?:wrong|off|missing|broken|\\p{L}+ing)`,
  `(?:but|and|yet) (?:i )?(?:just |still |honestly |genuinely |really )?(?:can'?t|cannot|cant|couldn'?t) (?:prove|find(?! (?:the )?time)|see|spot|figure out|pin|reproduce|work out|track down|put my finger on)`,
  // What they mean it to do: "want to make sure it's blameless enough", "I want it to feel
  // native", "I don't want it to read as blame-y".
  `make sure (?:that )?(?:it|it'?s|its|the|my|this|these|i|i'?m|i didn'?t|nothing|there'?s|people|readers|users|they)|want (?:it|this|them) to (?:be|feel|read|sound|look|come across|work|land|flow)`,
  // A part they are stuck on or fixing: "stuck on the type", "trying to improve backgrounds".
  `(?:stuck|struggling) (?:on|with) (?:the|my|this|these|its|how|getting|making)|trying to (?:fix|improve|tighten|tune|tame|balance|nail) (?!(?:it|this|that)(?![\\p{L}\\p{N}]))\\p{L}+`,
  // A question of their own folded into the ask: "tell me what's weakest", "what a funder would
  // find weak", "what annoyed you", "what to cut", "the migration file is the scary bit". Not
  // "what's wrong" or "what you'd change": that is the ask itself.
  `what(?:['’]s| is| feels| reads| sounds| looks)(?: (?:the )?most)? (?:boring|unclear|confusing|weak|weakest|missing|clunky|generic|cluttered|off-putting|too \\p{L}+|not clear|hard to \\p{L}+)|(?:would|will|might) find (?:it |this )?(?:weak|confusing|boring|unclear|off-putting)|what (?:might be |is )?(?:turning|putting) (?:them|people|readers|users|agents|clients|viewers) off|what (?:annoyed|confused|bored|bugged|tripped up|lost) (?:you|u)|what (?:i should |to )(?:cut|drop|remove|trim)|(?:is|['’]s) the (?:scary|tricky|weak|risky|shaky|messy) (?:bit|part|one|spot)`,
  // What they changed since the last look: "I fixed the hands you mentioned", "addressed the
  // retry comments".
  `(?:fixed|addressed|changed|reworked|redid|redrew|updated|tweaked|adjusted|applied) (?:the|those|these|all|most|your)(?: \\p{L}+){0,3}? (?:you (?:mentioned|said|pointed out|flagged|suggested|noticed|called out)|comments|notes|feedback|points|suggestions)`,
  // What they want it checked for: "check my lyrics for cliches".
  `(?:check|checking|look|looking|read|reading|review|reviewing|skim|proofread|scan)(?: [\\p{L}\\p{N}'’.-]+){0,3}? for (?:cliches|clichés|typos|errors|mistakes|bugs|clarity|flow|pacing|grammar|tone|readability|accessibility|consistency|accuracy|leaks|plot holes)`,
  `(?:concerned|afraid|scared|paranoid) (?:that|about|the|it'?s|my)|(?:my|main|one|biggest|only) (?:worry|concern|doubt) is|worried (?:a|some|few|they|they'?re|people|readers|users|its|it'?s|this|these|i (?:messed|overdid|went|made|used))(?![\\p{L}\\p{N}])`,
  `me preocupa|no me convence|tengo dudas|siento que|(?<!lo )siento (?:el|la|los|las|mi|mis)|creo que (?:el|la|los|las|mi|mis)`,
  `(?:me|t[ôo]|estou) preocupad${L}|n[ãa]o me convence|(?:sinto|acho) que (?:o|a|os|as|meu|minha|t[áa]|est[áa]|ficou)`,
  `j'ai (?:peur|l'impression) qu${L}|je (?:trouve|sens) (?:que|qu'|le|la|les|l'|mon|ma|mes)|(?:pas|peu) convaincu${L}|j'h[ée]site`,
  `(?:ich )?find(?:e)? (?:die|der|das|den|mein${L}|dass)|mache mir sorgen|bin mir(?: \\p{L}+){0,3} nicht sicher|unsicher (?:bei|mit|wegen)|f[üu]hlt sich(?: \\p{L}+){0,3} (?:an|zu)`,
  `mi (?:sembra|pare) che|ho paura che|non mi convince|non sono (?:convint[oa]|sicur[oa]) (?:del|della|dei|delle|di|che)|sono preoccupat${L}|ho (?:dei |molti )?dubbi`,
  `ik (?:vind|denk dat) (?:de|het|mijn)|(?:ik )?(?:heb|had) het gevoel dat|maak me zorgen|ben bang dat`,
  `wydaje mi si[ęe]|martwi mnie|nie wiem,? (?:czemu|dlaczego)|boj[ęe] si[ęe]|mam w[ąa]tpliwo[śs]ci|mam wra[żz]enie`,
  `sanki|endi[şs]e|kafama tak[ıi]l${L}|kayaknya|sepertinya|rasanya|takut (?:kalau|kalo)|khawatir`,
];
// A flaw they hear or see: "the snare feels thin", "the cape looks off to me", "the cuts are too
// fast", "demasiado alto", "trop vide", "zu laut", "troppo bassa", "te druk", "za głośny",
// "terlalu gelap"; not the reader's busy week ("you're probably way too busy") nor the sender
// ("I look stupid"): that subject is checked after the verb, not before it at every word.
// Flaws the lists below name besides their own.
const MORE_FLAWS =
  "muddled|lazy|awful|sloppy|cheesy|samey|puckered|wonky|janky|uneven|crooked|distorted|tinny|boomy|shrill|bloated|cringe|off-putting";
const NOT_OF_THE_READER =
  "(?<!(?<![\\p{L}])(?:you|u|ya|i|we|they)(?:['’]\\p{L}+)?(?: \\p{L}+)? \\p{L}+)";
const FLAW = [
  `(?:feels?|felt|sounds?|looks?|seems?|reads?|comes? across|came out|gets?|get|got|turns?|turned)${NOT_OF_THE_READER} (?:(?:a bit|a little|kinda|kind of|sort of|way|super|really|pretty|so|slightly|weirdly|somehow|still|very|quite|all) )?(?:off|thin|muddy|flat|weak|empty|generic|cluttered|cramped|busy|harsh|dull|boring|weird|wrong|stiff|rushed|slow|plastic|plasticky|fake|amateur${L}|cheap|unbalanced|unclear|confusing|inconsistent|repetitive|messy|crowded|awkward|unnatural|forced|robotic|bland|lifeless|sterile|buried|lost|late|wordy|clunky|blurry|dated|cringe|mid|safe|dense|heavy|clumsy|rough|choppy|grainy|noisy|pixelated|washed out|like (?:cardboard|plastic|a mess)|${MORE_FLAWS}|low|long|loud|quiet)`,
  `(?:is|are|'s|’s|r|was|were|feels?|sounds?|looks?|seems?|reads?|gets?|goes|drags?|runs?|hits?|way|bit|kinda|little|slightly|much|far)${NOT_OF_THE_READER} too (?!(?:much to ask|late to|early to)(?![\\p{L}\\p{N}]))\\p{L}+`,
  `(?:is|are|was|were|r) (?:the|my|this|it|its|these|that)(?: \\p{L}+){0,3} too (?!much to ask)\\p{L}+`,
  `(?:drags|dragging|falls flat|falls apart|(?:doesn'?t|does not|won'?t|isn'?t) (?:land|landing|hit|hitting|work|working|flow|pop|sit|click|clicking|cut through|read well))${NOT_OF_THE_READER}`,
  `(?:is|are|'s|’s|was|were|r)${NOT_OF_THE_READER} (?:(?:a bit|kinda|way|so|really|pretty|still|very|quite|all) )?(?:off|muddy|thin|flat|harsh|cluttered|cramped|empty|generic|wordy|clunky|blurry|inconsistent|unbalanced|stiff|rushed|repetitive|bland|dull|messy|buried|noisy|grainy|choppy|boring|unclear|confusing|awkward|${MORE_FLAWS})`,
  // The same after a contraction, which a whole word's start cannot see: "something's off with
  // the hands", "the music's too loud", "they're too apologetic"; not "what's off" (the ask
  // itself) nor "you're too busy".
  `(?!(?:what|who|how|where|when|let|you|u|ya|we|i)['’])\\p{L}+['’](?:s|re) (?:(?:a bit|kinda|way|so|really|pretty|still|very|quite|all|just) )?(?:too (?!(?:much to ask|late to|early to|busy)(?![\\p{L}\\p{N}]))\\p{L}+|off|muddy|thin|flat|harsh|cluttered|cramped|generic|wordy|clunky|blurry|inconsistent|unbalanced|stiff|rushed|repetitive|bland|dull|messy|buried|noisy|grainy|choppy|boring|unclear|confusing|awkward|${MORE_FLAWS})`,
  // Too much of what they did: "I have too many pieces", "I talked too much".
  `(?:have|has|got|use|used|using|talk|talked|talking|added|crammed|put) too (?:many|much|few|little)`,
  `(?:hard|difficult|tough|impossible) to (?:read|follow|hear|understand|see|parse|navigate|make out)`,
  // A fault named by its verb: "the outline flickers", "it oscillates", "breaks on Vercel", "bands
  // at dusk"; verbs that are also nouns ("my drum breaks") only after "it", "but" and the like.
  `(?:flickers|flickering|stutters|stuttering|glitches|glitching|jitters|jittering|oscillates|oscillating|crashes|crashing|distorts|distorting|freezes|freezing|wobbles|wobbling|overflows|overlapping)|(?:it|that|this|which|but|and|still|keeps?) (?:\\p{L}+ly )?(?:breaks|banding|bands|clips|clipping|lags|lagging|leaks|leaking|pumps|pumping|hangs|drifts|drifting)|(?:pumps|sits|moves|behaves|renders|scales|loops|cuts) (?:weirdly|strangely|oddly|badly|wrong)`,
  // A word that is a flaw by itself: "overexposed?", "is the vocal overcompressed".
  `(?:over|under)(?:exposed|saturated|compressed|mixed|produced|designed|cooked|worked|sharpened|processed|lit)`,
  `demasiad[oa]s?|(?!obrigad|lind|bonit|incr|perfeit|maravilh)\\p{L}+[oa]s? demais`,
  `trop (?!(?:bien|cool|beau|belle|beaux|bon|bonne|fort|forte|styl${L}|h[âa]te|content${L}|mignon${L}|g[ée]nial${L}|chou|dr[ôo]le|kiff${L}|ador${L}|aim${L}|merci|s[ûu]r)(?![\\p{L}]))\\p{L}+`,
  `(?:ist|sind|wirkt|wirken|klingt|klingen|etwas|bisschen|viel|irgendwie|einfach|ziemlich|war|noch) zu (?!\\p{L}*(?:h[öo]ren|sehen|finden|machen|haben|sein|werden|lesen|schauen|tun|sagen|bekommen|erreichen|kaufen|geben)(?![\\p{L}]))\\p{L}+`,
  `tropp[oaie] (?!(?:bell|brav|fort|gentil|carin|buon)${L})\\p{L}+`,
  `(?:is|zijn|klinkt|voelt|lijkt|oogt|wat|beetje|veel|iets|niet|nog|erg|ze|het|hem|dit|dat) te (?!\\p{L}+en(?![\\p{L}]))\\p{L}+`,
  `(?:chyba|troch[ęe]|troszk[ęe]|jest|s[ąa]|zdecydowanie|wyra[źz]nie|nieco|ciut) za (?!(?:darmo|pomoc|to|wszystko)(?![\\p{L}]))\\p{L}+`,
  `terlalu (?!sibuk)\\p{L}+|(?:[çc]ok|fazla|a[şs][ıi]r[ıi]) (?:\\p{L}+ )?m[iıuü](?![\\p{L}])(?: \\p{L}+)?|bingung|(?:medo|miedo) de (?:parecer|soar|sonar|ficar|quedar)`,
];

// A choice between things they sent: "which track is the weakest", "which one u like", "torn
// between $9 flat and usage based", "v1 vs v2"; not "my EP, which is out now".
const CHOICE = [
  `which (?:one|ones|of (?:them|these|those|the|my)|(?:\\p{L}+|\\d+) (?:is|are|do|does|would|should|reads?|sounds?|looks?|works?|pops?|hits?|u|you|to)|(?:do|would|should) (?:you|u))`,
  `torn between|(?:choose|choosing|decide|deciding|pick|picking) between|vs\\.?|versus`,
  // Theirs against another's: "would you use it over ripgrep?".
  `(?:use|pick|choose|prefer|buy|take|switch to) (?:it|this|mine|ours|(?:my|our) \\p{L}+) (?:over|instead of)`,
  `cu[áa]l (?:de|te|prefieres|es (?:mejor|peor)|funciona|suena|queda)|qual (?:dos|das|voc[êe]|vc|prefere|[ée] (?:melhor|pior)|funciona|fica)`,
  `lequel|laquelle|lesquel${L}|welche[rsn]? (?:von|davon|version|gef[äa]ll${L}|findest|ist (?:besser|st[äa]rker))`,
  `quale (?:dei|delle|tra|preferisci|ti piace|funziona|[èe] (?:meglio|migliore))|welke (?:van|vind|versie|werkt|is (?:beter|sterker))`,
  `kt[óo]r(?:y|a|e) (?:z|lepiej|lepsz${L}|bardziej|wolisz)|hangisi|yang mana|mana yang (?:lebih|bagus)`,
];
// A part named after the ask ("lmk what u think of the vocals", "your notes on the second verse"),
// not the whole work ("thoughts on the new track"); a moment in it ("is it late at 0:48?").
const NAMED_PART = [
  `(?:think|thoughts|opinion|feedback|notes|note|take|eyes|ears|input|comments?|crit|critique|brutal|honest|harsh) (?:on|of|about) the (?!(?:new |latest |final |whole |full |attached |first |last )?(?:track|song|beat|mix|demo|draft|episode|ep|video|vid|album|logo|design|site|website|page|game|build|piece|project|thing|link|file|work|one|stuff|result|pr|repo|code|doc|document|book|story|painting|drawing|art|artwork|image|pic|photo|picture|edit|cover|render|sketch|idea|pitch|proposal|deck|post|article|essay|script|clip|reel|portfolio|resume|cv|app|tool|library|lib|plugin|mod|map|level|version|outline|slides|talk|abstract|manuscript|synopsis|bio|statement|thesis|paper|letter|email|copy|readme|docs|attachment|above|below|following|same)(?![\\p{L}]))\\p{L}+`,
  `(?:at|around|from|after|before|till?|until|near|by|~|@) ?\\d{1,2}:\\d{2}(?::\\d{2})?(?! ?(?:am|pm|[ap]\\.m\\.|utc|gmt|cet|est|pst|h)(?![\\p{L}]))`,
];
// What the work fails to do for them, as a number or an outcome: "my CTR went down", "conversion
// is 0.6%", "zero sales so far", "stuck at 400 subs", "agents keep ignoring me", "i'm losing
// members", "non converte", "nikt nie odpisuje". The reply then looks with that in mind.
const METRIC = `ctr|click-?through(?: rate)?|conversions?(?: rate)?|open rate|retention|watch time|engagement|conversi[oó]n|convers[ãa]o|konversion(?:srate)?|conversione|conversie|konwersj${L}|d[öo]n[üu][şs][üu]m(?: oran[ıi])?|konversi`;
const AUDIENCE = `people|users|visitors|readers|players|viewers|listeners|subscribers|subs|customers|clients|agents|recruiters|publishers|studios|labels|editors|buyers|followers|members|investors|funders|sponsors|brands|employers|companies|galleries|venues|they`;
const OUTCOME = [
  `(?:${METRIC})[^.!?\\n]{0,15}?\\d+(?:[.,]\\d+)? ?%|\\d+(?:[.,]\\d+)? ?% (?:${METRIC})`,
  `(?:my|our|the) (?:${METRIC}|views|sales|plays|streams|downloads|signups|sign-ups|traffic|reach|impressions|subs|subscribers|followers) (?:went down|dropped|fell|tanked|plummeted|stalled|(?:is|are) (?:down|low|bad|terrible|awful|flat|dead|stuck))`,
  `(?:crap|low|poor|terrible|awful|zero|no|0) (?:conversions?|sales|replies|responses|offers|callbacks|interviews|signups|sign-ups|bookings|orders|bites)(?! (?:pitch|thing|call|talk|page|team|deck|funnel|copy|person|rep)(?![\\p{L}\\p{N}]))|no (?:reply|response|offer|callback)`,
  `stuck (?:at|on|around) (?:~ ?)?\\d+|losing (?:${AUDIENCE}|money|subscribers)`,
  `(?:${AUDIENCE}) (?:keep|kept|always|all) (?:ignoring|ignore|leaving|bouncing|quitting|unsubscribing|rejecting|ghosting|skipping|passing|dropping off|clicking away)|(?:${AUDIENCE}) (?:unsub${L}|bounce|drop off|click away|churn|leave|quit) (?:right|after|at|before|within|halfway|immediately|early)`,
  `(?:nobody|no one|noone) (?:replies|answers|responds|buys|clicks|signs up|converts|books|bites|gets past|finishes|watches past)|(?:doesn'?t|does not|isn'?t|is not) (?:convert|converting|selling)(?! (?:it|this|that|you|u)(?![\\p{L}\\p{N}]))|(?:keep|keeps|kept) getting rejected`,
  `no (?:vendo|convierte|me contestan)|nadie (?:responde|contesta|compra)|(?:cero|0) ventas|(?:pierdo|perdiendo) (?:seguidores|suscriptores|miembros)`,
  `n[ãa]o (?:converte|vende|vendo)|ningu[ée]m (?:responde|compra|clica)|zero vendas|(?:perdendo|perco) (?:seguidores|inscritos|membros)`,
  `ne convertit pas|(?:z[ée]ro|aucune) vente|personne ne (?:r[ée]pond|ach[eè]te|clique)|je perds (?:des )?(?:abonn[ée]s|membres)|s'effondre`,
  `konvertiert (?:bei|kaum|nicht|schlecht)|(?:keine|null) (?:verk[äa]ufe|antworten|anmeldungen)|niemand (?:antwortet|kauft|klickt)|verliere (?:mitglieder|abonnenten|follower)`,
  `non converte|(?:zero|nessuna) vendit${L}|nessuno (?:risponde|compra|clicca)|perdo (?:iscritti|membri|follower)`,
  `converteert (?:niet|slecht|nauwelijks)|(?:geen|nul) verkopen|niemand (?:reageert|koopt|klikt)|verlies (?:leden|abonnees|volgers)`,
  `nikt nie (?:odpisuje|odpowiada|kupuje|klika)|(?:zero|brak) sprzeda${L}|trac[ęe] (?:subskrybent${L}|cz[łl]onk${L}|obserwuj${L})|nie konwertuje`,
  `kimse (?:cevap vermiyor|d[öo]nm[üu]yor|alm[ıi]yor)|(?:hi[çc]|s[ıi]f[ıi]r) sat[ıi][şs]|(?:[üu]ye|takip[çc]i) kaybediyorum`,
  `(?:gak|nggak|ga|tidak|belum) ada (?:yang )?(?:beli|balas|order)|sepi pembeli`,
];
// One pattern, one pass over the text.
const NAMES_WHAT_TO_LOOK_AT = words(
  [DOUBT_WORDS, ...FOCUS, ...JUDGES_OWN_WORK, ...FLAW, ...OUTCOME, ...CHOICE, ...NAMED_PART].join(
    "|",
  ),
);

/**
 * A feedback request that says what they want feedback on: a doubt, or a question about the work
 * ("is my mix too bright?", "A or B?") beside the ask to look at it. The draft then says it will
 * look with that question in mind instead of asking for the one thing they most want feedback on.
 */
export function statesConcern(text: string): boolean {
  if (NAMES_WHAT_TO_LOOK_AT.test(text) || DOUBT_JA.test(text)) return true;
  const asksOfTheWork = (q: string) =>
    saysSomething(q) && !asksForALook(q) && !NOT_ABOUT_THE_WORK.test(q) && !isBareVerdict(q);
  if (
    questions(text).some((sentence) => {
      // The question proper follows an emoji or a dash: "ROAST MY ZINE 🙏 is the cover too dark?".
      const q = sentence.split(/\p{Extended_Pictographic}+|\s[—–-]\s/u).pop() ?? "";
      return asksOfTheWork(q) && !hasLink(q);
    })
  )
    return true;
  // Chat leaves the question mark off: a question on a line, or after a link, an emoji or "lol",
  // of its own ("drew this lol is the anatomy ok"), and one asked indirectly ("lmk if the cuts
  // are too fast", "your take on whether the ending drags").
  return clauses(text).some((clause) => {
    const indirect = IF_CLAUSE.exec(clause);
    if (indirect) {
      const asked = clause.slice(indirect.index + indirect[0].length);
      if (!TO_THE_READER.test(asked) && asksOfTheWork(asked)) return true;
    }
    // A question after a comma or a colon is one too: "be real w me, does this poem read like a
    // diary", "ur opinion: is my band name bad"; and one folded into "tell me": "tell me is the
    // controls good", "tell me why my bread is dense" (not "tell me how it sounds": the ask).
    const told = TOLD_QUESTION.exec(clause);
    const parts = clause.split(/[,:;]\s/);
    if (told) parts.push(clause.slice(told.index + told[0].length));
    return parts.some((part) => {
      const question = UNMARKED_QUESTION.exec(part)?.[1];
      return question !== undefined && asksOfTheWork(question);
    });
  });
}

const IF_CLAUSE = words(
  `(?:lmk|let me know|tell me|tell us|telling me|told me|say|say me|saying|said|asked|know|wondering|wonder|curious|see|check|checking|look|looking|hear) (?:\\p{L}+ly )?(?:if|whether)|would (?:you|u) say(?= (?:the|my|this|it|its|it'?s|that|these|which|if|whether|there))|whether|saber (?:si|se)|savoir si|wissen,? ob|sapere se|weten of|wiedzie[ćc],? czy`,
);
const TOLD_QUESTION = words(
  `(?:lmk|let me know|tell me|tell us|say me|say)(?= (?:is|are|was|does|do|did|should|which|why) )`,
);
// "lmk if you're free", "let me know if there's anything I can do", "saber si te interesa": about
// the reader.
const TO_THE_READER =
  /^\s*(?:you|u|ur|ya|you'?re|youre|you'?d|anyone|anything|there'?s anything|i (?:can|could|may)|te|tu|voc[êe]|vc|vous|du|dir|ti|le|je|jij|ty|sen|kamu)(?![\p{L}\p{N}])/iu;
// A question by its first word, after a greeting or a hedge; not one put to the reader ("do you
// take requests", "would u mind"), which is about them.
const UNMARKED_QUESTION =
  /^[\s\p{P}]*(?:(?:yo+|ayo|hey|hi|ok|okay|so|and|but|like|also|bro|pls|please|honestly|real talk|be (?:honest|real|fr|brutal)|idk|ngl|tbh|fr|tho|sorry|random q|quick q)[\s,:]+)*((?:is|are|was|were|does|do|did|should|will|has|have|am i|which|why|how) (?!(?:you|u|ya|y'all|anyone|someone|somebody|any of you)(?![\p{L}\p{N}])).*)/iu;

/** A text cut at sentence ends, lines, links, emoji, dashes and "lol": the places chat asks. */
function clauses(text: string): string[] {
  return unlinked(text, "\n").split(
    /[.!?\n。！？…]+|\p{Extended_Pictographic}+|\s[—–-]\s|\s(?:lol|lmao|haha|ngl|tbh)(?=\s)/iu,
  );
}

/**
 * The questions of a text that say something: sentences ending in a question mark, of two words
 * at least ("better?", "?" say nothing; Japanese has no spaces), a colon or a comma starting a
 * sentence of its own ("I'd love your opinion: is the handle too thick?", "would love ears on
 * this, does the bridge feel earned?"). Links out first, whole words at a time:
 * "items?itemName=…" and "site.com/x" would split into false sentences; "\S*" before the link
 * part would retry from every character.
 */
function questions(text: string): string[] {
  return unlinked(text, " ")
    .split(/(?<=[.!?\n。！？])|(?<=[:,])\s/)
    .filter((sentence) => /[?？]\s*$/.test(sentence) && saysSomething(sentence));
}

/**
 * The text with each word that is a link put as `by`. Every link has a dot: a text without one
 * is returned as it is, unscanned.
 */
function unlinked(text: string, by: string): string {
  return text.includes(".") ? text.replace(/\S+/g, (word) => (hasLink(word) ? by : word)) : text;
}

/** Two words at least, or six characters of Japanese, which has no spaces. */
const saysSomething = (sentence: string) =>
  /[\u3040-\u30ff]/.test(sentence)
    ? sentence.trim().length >= 6
    : /\p{L}[^\p{L}]+\p{L}/u.test(sentence);

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
  // "i drew ur oc!! is the anatomy ok??", "Zrobiłam okładkę, czy tytuł jest czytelny?": a doubt
  // about a piece they made is answered by looking at it, so it is asked for, not thought over.
  if (madeAPiece(text) && !ADVICE.test(text) && !ASKS_A_DECISION.test(text) && statesConcern(text))
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
