// The timing said by a season, an occasion or a sprint ("in the fall", "for Halloween", "our
// spring campaign", "ASAP", "this sprint", "next sat") is the timing of a concrete ask: the brief
// does not ask for a timeline again. A season in a name, the season a product is for, or a season
// alone in a vague ask is not.
import { describe, expect, it } from "vitest";
import { collabDetails, missingFromBrief } from "../src/responder/details.ts";

describe("a timing said by season or occasion", () => {
  it.each([
    "Our bookshop is doing a window display for Halloween and we'd love you to paint it, £250",
    "would you draw the world map for my novel? it's coming out in the fall, i have $500 for it",
    "We want you for our summer campaign: 3 TikToks, $2,500 flat",
    "NEED A VIDEO EDITOR ASAP PAYING $$$",
    "ay my crew doin a mural downtown next sat, need one more painter, $300 each",
    "Could your team build the data export endpoint this sprint? Happy to trade QA help.",
  ])("is the timing of the ask (%s)", (text) => {
    const details = collabDetails(text, "en");
    expect(details.date).toBeDefined();
    expect(missingFromBrief(details)).not.toContain("timeline");
  });

  it.each([
    "i wanna buy exclusive rights to Cold Summer, $300, what's your rate?",
    "I'd love to pair up with you for the Google Summer of Code mentorship, would you mentor me?",
    "I'd love you to model my autumn collection. Half-day shoot in Bristol, £200",
    // Vague: the season does not make it concrete, and the ask keeps its one question.
    "Our bookshop wants to do something with you for the autumn window",
  ])("is not taken from a name, a product or a vague ask (%s)", (text) => {
    expect(collabDetails(text, "en").date).toBeUndefined();
  });

  it.each([
    ["de", "Wir suchen jemanden für das Bühnenbild unseres Stücks, Premiere im Herbst, 900 € Gage"],
    ["es", "Buscamos ilustradora para la portada de un libro infantil, sale en otoño, 700 €"],
    ["pt", "Queremos uma ilustração para as nossas latas de chá, para o Natal, orçamento 500 €"],
    ["fr", "On monte un court-métrage cet été et on cherche un monteur, 1 200 € pour le tout"],
    ["it", "Cerchiamo un fotografo per il nostro catalogo, 20 scatti, uscita in primavera, 1.000€"],
    ["nl", "We zoeken een illustrator voor 8 posters voor de zomer, €600 in totaal"],
  ] as const)("in %s, is the timing of the ask (%s)", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.date).toBeDefined();
    expect(missingFromBrief(details)).not.toContain("timeline");
  });

  it.each([
    ["es", "¿Tocarías en el Primavera Sound con nosotros? Te pagamos 2.000 €"],
    ["it", "Vendo la mia Estate in Toscana, 3 stanze: ti va di fotografarla per 300€?"],
  ] as const)("in %s, is not taken from a name (%s)", (language, text) => {
    expect(collabDetails(text, language).date).toBeUndefined();
  });
});
