// A pitch of the work one does names that work back ("bandas sonoras", "müzik"), not the project
// it is for ("proje (oyunlar)"), in every template language.
import { describe, expect, it } from "vitest";
import type { Language } from "../src/responder/language.ts";
import { pitchedWork } from "../src/responder/offer-said.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) => templateDraft(options, dm(text), { label: "collaboration" }).text;

describe("the work a pitch offers", () => {
  it.each([
    [
      "¡Hola! Compongo bandas sonoras para juegos de terror. ¿Te interesa para tu próximo juego?",
      "es",
      "bandas sonoras",
    ],
    [
      "Oi! Componho trilhas sonoras para jogos de terror. Tem interesse para o seu próximo jogo?",
      "pt",
      "trilhas sonoras",
    ],
    [
      "Salut ! Je compose des bandes originales pour jeux d'horreur. Ça t'intéresse pour ton prochain jeu ?",
      "fr",
      "bandes originales",
    ],
    [
      "Cześć! Komponuję ścieżki dźwiękowe do gier grozy. Interesuje cię do następnej gry?",
      "pl",
      "ścieżki dźwiękowe",
    ],
    ["Selam, korku oyunları için müzik besteliyorum. Projen için ilgilenir misin?", "tr", "müzik"],
    ["ホラーゲームの劇伴を作曲しています。次のプロジェクトでいかがですか？", "ja", "劇伴"],
    [
      "halo kak, aku bikin soundtrack buat game horor. tertarik buat game kamu selanjutnya?",
      "id",
      "soundtrack",
    ],
  ] as const)("is what the verb takes: %s", (text, language, work) => {
    expect(pitchedWork(text, language as Language)).toBe(work);
  });

  it("is named back in Spanish", () => {
    expect(
      draft(
        "¡Hola! Compongo bandas sonoras para juegos de terror. ¿Te interesa para tu próximo juego?",
      ),
    ).toContain("bandas sonoras");
  });

  it("is named back in Turkish, not the games it is for", () => {
    const text = draft(
      "Selam, korku oyunları için müzik besteliyorum. Projen için ilgilenir misin?",
    );
    expect(text).toContain("(müzik)");
    expect(text).not.toContain("oyun");
  });

  it("is none without a pitch put to the reader", () => {
    expect(pitchedWork("compongo bandas sonoras, ¿hacemos algo juntos?", "es")).toBeUndefined();
  });
});
