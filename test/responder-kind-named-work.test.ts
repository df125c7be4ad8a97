// Praise of the reader's named work with "the" ("love the show!!", "the last episode was so
// good") is kind words, as "love your show" is; a wish ("would love the podcast to…") is not.
import { describe, expect, it } from "vitest";
import { hasKindWords } from "../src/responder/reading.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("praise of the reader's named work", () => {
  it.each([
    "love the show!! would you be up for a collab episode?",
    "loved the zine, the risograph colours were wild",
    "enjoying the newsletter a lot lately",
    "the last episode was great, wanna do a crossover?",
    "the latest video is really good btw",
  ])("is kind words: %s", (text) => {
    expect(hasKindWords(text)).toBe(true);
  });

  it.each([
    "would love the podcast to have you on as a guest",
    "we'd love the channel to host a charity stream with you",
    "the last episode is next friday, can you guest?",
  ])("is not in a wish or a plain fact: %s", (text) => {
    expect(hasKindWords(text)).toBe(false);
  });

  it("is thanked", () => {
    const text = templateDraft(
      options,
      dm("love the show!! would you be up for a collab episode sometime?"),
      { label: "collaboration" },
    ).text;
    expect(text).toContain("kind words");
  });
});
