// Whether their work came with the message or went before it: a link, a file the adapter notes,
// or words saying so. Then no reply asks them to send it.

import { hasLink } from "./links.ts";
import { READERS_AFTER } from "./readers-own.ts";
import { WORK_EN } from "./shown.ts";
import { LETTERS as L, wholeWords as words } from "./word-edges.ts";

// Saying the work came along or went before ("I attached the wav", "I sent you my demo last
// week"): only the attachment and the past, not the offer ("can I send you my demo?", "I'll
// attach it", "before attaching").
export const ATTACHED = words(
  `attached|(?:the|see|in) attachment|(?<!(?:will|'ll|’ll|can|could|should|may|to|gonna|if|can i|could i|may i|should i|do i|shall i) )attach(?= (?:my|the|a|an|some|it|them|this|these|both|two|three)(?![\\p{L}\\p{N}]))|(?<!(?:be|of|about|for|before|without|on|try|tried|trying|when) )attaching|(?:is|are|please find|i'?ve|i have) enclosed|enclosed (?:is|are|please find|you'?ll find)|adjunt[oaé]${L}|anexo|anexei|ci-joint|pi[èe]ce jointe|j'ai joint|je (?:te |vous )?joins|(?:capture|captures|photo|photos|image|images|fichier|fichiers|pdf)(?: d['’][ée]cran)? jointe?s?|im anhang|angeh[äa]ngt|anbei|in allegato|allegat[oia]|(?:ti |vi )?allego|bijlage|bijgevoegd|za[łl][ąa]cz${L}|ekte|ek olarak|terlampir|lampiran`,
);
// "if I sent you my portfolio" offers it: no past.
const SENT_BEFORE = words(
  `(?<!(?:if|once|whether) )i(?:'ve| have)? (?:just |already )?sent|just sent|(?<!(?:you|u|they|can|will|ll|if i|if we) )sent (?:you|u) (?:my|the|a|an|some|these|both)(?! (?:dm|message|msg|text|request|friend request|follow request|note|question)(?![\\p{L}\\p{N}]))|sent (?:it|you|u) (?:over|already)|te (?:mand[ée]|envi[ée])|te mandei|j'ai envoy[ée]|je t'ai envoy[ée]|(?:hab|habe) (?:dir|es)(?: \\p{L}+){0,4} geschickt|ti ho (?:mandato|inviato)|heb (?:je|het)(?: \\p{L}+){0,4} gestuurd|wys[łl]a[łl](?:em|am)|g[öo]nderdim|yollad[ıi]m|(?:sudah|udah) (?:aku |saya )?kirim`,
);
// Posted where the reader can see it: "pasted in thread", "link's in #wip", "thread below 👇",
// "just checking if you saw the mockups". Not "I saw your post in #lofi", "I saw the design you
// posted in #showcase": the reader's post, not the sender's work; what the sender saw is the
// reader's.
const POSTED = words(
  `(?<!(?:you|u|ya) )(?:pasted|posted|dropped|shared|uploaded|put)(?: (?:it|them|(?:the|my) \\p{L}+))? (?:in|on|into) (?:the |this |that |our |a )?(?:thread|channel|#[\\p{L}\\p{N}_-]+)|thread (?:below|above)|(?:link|links|file|files|osz|it|screenshots?|demo|draft|mockups?)(?:'s|’s| is| are) (?:in|on) (?:the thread|#[\\p{L}\\p{N}_-]+)|(?<!(?:i|we|i've|we've|i have|we have|i just|we just|i had) )(?:saw|seen) (?:the|my) (?:mockups?|drafts?|demo|files?|link|designs?|sketch(?:es)?)(?!${READERS_AFTER})`,
);
// The same in the other languages: "aku upload demo di #feedback", "lo subí en #wip", "postei no
// #feedback", "je l'ai mis dans #wip", "hab's in #wip gepostet", "l'ho caricato in #feedback".
const POSTED_ELSEWHERE = words(
  `(?:upload\\p{L}*|postei|postou|post[ée]e?|postato|postata|publiqu[ée]|publiquei|sub[ií]|dej[ée]|deixei|coloquei|mis|mise|d[ée]pos[ée]|caricat[oa]|messo|wrzuci[łl](?:em|am)|payla[şs]t[ıi]m|koydum|taruh)(?: [\\p{L}\\p{N}'’]+){0,3}? (?:di|ke|en|no|na|em|dans|sur|in|im|nel|su|w|na)(?: (?:el|la|le|il|o|a|the))? #[\\p{L}\\p{N}_-]+|(?:in|im|auf|op) #[\\p{L}\\p{N}_-]+ (?:gepostet|hochgeladen|geteilt|gezet|gepost)`,
);
// A pull request by its number ("PR #1442", "#233", "ptal #2311"), an issue they opened or wrote
// their results in ("I made issue #58", "results are in issue #77"; not a feature asked in "issue
// #902"), or a pull request they opened on the reader's repo: the work is where the reader can
// open it.
const OPENED_ON_THEIR_REPO = words(
  `(?:pr|pull request|mr|merge request)\\s*#?\\d+|(?<!issue\\s)#\\d{2,}|(?:in|opened|made|filed|wrote|created|raised)(?: (?:a|an|the|my))? issue #?\\d+|(?:opened|made|submitted|filed|put up|raised|sent) (?:a|an|the|my) (?:pr|pull request|mr|merge request)(?: \\p{L}+){0,3}? (?:on|to|against|in) (?:your|ur|the) (?:repo|repository|project|library|lib)`,
);
// A file or a picture shown with the message: "see the screenshot", "here's the new mix", "here
// it is", "pics included", "pic related", "mira la captura", "segue o print", "voici la capture",
// "hier ist der Screenshot", "ecco lo screenshot". Not the reader's to see ("I'd love to see
// pics of your studio"), nor a file offered ("can I send you a screenshot?").
const FILE_EN = `screenshots?|screen ?shots?|screencaps?|screen ?grabs?|scans?|recordings?|snippets?|gifs?|pdfs?|imgs?|links?`;
const SHOWN_HERE = words(
  [
    `(?<!(?:to|love|like|wanna|can|could|can'?t|cannot|you|u|i|did|didn'?t|not|never|will|'ll) )(?:see|check out) (?:the|my|this|these|attached) (?:\\p{L}+ )?(?:${FILE_EN}|${WORK_EN})(?!${READERS_AFTER})`,
    `here(?:'s|’s| is| are|s) (?:(?:the|my|a|an|some|two|three|both) )?(?:\\p{L}+ )?(?:${FILE_EN}|${WORK_EN})|here (?:it is|they are|you go)`,
    `(?:${FILE_EN}|${WORK_EN}) (?:included|related)`,
    // es, pt, fr, de, it
    `(?:mira|aqu[ií] (?:est[aá]n?|tienes|va|van)|te (?:dejo|pego)) (?:(?:el|la|los|las|mi|mis|un|una|unas|unos) )?(?:captura${L}|pantallazo${L}|foto${L}|imagen|im[aá]genes|pdf|archivo${L}|v[ií]deo${L}|audio${L}|link${L}|enlace${L})`,
    `(?:segue|seguem|olha|veja|aqui (?:est[áa]|est[ãa]o|vai|v[ãa]o)|mandei) (?:(?:o|a|os|as|meu|minha|meus|minhas|um|uma) )?(?:print${L}|captura${L}|foto${L}|imagem|imagens|pdf|arquivo${L}|v[íi]deo${L}|[áa]udio${L}|link${L})`,
    `(?:voici|voil[àa]|regarde) (?:(?:la|le|les|ma|mon|mes|une|un) |l['’])?(?:capture${L}|screen${L}|photo${L}|image${L}|pdf|fichier${L}|vid[ée]o${L}|lien${L})`,
    `(?:hier (?:ist|sind)|siehe) (?:(?:der|die|das|den|mein|meine|meinen|ein|eine) )?(?:screenshot${L}|bild${L}|foto${L}|pdf|datei${L}|video${L}|link${L})`,
    `(?:ecco|vedi) (?:(?:il|lo|la|i|gli|le|il mio|la mia|i miei|le mie|un|uno|una) |l['’])?(?:screenshot|screen|foto|immagin${L}|pdf|file|video|link)`,
  ].join("|"),
);
const ATTACHED_JA = /添付/;
// A placeholder where a platform left the picture or file: "[photo]", "[imagem]", "(pic attached)".
const PLACEHOLDER =
  /[[(](?:photos?|pics?|pictures?|images?|imagem|imagen|img|screenshots?|screen|foto|fotos|bild|bilder|immagine|afbeelding|zdj[ęe]cie|resim|gambar|file|attachment|video|audio|captura|画像|写真)(?:\s+attached)?[\])]/iu;
