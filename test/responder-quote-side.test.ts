// A short question added on the side ("also do you have a discord?") is not the one to quote: the
// main question before it is, marked or not.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("a side question after the main one", () => {
  it.each([
    [
      "How do you plan panel layouts for a webtoon? also do you have a discord?",
      "How do you plan panel layouts for a webtoon?",
    ],
    [
      "hi!\nshould I learn to code shaders or stick to node graphs at first?\nbtw where did u study?",
      "should I learn to code shaders or stick to node graphs at first?",
    ],
    ["how do u get ur skies so soft. ps are u on bluesky?", "how do u get ur skies so soft?"],
    [
      "what strings do you use on the bass? also do you stream? also are you on tiktok?",
      "what strings do you use on the bass?",
    ],
  ])("%s", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });

  it("is quoted when there is no main question before it", () => {
    expect(questionToQuote("love your streams! also do you have a discord?")).toBe(
      "do you have a discord?",
    );
  });
});
