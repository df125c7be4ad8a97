// Work asked by its verb and a count of two digits ("would you shoot 12 of them?", "can u make 20
// mini figures"): the count is the object as "a" or "3" is, so the work is asked of them.
import { expect, it } from "vitest";
import { asksWorkByVerb } from "../src/responder/asked-work.ts";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

it("reads a verb before a count of more than one digit", () => {
  for (const text of [
    "would you shoot 12 of our rescue dogs? £300",
    "can u make 20 mini plushies for my stall, will pay",
    "need someone to score 90 seconds of trailer, $400",
  ]) {
    expect(asksWorkByVerb(text), text).toBe(true);
    expect(askBrief(collabDetails(text, "en")), text).not.toContain("what you need from me");
  }
  // Not a number glued to letters: "make 2nd" asks no work by itself.
  expect(asksWorkByVerb("would you make 2nd place a prize?")).toBe(false);
});
