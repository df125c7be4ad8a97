// A question typed without its mark is quoted without what they add about themselves after it:
// the question mark put back ends the question, not "i been trying for weeks".
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("an unmarked question with a statement after it", () => {
  it.each([
    ["how do u get ur pads so wide i been stuck on this all week", "how do u get ur pads so wide?"],
    ["what lens do you use, i saw your street photos", "what lens do you use?"],
    [
      "how did u learn to animate so fast 😭 i wanna do that too",
      "how did u learn to animate so fast?",
    ],
    ["which one would u pick i can't choose", "which one would u pick?"],
  ])("%s", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });

  it.each([
    ["how do i know if i want to go freelance", "how do i know if i want to go freelance?"],
    [
      "should i quit my job if i really love illustration",
      "should i quit my job if i really love illustration?",
    ],
    ["how do you handle clients who i can't reach", "how do you handle clients who i can't reach?"],
  ])("keeps a clause the question goes on into (%s)", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });
});
