// Whether a feedback request offers to mail, post or bring a physical piece: "can I mail you a
// sample of my ceramics?", "could I post you a print?", "if I mailed you my demo cassette",
// "¿te puedo mandar por correo una muestra de mi cerámica?". Asking them for "one link or file"
// would ask for what a mug or a zine cannot be; the draft says to send photos or a recording
// instead, and that the piece itself need not come by post.

import type { Language } from "./language.ts";
import { wholeWords as words } from "./word-edges.ts";

interface Reading {
  /** An offer to send or bring something: where its object starts. */
  offer: RegExp;
  /**
   * The reader as its recipient ("send you", "mandarte", "t'envoyer", "dir", "spedirti"), or
   * their address: "should I bring originals to the fair?" offers the reader nothing.
   */
  recipient: RegExp;
  /** A physical thing or a way of sending one, in that object. */
  physical: RegExp;
  /** A digital thing or a way of sending one there, which settles it the other way. */
  digital: RegExp;
}

// English. The offer: "can I send you", "could I post you", "I'd love to mail", "if I mailed",
// "where should I send", "your address". Physical: a way of posting ("by mail", "post you", "in
// the mail"; not "mail you", as often an email), a physical copy, or a made thing ("a sample of my
// ceramics", "a print", "a zine", "my demo cassette"). Not "my book" or "my tape", as often a
// manuscript or a mixtape online, nor "the original files".
const SEND_EN = "send|mail|post|ship|bring|drop off|give|hand";
const EN: Reading = {
  offer: new RegExp(
    words(
      `(?:can|could|may|should|shall) (?:i|we)(?: \\p{L}+)?? (?:${SEND_EN})|(?:if|once|when) (?:i|we) (?:sent|mailed|posted|shipped|brought|${SEND_EN})|(?:i'?d|i would|we'?d|we would) (?:love|like) to (?:${SEND_EN})|(?:i'?ll|i will|i can|i could|we can|let me|happy to|want me to|would you like me to|ok if i|okay if i|mind if i) (?:\\p{L}+ )?(?:${SEND_EN})|(?:where|what address) (?:can|should|do|could|would) (?:i|we) (?:${SEND_EN})|(?:your|ur) (?:mailing |postal |home |studio |shipping )?address`,
    ).source,
    "giu",
  ),
  recipient: words(`you|u|ya|(?:your|ur) (?:mailing |postal |home |studio |shipping )?address`),
  physical: words(
    `physical|(?:hard|printed|paper|signed) cop(?:y|ies)|by (?:snail )?mail|by post|in the (?:mail|post)|snail ?mail|through the (?:mail|post)|(?:post|posted) (?:you|u)|(?:post|posted) (?:it|them|one) to (?:you|u)|originals?(?! (?:files?|stems|project|psd|audio|wav))|cassettes?|vinyls?|cds?|zines?|chapbooks?|ceramics?|pottery|mugs?|vases?|bowls?|plates?|jars?|candles?|soaps?|prints?|sculptures?|quilts?|jewell?ery|knits?`,
  ),
  digital: words(
    `pdfs?|links?|files?|mp3s?|wavs?|e-?mail|emailed|dms?|screenshots?|videos?|photos?|pics?|pictures?|images?|scans?|recordings?|drive|dropbox|wetransfer|soundcloud|bandcamp|youtube|spotify|online|digital(?:ly)?|here(?!['’]s| is| are)|(?:in|on|over) (?:the )?(?:chat|thread|dm|discord|slack)`,
  ),
};
// "can I send you a copy?", "can I send you one?" after naming their zine or their mugs: the thing
// named elsewhere in the text is what they offer.
const THE_THING_EN = words(`(?:a|one|some) (?:\\p{L}+ )?cop(?:y|ies)|one|it|them`);

