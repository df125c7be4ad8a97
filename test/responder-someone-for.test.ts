// Work asked by naming a person for a piece of it ("we need somebody for the theme song",
// "cerchiamo qualcuno per le illustrazioni"): the piece says what they need, so the brief does
// not ask it; a person for nothing in particular, or one they already have, leaves it to ask.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);

describe("a person named for a piece of work", () => {
  it("reads it as the work asked in English", () => {
    expect(brief("hi! we're after somebody for the cover art of our debut EP, $400")).toBe(
      "timeline",
    );
    expect(
      brief("need anyone for the sound design on a short horror game, due in May"),
    ).not.toContain("what you need from me");
  });

  it("reads it in the corpus's other languages", () => {
    const asked: Array<[string, Language, string]> = [
      [
        "Buenas, necesitamos a alguien para la banda sonora de un corto",
        "es",
        "qué necesitas de mí",
      ],
      [
        "Olá! precisamos de alguém pra trilha sonora do nosso podcast",
        "pt",
        "o que você precisa de mim",
      ],
      [
        "Coucou, on a besoin de quelqu'un pour la pochette de notre vinyle",
        "fr",
        "ce que tu attends de moi",
      ],
      [
        "Moin, wir brauchen jemanden für den Soundtrack unseres Hörspiels",
        "de",
        "was du von mir brauchst",
      ],
      [
        "Ciao, abbiamo bisogno di qualcuno per le illustrazioni del nostro libro",
        "it",
        "cosa ti serve da me",
      ],
      [
        "Hoi, we hebben iemand nodig voor de hoes van ons nieuwe album",
        "nl",
        "wat je van mij nodig hebt",
      ],
      ["Cześć, szukam kogoś do nowej okładki mojej płyty", "pl", "czego potrzebujesz ode mnie"],
    ];
    for (const [text, language, need] of asked) {
      expect(brief(text, language), text).not.toContain(need);
      expect(brief(text, "en"), text).toContain("what you need from me");
    }
  });

  it("answers one that names nothing else by asking what the work is", () => {
    const draft = templateDraft(
      templateOptions({ ownerAbout: "" }),
      dm("yo need someone for our merch graphics lmk"),
      { label: "collaboration" },
    );
    expect(draft.text).toContain("(scope, timeline, and budget)");
  });

  it("leaves it to ask when the person is for no piece of work", () => {
    for (const text of [
      "looking for someone to collab with on something fun",
      "we need someone for a 6-week project, paid",
      "need somebody for our next video, dm me",
      "looking for someone for a music video collab",
    ])
      expect(brief(text), text).toContain("what you need from me");
    expect(brief("Wir suchen jemanden für ein neues Projekt, Budget 3k", "de")).toContain(
      "was du von mir brauchst",
    );
  });

  it("leaves it to ask when the person is had, known or offered, not asked of the reader", () => {
    for (const text of [
      "we already have someone for the mix, the budget is $200",
      "do you know anyone for the album artwork? $300",
      "if you ever need someone for the soundtrack, I'd love to help, $300",
    ])
      expect(collabDetails(text, "en").asked, text).toBeUndefined();
    expect(
      collabDetails("ya tenemos a alguien para la portada, 200€", "es").verbAsked,
    ).toBeUndefined();
    expect(
      collabDetails("si jamais tu cherches quelqu'un pour la musique, fais-moi signe", "fr")
        .verbAsked,
    ).toBeUndefined();
  });
});
