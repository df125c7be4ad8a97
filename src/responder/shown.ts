// Work the reader can already see without a link in the text: said to be somewhere they can open
// ("it's in my bio", "link below", "in the thread", "pinned on my profile"), or named as the
// thing at hand ("would you mind looking at the photos?", "does this render look plasticky?"),
// which in a DM comes as an attachment or was posted just above. Then no reply asks for it again.
// Every pattern is a list of words between word edges, with at most a word or two between them:
// linear in the text.

import type { Language } from "./language.ts";
import { READERS_AFTER } from "./readers-own.ts";
import { LETTERS as L, wholeWords as words } from "./word-edges.ts";

// Places on the sender's own pages, and the thread or channel the reader is in.
const PLACE_EN = `bio|profile|page|pinned|pins|channel|thread|feed|grid|story|stories|highlights|linktree|soundcloud|bandcamp|youtube|yt|insta|instagram|ig|artstation|behance|tiktok|twitter|site|website|portfolio|dropbox|drive`;

// A channel of the server the reader is in, typed or as Discord writes a mention: "#wip", "<#123>".
const CHANNEL = `(?:#[\\p{L}\\p{N}_-]+|<#\\d+>)`;

// "it's in my bio", "link in bio", "the track is pinned on my profile", "everything's on my
// soundcloud", "link below 👇", "see the thread above", "scroll up", "it's in #critique-corner",
// "@Kai posted my sketch in #wip". Not "I saw your pinned post", "your post in #wip" nor "the
// design you posted in #showcase": theirs is the reader's, not the work; nor "a lurker in #pricing", which puts no work there.
const ELSEWHERE_EN = words(
  [
    `(?:it's|it’s|its|it is|they're|they’re|theyre|they are|link's|link’s|links are|link is|everything's|everything is|(?:the|my) \\p{L}+ (?:is|are))(?: all)? (?:up |pinned |linked )?(?:in|on|at the top of) (?:my|the|our|this) (?:${PLACE_EN})`,
    `(?:link|links|linked|it|all|everything|details) (?:is |are |'s )?in (?:my )?bio`,
    `(?:in|on) my (?:bio|profile|pinned|pins)`,
    `(?:my|our|the) pinned (?:post|tweet|message|comment|track|one|video|thread)|(?:it's|it’s|its|is|are|i've|i have|i) pinned|pinned (?:it|them|on my|in my|to my|at the top)`,
    `(?:link|links|file|files|it|demo|track|song|pdf|doc|video|pics?|photos?|images?|screenshots?|draft|here|details)(?:'s|’s| is| are)? (?:down |right )?(?:below|above)`,
    `(?:see|check|linked|attached|posted|pasted|dropped|shared|sent|put|in the thread|in thread) (?:it |them |\\p{L}+ )?(?:down |right |just )?(?:below|above)`,
    `(?:in|on|see) (?:the|this|that|our|my) thread|scroll up|(?:my|the) (?:last|previous|earlier) (?:message|post|msg)`,
    `the (?:one|ones|thing|pic|pics|track|video|clip|draft|demo) (?:i|we) (?:just )?(?:posted|shared|dropped|uploaded|sent|pinned)`,
    `(?:it's|it’s|its|it is|they're|they’re|theyre|they are|(?:the|my) \\p{L}+(?: \\p{L}+)? (?:is|are))(?: all)? (?:up |posted )?(?:in|on) ${CHANNEL}`,
    `(?:(?:i|we|i've|we've|i have|just) (?:just )?(?:posted|shared|dropped|put|uploaded)(?: it| them| (?:my|the|our) \\p{L}+(?: \\p{L}+)?)?|(?:posted|shared|dropped|put|uploaded) (?:it|them|(?:my|our) \\p{L}+(?: \\p{L}+)?)) (?:in|on|to) ${CHANNEL}`,
  ].join("|"),
);
// The same in the other template languages: "está en mi bio", "link abajo", "en el hilo", "tá no
// meu perfil", "lien dans ma bio", "ci-dessous", "Link ist in meiner Bio", "unten", "nel mio
// profilo", "qui sotto", "staat in mijn bio", "hieronder", "w bio", "poniżej", "biyografimde",
// "aşağıda", "di bio", "di bawah".
const ELSEWHERE_OTHER = words(
  [
    // es
    `en (?:mi|la) (?:bio|perfil|descripci[oó]n)|(?:link|enlace|links|enlaces)s? (?:est[aá]n? )?(?:aqu[ií] |m[aá]s )?abajo|(?:aqu[ií]|m[aá]s) abajo|en el hilo|(?:lo tengo |est[aá] )?(?:fijad|anclad)[oa]s? en mi`,
    // pt
    `na (?:minha )?bio|no (?:meu )?perfil|(?:link|links) (?:t[áa] |est[áa] )?(?:aqui )?(?:abaixo|embaixo)|(?:aqui|logo) (?:abaixo|embaixo)|na thread|no fio|fixad[oa] no (?:meu )?perfil`,
    // fr
    `dans (?:ma|la) bio|sur mon profil|(?:lien|liens) (?:est |sont )?(?:ci-dessous|en dessous|plus bas|en bio)|ci-dessous|dans le fil|[ée]pingl[ée]e?s?`,
    // de
    `in (?:meiner|der) bio|(?:auf|in) meinem profil|(?:link|links) (?:ist |sind )?(?:unten|in (?:meiner|der) bio)|(?:siehe|hier) unten|im thread|(?:angepinnt|gepinnt)${L}`,
    // it
    `(?:in|nella) (?:mia )?bio|nel (?:mio )?profilo|(?:link|i link) (?:[èe] |sono )?(?:qui )?sotto|qui sotto|nel thread|fissat[oa] (?:sul|nel) (?:mio )?profilo`,
    // nl
    `in (?:mijn|de) bio|op mijn profiel|(?:link|links) (?:staat |staan )?(?:hieronder|in (?:mijn|de) bio)|hieronder|in de thread|vastgepind`,
    // pl
    `w (?:moim )?bio|na (?:moim )?profilu|(?:link|linki) (?:jest |s[ąa] )?(?:poni[żz]ej|ni[żz]ej|w bio)|poni[żz]ej|w w[ąa]tku|przypi[ęe]t${L}`,
    // tr
    `bio['’]?(?:mda|da)|biyografimde|profilimde|(?:link|linki|linkler) (?:a[şs]a[ğg][ıi]da|bio['’]?da)|a[şs]a[ğg][ıi]da|sabitlenmi[şs]|sabitledim`,
    // id
    `di (?:bio|profil)(?:ku| saya| aku)?|(?:link|linknya) (?:ada )?di (?:bawah|bio)|di bawah(?: ini)?|di thread|(?:udah|sudah) (?:di)?(?:pin|sematkan)`,
  ].join("|"),
);
// Japanese: the profile, a pinned post, "the link below", the thread.
const ELSEWHERE_JA =
  /プロフ|固定ツイ|固定ポスト|固定した|下のリンク|リンクは下|以下のリンク|スレッドに/;

