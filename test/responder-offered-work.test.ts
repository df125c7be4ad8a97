// An offer's draft thanks the sender for offering to help with the work they offer to do, or
// with nothing named: not their own trade, where they heard of the recipient, or what the work
// is for.
import { describe, expect, it } from "vitest";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions();
const opening = (text: string) => {
  const d = templateDraft(options, dm(text), { label: "collaboration" });
  expect(d.kind).toBe("collab_offer");
  return d.text?.split("\n")[0];
};

describe("what an offer's draft says it is for", () => {
  it("names the work the clause offers", () => {
    expect(opening("I'm a sound engineer and I'd offer to mix your next track for free.")).toBe(
      "Hi Maya, thanks for reaching out, and for offering to help with the track.",
    );
  });

  it("names what an offer of 'it' stands for, not where they heard of it", () => {
    expect(
      opening(
        "hi! i'm a mixing engineer\nheard your demo in the songwriters server. the song is lovely but the vocal is buried\ni'd mix it for $90, 2 revisions",
      ),
    ).toBe("Hi Maya, thanks for reaching out, and for offering to help with the song.");
  });

  it("names nothing rather than what the work is for, their trade, or their own work", () => {
    for (const text of [
      "Dario here, sound designer. your logo reel is gorgeous but those are stock whooshes. how about I do custom sound for your next reel for free?",
      "java dev here, i wrote the LandClaims+ plugin. people want claim rentals. i'd build it custom for $200",
      "oi! faço localização de jogos. posso traduzir em troca de créditos, o que acha?",
    ])
      expect(opening(text), text).toMatch(/(?:for the offer|pela oferta)\.$/);
  });

  it("names the work the offer's clause names, not their trade", () => {
    const text = opening(
      "Hi! I'm a video editor. I'd love to edit your next 4 episodes at $90 each",
    );
    expect(text).toMatch(/offering to help with the episodes\.$/);
    expect(text).not.toContain("the video");
  });

  it("in Japanese, names the work before the verb that offers it", () => {
    expect(
      opening(
        "作詞家です。あなたの前回のアルバムを聴いて、次の曲で歌詞を書かせてもらえないかと思い連絡しました。",
      ),
    ).toContain("（プロジェクト（曲））");
  });
});
