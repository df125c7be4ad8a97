// A statement given a question mark ("if that makes sense?", "hope this isn't weird?") is not
// quoted over the question typed without its mark after it.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("a marked statement, then the question", () => {
  it.each([
    [
      "been going back and forth on this for weeks if that makes sense? how do you choose which paintings go in a show",
      "how do you choose which paintings go in a show?",
    ],
    [
      "hope this isn't weird? how do u get booked for weddings as a new dj",
      "how do u get booked for weddings as a new dj?",
    ],
    [
      "Not sure if you remember me? we met at the Bristol zine fair. what paper do you print your covers on",
      "what paper do you print your covers on?",
    ],
  ])("%s", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });

  it("keeps a marked question when nothing asks after it", () => {
    expect(questionToQuote("im 14 is that too young? my parents say yes")).toBe(
      "im 14 is that too young?",
    );
  });
});
