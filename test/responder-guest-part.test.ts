// A part asked by where the recipient would appear ("come on my show", "a verse on my track",
// "interview you", "one of the judges"): it says what they need, so the brief does not ask it.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { asksGuestPart } from "../src/responder/guest-part.ts";
import type { Language } from "../src/responder/language.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");

describe("a part asked by where the recipient would appear", () => {
  it("reads a guest spot, a verse, an interview and a judge's seat", () => {
    for (const text of [
      "would love to get you on our cooking podcast next month, $80",
      "could you hop on the stream for an hour on friday? paying $60",
      "need u on my chorus fr, dropping in june, $300",
      "got 100 for a hook on my new single, out in may",
      "yo spit a 16 on this beat? 50/50 splits, due friday",
      "we'd like to interview you for our zine's spring issue, $50",
      "would you be one of the three judges at our pixel jam in october? $200",
      "can you give a short talk at our meetup on 12 march? €150 fee",
    ]) {
      expect(asksGuestPart(text), text).toBe(true);
      expect(brief(text), text).not.toContain("what you need from me");
    }
  });

  it("leaves it to ask when the sender is the guest or the parts are open", () => {
    for (const text of [
      "I'd love to come on your podcast and talk about pottery, free anytime in may",
      "wanna do a crossover episode of our two podcasts in june? no budget",
      "loved your verse on the new tape, want to work on something in june? $100",
      "we interviewed 20 artists for our zine this spring, want to be in issue 2? $50",
    ]) {
      expect(asksGuestPart(text), text).toBe(false);
      expect(brief(text), text).toContain("what you need from me");
    }
  });

  it("reads an interview, a guest's or a judge's seat in the corpus's other languages", () => {
    const asked: Array<[string, Language, string]> = [
      ["Hola! nos gustaría entrevistarte para nuestro blog en marzo, 50 €", "es", "qué necesitas"],
      ["Oi! queremos te convidar como palestrante no nosso meetup em junho", "pt", "o que você"],
      ["Coucou, je voudrais t'inviter pour parler de ton jeu en mai, 100 €", "fr", "ce que tu"],
      ["Hey, wir würden dich gern als Jurorin einladen, im Juni, 200 €", "de", "was du"],
      ["Ciao! vorremmo averti ospite nella nostra diretta a giugno, 80 €", "it", "cosa ti serve"],
      ["Hoi! we willen je graag interviewen voor ons blad in mei, €75", "nl", "wat je"],
      ["Cześć, chcemy zaprosić cię jako prelegenta na meetup w maju", "pl", "czego"],
      ["Selam, haziranda bir jam var, jüri olarak gelir misin? 1.000 TL", "tr", "benden"],
      ["Halo kak, kami mau undang kakak jadi pembicara di acara Mei, fee Rp1jt", "id", "butuhkan"],
      ["tu voudrais poser un couplet sur mon son ? sortie en mai, 200 €", "fr", "ce que tu"],
      ["hast du bock auf ne Strophe auf meinem Track? Release im Juni, 150 €", "de", "was du"],
      ["manca una strofa sul mio pezzo, esce a giugno, 100 €", "it", "cosa ti serve"],
    ];
    for (const [text, language, need] of asked) {
      expect(asksGuestPart(text, language), text).toBe(true);
      expect(askBrief(collabDetails(text, language), language), text).not.toContain(need);
    }
    // The sender's own seat, or an invitation to a server, asks nothing of them.
    for (const [text, language] of [
      ["Je serai l'invité de ton podcast en mai si tu veux", "fr"],
      ["ich würde dich gern auf unseren Discord einladen", "de"],
      ["ben jüri olarak katılacağım, sen de gel", "tr"],
    ] as Array<[string, Language]>) {
      expect(asksGuestPart(text, language), text).toBe(false);
    }
  });

  it("asks only the rest in the draft", () => {
    const draft = templateDraft(
      templateOptions({ ownerAbout: "" }),
      dm("hey! want to be on the panel at our indie audio meetup in March? paid ($200)"),
      { label: "collaboration" },
    );
    expect(draft.kind).toBe("collab_concrete");
    expect(draft.text).not.toContain("what you need from me");
    expect(draft.text).toContain("I'll check it against my schedule");
  });
});
