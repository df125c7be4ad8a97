// A collaboration in which money is not in play (an open-source project, a jam team, a crossover
// between two creators, a charity event, a co-written paper) is not asked for a budget back; the
// same ask with a word of money in it still is, or is read as paid.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { moneyTerms } from "../src/responder/money.ts";
import { moneyNotInPlay } from "../src/responder/no-money.ts";

const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);

describe("an ask in which money is not in play", () => {
  it.each([
    ["en", "would you help me co-maintain my markdown linter? the issue queue got away from me"],
    ["en", "we're three people entering the GMTK jam next month and need someone on sound, in?"],
    [
      "en",
      "our podcasts both cover birding, want to do a crossover episode and post it on both feeds?",
    ],
    [
      "en",
      "we're running a charity bake-off stream for the animal shelter in May, would you bake?",
    ],
    ["en", "would you co-author a workshop paper on our dataset with us? deadline is in June"],
    ["es", "Estamos armando un equipo para la game jam de marzo, ¿te sumas con el arte?"],
    ["pt", "Bora fazer um crossover dos nossos canais? Gravamos juntos e postamos nos dois canais"],
    ["fr", "Tu voudrais devenir mainteneur de notre bibliothèque en code source ouvert ?"],
    ["de", "Wir planen ein Benefizkonzert im Herbst für die Tafel, spielst du ein Set?"],
    ["it", "Facciamo una live di beneficenza a dicembre per il canile, ci stai?"],
  ] as const)("asks no budget (%s: %s)", (language, text) => {
    expect(moneyNotInPlay(text), text).toBe(true);
    expect(brief(text, language), text).not.toMatch(/budget|presupuesto|orçamento|Budget/i);
  });

  it.each([
    "we'd pay you to co-maintain our markdown linter, 10 hours a month",
    "our studio is hiring a sound designer for the GMTK jam game's commercial release",
    "a brand wants to sponsor our crossover episode, interested?",
    "we're selling the charity zine too, every contributor gets a cut",
    "Cerchiamo un manutentore per la nostra libreria open source, con compenso mensile",
    "Wij zoeken een betaalde maintainer voor ons open-source project",
  ])("keeps the money a word of it puts in play (%s)", (text) => {
    expect(moneyNotInPlay(text)).toBe(false);
  });

  it("reads a budget still missing from an open-source ask that names none of it", () => {
    // A company's paid work on an open-source library names its budget: the reply thanks them.
    expect(
      collabDetails("we'd like to fund your open-source parser's streaming API, $6k").budget,
    ).toBe("$6k");
    expect(moneyTerms("we'd like to fund your open-source parser's streaming API").unpaid).toBe(
      undefined,
    );
  });

  it("hears 'we have no budget' in Portuguese, Spanish, French and Italian", () => {
    for (const text of [
      "Somos uma ONG e não temos verba, mas damos crédito",
      "Somos una asociación y no tenemos presupuesto, pero te damos crédito",
      "On est une asso, on n'a pas de budget mais tu seras crédité",
      "Siamo un'associazione e non abbiamo budget, ma ti diamo i crediti",
    ])
      expect(moneyTerms(text).unpaid, text).toBe(true);
  });
});
