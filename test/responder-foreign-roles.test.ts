// A crew or an event role looked for in the corpus's other languages ("busco maquilladora",
// "cerchiamo un fonico", "je cherche une styliste"): a role offered, named back, and what they
// need of the recipient, so the brief does not ask it; the sender's own trade is neither.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";

describe("a crew or an event role in another language", () => {
  it("is the role offered", () => {
    const asked: Array<[string, Language, string, string]> = [
      ["busco maquilladora para un rodaje en abril, 150 €", "es", "maquilladora", "qué necesitas"],
      ["procuramos um figurinista para a peça em maio", "pt", "figurinista", "o que você"],
      ["on cherche une relectrice pour un roman, 400 €", "fr", "relectrice", "ce que tu"],
      ["wir suchen eine Maskenbildnerin für den Dreh im Juni", "de", "Maskenbildnerin", "was du"],
      ["cerchiamo un fonico per tre concerti a luglio", "it", "fonico", "cosa ti serve"],
    ];
    for (const [text, language, role, need] of asked) {
      const details = collabDetails(text, language);
      expect(details.role, text).toBe(role);
      expect(askBrief(details, language), text).not.toContain(need);
    }
  });

  it("is not the sender's own trade", () => {
    expect(collabDetails("soy maquilladora en Sevilla, ¿hacemos algo?", "es").role).toBe(undefined);
    expect(collabDetails("sono fonico, facciamo qualcosa insieme?", "it").role).toBe(undefined);
  });
});
