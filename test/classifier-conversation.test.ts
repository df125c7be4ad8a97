// A conversation is read message by message as well as whole; one message reads as a message.
import { describe, expect, it } from "vitest";
import { conversationInput } from "../classifiers/conversation.ts";
import { DEFAULT_FEATURES, Featurizer } from "../classifiers/features.ts";
import { LocalClassifier } from "../classifiers/local.ts";
import { NAMED } from "../classifiers/message-features.ts";
import { FOREIGN_REASON, Model } from "../classifiers/model.ts";
import { unknownScriptShare } from "../classifiers/scripts.ts";

const featurizer = new Featurizer(DEFAULT_FEATURES);
const fired = (messages: string[]) =>
  featurizer.extract(conversationInput(messages)).named.map((n) => NAMED[n]?.id);

describe("conversation features", () => {
  it("sees a greeting alone first, a link alone after praise, and no ask", () => {
    const ids = fired(["hey!", "I love your music so much", "soundcloud.com/dj-nova/new-ep"]);
    expect(ids).toEqual(
      expect.arrayContaining([
        "conversation",
        "conv_greeting_first",
        "conv_link_alone",
        "conv_link_after_praise",
      ]),
    );
    expect(ids).not.toContain("conv_ask_late");
  });

  it("sees the ask that arrives in a later message", () => {
    const ids = fired([
      "hi there",
      "I run a small label in Lyon",
      "want to remix our next single?",
    ]);
    expect(ids).toEqual(expect.arrayContaining(["conv_ask_late", "conv_last_asks"]));
    expect(ids).not.toContain("conv_link_after_praise");
  });

  it("sees a friendly opening that turns to a fee or bait, but not a late genuine ask", () => {
    expect(
      fired([
        "hii 😊",
        "your feed is such a vibe",
        "want to earn from home? the starter kit is only $99",
      ]),
    ).toContain("conv_pitch_late");
    expect(
      fired(["hallo!", "leuk profiel", "wil je bijverdienen vanuit huis? stuur me een dm"]),
    ).toContain("conv_pitch_late");
    // The same turn with a request for an opinion, or a fee in the first message, is not it.
    expect(
      fired(["hey", "my new single is out", "what do you think of the mix? soundcloud.com/a/b"]),
    ).not.toContain("conv_pitch_late");
    expect(
      fired([
        "hi there",
        "I run a small label in Lyon",
        "want to remix our next single? we pay $400",
      ]),
    ).not.toContain("conv_pitch_late");
  });

  it("counts the last message's words and word pairs once more, in a space of their own", () => {
    // The same text as one message and as a conversation: the char n-grams and the whole text's
    // words are the same, so the conversation's extra hashed buckets are its last message's.
    const hashed = (input: Parameters<Featurizer["extract"]>[0]) =>
      [...featurizer.extract(input).vector.idx].filter((i) => i < featurizer.namedBase).length;
    const messages = ["hey there", "artists pay a page fee"];
    const extra = hashed(conversationInput(messages)) - hashed({ text: messages.join("\n") });
    // Five words and four pairs of them.
    expect(extra).toBe(9);
  });

  it("gives one message none of them, however it is passed", () => {
    const conversational = NAMED.filter((f) => f.id.startsWith("conv")).map((f) => f.id);
    for (const input of [
      conversationInput(["hey! love your work soundcloud.com/x/y"]),
      {
        text: "hey! love your work soundcloud.com/x/y",
        messages: ["hey! love your work soundcloud.com/x/y"],
      },
    ]) {
      const ids = featurizer.extract(input).named.map((n) => NAMED[n]?.id);
      for (const id of conversational) expect(ids).not.toContain(id);
    }
  });

  it("scores a one-message conversation exactly as the message", async () => {
    const classifier = await LocalClassifier.load();
    for (const text of [
      "collab?",
      "check out my new EP soundcloud.com/a/b",
      "any tips on mixing?",
    ]) {
      const alone = classifier.predict({ text, platform: "discord", context: "dm" });
      const asConversation = classifier.predict(
        conversationInput([text], { platform: "discord", context: "dm" }),
      );
      expect(asConversation).toEqual(alone);
    }
  });

  it("reads the latest characters of a conversation longer than the features read", () => {
    const filler = Array.from({ length: 9 }, (_, i) => `${"la ".repeat(160)}${i}`);
    const last = "would you be up for a paid remix of our single? budget is $800";
    const ids = fired([...filler, last]);
    expect(ids).toEqual(expect.arrayContaining(["pay_words", "money"]));
  });
});

