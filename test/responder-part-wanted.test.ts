// The reader's part said in shapes the readers missed: wanted as a part or for a date ("want u as
// our featured act", "want u for july 14"), a session with them, a contract offered to lead the
// work, "wanna come through and do visuals", "we're short a lead coach". The brief then does not
// ask "what you need from me"; and a month is not part of a role ("our October speaker").
import { describe, expect, it } from "vitest";
import { collabDetails, saysWhatTheyNeed } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) =>
  templateDraft(options, dm(text), { label: "collaboration" }).text ?? "";

describe("the reader's part, said", () => {
  it.each([
    "i host an open mic and want u as our featured act next month, $150",
    "we run a rooftop party series in Lisbon, want u for july 14, €800 + flights",
    "we'd love a monthly post-run stretch session with you, $250 per session",
    "we'd like to offer you a contract to lead its development, the app is a budgeting tool, $9k",
    "wanna come through and do visuals at our warehouse party on May 9? $200",
    "we're short a lead coach for week 2 (July 14-18), $1,100 for the week",
  ])("is not asked again: %s", (text) => {
    expect(saysWhatTheyNeed(collabDetails(text, "en"))).toBe(true);
    expect(draft(text)).not.toContain("what you need from me");
  });

  it.each([
    "love you for the support last year, want to make something for the festival?",
    "you were short a hand at the wedding, i can help for $45/hr if it happens again",
    "I have a show on the 14th, fancy coming along to watch?",
  ])("is not read where it is not: %s", (text) => {
    expect(saysWhatTheyNeed(collabDetails(text, "en"))).toBe(false);
  });

  it("names the role without its month", () => {
    expect(collabDetails("want you as our October speaker at the design meetup", "en").role).toBe(
      "speaker",
    );
  });
});
