// A split of what the work makes is the pay offered, in any of the template languages ("we'd
// share the ad revenue", "repartimos ventas", "on partage les revenus Patreon", "metà incasso a
// te"): the brief asks for no budget, as for an unpaid ask, and names no sum back. Costs shared
// ("dividiamo spese", "we share the costs of mastering") are not pay.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";

describe("a split of what the work makes", () => {
  it.each([
    ["en", "do a podcast with me? we'd share the ad revenue"],
    ["en", "want to co-write a cookbook? we share the book sales"],
    ["es", "Armo un fanzine en Quito, ¿aportas 3 páginas? repartimos ventas"],
    ["es", "¿Hacemos un tema juntos? La mitad de las ganancias para ti"],
    ["pt", "fazemos uma edição de 40 cadernos com capas tuas? dividíamos a receita na feira"],
    ["fr", "je monte un podcast et je cherche un co-animateur, on partage les revenus Patreon"],
    ["de", "Lust auf eine gemeinsame Compilation? Die Hälfte der Einnahmen geht an dich"],
    ["it", "facciamo la serata di lancio del tuo gioco da noi? metà incasso dell'ingresso a te"],
  ] as const)("asks no budget (%s: %s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.paid, text).toBe(true);
    expect(details.budget).toBeUndefined();
    expect(askBrief(details, language)).not.toMatch(/budget|presupuesto|orçamento|Budget/i);
  });

  it.each([
    [
      "it",
      "a marzo un mercatino a due nel cortile, io stoffe e tu ceramiche, dividiamo spese e volantini",
    ],
    [
      "en",
      "would you want to do a split EP with me? 3 tracks each, we share the costs of mastering",
    ],
  ] as const)("does not take costs shared for pay (%s: %s)", (language, text) => {
    expect(collabDetails(text, language).paid).toBeUndefined();
  });
});
