// A concrete collaboration's brief asks "what you need from me" only when the sender has not
// said it: a role they offer the owner, or work asked by its verb, already says it. With nothing
// else missing, the draft asks nothing and says the owner will check the schedule and reply.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) =>
  templateDraft(options, dm(text, { links: findLinks(text) }), { label: "collaboration" }).text ??
  "";

describe("what the owner is needed for", () => {
  it("is not asked again once a role or the work itself was asked for", () => {
    expect(askBrief({ role: "engineer" }, "en")).toBe("scope, timeline, and budget");
    expect(askBrief({ asked: true, budget: "$300" }, "en")).toBe("scope and timeline");
    expect(askBrief({ role: "Sängerin", date: "Mai" }, "de", true)).toBe("Umfang und Budget");
    // Nothing named but a project: what they need is still open.
    expect(askBrief({ project: "zine" }, "en")).toBe("timeline, budget, and what you need from me");
    expect(askBrief({ project: "zine" }, "fr", true)).toContain("ce que vous attendez de moi");
  });

  it("leaves nothing to ask when the role, the timing and the pay are all given", () => {
    const text = draft("We're hiring a composer for our EP launch in May, $3k for the job.");
    expect(text).toContain("the EP, the composer role, the timing and the budget");
    expect(text).toContain(
      "It sounds worth a proper look. I'll check it against my schedule and get back to you; if it fits, I'll suggest a quick call",
    );
    expect(text).not.toMatch(/brief|\(\)|what you need/);
  });

  it("proposes no call when nothing is paid, and still thanks for a brief that came along", () => {
    const swap = draft(
      "Would you record a verse for our charity single in June? It's unpaid, all for the shelter.",
    );
    expect(swap).toContain("I'll check it against my schedule and get back to you");
    expect(swap).toContain("we can sort out the rest right here in messages");
    expect(swap).not.toMatch(/call|what you need/);
    const briefed = draft(
      "We'd like you to shoot the catalogue for our spring ceramics, 40 pieces, $2,000, late April. Brief: example.com/brief/ceramics",
    );
    expect(briefed).toContain(
      "Thanks for sending the brief along; I'll go through it carefully, check it against my schedule and get back to you.",
    );
    expect(briefed).not.toMatch(/isn't in it yet|what you need/);
  });

  it.each([
    "we'd love you to design the cover for our next zine",
    "I want you to shoot my new collection",
    "would you be up for mixing it? the stems are ready",
    "we would like you to play at our launch party",
    "I need u to edit my vlog",
  ])("hears work asked for by its verb (%s)", (text) => {
    expect(collabDetails(text).asked).toBe(true);
  });

  it.each([
    "would you like to collab sometime?",
    "we'd love you to get in touch",
    "would you be open to a quick chat?",
    "I want you to know how much your work means",
  ])("does not hear work in a wish or a chat (%s)", (text) => {
    expect(collabDetails(text).asked).toBeUndefined();
  });
});
