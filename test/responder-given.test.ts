// Drafts that asked for what the message gave: work by an invitation ("invite you to play"), a
// sponsor's or a funder's named work ("sponsor your next two videos", "fund a feature"), the
// Turkish and Portuguese asks "hazırlamanızı isteriz" and "te convidar pra mediar", work posted
// in a thread or a channel (not the reader's, "the design you posted"), and a Polish job ad linked.
import { describe, expect, it } from "vitest";
import { asksForWork } from "../src/responder/asked-foreign.ts";
import { briefCameAlong } from "../src/responder/brief.ts";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { sentWork } from "../src/responder/sent.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");

describe("a collaboration that said it is not asked it again", () => {
  it("hears the work in an invitation or a booking, not in an invitation to a place", () => {
    expect(brief("We want invite you to play in August, we pay 1000 euro")).not.toContain("need");
    expect(brief("we'd love to book you as the headliner on the 28th, $150")).not.toContain("need");
    expect(brief("we'd love to invite you to our discord on the 28th, $150")).toContain(
      "what you need from me",
    );
  });

  it("reads a sponsor's or a funder's named work as the scope", () => {
    expect(brief("Can we sponsor your next two videos? Budget $1,200")).toBe("timeline");
    expect(brief("We'd like to fund a feature: support for R5 profiles. $8,000 fixed")).toBe(
      "timeline",
    );
    expect(brief("Would you take a paid contract to add streaming support? $5k fixed")).toBe(
      "timeline",
    );
  });

  it("reads an arrangement of a song and a pfp as work, not a referral arrangement", () => {
    expect(brief("we'd love a custom arrangement of 'Mr Blue Sky' for June, £250")).toBe("");
    expect(brief("can i commission a pfp? $30")).toBe("timeline");
    expect(brief("Would you be open to a standing referral arrangement? 10% fee")).toContain(
      "what you need from me",
    );
  });

  it("hears the Turkish ask with its ending and the Portuguese invitation to work", () => {
    expect(asksForWork("rota önerilerini senin hazırlamanı isteriz", "tr")).toBe(true);
    expect(asksForWork("Queríamos te convidar pra mediar um painel", "pt")).toBe(true);
  });

  it("thanks a Polish recruiter for the job ad linked", () => {
    const text = "Szukamy Senior Rust Engineera. Ogłoszenie: datawisla.pl/kariera/rust";
    expect(briefCameAlong(text, ["datawisla.pl/kariera/rust"])).toBe(true);
  });
});

describe("feedback whose work was posted is not asked for a link", () => {
  it.each([
    "Can someone sanity check my onboarding email copy? (pasted in thread)",
    "can you look at my loop? idk what to change (link's in #wip)",
    "Could you look at my lip sync test? File's in #wip-anim.",
    "would you glance at my abstract before I submit? Thread below 👇",
    "just checking if you saw the mockups, I'd value your take",
    "Sent you my manuscript summary last week via email, still up for a look?",
  ])("%s", (text) => {
    expect(sentWork(text)).toBe(true);
  });

  it("does not take their post in a channel or an offer to send for the work", () => {
    expect(sentWork("I saw your post in #lofi-producers, could I send you my loop?")).toBe(false);
    expect(sentWork("have you sent the invoice yet? can I send you my demo?")).toBe(false);
  });

  it.each([
    "I saw the design you posted and wanted to ask if you could look at my logo?",
    "saw the designs you did for Nike, could you look at my portfolio?",
    "I've seen the demo you dropped last week, could you listen to my track?",
    "I saw the sketch on your page, can you look at mine?",
    "I saw the design you posted in #showcase, would you look at my logo?",
  ])("does not take the reader's work the sender saw for theirs (%s)", (text) => {
    expect(sentWork(text), text).toBe(false);
    const reply = templateDraft(templateOptions({ ownerAbout: "" }), dm(text), {
      label: "feedback_request",
    }).text;
    expect(reply).toContain("Send one link or file");
  });

  it("still hears the sender's work the reader saw or asked for", () => {
    expect(sentWork("just checking if you saw the mockups you asked for")).toBe(true);
    const reply = templateDraft(
      templateOptions({ ownerAbout: "" }),
      dm("could you look at the mix you asked for?"),
      { label: "feedback_request" },
    ).text;
    expect(reply).toContain("I'll go through what you sent");
  });
});

describe("work the reader can already open", () => {
  it("hears a pull request or an issue of theirs by its number, and work posted in a channel", () => {
    for (const text of [
      "could you skim PR #77 before I ask for a merge? the cache part worries me",
      "ready for review whenever 🙏 #4021",
      "I filed issue #93 with a repro, is my reading of the spec wrong?",
      "the benchmark numbers are in issue #610, do they look plausible?",
      "i opened a pull request against your repo yesterday, is the approach ok?",
      "Aku taruh sketsanya di #wip, minta masukan ya",
      "Subí la maqueta en #feedback, ¿qué te parece la voz?",
      "Postei a capa no #feedback, o que achas do título?",
      "J'ai mis la démo dans #feedback, tu en penses quoi ?",
      "Hab die Skizze in #wip gepostet, was hältst du davon?",
      "L'ho caricato in #feedback, mi dici cosa ne pensi?",
    ])
      expect(sentWork(text), text).toBe(true);
    for (const text of [
      "I saw your post in #synth-help about filters, could I send you my patch?",
      "I'd like to propose streaming support (issue #512), should it live in core?",
      "you're my #1 inspiration, can I send you my first track?",
      "doing #100daysofcode, could you look at my repo when I'm done?",
    ])
      expect(sentWork(text), text).toBe(false);
  });
});
