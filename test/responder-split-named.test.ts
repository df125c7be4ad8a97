// A split of earnings ("50/50", "split the royalties") is named back as the split, and a share as
// a percentage ("8% royalty", "you'd keep 70%") as the terms, not as a budget; a percentage that
// is a figure ("52% open rate") is no money at all. Costs shared ("we share the costs of
// mastering", "dividiamo spese") are the terms said, so no budget is asked back.
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

  it("a sum and equity stay the budget", () => {
    expect(named("need a cellist for my short film, $400")).toContain("the budget");
    expect(named("join as a cofounder? salary + equity")).toContain("the budget");
  });
});

describe("a percentage is money only as a share or a cut", () => {
  it.each([
    "we'd love to license it, 8% royalty",
    "a limited pin run of your designs, you get 20% of sales",
    "our gallery would show the series, we take 15% commission",
    "guest spot at my studio in June? you'd keep 70%",
    "we'd pay 15% commission on every print sold",
  ])("is named back as the terms (%s)", (text) => {
    expect(named(text)).toContain("the terms");
    expect(named(text)).not.toContain("budget");
  });

  it.each<[Language, string, string]>([
    [
      "es",
      "una colección de pañuelos con tus acuarelas, te damos el 15% de las ventas",
      "las condiciones",
    ],
    ["id", "mau kami terbitkan jadi antologi, kakak dapat royalti 10%", "ketentuannya"],
    ["nl", "mag ik je foto's exposeren en verkopen? 70% voor jou", "de voorwaarden"],
  ])("in %s too (%s)", (language, text, terms) => {
    expect(named(text, language)).toContain(terms);
  });

  it.each([
    "I run a newsletter for indie founders (11k subscribers, 52% open rate), want to do a feature swap?",
    "my channel grew 30% this year, wanna do a video together?",
    "our listeners overlap a lot with yours (30% listen to both), want to co-host an episode?",
    "want to partner? your players get 15% off at my smoothie spot",
  ])("is a figure, not a budget (%s)", (text) => {
    expect(collabDetails(text, "en").budget).toBeUndefined();
    expect(named(text)).not.toMatch(/budget|terms/);
  });

  it("leaves the sum after it the budget", () => {
    expect(
      collabDetails("i'll send 50% now and 50% when the mix is done, $200 total", "en").budget,
    ).toBe("$200");
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
