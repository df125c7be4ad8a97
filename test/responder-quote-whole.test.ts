// The quoted question is whole and only itself: a Japanese question is not padded with the line
// before unless that line runs on into it; the first of a list of options is no name to leave
// out; a question after an ellipsis and a capital starts there.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("a Japanese question on a line of its own", () => {
  it.each([
    [
      "先輩ー\nショート動画のテンポ感ってどうやって決めてます？",
      "ショート動画のテンポ感ってどうやって決めてます？",
    ],
    [
      "こんにちは\n写真始めて半年くらいです\n夜景撮るときってISOどのくらいにしてますか？",
      "夜景撮るときってISOどのくらいにしてますか？",
    ],
    [
      "こんばんは〜\n質問いいですか\nミックスでボーカルが埋もれちゃうんですけど、どう直してますか？",
      "ミックスでボーカルが埋もれちゃうんですけど、どう直してますか？",
    ],
  ])("is quoted without a greeting or an intro before it (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("takes in a line that runs on into it, as Japanese joins them", () => {
    expect(questionToQuote("厚塗り練習中なんですけど\n肌の影ってどんな色選んでますか？")).toBe(
      "厚塗り練習中なんですけど、肌の影ってどんな色選んでますか？",
    );
  });

  it("is still quoted with the question right before it", () => {
    expect(
      questionToQuote("めっちゃ初歩的な質問でごめん、マスタリングって自分でやるべき？外注すべき？"),
    ).toBe("めっちゃ初歩的な質問でごめん、マスタリングって自分でやるべき？ 外注すべき？");
  });
});

describe("a list of options after the question", () => {
  it("keeps its first option", () => {
    expect(
      questionToQuote(
        "We're drowning in issues. How did you triage when yours blew up? Labels, bots, a rota?",
      ),
    ).toBe("How did you triage when yours blew up? Labels, bots, a rota?");
  });

  it("leaves a name out as before", () => {
    expect(questionToQuote("Sam, honestly, what do you charge for a logo?")).toBe(
      "honestly, what do you charge for a logo?",
    );
  });
});

describe("an ellipsis before the question", () => {
  it.each([
    [
      "Klient po szkicu przestał odpisywać, a zaliczki nie wziąłem… Jak ty to rozwiązujesz?",
      "Jak ty to rozwiązujesz?",
    ],
    ["I've been stuck on this for weeks… Should I switch to Krita?", "Should I switch to Krita?"],
  ])("ends the sentence before a capital (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it.each([
    "je sais pas si je dois déclarer en BNC ou en BIC… t'as fait comment toi ?",
    "is it worth it… or should I wait?",
  ])("goes on before a small letter (%s)", (text) => {
    expect(questionToQuote(text)).toBe(text);
  });
});
