// Work asked of the owner by its verb in the sender's own language ("composer le générique",
// "zaprojektować", "描いてほしい") says what they need, so the brief does not ask it again; a verb
// of the sender's own trade, or something made together, does not.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
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

// Work asked with a noun after a want ("je voudrais un portrait", "quiero un logo") says what they
// need as much as a verb does: the brief no longer asks it, nor "what do you have in mind".
describe("work asked by its noun in another language", () => {
  it.each<[Language, string, string]>([
    ["fr", "je voudrais un portrait de mon chien, budget 120 €", "ce que tu attends"],
    ["es", "quiero un logo para mi cafetería, tengo 300 €", "qué necesitas"],
    ["de", "ich hätte gern ein Cover für mein Album, 400 €", "was du von mir"],
    ["it", "vorrei un ritratto di mia moglie, budget 100€", "cosa ti serve"],
    ["pt", "queria uma ilustração para o meu livro, R$ 500", "o que você precisa"],
    ["pl", "chciałbym plakat na koncert, mam 400 zł", "czego potrzebujesz"],
    ["tr", "kafem için bir logo istiyorum, bütçe 3.000 TL", "benden ne"],
    ["id", "saya mau desain logo untuk toko saya, budget Rp1 juta", "apa yang kamu"],
    ["nl", "ik wil een tekening van mijn kat, budget €60", "wat je van mij"],
    ["ja", "うちの猫のポートレートをお願いしたいです、予算は2万円です", "私に求めること"],
  ])("does not ask what they need again (%s: %s)", (language, text, need) => {
    expect(brief(text, language)).not.toContain(need);
  });

  it("hears no piece of work in a call, a chat or a thing they have", () => {
    for (const [language, text] of [
      ["es", "quiero una llamada contigo para hablar de una colaboración"],
      ["fr", "je voudrais un avis sur une collaboration possible"],
      ["nl", "ik heb een website en wil samenwerken"],
    ] as const)
      expect(collabDetails(text, language).verbAsked, text).toBeUndefined();
  });
});

// Work named to make together says what the recipient's part is: making it with them.
describe("work made together", () => {
  it.each<[Language, string, string]>([
    ["en", "wanna make a song together? i got hooks u got beats", "what you need from me"],
    ["es", "bro hacemos un tema juntos? tú pones el beat y yo la letra", "qué necesitas"],
    ["fr", "on fait un jeu ensemble ? je code, tu dessines", "ce que tu attends"],
    ["nl", "zin om samen een nummer te maken? jij de beat, ik de tekst", "wat je van mij"],
  ])("is not asked what they need (%s: %s)", (language, text, need) => {
    expect(brief(text, language)).not.toContain(need);
  });

  it("still asks it when what they make is open, or nothing is made together", () => {
    expect(
      brief("would be fun to do something together sometime, I have a podcast too", "en"),
    ).toContain("what you need from me");
    expect(brief("we're putting together a compilation album, want to be on it?", "en")).toContain(
      "what you need from me",
    );
  });
});
