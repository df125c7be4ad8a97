// The quoted question is the meaningful part: a long one loses its lead-in (before a colon, or a
// dash before a question) or keeps the clause that asks, else is not quoted (never cut off); leave
// to ask ("got a sec?") gives way to the question typed after it; "mind listening?" asks for a
// look at their work, not a question to think over.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";
import { adviceQuestion } from "../src/responder/reading.ts";

describe("the quoted question, when it is long", () => {
  it.each([
    [
      "Hello, I translate from Yoruba and I loved your essay on idioms, so I'd be grateful for your view on one thing: how do you carry a pun that has no equivalent, do you gloss it or rewrite it?",
      "how do you carry a pun that has no equivalent, do you gloss it or rewrite it?",
    ],
    [
      "Hey Ana, you've been shooting weddings on film for a decade and more — do you think hybrid coverage is worth offering or does it just double the editing work?",
      "do you think hybrid coverage is worth offering or does it just double the editing work?",
    ],
    [
      "Petite question pratique, vu que tu exposes dans les marchés depuis des années : ça vaut le coup de louer un stand à 150€ quand on n'a que quatre tirages ? Ou j'attends ?",
      "ça vaut le coup de louer un stand à 150€ quand on n'a que quatre tirages ? Ou j'attends ?",
    ],
  ])("leaves out its lead-in (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("quotes the clause after a comma that asks by itself, when the whole is too long", () => {
    const text =
      "Hi! I've been running a small pottery studio for about three years now and we're thinking about adding evening classes for adults who work full time, how do you decide what to charge per seat when materials and firing costs vary?";
    expect(questionToQuote(text)).toBe(
      "how do you decide what to charge per seat when materials and firing costs vary?",
    );
  });

  it("quotes none of one still too long, rather than cut it off with an ellipsis", () => {
    const text =
      "would you ever take on a client who wants unlimited revisions and a full buyout of the rights and a two day turnaround and a discount because it is good exposure for me?";
    expect(questionToQuote(text)).toBe("");
    // Still a question to answer: the reply thanks them for it without quoting it.
    expect(adviceQuestion(text)).toBe("");
  });

  it("quotes the first of two that do not fit together, whole, rather than cut the second", () => {
    const first =
      "do you think a music degree was worth it, or would you tell someone my age to just keep releasing songs on their own?";
    const text = `you studied music right? ${first} also, is there anything i should be practising now that you wish you had practised more?`;
    expect(questionToQuote(text)).toBe(first);
  });
});

describe("leave to ask, then the question", () => {
  it.each([
    [
      "yo\ngot a sec?\nis it better to learn krita or procreate first",
      "is it better to learn krita or procreate first?",
    ],
    [
      "hi\ncan i ask you something?\nhow do you price commissions vs prints",
      "how do you price commissions vs prints?",
    ],
    [
      "can i ask u something about mixing? how do u stop the bass and kick from clashing",
      "how do u stop the bass and kick from clashing?",
    ],
  ])("quotes the question, not the leave asked (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("keeps quoting a question with no question after it", () => {
    expect(questionToQuote("is it better to learn krita or procreate first?")).toBe(
      "is it better to learn krita or procreate first?",
    );
  });
});

describe("'mind listening?' with what to listen for", () => {
  it.each([
    "mind listening? the drop feels weak",
    "would you mind reading? not sure the ending lands",
    "the bridge feels flat, mind checking it out?",
  ])("is a look asked at their work, not a question to think over (%s)", (text) => {
    expect(adviceQuestion(text)).toBeNull();
  });
});
