// Work asked of the owner in the shorter shapes of a DM and with the verbs of live work: "would
// you DJ the first four?", "wanna play the opening night?", "you'd host", "have you on our
// podcast". Each says what they need of the owner, so the brief does not ask it again.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");
const NEED = "what you need from me";

describe("work asked in the shorter shapes", () => {
  it("hears the verbs of live and hand work", () => {
    expect(brief("would you DJ the first four? £150 a night, from May")).not.toContain(NEED);
    expect(brief("Would you stitch our late golden retriever? $140 plus shipping")).not.toContain(
      NEED,
    );
    expect(brief("we want u to commentate our charity marathon, $150")).not.toContain(NEED);
    expect(brief("Could you run a live workshop for us on 22 June? £600")).not.toContain(NEED);
  });

  it("hears a bare 'wanna' or 'want to' that speaks to the owner", () => {
    expect(brief("wanna play the opening night? door split 70/30, june 14")).not.toContain(NEED);
    expect(brief("want to write for our blog? paid per post")).not.toContain(NEED);
    expect(brief("would you be up to do the art? rev share 50/50")).not.toContain(NEED);
    // The sender's own plans are no work asked of the owner.
    expect(brief("we want to build a Spanish app, $500, in May")).toContain(NEED);
  });

  it("hears the owner's part said as 'you'd' at the end of its clause, and a guest spot", () => {
    expect(brief("We'd provide prompts for a monthly night, you'd host. $200")).not.toContain(NEED);
    expect(brief("i'd love to have you on my podcast about freelancing, unpaid")).not.toContain(
      NEED,
    );
    expect(brief("it's 40 min, I'd love to have you on board, $300")).toContain(NEED);
  });

  it("does not take a call or a thing made together for work asked", () => {
    expect(collabDetails("hey! want to do a quick call next week?", "en").asked).toBeUndefined();
    // Made together: the vague ask still gets its one question.
    expect(collabDetails("yo wanna do a cover together", "en").asked).toBeUndefined();
    expect(collabDetails("hey wanna do the 7DRL together?", "en").asked).toBeUndefined();
  });
});

describe("the work divided between the two", () => {
  it("reads the owner's part in a trade or a split of the work", () => {
    expect(brief("can we do an art trade? i draw ur oc, u draw mine")).not.toContain(NEED);
    expect(brief("yo i'll mix ur next song for free if u make me a beat")).not.toContain(NEED);
    expect(brief("collab video? you cook the dish, I do the history of it. $200")).not.toContain(
      NEED,
    );
  });

  it("does not read what the owner gets, did or is as their part", () => {
    expect(
      brief(
        "we'd love to partner with you for your course: we'd offer your students an audit and you'd get a 15% fee",
      ),
    ).toContain(NEED);
    expect(
      brief("If you run a newsletter, sign up and I'll match you with a partner, $50"),
    ).toContain(NEED);
    expect(brief("I love how you draw the hands, we should make a zine in May")).toContain(NEED);
    expect(brief("we met when you played the Lexington, I run a label, $300")).toContain(NEED);
  });
});
