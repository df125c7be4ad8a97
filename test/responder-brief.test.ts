import { describe, expect, it } from "vitest";
import { briefCameAlong } from "../src/responder/brief.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "I illustrate picture books." });

/** A DM with the links ingest would find in it. */
const linked = (text: string) => dm(text, { links: findLinks(text) });

describe("a concrete collaboration whose brief came along", () => {
  it.each([
    "Chapter openers for a cookbook, $900. Everything is in the brief: example.com/d/9f2k",
    "hi! poster for our pottery fair in march, moodboard 👉 example.com/board/77 can u?",
    "Voice work for a puzzle game, $150. Script: example.com/s/lines-v2",
    "Banner art for my tabletop group, $60, the one-pager lives here: example.com/p/q1",
    "Poster for our open studio in June, $300, details here 👉 example.org/evt",
  ])("thanks for it and asks for no short brief (%s)", (text) => {
    const d = templateDraft(options, linked(text), { label: "collaboration" });
    expect(d.kind).toBe("collab_concrete");
    expect(d.text).toContain("Thanks for sending the brief along; I'll go through it carefully.");
    expect(d.text).not.toContain("short brief");
    // What it may still leave out is still asked, here at least what they need from the owner.
    expect(d.text).toMatch(/If anything isn't in it yet \([^)]*what you need from me\)/);
    expect(d.text).toContain("I'll suggest a quick call");
  });

  it("hears a brief said to be attached, or a file named as one", () => {
    const words = dm("Campaign for our tea shop in May, €800 for 4 spots. Brief attached.");
    const file = dm("Campaign for our tea shop in May, €800 for 4 spots.", {
      note: "1 attachment: tea-shop-brief.pdf",
    });
    for (const message of [words, file]) {
      const d = templateDraft(options, message, { label: "collaboration" });
      expect(d.text).toContain("Thanks for sending the brief along");
    }
  });

  it("keeps an unpaid collaboration's draft free of a call when its brief came along", () => {
    const text =
      "Zine swap for the spring fair? 8 pages each, the outline is here: example.com/z/outline";
    const d = templateDraft(options, linked(text), { label: "collaboration" });
    expect(d.text).toContain("Thanks for sending the brief along");
    expect(d.text).toContain("we can sort out the rest right here in messages");
    expect(d.text).not.toMatch(/call|budget|short brief/);
  });

  it.each([
    // Their own site, shop or channel, whatever words stand near it.
    "Looking for mural work at our café in April, $2,000. More details on my portfolio: example.com/me",
    "need a logo for my candle shop, $120, the details are all on etsy.com/shop/wickwax",
    // A brief only promised.
    "Album cover for my EP in June, $400. I'll send the brief once you're in: example.com/ep",
  ])(
    "still asks for a brief when the link is their own thing or the brief is only promised (%s)",
    (text) => {
      const d = templateDraft(options, linked(text), { label: "collaboration" });
      expect(d.kind).toBe("collab_concrete");
      expect(d.text).toContain("Could you send a short brief (");
    },
  );

  it("does not take a word inside a link, or 'no script approval', for a brief", () => {
    expect(
      briefCameAlong("Demo: play.example.com/store/app/details?id=x", [
        "play.example.com/store/app/details?id=x",
      ]),
    ).toBe(false);
    expect(briefCameAlong("one review, no script approval, example.com", ["example.com"])).toBe(
      false,
    );
    expect(
      briefCameAlong("one review, no script approval\nPress kit: example.com/p", ["example.com/p"]),
    ).toBe(true);
  });

  it.each([
    [
      "es",
      "Hola, necesitamos cinco ilustraciones para un libro de cuentos, pagamos 600 € y la entrega sería en octubre. Te dejo la propuesta aquí: example.com/p",
      "Gracias por mandarme los detalles",
    ],
    [
      "fr",
      "On cherche une affiche pour notre festival en juin, 500 €. Le cahier des charges : example.com/c",
      "Merci pour les éléments envoyés",
    ],
    [
      "de",
      "Wir suchen ein Plakat für unser Festival im Juni, 500 €. Das Briefing findest du hier: example.com/b",
      "Danke für die Unterlagen",
    ],
    [
      "pl",
      "Szukamy ilustracji do książki, 2000 zł, termin w marcu. Szczegóły tutaj: example.com/s",
      "Dzięki za materiały",
    ],
    [
      "ja",
      "絵本の挿絵を10枚お願いしたいです。予算は20万円、締切は3月です。企画書はこちら→ example.com/k",
      "資料をお送りいただき",
    ],
  ])("thanks for it in the sender's language (%s)", (_, text, thanks) => {
    const d = templateDraft(options, linked(text), { label: "collaboration" });
    expect(d.kind).toBe("collab_concrete");
    expect(d.text).toContain(thanks);
  });
});
