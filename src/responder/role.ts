// Which role word in a collaboration request is a role offered to the recipient: not the
// sender's own trade ("audio editor at Fernway", "sound designer here"), a greeting ("Hey
// Composer!"), the recipient's own people ("your editor"), a verb ("we'd like to sponsor your
// channel", "feature your work") or a word of a name or compound ("The Weekly Designer", "guest
// list"). Each check reads a few dozen characters around the word: linear in the text.

import type { Language } from "./language.ts";
import { ownedElsewhere, partOfName } from "./project.ts";
import { LATIN_END, LATIN_START } from "./word-edges.ts";
import { foreignRoles, withOwnWords } from "./work-words.ts";

// "artist" alone is as often the sender's trade or a compliment ("fellow artist"): it is a role
// offered only as "artist for" or when asked for ("need a pixel artist", "looking for an artist").
// Each word is a person (or, in English, a task: "the mastering part") in its singular forms,
// masculine and feminine, spelled out: a plural, a verb or the work itself ("illustrations",
// "sponsoriser", "illustraties", "produtores") would be named back as "le rôle d'illustrations".
// A player, a crew or an event role is one too ("second shooter", "session bassist", "mentor",
// "keynote", "co-founder"); "judge", also a verb, only after "a", "the" or "as". "Coach" and
// "chef", also a verb, a greeting ("hey coach") or a French title, only after "a" or "an" ("short a
// lead coach"); "guide", "model" and "tech" only in their trades ("tour guide", "sound tech").
// Polish also takes the genitive singular its sentences ask for ("szukam grafika"). Latin words
// have Latin-letter edges: "mentoría" (mentoring) is no mentor. Turkish adds its endings to the
// word ("tasarımcısı", "tasarımcılar"), so its words take any letters after them and are named
// back without them; Japanese has no spaces, so its words have no edges.
const ROLE = new RegExp(
  String.raw`${LATIN_START}(?:vocalist|singer|rapper|feature|producer|mix(?:ing)? engineer|mastering|illustrat(?:ors?|ions?|e|ing|eur|rice|ore|orin)|artist(?= for\b)|artist(?<=\b(?:need|needs|want|wants|hire|hiring|find|looking for|seeking|searching for)\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?artist)|animator|composer|editor|designer|developer|co-?dev|dev(?= for\b)|engineer|(?:copy|song|ghost|script|screen|speech)?writer|co-?host|guest|speaker|sponsor|translator|narrator|voice actor|moderator|maintainer|(?:sub)?contractor|freelancer|photographer|videographer|cinematographer|second shooter|bassist|guitarist|drummer|keyboardist|pianist|violinist|cellist|saxophonist|percussionist|lyricist|co-?founder|co-?instructor|co-?creator|co-?admin|mentor|panel+ist|keynote(?: speaker)?|consultant|advis[eo]r|instructor|tutor|stylist|florist|scripter|modder|headliner|choreographer|colou?rist|retoucher|proofreader|strategist|researcher|(?:beta )?tester|facilitator|emcee|presenter|(?:(?:assistant|head|lead|vocal|dance|voice|acting|fitness|running|climbing|strength)\s+)?coach(?<=(?<![\p{L}\p{N}])an?\s+(?:[\p{L}-]+\s+){0,2}coach)(?!\s+(?:education|clinic|bus|trip|seats?|class|course))|(?:(?:sous|head|private|pastry)\s+)?chef(?<=(?<![\p{L}\p{N}])an?\s+(?:[\p{L}-]+\s+){0,2}chef)|(?:tour|mountain|hiking|trail|museum|climbing|dive|fishing|city|walking) guide|(?:hand|fitness|photo|runway|fashion|life|figure|plus-size|commercial|cosplay) model|model(?= for (?:a|an|the|our|my) (?:shoot|photoshoot|campaign|lookbook|session|cover|drawing class))|(?:sound|lighting|light|stage|audio|guitar|drum|video|AV|camera|backline|tour) tech|judge(?<=\b(?:a|the|as|guest|celebrity)\s+judge)|cantante|ilustradora?|diseñadora?|desarrolladora?|compositora?|produtora?|chanteu(?:r|se)|développeu(?:r|se)|sänger(?:in)?|entwickler(?:in)?|zeichner(?:in)?|sviluppat(?:ore|rice)|zanger(?:es)?|ontwerper|wokalist(?:a|ka|y|ki)|producent(?:a|ka|ki)?|grafik(?:a)?|graficzk[ai]|programist(?:a|ka|y|ki)|vokalist|penyanyi|desainer|ilustrator|programmer)${LATIN_END}|(?<![\p{L}\p{N}])(?:besteci|şarkıcı|sarkici|yapımcı|yapimci|illüstratör|tasarımcı|tasarimci|geliştirici|gelistirici|seslendirme)\p{L}*|作曲家|作曲者|作曲|編曲|作詞|ボーカル|歌い手|イラストレーター|絵師|エンジニア|ミックス|マスタリング|デザイナー|声優|ナレーター|プログラマー|アニメーター`,
  "giu",
);
// A Turkish role's own word, before its endings; and the endings that make it the sender's own
// ("tasarımcıyım", I am a designer) or someone's people ("tasarımcımız", "tasarımcınız").
const TR_STEM =
  /^(?:besteci|şarkıcı|sarkici|yapımcı|yapimci|illüstratör|tasarımcı|tasarimci|geliştirici|gelistirici|seslendirme)/iu;
