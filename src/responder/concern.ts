// Whether a feedback request says what it wants looked at: a doubt ("not sure the drums sit
// right"), a part named, a flaw, a choice, an outcome ("my CTR went down"), or a question about
// the work put beside the ask to look at it.

import { hasLink } from "./links.ts";
import {
  asksForALook,
  DOUBT_JA,
  DOUBT_WORDS,
  NOT_ABOUT_THE_WORK,
  questions,
  saysSomething,
  unlinked,
} from "./look.ts";
import { LETTERS as L, wholeWords as words } from "./word-edges.ts";

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
// What they care about: "mostly care about the hook", "wondering about the font", "curious
// about how the intro lands".
const CARES = `(?:mostly |mainly |only |really |just |especially )?(?:care|caring|asking|curious|wondering|interested) (?:about|in) (?:the|my|how|whether|if)`;
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
  // native", "I don't want it to read as blame-y", "I want first-time contributors to not bounce
  // off it", "I want it honest without…", "I don't want to miss anything obvious".
  `make sure (?:that )?(?:it|it'?s|its|the|my|this|these|i|i'?m|i didn'?t|nothing|there'?s|people|readers|users|they)|want (?:it|this|them) to (?:be|feel|read|sound|look|come across|work|land|flow)`,
  `(?:i|we) (?:really )?(?:want|need) (?!(?:you|u|ya|your|ur)(?![\\p{L}\\p{N}]))(?:[\\p{L}-]+ ){1,3}to (?:not |never )?(?:bounce|get lost|get stuck|give up|understand|feel|read|sound|look|come across|land|stick|click|convert|notice|trust|follow)|(?:i|we) want (?:it|this|them) (?:honest|clear|short|simple|readable|friendly|neutral|blameless|professional|punchy)|(?:i|we) (?:don'?t|do not) want to (?:miss|embarrass|sound|look|come across|overdo|oversell|undersell|mess up|throw)`,
  // It works in one place and fails in another: "sounds great on headphones and awful in the car".
  `(?:great|fine|good|ok|okay|perfect)(?: [\\p{L}-]+){1,3} (?:and|but) (?:\\p{L}+ )?(?:awful|terrible|bad|muddy|thin|harsh|weird|off|broken|wrong|boomy|quiet|loud)(?= (?:on|in|at|for|when|through)(?![\\p{L}\\p{N}]))`,
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
  `(?:me|t[ôo]|estou) preocupad${L}|n[ãa]o me convence|(?:sinto|acho) que (?:o|a|os|as|meu|minha|meus|minhas|t[áa]|est[áa]|ficou|ficam|fica)|(?:t[ôo]|estou|fico) (?:na|em) d[úu]vida (?:se|entre)|(?:estoy|ando) (?:en duda|dudando) (?:si|entre)|dudo entre|(?:sono|resto) indecis[oa] (?:se|tra)|schwanke zwischen`,
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
// A part named after the ask ("lmk what u think of the vocals", "your notes on the second verse",
// "could you look at the tolerances", "listen to the drop"), not the whole work ("thoughts on the
// new track"); a moment in it ("is it late at 0:48?").
const NAMED_PART = [
  `(?:(?:think|thoughts|opinion|feedback|notes|note|take|eyes|ears|input|comments?|crit|critique|brutal|honest|harsh) (?:on|of|about)|(?:look|looking|glance) at|(?:listen|listening) to) the (?!(?:new |latest |final |whole |full |attached |first |last )?(?:track|song|beat|mix|demo|draft|episode|ep|video|vid|album|logo|design|site|website|page|game|build|piece|project|thing|link|file|work|one|stuff|result|pr|repo|code|doc|document|book|story|painting|drawing|art|artwork|image|pic|photo|picture|edit|cover|render|sketch|idea|pitch|proposal|deck|post|article|essay|script|clip|reel|portfolio|resume|cv|app|tool|library|lib|plugin|mod|map|level|version|outline|slides|talk|abstract|manuscript|synopsis|bio|statement|thesis|paper|letter|email|copy|readme|docs|attachment|above|below|following|same)(?![\\p{L}]))\\p{L}+`,
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
// One pattern, one pass over the text. Each of its ways in starts with a letter, a digit, an
// apostrophe ("'s the tricky bit"), "~" or "@" ("@ 0:48"): at any other character (a line break,
// a space) the lookahead fails at once, where the 234 ways were each tried in turn.
const NAMES_WHAT_TO_LOOK_AT = words(
  `(?=[\\p{L}\\p{N}'’~@])(?:${[DOUBT_WORDS, CARES, ...FOCUS, ...JUDGES_OWN_WORK, ...FLAW, ...OUTCOME, ...CHOICE, ...NAMED_PART].join("|")})`,
);

// A part asked for alone, where a clause starts: "just the vocals", ", the first three projects
// only", "solo la voz", "juste la voix", "nur die Vocals", "só o refrão", "solo la voce",
// "alleen de intro", "cuma bagian reff". Not "it's just the demo": in a clause's middle it says
// what the work is; nor Polish "tylko" and Turkish "sadece" alone, as often "just take a look".
const PART_ONLY =
  /(?:^|[,.!?;:(\n]|\p{Extended_Pictographic}) ?(?:(?:but|and|pero|y|mas|mais|et|aber|und|ma|e|maar|en|ale|ama|tapi) )?(?:(?:just|only|mainly|mostly) (?:the|on the|about the|for the) \p{L}+|the (?:\p{L}+ ){1,3}only(?= ?(?:[,.!?;)]|$))|(?:solo|s[óo]lo|solamente|[úu]nicamente) (?:la|el|los|las|en la|en el|en los|en las) \p{L}+|(?:s[óo]|apenas|somente) (?:o|a|os|as|no|na|nos|nas) \p{L}+|(?:juste|seulement|uniquement) (?:la |le |les |l['’]|sur (?:la |le |les |l['’]))\p{L}+|(?:nur|blo(?:ß|ss)) (?:die|der|das|den|auf (?:die|den|das)) \p{L}+|(?:solo|soltanto|solamente) (?:il |lo |la |i |gli |le |l['’]|sul |sulla |sui |sulle )\p{L}+|(?:alleen|enkel|vooral) (?:de|het|op de|op het) \p{L}+|(?:cuma|hanya|khusus) bagian \p{L}+)/iu;

/**
 * A feedback request that says what they want feedback on: a doubt, or a question about the work
 * ("is my mix too bright?", "A or B?") beside the ask to look at it. The draft then says it will
 * look with that question in mind instead of asking for the one thing they most want feedback on.
 */
export function statesConcern(text: string): boolean {
  if (NAMES_WHAT_TO_LOOK_AT.test(text) || DOUBT_JA.test(text) || PART_ONLY.test(text)) return true;
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
    // A clause of no letters asks nothing: "\n\n\n" or ". . ." cut into thousands of them.
    if (!HAS_LETTER.test(clause)) return false;
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

const HAS_LETTER = /\p{L}/u;
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
