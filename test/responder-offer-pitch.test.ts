// A vendor's pitch in the first person present ("compongo bandas sonoras para juegos, ¿te interesa
// para tu próximo proyecto?", "hacemos vídeos explicativos desde 500€") says what they offer: the
// draft thanks them for the offer and asks only for its cost and an example, not "what do you
// have in mind?". A client who says what they make and then what they need is no pitch.
import { describe, expect, it } from "vitest";
import { offersService } from "../src/responder/offer.ts";
import { saysWhatTheyDo } from "../src/responder/offer-said.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const drafted = (text: string) => templateDraft(options, dm(text), { label: "collaboration" });

describe("a pitch of the work they do", () => {
  it.each([
    "hola! compongo bandas sonoras para juegos indie, ¿te interesa para tu próximo proyecto?",
    "oi! faço trilhas sonoras para jogos, tem interesse pro seu próximo projeto?",
    "salut ! je compose des musiques de jeux vidéo, ça t'intéresserait pour ton prochain projet ?",
    "hallo! ich komponiere Soundtracks für Indie-Games, hättest du Interesse für dein nächstes Projekt?",
    "ciao! compongo colonne sonore per videogiochi, ti interessa per il tuo prossimo progetto?",
    "hoi! ik componeer soundtracks voor games, interesse voor je volgende project?",
    "cześć! komponuję ścieżki dźwiękowe do gier, interesuje cię to przy następnym projekcie?",
    "merhaba! oyunlar için müzik besteliyorum, bir sonraki projen için ilgilenir misin?",
    "halo kak! aku bikin soundtrack buat game indie, tertarik buat project berikutnya?",
    "こんにちは！ゲーム音楽を作曲しています、次のプロジェクトでいかがですか？",
    "Hola, somos un estudio de animación; hacemos vídeos explicativos desde 500€. ¿Te interesa?",
    "Bonjour, notre studio réalise des logos et identités visuelles à partir de 300 €, intéressé ?",
    "I edit podcast episodes, interested for your next season?",
  ])("is an offer that says its work: %s", (text) => {
    expect(offersService(text)).toBe(true);
    expect(saysWhatTheyDo(text)).toBe(true);
    const draft = drafted(text);
    expect(draft.kind).toBe("collab_offer");
  });

  it("asks a pitch only its cost and an example", () => {
    const text = drafted(
      "hola! compongo bandas sonoras para juegos indie, ¿te interesa para tu próximo proyecto?",
    ).text;
    expect(text).toContain("cuánto costaría");
    expect(text).not.toContain("¿Qué tienes en mente?");
    expect(text).not.toContain("qué harías exactamente");
  });

  it.each([
    // Clients: what they make, then what they need of the reader.
    "Hey, I design indie board games. We need a card illustrator for a 52-card deck, $40/card. Interested?",
    "we make plushies and would love to license your frog as an official product, 8% royalty. interested?",
    "Dzień dobry, piszę z małego studia gier. Szukamy pixel artysty, budżet 8 000 zł. Byłbyś zainteresowany?",
    // A joint piece, and a thing of their own.
    "compongo bandas sonoras, ¿te interesa para tu próximo proyecto hacer algo juntos?",
    "hago un podcast de cine, ¿te interesa para tu próximo libro?",
    // "since", not a price.
    "compongo desde 2015, ¿te interesa para tu próximo disco una colaboración?",
  ])("is no pitch: %s", (text) => {
    expect(drafted(text).kind).not.toBe("collab_offer");
  });
});
