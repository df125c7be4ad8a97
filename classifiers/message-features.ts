// Named message features: facts a reviewer would also notice, each with the phrase the review
// card shows when it decides a label. The model learns their weights; the lists below stay
// general (several languages, many fields) rather than chasing particular messages.
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import { type LinkFacts, linkFacts } from "./links.ts";

/** What the named features read: the surface text, the normalised text and the link facts. */
export interface MessageView {
  surface: string;
  norm: string;
  links: LinkFacts;
}

interface NamedFeature {
  id: string;
  phrase: string;
  /** From signals rather than the text: absent from the corpus, see `signalPrior` in model.ts. */
  signal?: true;
  test: (v: MessageView, input: ClassifyInput, signals?: Signals) => boolean;
}

const re = (pattern: RegExp) => (v: MessageView) => pattern.test(v.norm);

const YOU = `(?:you|your|u|ur|yours|tu|tus|usted|ustedes|te|ti|voce|vc|seu|sua|teu|tua|vous|votre|vos|ton|ta|tes|du|dein|deine|deinen|ihr|ihre|euch|dir|dich|lei|tuo|tuoi|vostro|vostra)`;
/** Possessive "your" forms only: "you mix" is not "your mix". */
const YOUR = `(?:your|ur|yours|tu|tus|su|sus|seu|sua|seus|suas|teu|tua|votre|vos|ton|ta|tes|dein|deine|deinen|deiner|ihr|ihre|ihren|tuo|tua|tuoi|tue|vostro|vostra)`;
const WORK_NOUN = `(?:work|music|art|artwork|track|tracks|song|songs|beat|beats|mix|master|demo|ep|album|single|portfolio|drawing|drawings|illustration|design|designs|game|games|app|repo|repository|library|lib|code|project|projects|channel|stream|streams|video|videos|podcast|show|style|sound|tutorials?|blog|post|posts|writing|book|comic|animation|logo|cover|covers|website|site|server|plugin|mod|framework|tool|newsletter|cancion|canciones|tema|temas|trabajo|trabalho|musica|arte|jogo|juego|projeto|proyecto|morceau|travail|musique|jeu|projet|chanson|arbeit|musik|spiel|projekt|lied|song|lavoro|musica|gioco|progetto|canzone|brano)`;

const QUESTION_TO_YOU = new RegExp(`\\b${YOU}\\b[^?.!\\n]*\\?|[¿][^?]*\\b${YOU}\\b`);

