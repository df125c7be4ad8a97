// A plain advice question with nothing attached is a question to answer, not a look to ask for:
// Japanese that says it watches the reader ("いつも動画見てます") or asks from a viewpoint ("から
// 見て") asks no look, and a question shouted without its mark is still one.
import { describe, expect, it } from "vitest";
import { asksForALook } from "../src/responder/look.ts";
import { adviceQuestion } from "../src/responder/reading.ts";

describe("a plain question with nothing attached", () => {
  it("is no look asked for when Japanese only says it watches or reads the reader", () => {
    for (const text of [
      "いつも配信見てます！ 線画ってどのブラシ使ってますか？",
      "ブログいつも読んでます。独学でどこから始めましたか？",
      "初心者から見て、最初に買うべきマイクはどれだと思いますか？",
      "練習法について聞いてみたくて。毎日何時間描いてますか？",
    ]) {
      expect(asksForALook(text), text).toBe(false);
      expect(adviceQuestion(text), text).toBeTruthy();
    }
    for (const text of [
      "ポートフォリオ見てもらえませんか",
      "新曲聴いてほしいです！",
      "このデモ聴いて何が足りないか教えてもらえますか",
      "私のチャンネルも見てね",
      "冒頭だけ読んでいただけないでしょうか",
      "ポートフォリオを見て、足りないところを教えてもらえませんか？",
    ])
      expect(asksForALook(text), text).toBe(true);
  });

  it("is a question in Japanese asked without its mark, of the reader's ways, or as advice", () => {
    for (const text of [
      "朝に描く派と夜に描く派、どっちが続くんでしょう。三日坊主になりがちで…",
      "自作で革小物始めました。コバがすぐ毛羽立ってしまうんですが、何番のヤスリから使ってますか？",
      "初めての個展、値段をどう決めればいいか相談させてください",
    ])
      expect(adviceQuestion(text), text).not.toBeNull();
    // "大丈夫でしょう" (surely fine) asks nothing.
    expect(adviceQuestion("たぶん大丈夫でしょう。ありがとうございます"), "surely fine").toBeNull();
  });

  it("is a question shouted or typed fast without its mark", () => {
    for (const [text, asked] of [
      ["WHAT REVERB IS THAT ON THE SNARE", "WHAT REVERB IS THAT ON THE SNARE?"],
      ["how much should i ask for a mural", "how much should i ask for a mural?"],
      ["WHY DO MY SKIN TONES LOOK GREY", "WHY DO MY SKIN TONES LOOK GREY?"],
      ["how to get better at perspective", "how to get better at perspective?"],
      ["is a 50mm enough for weddings", "is a 50mm enough for weddings?"],
      ["WHY IS MY SOURDOUGH SO DENSE. WHAT AM I DOING WRONG", "WHY IS MY SOURDOUGH SO DENSE?"],
    ] as const)
      expect(adviceQuestion(text), text).toBe(asked);
    // What they tell, and a look asked after the question, are no question to think over.
    for (const text of [
      "what i did was redo the drums, would love ur ears",
      "when the mix is done ill send it over",
      "why does my shading look flat 😭 can u peek",
    ])
      expect(adviceQuestion(text), text).toBeNull();
  });
});
