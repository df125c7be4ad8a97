// A word that only says the work is paid ("paid", "a speaker fee", "your day rate", "can I
// commission you") is no budget: the draft does not thank them "for being specific about the
// budget", and does not ask for one either. A sum or a share beside it still is one.
import { describe, expect, it } from "vitest";
import { describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails, missingFromBrief } from "../src/responder/details.ts";
import { moneyTerms } from "../src/responder/money.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(templateOptions(), dm(text), { label: "collaboration" }).text ?? "";

describe("a pay word without a sum", () => {
  it.each([
    "i want a portrait of my dog for my mom's birthday, happy to pay whatever your rate is",
    "would you be up for mastering it for real? happy to pay your rate",
    "any chance you'd moderate a panel for us in April? paid",
    "Could we book you for a session on your water shader? Travel covered plus a speaker fee.",
    "could I commission a small lap quilt for her? happy to pay whatever's fair",
    "yo u down to shoot my music video? small budget but we can make it work",
  ])("is pay said, not a budget named: %s", (text) => {
    const details = collabDetails(text, "en");
    expect(details.budget).toBeUndefined();
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
    expect(describeDetails(details)).not.toContain("budget");
    expect(draft(text)).not.toContain("budget");
  });

  it.each([
    "can i commission u?? pls say yes",
    "would u model for my art class? paid",
    "Can I hire you for a half day to review our infra? Usual rate is fine",
  ])("still makes a job to ask about, thanked for nothing it did not name: %s", (text) => {
    const text0 = draft(text);
    expect(text0).toMatch(/^Hi Maya, thanks for reaching out\.\n/);
    expect(text0).toContain("Could you tell me a bit about it (");
    expect(text0).not.toContain("being specific");
  });
});

describe("a sum or a share is still the budget", () => {
  it.each([
    ["We cover travel + hotel and a small fee (SEK 4,000). Interested?", "SEK 4,000"],
    ["half-day workshop on research synthesis, DKK 8,000 fee plus travel", "DKK 8,000"],
    [
      "Could we commission a new arrangement for our concert on 14 Dec? We have 8,000 NOK.",
      "8,000 NOK",
    ],
    ["3 illustrations for our menu boards, 900 CAD", "900 CAD"],
    ["record sax over 3 of your tracks, paid per track, split the masters", "split"],
    ["Remote, salary + equity. Mind if I send details?", "equity"],
  ])("%s", (text, budget) => {
    expect(moneyTerms(text).budget).toBe(budget);
    // A split is named back as the split, a sum (or equity beside a salary) as the budget.
    expect(describeDetails(collabDetails(text, "en"))).toContain(
      budget === "split" ? "the split" : "the budget",
    );
  });
});
