// An offer that already says what the sender would do ("I'd edit your next 4 episodes at $120
// each") is not asked "what exactly you'd do" back: the draft asks only what is still missing.
import { describe, expect, it } from "vitest";
import { saysWhatTheyDo } from "../src/responder/offer-said.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { describeRatio, growth, LINEAR_GROWTH, repeated } from "./helpers/growth.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) =>
  templateDraft(options, dm(text), { label: "collaboration" }).text ?? "";

describe("saysWhatTheyDo", () => {
  it.each([
    "I'd like to edit your next 4 episodes at $120 each",
    "i could edit ur next one free and if u like it $25/vid after",
    "I could take over issue triage and the weekly release notes",
    "would you want me to take it on? $600 flat for the capsule",
    "Hola, podría editar tus vídeos de YouTube.",
    "posso traduzir em troca de créditos",
    "j'adorerais m'occuper de la version allemande",
    "Ich würde euch gern ein neues Intro-Thema komponieren",
    "Ciao, potrei montare i tuoi video!",
    "ik kan je een logo maken",
    "Zrobię lokalizację za 1500 zł",
    "sana özel bir SFX paketi yapmak isterim",
    "kalau butuh asisten flat color aku bisa",
    "次の新曲のMV、もしよければ担当させてもらえませんか？",
  ])("says the work: %s", (text) => {
    expect(saysWhatTheyDo(text)).toBe(true);
  });

  it.each([
    "i'd love to help you with the official modding API for your game",
    "If you ever need an editor, I'd love to talk rates",
    "Can I send you a quote?",
    "want me to set up a call?",
    "si necesitas música me encantaría colaborar contigo",
    "je peux vous faire un devis",
    "I can make it on Friday",
  ])("says no work: %s", (text) => {
    expect(saysWhatTheyDo(text)).toBe(false);
  });
});

it("reads a long text in time linear in its length", () => {
  for (const text of [
    repeated("a", 40_000),
    repeated("I could edit a ", 3_000),
    repeated("ich könnte dir a ", 3_000),
    repeated("ik kan je a ", 3_000),
    repeated("kalau butuh a ", 3_000),
    repeated("sana a ", 3_000),
  ]) {
    const g = growth(saysWhatTheyDo, text);
    expect(g.ratio, describeRatio(JSON.stringify(text(1).slice(0, 16)), g)).toBeLessThan(
      LINEAR_GROWTH,
    );
  }
});

describe("an offer that says what they would do", () => {
  it("priced and with samples: asks nothing more than whether it fits", () => {
    const text = draft(
      "Hi! I'm a product photographer. I'd shoot your top 12 listings for £300. Sample: imgur.com/a/mugshoot",
    );
    expect(text).not.toMatch(/what exactly/);
    expect(text).not.toMatch(/what it would cost/);
    expect(text).not.toMatch(/send an example/);
    expect(text).toMatch(/Thanks for saying what you'd do/);
  });

  it("priced, no samples: asks only for an example", () => {
    const text = draft("I'm an editor. I'd like to edit your next 4 episodes at $120 each");
    expect(text).not.toMatch(/what exactly|what it would cost/);
    expect(text).toMatch(/send an example of similar work/);
  });

  it("no price, samples sent: asks only the cost", () => {
    const text = draft(
      "that's my work: ravi-keys.com/portfolio. I'd love to score your next short",
    );
    expect(text).not.toMatch(/what exactly|send an example/);
    expect(text).toMatch(/what it would cost/);
  });

  it("in another language too", () => {
    const text = draft(
      "Hola! Soy editora de vídeo y podría editar tus vídeos de YouTube por 50 € cada uno.",
    );
    expect(text).not.toMatch(/qué harías exactamente/);
    expect(text).toMatch(/un ejemplo de un trabajo parecido/);
  });

  it("an offer of help alone is still asked what they would do", () => {
    expect(draft("I'm a freelance illustrator. I could help with the cover.")).toMatch(
      /what exactly you'd do/,
    );
  });
});
