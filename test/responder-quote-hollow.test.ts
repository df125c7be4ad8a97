// A question too short to say what it asks ("normal??", "opinions?", "which one?"), away from the
// question it leans on, is not what the reply quotes: the question with content is, marked or not.
// With no such question, or right after the one it leans on, it is quoted as before.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";
import { describeRatio, growth, LINEAR_GROWTH, repeated } from "./helpers/growth.ts";

describe("a hollow question away from the one with content", () => {
  it.each([
    [
      "is the intro too long or is it fine? my friend says it drags but idk. normal??",
      "is the intro too long or is it fine?",
    ],
    [
      "should I go with the darker palette or keep it light? my gf likes dark. opinions?",
      "should I go with the darker palette or keep it light?",
    ],
    [
      "hi! quick question about my portfolio\nshould I lead with the character work or the environments?\nI have like 12 pieces of each\nwhich one?",
      "should I lead with the character work or the environments?",
    ],
    [
      "should i raise my prices or wait till i have more followers? i have 800 now. too early?",
      "should i raise my prices or wait till i have more followers?",
    ],
    // A question that mentions asking is no leave to ask when it is long.
    [
      "Is it normal for a client to ask for the PSD files? I never gave them before. Normal??",
      "Is it normal for a client to ask for the PSD files?",
    ],
    // On a line of its own, after the question.
    [
      "is 120 bpm too slow for a house track or is it fine?\nnormal??",
      "is 120 bpm too slow for a house track or is it fine?",
    ],
  ])("quotes the one with content (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it.each([
    [
      "should I go with the darker palette or keep it light. thoughts?",
      "should I go with the darker palette or keep it light?",
    ],
    [
      "thoughts? should I go with the darker palette or keep it light",
      "should I go with the darker palette or keep it light?",
    ],
  ])("quotes one typed without its mark (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it.each([
    // Nothing else is asked.
    ["i've been drawing for 2 years and still hate my lineart. normal??", "normal??"],
    // The other question only asks leave to ask.
    [
      "Hola Andrés, ¿te puedo hacer una consulta? Me ofrecieron un puesto con un sueldo bajísimo. ¿Vos lo aceptarías?",
      "¿Vos lo aceptarías?",
    ],
    // Right after the question it leans on, both are quoted.
    ["hey, I charge $20 per sketch. is that too low? normal?", "is that too low? normal?"],
    // A choice says what it asks.
    ["should I learn blender first? I have a week off. pink or silver?", "pink or silver?"],
  ])("quotes it as before otherwise (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("stays fast on a long run of hollow questions", () => {
    // Each "thoughts?" looks for a question with content before it: none is there, once read.
    const g = growth(questionToQuote, repeated("ok. thoughts? ", 5_000, "", "so "));
    expect(g.ratio, describeRatio("so ok. thoughts? …", g)).toBeLessThan(LINEAR_GROWTH);
  });
});
