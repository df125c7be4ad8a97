// A word the reply names back keeps a capital only when it has one of its own, not when the
// sender's sentence merely began with it.
import { describe, expect, it } from "vitest";
import { collabDetails } from "../src/responder/details.ts";
import { namedInSentence } from "../src/responder/sentence-case.ts";

describe("a named word's capital inside the reply", () => {
  it.each([
    ["tr", "Podcast'imiz için bir tanıtım müziği lazım, 3.000 TL verebiliriz", "podcast"],
    ["tr", "Kısa film için jenerik müziği yapar mısın? Bütçe 8.000 TL", "kısa film"],
    ["id", "Halo kak! Komik strip kami butuh warna, Rp2 juta, mau?", "komik"],
    ["en", "[PAID] Logo for a bakery, $300, two weeks", "logo"],
    ["en", "hi!\nMural for my shop wall, $1,200?", "mural"],
  ] as const)("lower-cases a word that began a sentence (%s: %s)", (language, text, named) => {
    expect(collabDetails(text, language).project).toBe(named);
  });

  it("lower-cases a word shouted among capitals, but not a short acronym or Japanese's", () => {
    expect(collabDetails("NEED A MURAL FOR MY CAFE WALL, $900, CAN U?", "en").project).toBe(
      "mural",
    );
    expect(collabDetails("MY EP DROPS IN MAY, NEED A COVER, $200", "en").project).toBe("EP");
    const ja = "来月の3Dお披露目配信用にBGMを1曲作っていただけませんか？予算は5万円です。";
    expect(collabDetails(ja, "ja").project).toBe("BGM");
  });

  it("keeps acronyms, German nouns and words capitalised mid-sentence elsewhere", () => {
    expect(collabDetails("EP cover needed, 250 €, by June", "en").project).toBe("EP");
    expect(collabDetails("Podcast über Brettspiele: magst du Gast sein? 200 €", "de").project).toBe(
      "Podcast",
    );
    const text = "Lantern is our game. We need music for Lantern by May.";
    expect(namedInSentence(text, 0, "Lantern", "en")).toBe("Lantern");
    expect(namedInSentence("we love your Zine work", 14, "Zine", "en")).toBe("Zine");
  });
});

describe("a project word in a headline in capitals", () => {
  it.each([
    ["💍 PAID GIG 💍 $2,800 for an 8-hour wedding on Oct 5, Raleigh. Can you?", "gig"],
    ["🎶 COMPILATION CALL 🎶 hi wren! porch light on our cassette? £80 per track", "compilation"],
    ["I SAW UR CLAY ANIMATION 🐸 I WANT ONE FOR MY BAND'S MUSIC VIDEO!! BUDGET 3K", "music video"],
  ])("is named back in lower case (%s)", (text, project) => {
    expect(collabDetails(text, "en").project).toBe(project);
  });
});