// The template languages whose drafts say it: their offer, the physical thing or post, and the
// digital thing that settles it the other way.
const OTHERS: Partial<Record<Language, Reading>> = {
  es: {
    offer: new RegExp(
      words(
        `(?:puedo|podr[ií]a|quieres que te|me gustar[ií]a|te|le|si te|si le) (?:\\p{L}+ )?(?:mand|envi|llev)\\p{L}*|(?:a )?qu[ée] direcci[oó]n|tu direcci[oó]n`,
      ).source,
      "giu",
    ),
    recipient: words(`te|le|\\p{L}+r(?:te|le)|tu direcci[oó]n|qu[ée] direcci[oó]n`),
    physical: words(
      `por correo(?! electr[oó]nico)|por paqueter[ií]a|por mensajer[ií]a|en f[ií]sico|f[ií]sic[oa]s?|cer[aá]micas?|tazas?|jarr[oó]n(?:es)?|cuencos?|casetes?|cassettes?|vinilos?|fanzines?|zines?|l[aá]minas?|grabados?|originales?`,
    ),
    digital: words(
      `enlaces?|links?|archivos?|pdfs?|mp3|wav|fotos?|capturas?|v[ií]deos?|grabaci[oó]n|correo electr[oó]nico|e-?mail|drive|aqu[ií]|por (?:dm|privado|aqu[ií])`,
    ),
  },
  pt: {
    offer: new RegExp(
      words(
        `(?:posso|poderia|queria|gostaria de|te|se eu te|quer que eu te) (?:\\p{L}+ )?(?:mand|envi|lev)\\p{L}*|(?:seu|teu) endere[çc]o|qual (?:[eé] )?o (?:seu |teu )?endere[çc]o`,
      ).source,
      "giu",
    ),
    recipient: words(`te|lhe|pra (?:voc[eê]|vc|ti)|para (?:voc[eê]|ti)|(?:seu|teu) endere[çc]o`),
    physical: words(
      `pel[oa]s? correios?|por correio|via correio|f[ií]sic[oa]s?|cer[aâ]micas?|canecas?|vasos?|tigelas?|cassetes?|fitas? cassete|vinis|vinil|fanzines?|zines?|gravuras?|originais|original`,
    ),
    digital: words(
      `links?|arquivos?|ficheiros?|pdfs?|mp3|fotos?|prints?|v[íi]deos?|grava[çc][ãa]o|e-?mail|drive|aqui|por dm|no privado|whats(?:app|zap)?`,
    ),
  },
  fr: {
    offer: new RegExp(
      words(
        `(?:je (?:peux|pourrais)|puis-je|est-ce que je peux|j['’]aimerais|je voudrais|je) (?:te |vous |t['’])?(?:envo\\p{L}*|poster|apporter|d[ée]poser|exp[ée]di\\p{L}*)|(?:ton|votre) adresse`,
      ).source,
      "giu",
    ),
    recipient: /(?<![\p{L}\p{N}])(?:te|vous|t['’]|(?:ton|votre) adresse)/iu,
    physical: words(
      `par (?:la )?poste|par courrier(?! [ée]lectronique)|par colis|en main propre|physiques?|version papier|exemplaires? papier|c[ée]ramiques?|tasses?|vases?|bols?|cassettes?|vinyles?|fanzines?|zines?|tirages?|gravures?|originaux|original(?:e|es)?|exemplaires?`,
    ),
    digital: words(
      `liens?|fichiers?|pdfs?|mp3|photos?|captures?|vid[ée]os?|enregistrements?|e-?mail|mail|courriel|drive|ici|en (?:dm|mp|priv[ée])`,
    ),
  },
  de: {
    offer: new RegExp(
      words(
        `(?:kann|darf|k[öo]nnte|soll) ich (?:dir|ihnen|euch)|ich (?:schick|send|bring)\\p{L}* (?:dir|ihnen|euch)|(?:deine|ihre) (?:post)?adresse`,
      ).source,
      "giu",
    ),
    recipient: words(`dir|ihnen|euch|(?:deine|ihre) (?:post)?adresse`),
    physical: words(
      `per post|mit der post|auf dem postweg|per paket|physisch\\p{L}*|gedruckt\\p{L}*|keramik\\p{L}*|tassen?|vasen?|sch[üu]ssel\\p{L}*|kassetten?|vinyl\\p{L}*|schallplatten?|fanzines?|zines?|drucke?|abz[üu]ge?|originale?|exemplare?s?`,
    ),
    digital: words(
      `links?|datei\\p{L}*|pdfs?|mp3|fotos?|bilder?|screenshots?|videos?|aufnahme\\p{L}*|e-?mail|mail|drive|hier|per (?:dm|nachricht)|digital\\p{L}*`,
    ),
  },
  it: {
    offer: new RegExp(
      words(
        `(?:posso|potrei|vorrei|ti|se ti|le) (?:\\p{L}+ )?(?:mand|invi|sped|port)\\p{L}*|(?:il tuo|il suo) indirizzo`,
      ).source,
      "giu",
    ),
    recipient: words(`ti|le|\\p{L}+r(?:ti|le)|(?:il tuo|il suo) indirizzo`),
    physical: words(
      `per posta(?! elettronica)|con (?:il )?corriere|di persona|fisic[oahe]+|copia cartacea|cartace[oa]|ceramic(?:a|he)|tazz[ae]|vas[oi]|ciotol[ae]|cassett[ae]|vinil[ei]|fanzine|zine|stamp[ae]|incision[ei]|original[ei]`,
    ),
    digital: words(
      `link|file|pdf|mp3|foto|screenshot|video|registrazion[ei]|e-?mail|mail|drive|qui|in privato|in dm`,
    ),
  },
};

/** How far an offer's object may run: to its clause's end, and no further than this. */
const REACH = 120;
const CLAUSE_END = /[.!?\n,;]|\s(?:or|and then|but)\s/u;

/**
 * They offer to mail, post or bring a physical piece of their work, in a language whose drafts
 * say how to send it instead (en, es, pt, fr, de, it).
 */
export function offersAPhysicalPiece(text: string, language: Language): boolean {
  const reading = language === "en" ? EN : OTHERS[language];
  if (reading === undefined) return false;
  // Whether the text names a physical thing anywhere: read once, not once per offer.
  let namesOne: boolean | undefined;
  for (const m of text.matchAll(reading.offer)) {
    const start = m.index;
    const rest = text.slice(start, start + m[0].length + REACH);
    const end = rest.slice(m[0].length).search(CLAUSE_END);
    const object = end < 0 ? rest : rest.slice(0, m[0].length + end);
    if (reading.digital.test(object) || !reading.recipient.test(object)) continue;
    if (reading.physical.test(object)) return true;
    // "I made a zine! can I send you a copy?": the thing named elsewhere.
    if (language === "en" && THE_THING_EN.test(object.slice(m[0].length))) {
      namesOne ??= EN.physical.test(text);
      if (namesOne) return true;
    }
  }
  return false;
}