export const NAMED: readonly NamedFeature[] = [
  { id: "link", phrase: "has a link", test: (v) => v.links.links.length > 0 },
  { id: "links_many", phrase: "has several links", test: (v) => v.links.links.length >= 3 },
  { id: "shortener", phrase: "uses a link shortener", test: (v) => v.links.shortener },
  { id: "invite", phrase: "has an invite link", test: (v) => v.links.invite },
  {
    id: "lookalike",
    phrase: "links to a lookalike of a known site",
    test: (v) => v.links.lookalike,
  },
  { id: "file_share", phrase: "shares a file or draft link", test: (v) => v.links.fileShare },
  { id: "music_link", phrase: "links to a track or video", test: (v) => v.links.music },
  { id: "code_link", phrase: "links to code", test: (v) => v.links.code },
  {
    id: "portfolio_link",
    phrase: "links to a portfolio or store page",
    test: (v) => v.links.portfolio,
  },
  { id: "link_in_bio", phrase: "links to a link-in-bio page", test: (v) => v.links.linkInBio },
  {
    id: "mass_ping",
    phrase: "pings @everyone or @here",
    test: (v) => /@(?:everyone|here)\b/.test(v.surface),
  },
  {
    id: "mention",
    phrase: "mentions someone",
    test: (v) =>
      v.surface.includes("@") &&
      (/(?:^|\s)@(?!everyone|here)[\w.]{2,}/.test(v.surface) || /<@!?\d+>/.test(v.surface)),
  },
  {
    id: "money",
    phrase: "names a sum of money",
    test: (v) =>
      /\d/.test(v.surface) &&
      /(?:[$€£¥]|r\$|usd|eur)\s?\d|\d[\d.,]*\s?(?:k\b|usd|eur|gbp|dollars?|euros?|bucks|reais|€|\$)/.test(
        v.surface,
      ),
  },
  {
    id: "pay_words",
    phrase: "names a budget, fee or pay",
    test: re(
      /\b(?:budget|paid|pay|paying|rate|rates|fee|fees|salary|compensation|compensated|royalt\w*|rev share|revenue share|invoice|per hour|hourly|presupuesto|pago|pagamos|pagado|tarifa|orcamento|pagamento|remunerad\w*|remuner\w*|tarif|paye|bezahlt|bezahlung|honorar|gage|verguetung|vergutung|compenso|pagato|retribuit\w*)\b/,
    ),
  },
  {
    id: "date",
    phrase: "names a date or deadline",
    test: re(
      /\b(?:january|february|march|april|june|july|august|september|october|november|december|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|month|year)|this (?:week|month|weekend)|deadline|by the end of|q[1-4]|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|maerz|marz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|semana que vem|proxima semana|la semaine prochaine|nachste woche|naechste woche|prossima settimana|fecha limite|prazo|date limite|frist|scadenza)\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b/,
    ),
  },
  {
    id: "question_to_you",
    phrase: "asks you a question",
    test: (v) => v.norm.includes("?") && QUESTION_TO_YOU.test(v.norm),
  },
  { id: "question", phrase: "asks a question", test: (v) => v.norm.includes("?") },
  {
    id: "asks_opinion",
    phrase: "asks for your opinion",
    test: re(
      /what do (?:you|u) think|what(?:'s| is) your (?:take|opinion)|thoughts on|thoughts\?|your (?:opinion|feedback|thoughts|advice|take|honest)|honest (?:feedback|opinion)|any (?:tips|advice|feedback|pointers|suggestions)|(?:could|can|would|will) (?:you|u) (?:listen|look|check|review|give|take a look|critique|rate|tell me)|tell me (?:if|what|how)|critique|roast my|rate my|is (?:it|this|my \w+) (?:too|good|ok|okay|any good|decent)|how (?:do|did|would|should) (?:you|i)|where (?:do|should) i (?:start|begin)|(?:que|o que) (?:opinas|te parece|piensas|voce acha|acha|achas)|qu'en penses|qu'en pensez|ton avis|votre avis|ta opinion|tu opinion|sua opiniao|tua opiniao|was (?:haltst|haeltst|denkst) du|deine meinung|ihre meinung|che ne pensi|cosa ne pensi|la tua opinione|un parere|consejos?|conselhos?|dicas|conseils?|tipps?|ratschlag|consigli|feedback/,
    ),
  },
  {
    id: "proposes",
    phrase: "proposes working together",
    test: re(
      /work(?:ing)? (?:together|with (?:you|u))|collab|co-?write|co-?produc|feature (?:on|you)|featuring|commission|would (?:you|u) (?:be up for|be interested|like to|want to|be down|be open|consider)|are (?:you|u) (?:open|available|interested|down|taking)|down to|hire (?:you|u)|we(?:'re| are) (?:hiring|looking for)|looking for (?:a|an|someone)|partner(?:ship)?|team up|join (?:our|the) (?:team|project)|contract|freelance|gig\b|trabajar (?:juntos|contigo)|colabora\w*|trabalhar (?:junto|com voce)|parceria|travailler (?:ensemble|avec (?:toi|vous))|zusammenarbeit|zusammen arbeiten|kooperation|lavorare (?:insieme|con te)|collaborazione|proposta|propuesta|proposition|vorschlag/,
    ),
  },
  {
    id: "intro",
    phrase: "says who they are",
    test: re(
      /\b(?:i'm|i am|im) (?:a|an|the)\b|my name is|we(?:'re| are) (?:a|an)\b|i run\b|i work (?:at|for|as)|\bsoy (?:un|una)\b|me llamo|\bsou (?:um|uma)\b|meu nome|je suis (?:un|une)\b|je m'appelle|ich bin (?:ein|eine)?|mein name|sono (?:un|una)\b|mi chiamo/,
    ),
  },
  {
    id: "my_work",
    phrase: "talks about their own work",
    test: re(
      new RegExp(
        `\\b(?:my|mi|mis|meu|minha|meus|mon|ma|mes|mein|meine|meinen|mio|mia|miei|our|nuestro|nossa|notre|unser|nostro)\\s+(?:\\w+\\s+)?${WORK_NOUN}\\b`,
      ),
    ),
  },
  {
    id: "your_work",
    phrase: "refers to your work",
    test: re(new RegExp(`\\b${YOUR}\\s+(?:\\w+\\s+)?${WORK_NOUN}\\b`)),
  },
  {
    id: "self_promo",
    phrase: "pushes their own release or page",
    test: re(
      /check (?:out|my|it out)|my new|out now|just (?:dropped|released|launched)|new (?:single|ep|album|video|track|drop)|stream (?:it|now)|listen now|subscribe|sub4sub|follow (?:me|back|for)|f4f|link in (?:my )?bio|look (?:me|it|us|her|him|them) up|search (?:for )?(?:my|")|share (?:this|my)|go (?:check|follow|listen)|support (?:me|my)|suscribete|sigueme|escuchala|inscreva|me segue|segue\b|abonne|abonniert|folgt mir|iscriviti|seguimi/,
    ),
  },
  {
    id: "bait",
    phrase: "promises free stuff, prizes or quick money",
    test: re(
      /free (?:nitro|gift|followers|promo|robux|skins?|money|crypto|nft)|nitro|giveaway|airdrop|presale|\bnfts?\b|crypto|bitcoin|btc|\beth\b|forex|invest\w*|profit|passive income|earn \$?\d|from home|guaranteed|claim|winner|won\b|prize|limited (?:time|offer)|act now|click (?:here|the link)|verify (?:your|ur) account|gratis|gratuit|kostenlos/,
    ),
  },
  {
    id: "sells_promo",
    phrase: "sells promotion (followers, streams, SEO)",
    test: re(
      /promot(?:e|ion|ing) (?:your|ur)|grow (?:your|ur)|(?:playlist|stream|follower|subscriber|view|like)s? (?:placement|promotion|boost|package)|real (?:followers|streams|listeners|views)|\bseo\b|backlinks?|boost (?:your|ur)|packages? (?:start|from)|marketing (?:agency|services)|our (?:agency|services)|guest post|rank (?:#?1|first)|more (?:followers|streams|views|sales)/,
    ),
  },
  {
    id: "phone",
    phrase: "gives a phone number",
    test: (v) => digits(v.surface) >= 9 && /(?:^|[^\w])\+?\d[\d\s().-]{7,}\d(?!\w)/.test(v.surface),
  },
  {
    id: "hashtags",
    phrase: "uses hashtags",
    test: (v) =>
      v.surface.includes("#") && (v.surface.match(/(?:^|\s)#[\p{L}\d_]{2,}/gu)?.length ?? 0) >= 2,
  },
  {
    id: "contact_elsewhere",
    phrase: "asks to move to another app",
    test: re(
      /\b(?:dm me|text me|whatsapp|telegram|add me on|hit me up on|contact me on|my email)\b/,
    ),
  },
  { id: "len_tiny", phrase: "is very short", test: (v) => v.norm.length < 40 },
  { id: "len_short", phrase: "is short", test: (v) => v.norm.length >= 40 && v.norm.length < 140 },
  {
    id: "len_medium",
    phrase: "is of medium length",
    test: (v) => v.norm.length >= 140 && v.norm.length < 500,
  },
  { id: "len_long", phrase: "is long and detailed", test: (v) => v.norm.length >= 500 },
  {
    id: "shouting",
    phrase: "is written in capitals",
    test: (_v, input) => capsRatio(input.text) > 0.5,
  },
  {
    id: "exclaims",
    phrase: "uses many exclamation marks",
    test: (v) => (v.norm.match(/!/g)?.length ?? 0) >= 3,
  },
  {
    id: "emoji_heavy",
    phrase: "uses many emoji",
    test: (v) => emojiCount(v.surface) >= 3,
  },
  { id: "platform_discord", phrase: "came on Discord", test: (_v, i) => i.platform === "discord" },
  { id: "platform_slack", phrase: "came on Slack", test: (_v, i) => i.platform === "slack" },
  {
    id: "context_channel",
    phrase: "was posted in a channel",
    test: (_v, i) => i.context === "channel",
  },
  { id: "context_dm", phrase: "came as a direct message", test: (_v, i) => i.context === "dm" },
  {
    id: "dup_some",
    phrase: "the same text reached 2-4 other people in 24 h",
    signal: true,
    test: (_v, _i, s) => s !== undefined && s.duplicateRecipients >= 2 && s.duplicateRecipients < 5,
  },
  {
    id: "dup_many",
    phrase: "the same text reached 5 or more other people in 24 h",
    signal: true,
    test: (_v, _i, s) => s !== undefined && s.duplicateRecipients >= 5,
  },
  {
    id: "first_contact",
    phrase: "first message from this sender",
    signal: true,
    test: (_v, _i, s) => s?.firstContact === true,
  },
  {
    id: "account_new",
    phrase: "sent from an account less than a week old",
    signal: true,
    test: (_v, _i, s) => s?.accountAgeDays !== undefined && s.accountAgeDays < 7,
  },
  {
    id: "account_young",
    phrase: "sent from an account less than a month old",
    signal: true,
    test: (_v, _i, s) =>
      s?.accountAgeDays !== undefined && s.accountAgeDays >= 7 && s.accountAgeDays < 30,
  },
];

/** Indexes into NAMED of the features that fire for this message. */
export function namedFeatures(
  view: MessageView,
  input: ClassifyInput,
  signals?: Signals,
): number[] {
  const fired: number[] = [];
  NAMED.forEach((f, i) => {
    if (f.test(view, input, signals)) fired.push(i);
  });
  return fired;
}

export function messageView(surfaceText: string, norm: string, input: ClassifyInput): MessageView {
  const extra = Array.isArray(input.links) ? input.links.filter((l) => typeof l === "string") : [];
  return { surface: surfaceText, norm, links: linkFacts(surfaceText, extra.slice(0, 20)) };
}

function digits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Emoji and pictographs, counted by code unit ranges (astral pairs and the symbol blocks). */
function emojiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2190) continue;
    if (
      (c >= 0xd83c && c <= 0xd83e) ||
      (c >= 0x2600 && c <= 0x27bf) ||
      (c >= 0x2b00 && c <= 0x2bff)
    )
      n++;
  }
  return n;
}

/** Share of capital letters among letters (ASCII fast path; others by case mapping). */
function capsRatio(text: unknown): number {
  if (typeof text !== "string") return 0;
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = text[i] as string;
      const lo = ch.toLowerCase();
      if (lo !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  return upper + lower >= 12 ? upper / (upper + lower) : 0;
}
