import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails, isConcrete, missingFromBrief } from "../src/responder/details.ts";

describe("pay said in words, without a sum, is no budget to ask again", () => {
  it.each([
    ["en", "could you colour my comic pages? we pay per page"],
    ["en", "need a jingle for my bakery, paying of course"],
    ["en", "would you narrate our audiobook? I'll pay by the chapter"],
    ["en", "fancy recording a guest verse? we'd share the revenue from streams"],
    ["id", "kak bisa bikinin maskot buat toko kami? dibayar kok"],
    ["id", "mau bikin zine bareng? untung dibagi dua ya"],
    ["tr", "Oyunumuzun metinlerini çevirir misin? Kelime başı ödüyoruz"],
    ["es", "¿Nos diseñas el cartel del festival? Te pagamos por hora"],
    ["es", "Buscamos muralista, hay apoyo económico del ayuntamiento"],
    ["fr", "Tu pourrais monter notre teaser ? C'est payé, évidemment"],
    ["de", "Kannst du unser Handbuch lektorieren? Bezahlung nach Stunden"],
    ["nl", "Wil je ons jaarverslag vormgeven? We betalen per uur"],
    ["pl", "Zaprojektujesz nam etykiety? Płacimy od sztuki"],
    ["it", "Ci registri la sigla del podcast? Ti paghiamo volentieri"],
    ["ja", "イラストをお願いできますか？有償です"],
  ] as const)("%s: %s", (language, text) => {
    const details = collabDetails(text, language);
    expect(details.paid).toBe(true);
    expect(missingFromBrief(details)).not.toContain("budget");
    // Nothing to name back: no sum was said.
    expect(details.budget).toBeUndefined();
  });

  it("alone does not make a vague ask concrete", () => {
    const details = collabDetails("hey, got something for you, will pay");
    expect(details.paid).toBe(true);
    expect(isConcrete(details)).toBe(false);
  });

  it("a sum after the pay word is a budget named", () => {
    expect(collabDetails("need a logo for my barbershop, will pay 100").budget).toBe("pay 100");
    expect(collabDetails("a hook on my track? paying 250, dropping soon").budget).toBe(
      "paying 250",
    );
    expect(collabDetails("a story for our zine, 8 cents a word").budget).toBe("8 cents");
  });

  it.each([
    ["I'll pay for the design", "can we shoot together in the park? I pay for the studio"],
    ["we'd pay you for the stream", "headline our charity stream? we'd pay for an overlay artist"],
    ["a duet? I can pay", "a duet? I can't pay much, sorry"],
    ["would you mix my track? paying", "thanks for paying attention, would you mix my track?"],
  ])(
    "pay for the work is read, pay for something else or not said is not (%s / %s)",
    (paid, other) => {
      expect(askBrief(collabDetails(paid))).not.toContain("budget");
      const details = collabDetails(other);
      expect(details.paid).toBeUndefined();
      expect(askBrief(details)).toContain("budget");
    },
  );
});
