// Kind words are thanked only when the owner or their work is praised: "would love your take" is
// a wish, "fire or nah?" a question about the sender's own piece, and "just released my first
// zine!" news. Praise beside them is still thanked.
import { describe, expect, it } from "vitest";
import { hasKindWords } from "../src/responder/reading.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("kind words", () => {
  it.each([
    "just put out my first zine!! would love your thoughts",
    "i'd love ur honest opinion on the cover, link below",
    "new beat up, fire or nah?",
  ])("none in: %s", (text) => {
    expect(hasKindWords(text), text).toBe(false);
    const draft = templateDraft(templateOptions(), dm(text), { label: "feedback_request" });
    expect(draft.text).not.toContain("kind words");
  });

  it.each([
    "I love your zines, would love your take on mine",
    "I'd love your eyes on this, your tutorials are amazing",
    "your last EP was fire, can you check my mix?",
  ])("praise beside a wish: %s", (text) => {
    expect(hasKindWords(text), text).toBe(true);
  });
});