// Polish asks for a role in the genitive ("szukam wokalistki", "brakuje mi producenta"); it is
// named back in the nominative, as "rola (wokalistka)", the way work is ("projekt (książka)").
const PL_NOMINATIVE: Record<string, string> = {
  wokalisty: "wokalista",
  wokalistki: "wokalistka",
  producenta: "producent",
  producentki: "producentka",
  grafika: "grafik",
  graficzki: "graficzka",
  programisty: "programista",
  programistki: "programistka",
  tłumacza: "tłumacz",
  tłumaczki: "tłumaczka",
  fotografa: "fotograf",
  fotografki: "fotografka",
  lektora: "lektor",
  lektorki: "lektorka",
  ilustratora: "ilustrator",
  ilustratorki: "ilustratorka",
  kompozytora: "kompozytor",
  kompozytorki: "kompozytorka",
  // The genitive plural of a call for several ("szukamy mentorów").
  mentora: "mentor",
  mentorów: "mentor",
  producentów: "producent",
  grafików: "grafik",
};

// English forms named back as another: plurals and the verb.
const ENGLISH_FORM = /^illustrat(ions?|e|ing|ors)$/i;
const TR_OWNED_ENDING = /y?[ıiuü][mz]$/iu;
// "I'm a producer", "I'm a freelance video editor", "nous sommes développeurs", "our engineer", "a
// 250-guest wedding": the sender's own trade or a number's noun, not a role offered to the
// recipient. Two words before the trade only after an article: "we're hiring a writer" offers one.
const SELF_BEFORE =
  /(?:(?:^|[^\p{L}\p{N}])(?:i'?m|i am|im|i'?ve been|i was|i work as|i worked as|we'?re|we are|our|my|je suis|nous sommes|soy|somos|sou|ich bin|wir sind|unser\p{L}*|sono|siamo|ik ben|wij zijn|jestem|jeste[śs]my|ben|biz|saya|aku|kami|gue|gua|gw)(?:\s+(?:a|an|the|un|une|una|um|uma|ein|eine|einer|de|des|een)(?:\s+[\p{L}\p{N}'’-]+){0,2}|(?:\s+[\p{L}\p{N}'’-]+)?)\s+|\d-)$/iu;
// "my very talented illustrator and I", "our amazing lead singer", "minha ilustradora", "meine
// Illustratorin": the sender's own collaborator, up to three words after "my"; not "for my
// comic need an illustrator" nor "my podcast as co-host", where an article, a preposition or a
// need comes between. Spanish "mi" only in Spanish: Polish and Italian "mi" is "me".
const OWN_PERSON_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:my|our|nuestr[oa]s?|meu|minha|meus|minhas|noss[oa]s?|mon|ma|mes|notre|mein\p{L}*|unser\p{L}*|(?:il|la|i|le)\s+(?:mi[oaei]|nostr[oaie])|mijn|onze|mój|moja|moi|moje|nasz\p{L}*)\s+(?:(?!(?:a|an|the|and|or|for|to|as|on|in|at|of|with|from|by|while|need|needs|want|wants|is|are|was|un|una|um|uma|une|ein|eine|een|y|e|et|und|en|i|ve|come|como|comme|als|jako|brakuje|nam|mi|szukamy|szukam|potrzebujemy|precisamos|necesitamos|buscamos|cherchons|cherche|suchen|brauchen|cerchiamo|zoeken)\s)[\p{L}\p{N}'’-]+\s+){0,3}$/iu;
const ES_OWN_PERSON_BEFORE = /(?:^|[^\p{L}\p{N}])mis?\s+(?:[\p{L}-]+\s+)?$/iu;
// "our photographer dropped out", "notre photographe s'est désisté": the one they had is gone, and
// the role is the one asked of the reader.
const OURS_BEFORE = /(?:^|[^\p{L}\p{N}])(?:our|my)\s+(?:[\p{L}-]+\s+)?$/iu;
const GONE_AFTER =
  /^\s+(?:(?:just|has|had|is|was|suddenly)\s+){0,2}(?:dropped|left|quit|bailed|cancell?ed|flaked|ghosted|(?:going\s+)?on\s+leave|out\s+sick|can['’]?t\s+make|s['’]est\s+désist\p{L}*|a\s+annulé|nous\s+a\s+lâché|se\s+(?:bajó|cayó)|canceló|desistiu|cancelou|ist\s+ausgefallen|hat\s+abgesagt|ha\s+dato\s+forfait|ha\s+disdetto|heeft\s+afgezegd|zrezygnował\p{L}*|odwołał\p{L}*)/iu;

// The sender takes the role: "could I take over as lead maintainer?", "I'd love to come on as a
// guest", "we'd like to co-host a jam with you"; not "we'd love you as a guest", "we'd cover your
// time as a contractor" or "would you co-host".
const SENDER_IN_ROLE_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:i|we)(?![\p{L}\p{N}])(?:(?!(?<![\p{L}\p{N}])(?:you|u|ya|your|ur)(?![\p{L}\p{N}]))[^.?!\n]){0,40}?\s(?:as(?:\s+(?:a|an|the))?(?:\s+[\p{L}-]+)?|to)\s+$/iu;

// "a feat project with a singer from LA", "un proyecto con una cantante": someone they already
// work with, not a role offered. But "work with a producer", "collab with an illustrator like you"
// ask for one.
const WITH_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:with|alongside|featuring|con|com|avec|mit|met|dengan|bersama)\s+(?:(?:a|an|my|our|the|this|un|una|um|uma|une|ein|einem|einer|meinem|meiner|unserem|unserer|een|mijn|onze|il|la|lo|mio|mia|nostro|nostra|mi|nuestro|nuestra|meu|minha|nosso|nossa|mon|ma|notre)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const WORK_WITH_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:work|working|collab\p{L}*|team up|partner|partnering|trabajar|colaborar|trabalhar|travailler|collaborer|arbeiten|zusammenarbeiten|lavorare|collaborare|werken|samenwerken|bekerja|kerja sama)\s+\S+\s+(?:\S+\s+)?(?:\S+\s+)?$/iu;
// "I work with an editor already", "we're working with a producer": the sender's own, said with
// "I" or "we" right before the work; "I'd love to work with a producer" still asks for one.
const SENDER_WORKS_WITH_BEFORE =
  /(?:^|[^\p{L}\p{N}'’])(?:i|we)(?:['’]m|['’]re|['’]ve\s+been|\s+am|\s+are|\s+have\s+been)?\s+(?:(?:already|currently|usually|also|often|mostly)\s+)?(?:work|working|worked|collab|collaborate|collaborating)\s+with\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// "we found a programmer, so we just need you on art", "already got a singer": someone they have.
const HAVE_ONE_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:found|hired|booked|signed|already (?:have|got|found|hired))\s+(?:a|an|our|my)\s+(?:[\p{L}-]+\s+)?$/iu;
// "we have a photographer booked", "booked the studio for the 20th, a stylist and 2 models":
// someone they have, said after the word or earlier in the clause with no ask between.
const HAVE_ONE_AFTER = /^\s+(?:booked|hired|lined up|on board)(?![\p{L}\p{N}])/iu;
const BOOKED_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:booked|hired)(?![\p{L}\p{N}])(?:(?!need|want|look|seek|hir)[^.!?\n]){0,40}$/iu;
// "me and the drummer wanna start a trio", "the bassist and I": someone with the sender.
const WITH_SENDER_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:me|i)\s+and\s+(?:the|my|our)\s+(?:[\p{L}-]+\s+)?$/iu;
const THE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|my)\s+(?:[\p{L}-]+\s+)?$/iu;
const WITH_SENDER_AFTER = /^\s+and\s+(?:i|me)(?![\p{L}\p{N}'’])/iu;
const LIKE_YOU_AFTER = /^\s+(?:like|such as)\s+(?:you|u|yourself)(?![\p{L}\p{N}])/iu;

// "Lena Park, audio editor at Fernway", "I'm Jo, a designer at Kite Labs", "Rhea, co-founder of
// Tansy", "sound designer here (Birchwood)": a name and its trade, or a trade introducing the sender.
const NAMED_BEFORE = /\p{Lu}\p{Ll}+,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const WORKPLACE_AFTER = /^\s+(?:(?:at|from|of|in|based in)\s+\p{Lu}|at\s+an?\s)/u;
// "second shooter in Tacoma here"; "Jess here, freelance QA tester".
const HERE_AFTER =
  /^\s+(?:(?:in|from)\s+\p{Lu}[\p{L}-]*\s+)?here(?=\s*(?:[(!.,:;)]|$|\p{Extended_Pictographic}))/u;
// "As a producer, I'm putting together…", "Como fotógrafo, busco…", "En tant que compositrice,
// je…": the sender's own trade at a clause's start; not "As a guest, you'd get…", the reader's.
const AS_BEFORE =
  /(?:^|[.!?\n]\s*)(?:as|como|en tant que|als|come|jako|sebagai)\s+(?:(?:a|an|un|une|una|um|uma|ein|eine|een)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const TO_THE_READER_AFTER =
  /^[\s,]*(?:you|u|ya|your|ur|tú|tu|te|usted|vous|du|dich|dir|sie|ti|jij|ty|sen|siz|kamu|anda)(?![\p{L}\p{N}])/iu;
// "I'm Mia, a producer, and…", "this is Tom, composer": their name, then their trade.
const NAMED_SELF_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:i'?m|i am|im|this is|my name is|name'?s|soy|sou|je suis|ich bin|sono|ik ben|jestem)\s+\p{Lu}[\p{L}'’-]*,\s+(?:(?:a|an|un|une|una|um|uma|ein|eine|een)\s+)?(?:[\p{L}-]+\s+)?$/iu;
const HERE_BEFORE = /(?:^|[^\p{L}\p{N}])here,\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
// "hiring a Staff Engineer", "looking for an Art Director": after "a", a capitalised role is a job
// title, not a word of a name ("The Weekly Designer").
const JOB_TITLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:a|an)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
const GREETING_BEFORE = /(?:^|[^\p{L}\p{N}])(?:hello|hi|hey|dear|yo)\s+$/iu;
// "guest list", "producer tag", "sponsor money", "a group illustration exhibit", "a developer
// relations consultancy": the word names something else.
const MODIFIES =
  /^\s+(?:friends?|list|pass|tag|plugin|app|tool|money|revenue|deals?|exhibit|exhibition|show|fair|contest|competition|relations|advocacy|consultancy|agency)(?![\p{L}\p{N}])/iu;
// "feature" is a role only as "a feature (on the second verse)" or "feature (you) on my single",
// not in "feature your work" or "feature extraction".
const FEATURE_ROLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:a|the|as)\s+$/iu;
const FEATURE_ROLE_AFTER = /^\s+(?:on|in|for|from|verse|you|u)(?![\p{L}\p{N}])/iu;
// "Sponsor" is money, and mostly theirs or a third party's: "we'd like to sponsor", "a sponsor is
// interested", "we share a sponsor", "sponsor bulduk", "sponsorów dzielimy". It is a role asked of
// the recipient only when put to them in English: "would you sponsor our meetup?", "could you
// be our sponsor", "looking for a sponsor for the jam".
const SPONSOR_ASKED_BEFORE =
  /(?:(?:^|[^\p{L}\p{N}'’])(?:you|u)(?:\s+(?:like|want|consider|be\s+up\s+for|be\s+open\s+to))?(?:\s+(?:to\s+)?(?:be|become|being|becoming)\s+(?:a|an|our|the|one\s+of\s+our)(?:\s+[\p{L}-]+)?)?|(?:looking|searching)\s+for\s+(?:a|an)(?:\s+[\p{L}-]+)?|(?:need|needs|seeking)\s+(?:a|an)(?:\s+[\p{L}-]+)?)\s+$/iu;

// "写真家です", "講師をしています": the sender's own trade, said after it.
const JA_SELF_AFTER = /^(?:です|でした|をしています|をしてます|をやってます|やってます)/u;

// The trade an English role word is of, said just before it: "a senior audio engineer" is the
// "audio engineer role", not the "engineer role"; a rank or terms before it ("senior", "lead",
// "freelance", "staff") are not kept. Each word is named back in its usual spelling.
const TRADES = (
  "audio|sound|video|game|motion|UX|UI|front-end|frontend|back-end|backend|full-stack|" +
  "fullstack|web|mobile|iOS|Android|graphic|visual|brand|product|level|narrative|character|" +
  "concept|environment|pixel|2D|3D|technical|tech|data|ML|AI|software|firmware|embedded|" +
  "systems|platform|infrastructure|security|hardware|support|DevOps|QA|research|tools|" +
  "cover|background|storyboard|sketch|thumbnail|comic|comics|lighting|VFX|music|podcast|" +
  "trailer|wedding|portrait|session|recording|voice|copy|content|interaction|instructional|" +
  "puppetry|costume|set|clip|Rust|Python|Go|React|Flutter|Vue|Rails|Swift|Unity|Zig|" +
  "Webflow|C4D"
).split("|");
const TRADE_SPELLING = new Map(TRADES.map((t) => [t.toLowerCase(), t]));
const TRADE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}/-])(${TRADES.join("|")})\\s+$`, "iu");

// Words named back as the phrase needs them: "the keynote speaker role", "the judging part".
const ENGLISH_NAMED: Record<string, string> = { keynote: "keynote speaker", judge: "judging" };

/** "audio engineer" for "engineer" after "a senior audio "; the word alone without a trade. */
function withTrade(role: string, near: string): string {
  const trade = TRADE_BEFORE.exec(near)?.[1];
  return trade === undefined ? role : `${TRADE_SPELLING.get(trade.toLowerCase())} ${role}`;
}

/** ROLE and the language's own role words, which come second at a place. */
const rolesIn = withOwnWords(ROLE, foreignRoles);

// The recipient named in a role: "we'd love you as a featured artist", "credit you as
// co-director", "would you join as a contributor?", "want to join as a freelance member?". The
// phrase after "as" is up to three words, cut at a word that starts what follows ("for", "on",
// "next"…), without terms ("paid", "contract") and in the sender's spelling ("the Arabic designer
// role"). It is kept only when it ends in a person's word ("-er", "-or", "-ist"…, or "lead": "join
// as the design lead"): "you as a person" or "you as the support act" name nothing. A question
// of its own after a comma joins too ("jam starts friday, join as artist?"). English only; each part is bounded: linear.
const YOU_AS =
  /(?<![\p{L}\p{N}])(?:(?:want|wants|wanted|love|like|have|having|hire|hiring|include|including|invite|inviting|book|booking|name|naming|pin|credit|crediting|feature|featuring|need|bring|bringing|sign|signing|add|adding|list|listing|cast|casting|welcome|keep)\s+(?:you|u)(?:\s+(?:in|on|aboard|back))?|(?:you|u)(?![\p{L}\p{N}'’])[^.?!\n]{0,24}?\sjoin(?:\s+us)?|(?:^|(?<=[.?!\n,;]\s*)|wanna\s+|want\s+to\s+|care\s+to\s+)join(?:\s+us)?)\s+as\s+(?:(?:a|an|the|our|my)\s+)?([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})/iu;
const PHRASE_ENDS =
  /\s+(?:for|on|at|in|to|and|with|next|this|of|from|during|alongside|too|again|or|but|who|that|if|so|since|because|when|while|here|there|now|soon|instead|please|is|are|would|will)(?:\s.*)?$/iu;
// A month, a season or a day is when, not part of the role: "you as our October speaker".
const QUALIFIERS =
  /^(?:(?:paid|unpaid|freelance|volunteer|contract|part-time|full-time|new|official|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)+/iu;
const PERSON_WORD = /(?:er|or|ist|ian|ant|ent|(?<![\p{L}])lead)$/iu;

/** The role the recipient is named in ("you as a featured artist"), if any. */
function roleYouAreNamedIn(text: string): string | undefined {
  if (!/\sas\s/i.test(text)) return undefined;
  const phrase = YOU_AS.exec(text)?.[1];
  if (phrase === undefined) return undefined;
  const role = phrase.replace(PHRASE_ENDS, "").replace(QUALIFIERS, "");
  return PERSON_WORD.test(role) ? role : undefined;
}

const inEnglish = (language: Language | undefined) => language === undefined || language === "en";

/** The first role word that is one offered to the recipient, not the sender's own. */
export function wantedRole(text: string, language?: Language): string | undefined {
  if (language === undefined || language === "en") {
    const named = roleYouAreNamedIn(text);
    if (named !== undefined) return named;
  }
  for (const m of text.matchAll(rolesIn(language))) {
    const word = m[0].trim();
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const near = before.slice(-30);
    const after = text.slice(end, end + 30);
    const gone = GONE_AFTER.test(after) && OURS_BEFORE.test(near);
    if ((SELF_BEFORE.test(near) && !gone) || GREETING_BEFORE.test(near) || HERE_AFTER.test(after))
      continue;
    const own =
      OWN_PERSON_BEFORE.test(before) || (language === "es" && ES_OWN_PERSON_BEFORE.test(near));
    if (own && !GONE_AFTER.test(after)) continue;
    if (JA_SELF_AFTER.test(after)) continue;
    if (SENDER_IN_ROLE_BEFORE.test(before) && (!/\sto\s+$/.test(before) || /host$/i.test(word)))
      continue;
    if (NAMED_BEFORE.test(near) && WORKPLACE_AFTER.test(after)) continue;
    const asksWith = WORK_WITH_BEFORE.test(near) && !SENDER_WORKS_WITH_BEFORE.test(near);
    if (WITH_BEFORE.test(near) && !asksWith && !LIKE_YOU_AFTER.test(after)) continue;
    if (HAVE_ONE_BEFORE.test(near) || HAVE_ONE_AFTER.test(after) || BOOKED_BEFORE.test(before))
      continue;
    if (WITH_SENDER_BEFORE.test(near) || (THE_BEFORE.test(near) && WITH_SENDER_AFTER.test(after)))
      continue;
    if (HERE_BEFORE.test(near) || NAMED_SELF_BEFORE.test(near)) continue;
    if (AS_BEFORE.test(near) && !TO_THE_READER_AFTER.test(after)) continue;
    // "I'm a singer-songwriter": the sender's own trade read through the compound.
    if (before.endsWith("-") && SELF_BEFORE.test(near.replace(/[\p{L}]+-$/u, ""))) continue;
    if (ownedElsewhere(before) || MODIFIES.test(after)) continue;
    // The work itself is a task named back only in English, as one: "would you illustrate",
    // "12 card illustrations" are "the illustration part", "two more illustrators" the role.
    const english = ENGLISH_FORM.exec(word);
    if (english && language !== undefined && language !== "en") continue;
    if (language !== "de" && partOfName(word, near, after) && !JOB_TITLE_BEFORE.test(near))
      continue;
    if (
      /^feature$/i.test(word) &&
      !FEATURE_ROLE_BEFORE.test(near) &&
      !FEATURE_ROLE_AFTER.test(after)
    )
      continue;
    if (/^sponsor$/i.test(word) && !(inEnglish(language) && SPONSOR_ASKED_BEFORE.test(near)))
      continue;
    const stem = TR_STEM.exec(word)?.[0];
    if (stem !== undefined && stem.length < word.length && TR_OWNED_ENDING.test(word)) continue;
    // A job title's capital is not kept in the sentence: "the engineer role". German keeps it.
    const named = english
      ? `illustrat${/^ors$/i.test(english[1] ?? "") ? "or" : "ion"}`
      : (stem ?? word);
    if (language === "de") return named;
    const lower = named.toLowerCase();
    if (language === undefined || language === "en")
      return withTrade(ENGLISH_NAMED[lower] ?? lower, near);
    return (language === "pl" && PL_NOMINATIVE[lower]) || lower;
  }
  return undefined;
}
