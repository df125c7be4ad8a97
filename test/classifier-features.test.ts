// The fast paths of the local model's features keep the meaning of the plain code they replaced:
// the hand-written tokenizer, keyword phrases on tokens, de-leeting and the direct scoring.
import { describe, expect, it } from "vitest";
import { DEFAULT_FEATURES, Featurizer } from "../classifiers/features.ts";
import { KEYWORD_BIT } from "../classifiers/keywords.ts";
import { NAMED } from "../classifiers/message-features.ts";
import { Model } from "../classifiers/model.ts";
import { normalize, surface } from "../classifiers/normalize.ts";
import { compilePhrases } from "../classifiers/phrases.ts";
import { rng } from "../classifiers/random.ts";
import { asksYou, QUESTION_TO_YOU } from "../classifiers/text-measures.ts";
import { CACHE_LIMIT, TokenTable } from "../classifiers/tokens.ts";

const TOKEN = /[\p{L}\p{N}]+(?:'\p{L}+)?|\p{Extended_Pictographic}|[?!$€£]/gu;
const table = () => new TokenTable({ mask: 0xffff, charMin: 3, charMax: 5 });

/** Random text over a mix of ASCII, accents, other scripts, emoji, clitics and symbols. */
function randomTexts(count: number): string[] {
  const random = rng(11);
  const pieces = [
    ..."abcxyz019 '’?!$€£.,-#\n\t@éßñçÆжЖ中文🙏🎶👍🏽❤️\u200d‐—",
    "l'art",
    "it's",
    "🇧🇷",
  ];
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * 40) }, () => {
      return pieces[Math.floor(random() * pieces.length)] as string;
    }).join(""),
  );
}

describe("tokenizer", () => {
  it("gives the tokens of the reference regex, for any text", () => {
    const tokens = table();
    for (const text of randomTexts(2000)) {
      const norm = normalize(surface(text));
      expect(tokens.read(norm)).toEqual(norm.match(TOKEN) ?? []);
    }
  });

  it("finds a token again in the cache, and keeps clitics and emoji whole", () => {
    const tokens = table();
    expect(tokens.read("it's my art 🙏 $5?")).toEqual(["it's", "my", "art", "🙏", "$", "5", "?"]);
    const first = tokens.infos[2];
    tokens.read("art");
    expect(tokens.infos[0]).toBe(first);
  });

  it("keeps the cache bounded over a stream of words seen once, and numbers and codes out", () => {
    const tokens = table();
    // Prices, order numbers, phone numbers and tracking codes rarely come twice: not kept.
    tokens.read("order 123456 from +4915112345678 ref ab12cd for 250");
    expect(tokens.cached).toBe(4);
    // Words seen once (names, typos) past the limit make the cache start over, not grow.
    const word = (i: number) =>
      `w${i.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)] as string)}`;
    let most = 0;
    for (let i = 0; i < 3 * CACHE_LIMIT; i++) {
      tokens.read(word(i));
      most = Math.max(most, tokens.cached);
    }
    expect(most).toBeLessThanOrEqual(CACHE_LIMIT);
    expect(tokens.cached).toBeGreaterThan(0);
  });
});

