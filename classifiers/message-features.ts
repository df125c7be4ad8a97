// Named message features: facts a reviewer would also notice, each with the phrase the review
// card shows when it decides a label. The model learns their weights; the lists below stay
// general (several languages, many fields) rather than chasing particular messages.
import type { ClassifyInput } from "../src/ports.ts";
import type { Signals } from "../src/types.ts";
import {
  askLate,
  greetingAlone,
  linkAfterPraise,
  type MessageFacts,
  pitchLate,
} from "./conversation-features.ts";
import { KEYWORD_BIT, type KeywordName } from "./keywords.ts";
import { type LinkFacts, linkFacts } from "./links.ts";
import { asksYou, capsRatio, count, NINE_DIGITS, THREE_EMOJI } from "./text-measures.ts";

/** What the named features read: the texts, the link facts and the keyword sets matched. */
export interface MessageView {
  surface: string;
  norm: string;
  links: LinkFacts;
  /** Bitmask of KEYWORD_BIT: the keyword sets with a phrase in the message's tokens. */
  keywords: number;
  /** Each message of a conversation of two or more, oldest first; null for one message. */
  parts: MessageFacts[] | null;
  /** How many word tokens the whole text has. */
  words: number;
}

interface NamedFeature {
  id: string;
  phrase: string;
  /** From signals rather than the text: absent from the corpus, see `signalPrior` in model.ts. */
  signal?: true;
  /** Where it came from (platform, DM or channel): a prior the model weighs, never a reason. */
  setting?: true;
  test: (v: MessageView, input: ClassifyInput, signals?: Signals) => boolean;
}

/**
 * The keyword set of that name (keywords.ts) occurs in the message. The bit is looked up once:
 * looked up by name in each test, the one lookup site saw every name and went slow.
 */
const has = (name: KeywordName) => {
  const bit = KEYWORD_BIT[name];
  return (v: MessageView) => (v.keywords & bit) !== 0;
};

const hasDate = has("date");
const hasYou = has("you");
const hasSelfPromo = has("self_promo");

/** "12/05", "3rd": dates in numbers, which the keyword phrases do not cover. */
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b/;

const SEARCH_QUOTED = /search (?:for )?"/;

