// Sums named with a currency word rather than a sign ("2,500 pesos", "200 quid") or after a pay
// word of another language ("cachê 800", "Gage 300"), and the prefilter that must stay in step
// with the budget pattern.
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { BUDGET, BUDGET_WORD, moneyTerms } from "../src/responder/money.ts";

describe("a sum named in words", () => {
  it.each([
    ["Es un día, 2,500 pesos más transporte", "2,500 pesos"],
    ["con un apoyo económico de 18 mil pesos por muro", "18 mil pesos"],
    ["can u do english subs for my short? 2000 baht per 10 min", "2000 baht"],
    ["200 quid for the cover?", "200 quid"],
    ["5000 rupees for the logo", "5000 rupees"],
    ["tu faz 2h de set? cachê 800 + o uber", "cachê 800"],
    ["Gage 300 Euro für ein Plakat", "Gage 300"],
    ["Stawka 120 za godzinę", "Stawka 120"],
  ])("is a budget: %s", (text, budget) => {
    expect(moneyTerms(text).budget).toBe(budget);
  });

  it("takes no count of things after a quote word for a sum", () => {
    expect(moneyTerms("queria um orçamento de 3 músicas").budget ?? "").not.toMatch(/\d/);
    expect(moneyTerms("¿me pasas presupuesto de 2 logos?").budget ?? "").not.toMatch(/\d/);
  });

  it("hears cachê without a sum as pay, and 'não tem cachê' as none", () => {
    expect(moneyTerms("tem cachê, topa?").budget).toBe("cachê");
    expect(moneyTerms("topa palestrar? não tem cachê mas a gente divulga").unpaid).toBe(true);
  });
});

describe("the budget pattern's prefilter", () => {
  // A text with no digit is scanned for a budget only when BUDGET_WORD finds a word in it: any
  // alternative of BUDGET that needs no digit must hold one of its words.
  const budgetIn = (text: string) =>
    [...text.matchAll(new RegExp(BUDGET.source, BUDGET.flags))].some((m) => m[1] !== undefined);

  it("finds a word in every digitless text in which BUDGET finds a budget", () => {
    const texts = [
      "tem cachê, topa?",
      "rev share or royalties",
      "twenty percent of sales",
      "予算はあります",
      "ücretli bir iş",
      "budżet jest",
      ...loadExamples(CORPUS_DIR).map((e) =>
        (e.messages ?? [e.text]).join("\n").replace(/\d/g, ""),
      ),
    ];
    const missed = texts.filter((t) => budgetIn(t) && !BUDGET_WORD.test(t));
    expect(missed).toEqual([]);
  });
});
