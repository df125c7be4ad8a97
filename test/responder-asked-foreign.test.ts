// Work asked of the owner by its verb in the sender's own language ("composer le générique",
// "zaprojektować", "描いてほしい") says what they need, so the brief does not ask it again; a verb
// of the sender's own trade, or something made together, does not.
import { describe, expect, it } from "vitest";
import { askBrief, collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";

const brief = (text: string, language: Language) =>
  askBrief(collabDetails(text, language), language);

describe("work asked by its verb in another language", () => {
  it.each<[Language, string, string]>([
    [
      "fr",
      "Tu voudrais composer le générique ? 500 € et ton nom à chaque épisode",
      "ce que tu attends",
    ],
    [
      "es",
      "¿Harías la portada de mi libro? Sale en octubre, tengo presupuesto de 400€",
      "qué necesitas",
    ],
    [
      "pt",
      "queremos que você componha a marchinha oficial de 2027, cachê de R$ 3.000",
      "o que você precisa",
    ],
    [
      "de",
      "Hallo, könntest du das Logo für unseren Sportverein überarbeiten? 600 € im Budget",
      "was du von mir",
    ],
    ["it", "Ti andrebbe di doppiare il personaggio del portinaio? pensavo a 300€", "cosa ti serve"],
    ["nl", "Zou je de soundtrack willen maken voor onze escape room? €1.200", "wat je van mij"],
    [
      "pl",
      "Hej, czy mogłabyś zaprojektować okładkę do mojego debiutu? Mam 700 zł budżetu",
      "czego potrzebujesz",
    ],
    ["tr", "Kısa filmim için müzik yapar mısın? bütçe 15.000 TL", "benden ne"],
    ["id", "Kak, bisa bikinin jingle buat warung bakso kami? budget Rp1,5 juta", "apa yang kamu"],
    ["ja", "私のアルバムのジャケットを描いてほしいです。予算は5万円です", "私に求めること"],
  ])("does not ask what they need again (%s: %s)", (language, text, need) => {
    expect(brief(text, language)).not.toContain(need);
  });

  it("tells the ask from the sender's own verb and from work made together", () => {
    expect(brief("¿Harías el logo de mi podcast? tengo 200 €", "es")).not.toContain(
      "qué necesitas",
    );
    for (const [language, text, need] of [
      [
        "es",
        "Soy ilustradora y diseño logos, organizamos un festival en mayo con 400€",
        "qué necesitas",
      ],
      ["it", "Ti andrebbe di fare un calendario 2027 insieme? 500€ a testa", "cosa ti serve"],
      ["es", "¿te animas a hacer un tema conmigo? 200€ para el estudio", "qué necesitas"],
      ["id", "aku penari, mau bikin video tari dengan musik kakak, budget 1 juta", "apa yang kamu"],
    ] as const)
      expect(brief(text, language), text).toContain(need);
  });

  it("leaves a message that names nothing but the verb vague", () => {
    const details = collabDetails("Mogłabyś zaprojektować etykiety do naszego piwa?", "pl");
    expect(details.verbAsked).toBe(true);
    expect(details.asked).toBeUndefined();
  });
});
