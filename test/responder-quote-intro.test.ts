// A question is quoted without the sender's self-introduction before it: a name and a job over
// several commas, "my name is…", "…and I wanted to ask how…", a question word run on with no
// stop; a question that leans on what they said ("…how you structure yours") keeps it.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("a question after a self-introduction", () => {
  it.each([
    [
      "Hey! I'm Priya, a second-year animation student in Leeds and a big fan of your reels, how do you block out a walk cycle?",
      "how do you block out a walk cycle?",
    ],
    [
      "Hello, my name is Tomek and I restore old radios as a hobby, how do you source replacement valves?",
      "how do you source replacement valves?",
    ],
    [
      "I'm a self-taught potter trying to sell at markets and I wanted to ask how you price mugs with hand painting?",
      "how you price mugs with hand painting?",
    ],
    [
      "im 15 and i just started editing videos what should i learn after cutting and transitions?",
      "what should i learn after cutting and transitions?",
    ],
  ])("%s", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });

  it.each([
    [
      "I'm running my first zine fair table and I wondered how you set up yours: flat or on stands?",
    ],
    ["im 17 and i want to get into UI design how do i start?"],
    ["i'm charging $15 for a sketch, is that too low?"],
  ])("keeps what the question leans on (%s)", (text) => {
    expect(questionToQuote(text)).toBe(text);
  });
});
