// A collaboration request that says how much work it wants ("3 emotes", "a 30-second intro")
// has stated its scope: the draft thanks them for it and does not ask for it again.
import { describe, expect, it } from "vitest";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails, isConcrete } from "../src/responder/details.ts";
import { NUMBER_WORDS } from "../src/responder/scope.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

describe("a count or a size of work is a scope stated", () => {
  it.each([
    "could you letter two pages for us? $80 a page",
    "looking for 9 pixel-art sprites, 48x48, $20 each, by the 20th",
    "we'd love a 30-second intro for our channel, $200",
    "our quarterly could use a 2,000-word essay on kiln design, fee $350",
    "can you do a ref sheet for my dnd party's ranger? $70",
    "our shop would like 45 of your bowls for the spring window, $25 each",
    "budget $600 for ~30 item icons, whenever suits you",
  ])("does not ask for the scope again (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.scope).toBe(true);
    expect(askBrief(details, "en")).not.toContain("scope");
  });

  it.each([
    "could you teach 4 sessions at our studio this summer? $80/hr",
    // A burst: the thing counted ends its message.
    "we'd love one banner illustration\nbudget is $150",
  ])("reads sessions, and a thing at the end of a message (%s)", (text) => {
    expect(collabDetails(text).scope).toBe(true);
  });

  it("takes no chat, no role and none of the recipient's past work for one", () => {
    expect(collabDetails("could you draw 5 quick sketches of our cafe? $40 each").scope).toBe(true);
    for (const text of [
      "could we hop on a 30-minute call about a commission? $500 budget",
      "I loved your last 4 covers, any chance you take commissions? $300",
      "we need a cover artist for our novel, $900",
      "it starts with a 2-page form, then a $1,500 grant",
    ])
      expect(collabDetails(text).scope, text).toBeUndefined();
    expect(collabDetails("we'd adapt your story into a 4-episode radio play, $2k").scope).toBe(
      true,
    );
  });

  it("thanks them for the scope, and asks the brief only for what is missing", () => {
    const reply = templateDraft(
      templateOptions(),
      dm("hi! could you paint 5 small portraits for my family? $60 each"),
      { label: "collaboration" },
    );
    expect(reply.kind).toBe("collab_concrete");
    expect(reply.text).toContain("for being specific about the scope and the budget.");
    // "could you paint" says what they need from the owner: not asked again.
    expect(reply.text).toContain("a short brief (timeline)?");
    expect(describeDetails({ scope: true, budget: "10 €" }, "es")).toBe(
      "el alcance y el presupuesto",
    );
  });

  it("reads a count alone as a concrete ask", () => {
    expect(isConcrete(collabDetails("could you paint 2 portraits of my dogs?"))).toBe(true);
  });

  it("names what they count rather than the sender's own app", () => {
    const details = collabDetails(
      "we build a small recipe app; could you draw 6 stickers for it? $30 each",
    );
    expect(details.project).toBeUndefined();
    expect(details.scope).toBe(true);
    // With nothing counted, their own app is still who they are, not the work they ask for; a
    // podcast they host is where the work would be, and is named.
    expect(collabDetails("we build a small recipe app, want to partner?").project).toBeUndefined();
    expect(collabDetails("I host a small podcast, want to come on?").project).toBe("podcast");
  });
});
describe("a licence, a use of their work or 'one' of their kind of work is a scope stated", () => {
  it.each([
    "we'd like to license your lullaby for a phone game's menu screen, $400",
    "could our choir license 3 of your arrangements? €90 each",
    "is a one-off licence possible for the podcast intro? happy to pay $120",
    "may we use your skyline photo as our festival poster? £200",
    "saw your ceramic lamps, want one for my studio, budget $150",
    "could you make one like the oak spoon for my dad? $60",
    "need just one thumbnail for friday, $25",
  ])("does not ask what the work is (%s)", (text) => {
    const details = collabDetails(text);
    expect(details.scope).toBe(true);
    expect(askBrief(details, "en")).not.toContain("scope");
  });

  it.each([
    "are you the one who painted the bakery sign? we need a muralist, $900",
    "want to be one of the speakers at our meetup? $100 honorarium",
    "I'd love to score one of your future games someday, $0 for now lol",
    "the code stays under your license, we'd fund the port for $2k",
  ])("takes no 'one' of something else and no code licence for one (%s)", (text) => {
    expect(collabDetails(text).scope).toBeUndefined();
  });
});

// The counts' lookaheads and the COUNT_WORD prefilter are built from NUMBER_WORDS: a word in the
// list that one of them missed would silently stop counting (the scan is skipped or rejected).
describe("every number word counts, in a count of pieces and in time worked", () => {
  it.each(NUMBER_WORDS.split("|"))("%s", (word) => {
    expect(collabDetails(`could you draw ${word} emotes for my channel?`).scope).toBe(true);
    expect(collabDetails(`we need you for ${word} days of shooting in May`).scope).toBe(true);
  });
});

describe("a set, a slot or a talk with its length", () => {
  it.each([
    "we're throwing a rooftop party on June 3, want you to play the 10pm-12am slot? $300",
    "could you play the 9-11pm slot at our bar night on the 12th? €200",
    "need a b2b set with me, 60 min, on Friday, $150 each",
    "can you make a 15 sec intro for my stream? $80",
    "would you give a 30 min talk at our meetup on May 4? $200",
    "tu faz 3h de set no sábado? cachê 600",
  ])("reads the length as the scope (%s)", (text) => {
    expect(collabDetails(text).scope, text).toBe(true);
  });

  it("does not read a call's length as the scope", () => {
    expect(
      collabDetails("hiring a senior designer, $120k, open to a 20 min intro call?").scope,
    ).toBeUndefined();
  });
});