describe("keyword phrases", () => {
  const keywords = (text: string) => {
    const tokens = table();
    return tokens.keywords(tokens.read(normalize(surface(text))));
  };
  const has = (text: string, name: keyof typeof KEYWORD_BIT) =>
    (keywords(text) & KEYWORD_BIT[name]) !== 0;

  it("matches whole words, prefixes and phrases across single spaces", () => {
    expect(has("what's your budget for this?", "pay_words")).toBe(true);
    expect(has("royalties split 50/50", "pay_words")).toBe(true);
    expect(has("the budgetary office", "pay_words")).toBe(false);
    expect(has("what do you think of it", "asks_opinion")).toBe(true);
    expect(has("what do\n\nyou think", "asks_opinion")).toBe(false);
    expect(has("want to co-write a song?", "proposes")).toBe(true);
  });

  it("lets a loose phrase's last word go on into a longer word", () => {
    expect(has("open to a collaboration", "proposes")).toBe(true);
    expect(has("free nitroboost", "bait")).toBe(true);
  });

  it("never matches a keyword inside the end of a longer word, or a clitic as its word", () => {
    expect(has("I want to learn 3 chords a day", "bait")).toBe(false);
    expect(has("earn $500 a day from home", "bait")).toBe(true);
    expect(has("you won't believe it", "bait")).toBe(false);
    expect(has("you won a prize", "bait")).toBe(true);
    expect(has("we should investigate the crash", "bait")).toBe(false);
    expect(has("my nonprofit needs a logo", "bait")).toBe(false);
    expect(has("a disclaimer on cryptography", "bait")).toBe(false);
    expect(has("we can't pay", "pay_words")).toBe(true);
    expect(has("the artist's rate", "pay_words")).toBe(true);
  });

  it("tells a fee paid back later from an offer that costs the recipient nothing", () => {
    for (const text of [
      "buy the kit from our approved vendor, reimbursed after the event",
      "the audit is $950, deducted from your first royalty statement",
      "Das bestellst du über unseren Partnershop, wird mit dem ersten Gehalt erstattet",
      "a câmera vem da loja parceira e reembolsamos no primeiro mês",
      "提携ショップで一式18万円、初任給で全額お戻しします",
    ]) {
      expect(has(text, "pays_back_later"), text).toBe(true);
      expect(has(text, "costs_you_nothing"), text).toBe(false);
    }
    for (const text of [
      "product sent free, nothing to buy, never any cost to you",
      "we'd pay YOU, not the other way round",
      "no upfront fee, we take 35% of sales",
      "sin costo para ti, te pagamos 300 €",
    ]) {
      expect(has(text, "costs_you_nothing"), text).toBe(true);
      expect(has(text, "pays_back_later"), text).toBe(false);
    }
    // A paid offer that only mentions travel is neither.
    expect(has("we pay $500 plus travel", "pays_back_later")).toBe(false);
  });

  it("allows any whitespace and one word between 'my' and a work noun", () => {
    expect(has("check my  new\ntrack", "my_work")).toBe(true);
    expect(has("my friend's track", "my_work")).toBe(false);
  });

  it("expands groups, optional words and number slots", () => {
    const phrases = compilePhrases([{ words: "earn (#|$ #) (a |)day" }]);
    expect(phrases.map((p) => p.slots.length).sort()).toEqual([3, 4, 4, 5]);
  });
});

describe("normalisation", () => {
  it("de-leets words, not numbers", () => {
    expect(normalize("fr33 n1tr0 for 10k users in 2024, mp3 and web3, f4f")).toBe(
      "free nitro for 10k users in 2024, mp3 and web3, f4f",
    );
    // Read from the first leet word's run on: what comes before it is kept as it is.
    expect(normalize("plain words, 2024 and mp3 first, then fr33 stuff and n1tr0")).toBe(
      "plain words, 2024 and mp3 first, then free stuff and nitro",
    );
  });

  it("folds accents but keeps Japanese voiced kana whole, so they do not split a word", () => {
    expect(normalize(surface("Café ÉTÉ"))).toBe("cafe ete");
    const tokens = table();
    expect(tokens.read(normalize(surface("この曲どう思いますか？")))).toEqual([
      "この曲どう思いますか",
      "?",
    ]);
  });

  it("matches keyword phrases in Dutch, Polish, Turkish, Indonesian and Japanese", () => {
    const tokens = table();
    const bits = (text: string) => tokens.keywords(tokens.read(normalize(surface(text))));
    for (const text of [
      "Zou je willen samenwerken?",
      "Czy chciałbyś ze mną współpracować?",
      "Benimle işbirliği yapmak ister misin?",
      "Mau nggak kerja sama bikin lagu?",
      "一緒に曲を作りませんか？",
    ])
      expect(bits(text) & KEYWORD_BIT.proposes, text).not.toBe(0);
    expect(bits("この曲どう思いますか？") & KEYWORD_BIT.asks_opinion).not.toBe(0);
  });

  it("joins s p a c e d letters only", () => {
    expect(normalize("get f r e e nitro, a - b testing")).toBe("get free nitro, a - b testing");
  });
});