// A sum of money: a number then its unit ("900 usd", "10k", "50€"), or a currency then a number
// ("$900", "usd 900"). Two regexes rather than one alternation: the first starts only at digits,
// and the second, whose starts 'u', 'e' and 'r' come in almost every word, runs only when the
// text has a currency sign or name at all (a few quick substring scans).
const MONEY_AFTER = /\d[\d.,]*\s?(?:k\b|usd|eur|gbp|dollars?|euros?|bucks|reais|€|\$)/;
const MONEY_BEFORE = /(?:[$€£¥]|r\$|usd|eur)\s?\d/;
const moneyBefore = (text: string) =>
  (text.includes("$") ||
    text.includes("€") ||
    text.includes("£") ||
    text.includes("¥") ||
    text.includes("usd") ||
    text.includes("eur")) &&
  MONEY_BEFORE.test(text);

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
    test: (v) => v.surface.includes("@") && /@(?:everyone|here)\b/.test(v.surface),
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
    test: (v) => /\d/.test(v.surface) && (MONEY_AFTER.test(v.surface) || moneyBefore(v.surface)),
  },
  {
    id: "pay_words",
    phrase: "names a budget, fee or pay",
    test: has("pay_words"),
  },
  {
    id: "date",
    phrase: "names a date or deadline",
    test: (v) => hasDate(v) || (/\d/.test(v.norm) && NUMERIC_DATE.test(v.norm)),
  },
  {
    id: "question_to_you",
    phrase: "asks you a question",
    test: (v) => hasYou(v) && v.norm.includes("?") && asksYou(v.norm),
  },
  { id: "question", phrase: "asks a question", test: (v) => v.norm.includes("?") },
  {
    id: "asks_opinion",
    phrase: "asks for your opinion",
    test: has("asks_opinion"),
  },
  {
    id: "proposes",
    phrase: "proposes working together",
    test: has("proposes"),
  },
  {
    id: "intro",
    phrase: "says who they are",
    test: has("intro"),
  },
  {
    id: "my_work",
    phrase: "talks about their own work",
    test: has("my_work"),
  },
  {
    id: "your_work",
    phrase: "refers to your work",
    test: has("your_work"),
  },
  {
    id: "self_promo",
    phrase: "pushes their own release or page",
    // 'search "my song"': a quote is no token, so that one is read from the text.
    test: (v) => hasSelfPromo(v) || (v.norm.includes('"') && SEARCH_QUOTED.test(v.norm)),
  },
  {
    id: "bait",
    phrase: "promises free stuff, prizes or quick money",
    test: has("bait"),
  },
  {
    id: "sells_promo",
    phrase: "sells promotion (followers, streams, SEO)",
    test: has("sells_promo"),
  },
  {
    id: "phone",
    phrase: "gives a phone number",
    test: (v) =>
      NINE_DIGITS.test(v.surface) && /(?:^|[^\w])\+?\d[\d\s().-]{7,}\d(?!\w)/.test(v.surface),
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
    test: has("contact_elsewhere"),
  },
  {
    id: "asks_you_to_pay",
    phrase: "asks you to pay (a fee, a deposit, a spot)",
    test: has("asks_you_to_pay"),
  },
  {
    id: "pays_back_later",
    phrase: "has you pay or buy first, promising it back later",
    test: has("pays_back_later"),
  },
  {
    id: "costs_you_nothing",
    phrase: "says it costs you nothing",
    test: has("costs_you_nothing"),
  },
  {
    id: "asks_price",
    phrase: "asks your price or whether you take work",
    test: has("asks_price"),
  },
  {
    id: "sells_service",
    phrase: "sells their own service to anyone",
    test: has("sells_service"),
  },
  {
    id: "offers_pay",
    phrase: "offers to pay you or asks your rate",
    test: has("offers_pay"),
  },
  {
    id: "praise",
    phrase: "praises you or your work",
    test: has("praise"),
  },
  {
    // No example in the corpus is a greeting alone (it has no label): the model's answer is then
    // drawn towards even odds (model.ts), and the card says there is nothing to go on yet.
    id: "greeting_only",
    phrase: "is only a greeting so far: nothing to go on yet",
    test: (v) =>
      v.parts !== null
        ? v.parts.every((p) => p.greetingOnly)
        : greetingAlone(v.keywords, v.words, v.links.links.length),
  },
  {
    id: "conversation",
    phrase: "came as several messages in a row",
    test: (v) => v.parts !== null,
  },
  {
    id: "conv_greeting_first",
    phrase: "opens with a greeting alone",
    test: (v) => v.parts?.[0]?.greetingOnly === true,
  },
  {
    id: "conv_ask_late",
    phrase: "the ask comes in a later message",
    test: (v) => v.parts !== null && askLate(v.parts),
  },
  {
    id: "conv_link_alone",
    phrase: "sends a link on its own",
    test: (v) => v.parts?.some((p, i) => i > 0 && p.linkOnly) === true,
  },
  {
    id: "conv_link_after_praise",
    phrase: "sends a link alone after praise or a greeting, and asks nothing",
    test: (v) => v.parts !== null && linkAfterPraise(v.parts),
  },
  {
    id: "conv_pitch_late",
    phrase: "turns to a pitch, a fee or bait after a friendly opening",
    test: (v) => v.parts !== null && pitchLate(v.parts),
  },
  {
    id: "conv_last_asks",
    phrase: "the last message asks something",
    test: (v) => {
      const last = v.parts?.at(-1);
      return (
        last !== undefined &&
        (last.question || (last.keywords & (KEYWORD_BIT.proposes | KEYWORD_BIT.asks_opinion)) !== 0)
      );
    },
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
    test: (v) => count(v.norm, "!", 3) >= 3,
  },
  {
    id: "emoji_heavy",
    phrase: "uses many emoji",
    test: (v) => THREE_EMOJI.test(v.surface),
  },
  {
    id: "platform_discord",
    phrase: "came on Discord",
    setting: true,
    test: (_v, i) => i.platform === "discord",
  },
  {
    id: "platform_slack",
    phrase: "came on Slack",
    setting: true,
    test: (_v, i) => i.platform === "slack",
  },
  {
    id: "context_channel",
    phrase: "was posted in a channel",
    setting: true,
    test: (_v, i) => i.context === "channel",
  },
  {
    id: "context_dm",
    phrase: "came as a direct message",
    setting: true,
    test: (_v, i) => i.context === "dm",
  },
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
  for (let i = 0; i < NAMED.length; i++)
    if ((NAMED[i] as NamedFeature).test(view, input, signals)) fired.push(i);
  return fired;
}

export function messageView(
  surfaceText: string,
  norm: string,
  input: ClassifyInput,
  keywords: number,
  parts: MessageFacts[] | null = null,
  words = 0,
): MessageView {
  const extra = Array.isArray(input.links) ? input.links.filter((l) => typeof l === "string") : [];
  return {
    surface: surfaceText,
    norm,
    links: linkFacts(surfaceText, extra.slice(0, 20)),
    keywords,
    parts,
    words,
  };
}
