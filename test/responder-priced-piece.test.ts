// A piece named with its price ("$150 for the verse", "the cover for £300") or a length with what
// it is of ("score 90 seconds of footage", "channel trailer, 45 sec") says what the work is and how
// much: the brief does not ask for the scope, nor what they need, again. A sum for a time, a
// phase or the work as a whole names no piece.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

const brief = (text: string) => askBrief(collabDetails(text), "en");

describe("a piece with its price, or a length of work", () => {
  it.each([
    "$150 for the verse, u down?",
    "we'd pay $600 for a dedicated review of our new synth",
    "u take comms?? $40 for a chibi of my oc",
    "our studio would pay £700 for one reel using our paints",
    "could you do the album art? £300 for the cover, refs below",
    "can you score 90 seconds of footage for my short? $300",
    "launch teaser, 30 sec, $200, clips are all shot",
  ])("asks for no scope and no 'what you need' (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.scope, text).toBe(true);
    expect(brief(text)).not.toContain("scope");
    expect(brief(text)).not.toContain("what you need");
  });

  it.each([
    "our fund can give you $10,000 for the next year, would you apply?",
    "we have about £6k for a first phase, would you scope it with us?",
    "happy to pay $500 for your time, could we talk about a collab?",
    "we have $2k for the project, interested?",
  ])("does not take a time, a phase or the whole for a piece (%s)", (text) => {
    expect(collabDetails(text).scope, text).toBeUndefined();
    expect(brief(text)).toContain("scope");
  });
});
