// A pay word beside a digit of a link or a word ("bit.ly/x3", "untitled-77", "A4", "v2") is
// still pay said, not a budget: the digit is no sum. A number cut by the window it is read in
// ("25 lucas"), or a sum written right after its word in Japanese ("予算2.5万"), still is one.
import { describe, expect, it } from "vitest";
import { describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(templateOptions({ ownerAbout: "" }), dm(text, { links: findLinks(text) }), {
    label: "collaboration",
  }).text ?? "";

describe("a pay word beside a digit that is no sum", () => {
  it("thanks for the script, not for a budget", () => {
    const text = "script: bit.ly/x3 can u voice it? paid";
    expect(collabDetails(text, "en")).toMatchObject({ paid: true, paidWork: true });
    expect(collabDetails(text, "en").budget).toBeUndefined();
    const reply = draft(text);
    expect(reply).toMatch(/^Hi Maya, thanks for reaching out\.\n/);
    expect(reply).toContain("Thanks for sending the brief along");
    expect(reply).not.toContain("budget");
  });

  it.each([
    "need a verse on this 🔥 https://soundcloud.com/tmx/untitled-77 paid",
    "want one of my husky, paying whatever the A4 rate is",
    "We'd love to hire you to help us migrate from your v2 to v3 API, at your rate",
  ])("names no budget: %s", (text) => {
    expect(collabDetails(text, "en").budget).toBeUndefined();
    expect(draft(text)).not.toContain("the budget");
  });
});

describe("a number beside a pay word is still kept", () => {
  it.each([
    ["¿Me dibujas a Michi como sticker de WhatsApp? 25 lucas por Mercado Pago 🐱", "es"],
    ["同人誌の表紙お願いできますか？締切12月、予算2.5万です", "ja"],
  ] as const)("%s", (text, language) => {
    expect(collabDetails(text, language).budget).toBeDefined();
    expect(describeDetails(collabDetails(text, language), language)).toMatch(/presupuesto|予算/);
  });
});
