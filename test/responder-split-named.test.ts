// A split of earnings ("50/50", "split the royalties") is named back as the split, not as a
// budget; costs shared ("we share the costs of mastering", "dividiamo spese") are the terms said,
// so no budget is asked back.
import { describe, expect, it } from "vitest";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";

const named = (text: string, language: Language = "en") =>
  describeDetails(collabDetails(text, language), language);
const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);

describe("a split is named back as the split", () => {
  it.each([
    "let's make a track together, 50/50 split",
    "we could split the royalties 60/40",
    "I'd love to feature you on my next single, we split the profits",
    "want to co-write? rev share on streams",
  ])("%s", (text) => {
    expect(named(text)).toContain("the split");
    expect(named(text)).not.toContain("budget");
  });

  it("in the other languages too", () => {
    expect(named("on fait un morceau ensemble ? on partage les revenus 50/50", "fr")).toContain(
      "le partage",
    );
    expect(named("hagamos una canción juntos, 50/50 en todo", "es")).toContain("el reparto");
  });

  it("a sum, a percentage alone and equity stay the budget", () => {
    expect(named("need a cellist for my short film, $400")).toContain("the budget");
    expect(named("we'd love to license it, 8% royalty")).toContain("the budget");
    expect(named("join as a cofounder? salary + equity")).toContain("the budget");
  });
});

describe("costs shared are not asked for a budget", () => {
  it.each([
    ["would you do a split EP with me? 3 tracks each, we share the costs of mastering", "en"],
    ["want to do a zine together? we could go halves on the printing", "en"],
    ["un mercatino a due a marzo, io stoffe e tu ceramiche, dividiamo spese e volantini?", "it"],
    ["wollen wir für die gamescom einen gemeinsamen Stand nehmen? Kosten teilen wir", "de"],
  ] as const)("%s", (text, language) => {
    const asked = brief(text, language);
    expect(asked).not.toMatch(/budget/i);
  });

  it("but unpaid work that shares costs is still unpaid, with nothing named as pay", () => {
    expect(collabDetails("no pay, but we split the costs", "en")).toMatchObject({ unpaid: true });
    expect(collabDetails("no pay, but we split the costs", "en").budget).toBeUndefined();
  });
});