describe("reasons", () => {
  /** A model that scores every message by its biases alone, so its confidence is known. */
  const biased = (bias: number[]) =>
    new Model({
      labels: ["collaboration", "feedback_request", "spam"],
      features: DEFAULT_FEATURES,
      temperature: 1,
      bias: Float64Array.from(bias),
      weights: new Float32Array(featurizer.dim * 3),
      meta: {},
    });

  it("open with 'unsure' and the runner-up when the model is below 0.6", () => {
    const p = biased([0.5, 0.1, -0.2]).predict({ text: "the file is attached" });
    expect(p.label).toBe("collaboration");
    expect(p.confidence).toBeLessThan(0.6);
    const [, second] = p.probs as [number, number, number];
    // Rounded down: a confidence of 0.598 must not read as a sure-looking 0.60.
    const shown = (x: number) => (Math.floor(x * 100) / 100).toFixed(2);
    expect(p.reasons[0]).toBe(
      `unsure: ${shown(p.confidence)}, could also be feedback request (${shown(second)})`,
    );
    expect(p.reasons.length).toBeGreaterThan(1);
  });

  it("name words as the sender wrote them, and not the parts of a link", () => {
    const weights = new Float32Array(featurizer.dim * 3);
    // Words that push collaboration: the accented, the leet and the link-only one alike.
    for (const [word, w] of [
      ["hattest", 3],
      ["youtu", 4],
      ["free", 2],
      ["interesse", 1],
    ] as const)
      weights[featurizer.wordIndex(word) * 3] = w;
    const model = new Model({
      labels: ["collaboration", "feedback_request", "spam"],
      features: DEFAULT_FEATURES,
      temperature: 1,
      bias: new Float64Array(3),
      weights,
      meta: {},
    });
    const p = model.predict({ text: "Hättest du Interesse? Fr33 beats: youtu.be/abc" });
    expect(p.reasons.at(-1)).toBe("words like 'hättest', 'fr33', 'interesse'");
  });

  it("say nothing of doubt at 0.6 and above", () => {
    const p = biased([0, 0, 2]).predict({ text: "the file is attached" });
    expect(p.confidence).toBeGreaterThanOrEqual(0.6);
    expect(p.reasons.some((r) => r.startsWith("unsure"))).toBe(false);
  });
});

describe("named reasons", () => {
  it("name 'asks you a question' alone, not also the 'asks a question' it implies", async () => {
    const classifier = await LocalClassifier.load();
    const c = classifier.predict({
      text: "Could you give my new mix a listen and tell me what you think?",
    });
    expect(c.reasons).toContain("asks you a question");
    expect(c.reasons).not.toContain("asks a question");
  });
});

describe("a text in letters the model never learned", () => {
  it("counts the share of such letters: Cyrillic, Chinese, not Japanese or Latin", () => {
    expect(unknownScriptShare("Привет, давай работать вместе")).toBe(1);
    expect(unknownScriptShare("你好，我们想请你作曲")).toBe(1);
    expect(unknownScriptShare("一緒に曲を作りませんか")).toBe(0);
    expect(unknownScriptShare("Hättest du Lust? ça va, señor")).toBe(0);
    expect(unknownScriptShare("hi — давай")).toBeCloseTo(5 / 7);
  });

  it("is scored near even odds and says so, instead of a sure label", async () => {
    const classifier = await LocalClassifier.load();
    for (const text of [
      "Привет! Мы делаем инди-игру и ищем композитора, бюджет 500 евро. Интересно?",
      "Бесплатные подписчики! Переходи по ссылке free-followers.ru",
      "你好！我们在做一个独立游戏，想请你作曲，预算5000元。有兴趣吗？",
    ]) {
      const c = classifier.predict({ text });
      expect(c.confidence).toBeLessThan(0.6);
      expect(c.reasons).toContain(FOREIGN_REASON);
    }
    const japanese = classifier.predict({
      text: "インディーゲームのBGMを作曲してくれる方を探しています。予算は20万円です。",
    });
    expect(japanese.reasons).not.toContain(FOREIGN_REASON);
  });
});

describe("a greeting alone", () => {
  it("is scored near even odds with a reason that says there is nothing to go on yet", async () => {
    const classifier = await LocalClassifier.load();
    for (const input of [
      { text: "hey!" },
      { text: "hi there 👋" },
      conversationInput(["hey", "hello!!"]),
    ]) {
      const c = classifier.predict(input);
      expect(c.confidence).toBeLessThan(0.6);
      expect(c.reasons[0]).toMatch(/^unsure: /);
      expect(c.reasons.filter((r) => r.includes("only a greeting"))).toHaveLength(1);
    }
    // A greeting with an ask is not a greeting alone.
    const ask = classifier.predict({ text: "hey, collab?" });
    expect(ask.reasons.some((r) => r.includes("only a greeting"))).toBe(false);
  });
});
