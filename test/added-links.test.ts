// Which links of a draft the sender never sent: what every card's warning is made from.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addedLinks } from "../src/added-links.ts";
import { ownerLinks } from "../src/owner-links.ts";
import type { InboundMessage, Review } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";
import { pendingReview } from "./helpers/reviews.ts";

function review(messages: InboundMessage[], draft: string, extra: Partial<Review> = {}): Review {
  return pendingReview("r1", {
    message: messages.at(-1) as InboundMessage,
    messages,
    messageCount: messages.length,
    draft: { kind: "collab_concrete", text: draft, source: "llm" },
    ...extra,
  });
}

const OWNER = { OWNER_NAME: "Alex", OWNER_ABOUT: "I mix records.", REPLY_TEMPLATES: undefined };

describe("addedLinks", () => {
  it("knows the sender's links in every message, their note, name and platform links, and their site", () => {
    const messages = [
      dm("first: my EP is on soundcloud.com/maya/ep"),
      dm("and the brief: notion.so/brief is not it, docs.co.uk/brief is", {
        author: { id: "u1", name: "Maya (maya.studio)" },
        note: "attachment press-kit.de",
        links: ["https://slack-found.example/label-hid-it"],
      }),
    ];
    const draft =
      "Thanks! I'll hear HTTPS://www.SoundCloud.com/maya/ep/, read docs.co.uk/brief, see maya.studio, press-kit.de and slack-found.example/label-hid-it, and soundcloud.com too. Log in at evil.de/login or https://paypal.com@evil.de/, or docs.co.uk/other.";
    expect(addedLinks(review(messages, draft))).toEqual([
      "evil.de/login",
      "https://paypal.com@evil.de/",
      "docs.co.uk/other",
    ]);
  });

  it("flags endings the responder reads as words when a draft adds them (.ai, .so, .top)", () => {
    const r = review(
      [dm("loved the fast.ai course, my notes: notion.so/maya")],
      "Sure! Verify at wallet-check.ai or claim.top/gift; notion.so/maya and fast.ai are yours.",
    );
    expect(addedLinks(r)).toEqual(["wallet-check.ai", "claim.top/gift"]);
  });

  it("judges a model's draft only: a template holds the owner's words", () => {
    const r = review([dm("hello")], "See evil.de/login");
    expect(addedLinks(r)).toEqual(["evil.de/login"]);
    expect(addedLinks({ ...r, draft: { ...r.draft, source: "template" } })).toEqual([]);
  });

  it("in an edit, keeps the model's links the edit kept and leaves the reviewer's own alone", () => {
    const r = review([dm("hello")], "Log in at evil.de/login and bit.ly/x");
    const kept = { ...r, status: "sent" as const, finalText: "Hi, EVIL.de/login/ and alex.studio" };
    expect(addedLinks(kept)).toEqual(["EVIL.de/login/"]);
    expect(addedLinks({ ...r, finalText: "Hi, see alex.studio" })).toEqual([]);
  });

  it("leaves out the owner's links: their about line, name and the links in their reply templates", () => {
    const dir = mkdtempSync(join(tmpdir(), "added-links-"));
    const templates = join(dir, "replies.md");
    writeFileSync(templates, "## collab_vague\nHi {sender}, my rates are at alex.studio/rates.\n");
    const owner = ownerLinks({
      ...OWNER,
      OWNER_ABOUT: "I mix records (alex.ai). Book a call: https://cal.com/alex",
      REPLY_TEMPLATES: templates,
    });
    expect(owner).toEqual(
      expect.arrayContaining(["https://cal.com/alex", "alex.studio/rates", "alex.ai"]),
    );
    const r = review(
      [dm("hello")],
      "Rates: https://www.alex.studio/rates/, book at cal.com/alex. Or evil.de/login. alex.ai",
    );
    expect(addedLinks(r, owner)).toEqual(["evil.de/login"]);
    expect(addedLinks(r, ownerLinks(OWNER))).toEqual([
      "https://www.alex.studio/rates/",
      "cal.com/alex",
      "evil.de/login",
      "alex.ai",
    ]);
  });
});
