// A question quoted back without what they said before it: a lurker's hello ("long-time lurker
// in #pricing here, did you ever…?") or what happened before a dash ("@Dana posted my landing
// page in #wip — is the hero too busy?"). What the reader did, which the question asks about,
// stays ("you did a similar move — did you grandfather…?").
import { describe, expect, it } from "vitest";
import { quoted } from "../src/responder/question-cut.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("a question's lead-in", () => {
  it("quotes a lurker's question without the hello", () => {
    const text = templateDraft(
      options,
      dm("long-time lurker in #pricing here, did you ever raise your rates mid-project?"),
      { label: "feedback_request" },
    ).text;
    expect(text).toContain('"did you ever raise your rates mid-project?"');
    expect(text).not.toContain("lurker");
  });

  it.each([
    [
      "long time lurker here, how do you handle clients who ghost?",
      "how do you handle clients who ghost?",
    ],
    ["@Dana posted my landing page in #wip — is the hero too busy?", "is the hero too busy?"],
    [
      "I'm getting into film photography — is the Canon AE-1 still worth it?",
      "is the Canon AE-1 still worth it?",
    ],
  ])("cuts %s", (sentence, question) => {
    expect(quoted(sentence)).toBe(question);
  });

  it.each([
    "Ableton — is it worth it?",
    "you did a similar move with Pagepeek — did you grandfather existing customers?",
    "You've run a few events — how do you get more talks submitted?",
  ])("keeps what the question leans on: %s", (sentence) => {
    expect(quoted(sentence)).toBe(sentence);
  });
});
