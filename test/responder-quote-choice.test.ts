// A "which first?" question keeps what it asks: the lead-in before its options is the question
// ("Which should I learn first: Blender or Maya?"), and a bare choice is quoted with the clause
// before it that says what it chooses ("I can't pick which to learn first. Krita or Procreate?").
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";

describe("a choice quoted with what it asks", () => {
  it.each([
    [
      "Which should I learn first: Houdini or Blender?",
      "Which should I learn first: Houdini or Blender?",
    ],
    [
      "hi! I'm a student. What's better for a beginner: a kit lens or a 35mm prime? thanks",
      "What's better for a beginner: a kit lens or a 35mm prime?",
    ],
    [
      "I want to get into digital art and I can't pick which to learn first. Krita or Procreate?",
      "I can't pick which to learn first. Krita or Procreate?",
    ],
    [
      "hey\nwhich amp sim for metal\nNeural DSP or something free?",
      "which amp sim for metal: Neural DSP or something free?",
    ],
  ])("%s", (text, quote) => {
    expect(questionToQuote(text)).toBe(quote);
  });

  it("still leaves out a lead-in that only leads up to the question", () => {
    expect(questionToQuote("quick question: how do you price murals?")).toBe(
      "how do you price murals?",
    );
    expect(questionToQuote("what I keep wondering: how do you price murals?")).toBe(
      "how do you price murals?",
    );
    expect(questionToQuote("been making games for a while. godot or unity?")).toBe(
      "godot or unity?",
    );
  });
});