// The work pasted into the message itself: a code block, or a song's or a poem's lines under a
// label ("verse 1", "[chorus]", "lyrics:" with a line after it).
const PASTED =
  /```|^[ \t]*[[(]?(?:verse|chorus|hook|bridge|pre-chorus|intro|outro)(?:[ \t]*\d)?[\])]?:?[ \t]*$|(?:lyrics|poem|verse|stanza|haiku|snippet|code)[ \t]*:[ \t]*\n[ \t]*\S/imu;

/** The work is in the message: a code block, or lyrics or a poem pasted under a label. */
export function pastesWork(text: string): boolean {
  return PASTED.test(text);
}

/** They say the work is somewhere the reader can open: their bio, below, the thread, pinned. */
export function saysWhereItIs(text: string): boolean {
  return ELSEWHERE_EN.test(text) || ELSEWHERE_OTHER.test(text) || ELSEWHERE_JA.test(text);
}

// Things a feedback request puts in front of the reader.
export const WORK_EN = `photos?|pics?|pictures?|images?|shots?|mix|mixes|master|masters|tracks?|songs?|beats?|demos?|drafts?|sketch(?:es)?|drawings?|designs?|logos?|covers?|renders?|thumbnails?|thumbs?|mockups?|screens?|screenshots?|wireframes?|deck|slides?|chapters?|pages?|script|manuscript|poems?|essay|article|videos?|trailer|reel|clips?|animation|paintings?|pieces?|illustrations?|comic|panels?|layout|posters?|flyers?|banners?|sculpt|prototype|abstract|proposal|doc|docs|copy|menu|pdf|file|files|cv|resume|résumé|portfolio|packaging|artwork|stems|ep|album|headshots?|storyboards?|outfit|tattoo|lineart|typeface`;
// After the work: the sentence goes on or ends ("the mix and tell me…", "the photos?"), not a
// compound ("the design team", "the beat-making meetup").
const AFTER_WORK = `(?=\\s*(?:[.,!?;:)\\n"'…]|$|\\p{Extended_Pictographic})|\\s+(?:and|or|to|for|i|i'm|i've|i'd|we|you|u|ya|before|when|if|please|pls|plz|lol|so|but|of|from|on|in|at|with|again|real|quick|quickly|rn|now|today|tonight|once|sometime|tell|let|lmk|is|are|was|were|looks?|sounds?|feels?|reads?|has|have|had|that|which|seems?|does|do|did|here|there|too|first|only|just)(?![\\p{L}\\p{N}]))`;
// A word or two may stand between the article and the work ("the new mix", "these two sketches",
// "the first 5 pages"), not a preposition ("the rhyme on page 9"), nor the reader's own ("this
// your track"): the reader's work is not the sender's.
const BETWEEN = `(?:(?!(?:on|in|of|at|for|to|with|from|by|your|ur|you|u)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}'’]+ ){0,2}`;
// "the photos", "these sketches", "this render", "my latest track": a word may stand between
// ("the new mix", "these two sketches"), the work noun then ends it.
const AT_HAND_EN = words(
  `(?:the|these|those|this|that|my (?:latest|newest|most recent|recent|last)) ${BETWEEN}(?:${WORK_EN})${AFTER_WORK}(?!${READERS_AFTER})`,
);
// A demonstrative alone points at something shown ("is this render too plasticky?"); "the" does
// so only in an ask to look ("could you look at the mix?"). "Those" points as often at the
// reader's own ("what settings u use for those photos").
const DEMONSTRATIVE_EN = words(
  `(?:these|this|my (?:latest|newest|most recent|recent)) ${BETWEEN}(?:${WORK_EN})${AFTER_WORK}(?!${READERS_AFTER})`,
);

// The other template languages, with a look asked: "las fotos", "estos bocetos", "a mistura",
// "les photos", "die Skizzen", "le foto", "de schetsen".
const WORK_OTHER_WORDS = `fotos?|im[aá]genes?|bocetos?|dibujos?|mezcla|maqueta|canci[oó]n|tema|portada|dise[ñn]os?|logo|borrador|esbo[çc]os?|desenhos?|mixagem|m[úu]sica|faixa|capa|rascunho|photos?|croquis|dessins?|morceau|maquette|pochette|brouillon|visuels?|bilder?|skizzen?|zeichnungen?|demos?|entw[üu]rfe?|cover|mix|track|songs?|foto|schizzi|disegni|bozz[ae]|brano|copertina|canzone|schetsen|tekeningen|nummer|ontwerpen?|zdj[ęe]cia|szkice|rysunki|okładk[ęa]|utw[óo]r|miks`;
// One word may stand between, not a possessive: not the reader's own ("o teu tema", "deine
// Skizzen"), and "a mi maqueta" is "to my demo", not a definite one.
const BETWEEN_OTHER = `(?: (?!(?:tu|tus|su|sus|teu|tua|teus|tuas|seu|sua|ton|ta|tes|votre|vos|dein\\p{L}*|ihr\\p{L}*|tuo|tuoi|tue|suo|suoi|je|jouw|uw|tw\\p{L}*|pana|pani|mi|mis|mon|ma|mes|mein\\p{L}*|mio|mia|miei|mie|meu|minha|meus|minhas|mijn|m[oó]j\\p{L}*)(?![\\p{L}\\p{N}]))[\\p{L}'’-]+)?`;
const AT_HAND_OTHER = words(
  `(?:el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|o|a|os|as|esse|essa|esses|essas|este|esta|estes|estas|le|la|les|ce|cet|cette|ces|die|das|den|dem|der|diese|dieses|diesen|il|lo|i|gli|le|questo|questa|questi|queste|de|het|deze|dit|te|ten|t[ęe]|tego|tej)${BETWEEN_OTHER} (?:${WORK_OTHER_WORDS})|(?:al|alle|ai|agli|sulla|sulle|sul|sui|aux|au|na|no|nas|nos|às|ao|aos|zur|zum)${BETWEEN_OTHER} (?:${WORK_OTHER_WORDS})|(?:l['’]|all['’]|sull['’])(?:${WORK_OTHER_WORDS})`,
);
// "この絵", "これどう思う？"; not "これって…大丈夫？", often a thing they received, asked about.
// Their own work by a possessive: a "the" after it names a part of it.
const MY_WORK = words(
  `(?:my|our|mi|mis|mon|ma|mes|mein\\p{L}*|mio|mia|miei|mie|meu|minha|mijn) (?:[\\p{L}\\p{N}'’-]+ )?(?:${WORK_EN}|${WORK_OTHER_WORDS})`,
);
const AT_HAND_JA = /この(?:絵|イラスト|曲|写真|デザイン|ロゴ|動画|漫画|原稿)|これどう/;
// A question about the reader's ways names a piece of theirs: "how did you shoot this photo?".
const READER_WAYS = words(
  `(?:how|what|which) (?:\\p{L}+ )?(?:did|do|would) (?:you|u|ya)|(?:you|u|ya) (?:use|used|made|shot|drew|painted|got|achieved|created|did)`,
);

// They offer to send it, or it is not made yet: "can I send you the mix?", "I can paste it",
// "want me to send the file?", "once it's done". Then the reader asks for it, rightly.
const NOT_HERE = words(
  `(?:can|could|may|should|shall|if) i (?:send|share|paste|dm|upload|show|drop|post)|i (?:can|could) walk (?:you|u) through|i (?:can|could|will|'ll|’ll) (?:send|share|paste|dm|upload|show|drop|post)|i'?ll (?:send|share|paste|dm|upload|post)|(?:can|could) (?:send|share|paste|dm)|(?:want|like) me to (?:send|share|paste|dm|upload|post)|happy to (?:send|share|paste)|(?:going to|gonna|will|about to) (?:send|share|paste|post|upload)|(?:once|when|after) (?:it'?s|it is|they'?re|they are) (?:done|finished|ready|mixed|mastered|out|up|live)|(?:once|when|after) i (?:finish|have it|get it|'m done|am done)|not (?:done|finished|ready) yet|(?:te (?:lo |la |los |las )?(?:mando|env[ií]o|paso)|puedo (?:mandar|enviar|pasar)te)|(?:posso|poderia) (?:te )?(?:mandar|enviar)|je (?:peux )?(?:t['’]envoie|t['’]envoyer)|(?:kann|darf) ich (?:dir )?(?:\\p{L}+ )?(?:schicken|senden)|ich schick${L}|(?:posso|ti) (?:mandar${L}|inviar${L}|mando|invio)|(?:mag|kan) ik (?:het |je )?(?:\\p{L}+ )?(?:sturen|opsturen)`,
);

/**
 * A feedback request names the work as at hand, and does not offer to send it: a look asked
 * (`asksALook`) at "the mix" or "las fotos", or "this render" and "my latest track" wherever.
 */
export function namesWorkAtHand(text: string, asksALook: boolean, language: Language): boolean {
  if (NOT_HERE.test(text)) return false;
  if ((DEMONSTRATIVE_EN.test(text) || AT_HAND_JA.test(text)) && !READER_WAYS.test(text))
    return true;
  if (!asksALook) return false;
  // The other languages' articles are English words too ("a mix", "i mix"): read in their own text.
  const named = (language === "en" ? AT_HAND_EN : AT_HAND_OTHER).exec(text);
  if (named === null) return false;
  // "could you look at my deck? the pricing slide…": after their work by "my", "the" names a
  // part of it, not a piece at hand.
  const theirs = MY_WORK.exec(text);
  return theirs === null || theirs.index > named.index;
}
