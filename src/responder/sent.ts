// Whether their work came with the message or went before it: a link, a file the adapter notes,
// or words saying so. Then no reply asks them to send it.

import { hasLink } from "./links.ts";
import { LETTERS as L, wholeWords as words } from "./word-edges.ts";

// Saying the work came along or went before ("I attached the wav", "I sent you my demo last
// week"): only the attachment and the past, not the offer ("can I send you my demo?").
export const ATTACHED = words(
  `attached|(?:the|see|in) attachment|adjunt[oaé]${L}|anexo|anexei|ci-joint|pi[èe]ce jointe|j'ai joint|im anhang|angeh[äa]ngt|in allegato|allegat[oia]|bijlage|bijgevoegd|za[łl][ąa]cz${L}|ekte|ek olarak|terlampir|lampiran`,
);
const SENT_BEFORE = words(
  `i(?:'ve| have)? (?:just |already )?sent|just sent|(?<!(?:you|u|they|can|will|ll) )sent (?:you|u) (?:my|the)|sent (?:it|you|u) (?:over|already)|te (?:mand[ée]|envi[ée])|te mandei|j'ai envoy[ée]|je t'ai envoy[ée]|(?:hab|habe) (?:dir|es)(?: \\p{L}+){0,4} geschickt|ti ho (?:mandato|inviato)|heb (?:je|het)(?: \\p{L}+){0,4} gestuurd|wys[łl]a[łl](?:em|am)|g[öo]nderdim|yollad[ıi]m|(?:sudah|udah) (?:aku |saya )?kirim`,
);
// Posted where the reader can see it: "pasted in thread", "link's in #wip", "thread below 👇",
// "just checking if you saw the mockups". Not "I saw your post in #lofi": their post, not the work.
const POSTED = words(
  `(?:pasted|posted|dropped|shared|uploaded|put)(?: (?:it|them|(?:the|my) \\p{L}+))? (?:in|on|into) (?:the |this |that |our |a )?(?:thread|channel|#[\\p{L}\\p{N}_-]+)|thread (?:below|above)|(?:link|links|file|files|osz|it|screenshots?|demo|draft|mockups?)(?:'s|’s| is| are) (?:in|on) (?:the thread|#[\\p{L}\\p{N}_-]+)|(?:saw|seen) (?:the|my) (?:mockups?|drafts?|demo|files?|link|designs?|sketch(?:es)?)`,
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
const ATTACHED_JA = /添付/;
// A placeholder where a platform left the picture or file: "[photo]", "[imagem]", "(pic attached)".
const PLACEHOLDER =
  /[[(](?:photos?|pics?|pictures?|images?|imagem|imagen|img|screenshots?|screen|foto|fotos|bild|bilder|immagine|afbeelding|zdj[ęe]cie|resim|gambar|file|attachment|video|audio|captura|画像|写真)(?:\s+attached)?[\])]/iu;
const SENT_BEFORE_JA = /送りました|送った/;

/** They say they sent it before ("I sent you my demo last week"). */
export function sentBefore(text: string): boolean {
  return SENT_BEFORE.test(text) || SENT_BEFORE_JA.test(text);
}

/** The files an adapter's note names ("2 attachments: mix.wav, notes.pdf"), if it names any. */
export function noteFiles(note?: string): string | undefined {
  return /\battachments?:\s*(.*)/.exec(note ?? "")?.[1];
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
    sentBefore(text)
  );
}