const SENT_BEFORE_JA = /送りました|送った/;

/** They say they sent it before ("I sent you my demo last week"). */
export function sentBefore(text: string): boolean {
  return SENT_BEFORE.test(text) || SENT_BEFORE_JA.test(text);
}

/**
 * The files an adapter's note names, if it names any: Discord's "with 2 attachments: mix.wav,
 * notes.pdf", Slack's "with 1 file: mix.wav" or "sent 2 files without text: a.png, b.png".
 */
export function noteFiles(note?: string): string | undefined {
  return /\b(?:attachments?|files?)(?: without text)?:\s*(.*)/.exec(note ?? "")?.[1];
}

/**
 * The sender sent their work along: a link in the text, a file (an adapter's note names
 * attachments), or words saying so. Then the reply should not ask them to send it.
 */
export function sentWork(text: string, note?: string): boolean {
  return (
    hasLink(text) ||
    noteFiles(note) !== undefined ||
    ATTACHED.test(text) ||
    ATTACHED_JA.test(text) ||
    POSTED.test(text) ||
    POSTED_ELSEWHERE.test(text) ||
    OPENED_ON_THEIR_REPO.test(text) ||
    PLACEHOLDER.test(text) ||
    SHOWN_HERE.test(text) ||
    sentBefore(text)
  );
}
