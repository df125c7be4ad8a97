// A feedback request that says what the work must do or where it fails is not asked for "the one
// thing you most want feedback on": "I want new players to not get lost in the menu", "I want it
// friendly without sounding desperate", "I don't want to oversell it", "the vocal sounds fine on
// my phone but thin on the monitors". A wish put to the reader ("I want you to tell me…") says no
// such thing.
import { describe, expect, it } from "vitest";
import { statesConcern } from "../src/responder/concern.ts";

describe("what the work must do, said", () => {
  it.each([
    "could you look at my onboarding screens? I want new players to not get lost in the menu",
    "would you read my cover letter? I want it friendly without sounding desperate",
    "can you check my shop listing? I don't want to oversell it",
    "the vocal sounds fine on my phone but thin on the monitors, would you listen?",
    "my logo looks good on white and muddy on dark backgrounds, can you take a look?",
  ])("%s", (text) => {
    expect(statesConcern(text), text).toBe(true);
  });

  it.each([
    "I want you to tell me what you think, could you look at my site?",
    "we need you to look at it this week, could you review my deck?",
    "could you look at my zine? I want to print it next month",
  ])("not said: %s", (text) => {
    expect(statesConcern(text), text).toBe(false);
  });
});