describe("scoring without the vector", () => {
  it("gives the logits of the extracted vector", () => {
    const featurizer = new Featurizer(DEFAULT_FEATURES);
    const random = rng(5);
    const c = 3;
    const weights = Float32Array.from({ length: featurizer.dim * c }, () => random() - 0.5);
    const model = new Model({
      labels: ["a", "b", "c"],
      features: DEFAULT_FEATURES,
      temperature: 1,
      bias: new Float64Array(c),
      weights,
      meta: {},
    });
    const texts = [
      ...randomTexts(200),
      "the the the the thesis then: free nitro!!! bit.ly/x dlscord.gift/claim",
      "hey! would you mix my EP in April? budget is $900, full credit",
    ];
    for (const text of texts) {
      const expected = model.logits(featurizer.extract({ text, platform: "discord" }).vector);
      const got = new Float64Array(c);
      const reading = model.featurizer.score(
        { text, platform: "discord" },
        undefined,
        model.scoring,
        got,
      );
      for (let k = 0; k < c; k++) expect(got[k]).toBeCloseTo(expected[k] as number, 5);
      expect(reading.named.map((n) => NAMED[n]?.id)).toEqual(
        featurizer.extract({ text, platform: "discord" }).named.map((n) => NAMED[n]?.id),
      );
    }
  });
});

describe("gated checks", () => {
  // The plain checks that cheaper gates and scans now answer.
  const digits = (text: string) => text.replace(/\D/g, "").length;
  const emoji = (text: string) =>
    text.match(/[\ud83c-\ud83e\u2600-\u27bf\u2b00-\u2bff]/g)?.length ?? 0;
  const PHONE = /(?:^|[^\w])\+?\d[\d\s().-]{7,}\d(?!\w)/;
  const MONEY =
    /(?:[$€£¥]|r\$|usd|eur)\s?\d|\d[\d.,]*\s?(?:k\b|usd|eur|gbp|dollars?|euros?|bucks|reais|€|\$)/;
  function capsRatio(text: string): number {
    let upper = 0;
    let lower = 0;
    for (const ch of text.slice(0, 4000).split("")) {
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    return upper + lower >= 12 ? upper / (upper + lower) : 0;
  }

  it("give the plain checks' answers, for any text", () => {
    const random = rng(23);
    const pieces = [
      ..."ab19 ?!.,\n¿:/-#@🙏🎶☀⬛",
      "you",
      "your",
      "u",
      "vous",
      "youth",
      "1234",
      "555-0101",
      "x.com/invite/y",
      "https://discord.com/invite/abc",
      "t.me/a",
      "www.site.io:8080/p?q#f",
      ..."$€£¥kKÉéΣß",
      "r$",
      "usd",
      "eur",
      "1.5",
      "dollars",
      "bucks",
      "HEY",
    ];
    const featurizer = new Featurizer(DEFAULT_FEATURES);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => {
        return pieces[Math.floor(random() * pieces.length)] as string;
      }).join("");
      const surf = surface(text);
      const norm = normalize(surf);
      expect(asksYou(norm)).toBe(QUESTION_TO_YOU.test(norm));
      const named = featurizer.extract({ text }).named.map((i) => NAMED[i]?.id);
      expect(named.includes("phone")).toBe(digits(surf) >= 9 && PHONE.test(surf));
      expect(named.includes("emoji_heavy")).toBe(emoji(surf) >= 3);
      expect(named.includes("money")).toBe(MONEY.test(surf));
      expect(named.includes("shouting")).toBe(capsRatio(text) > 0.5);
    }
  });
});
