// A sender offering their own service or help (a freelance editor, a volunteer translator) is
// not a client: the draft asks what they would do, what it would cost and for an example (or
// thanks them for the one they sent), never for a brief, a budget or "what you need from me".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { offersService } from "../src/responder/offer.ts";
import {
  loadTemplates,
  type TemplateResponderOptions,
  templateDraft,
} from "../src/responder/templates.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "I make videos about synths." });

const draft = (text: string, extra: Partial<TemplateResponderOptions> = {}) =>
  templateDraft({ ...options, ...extra }, dm(text), { label: "collaboration" });

describe("offersService", () => {
  it.each([
    "Hi! I'm a freelance video editor and I could edit your YouTube videos.",
    "Hey, I'd love to redesign your app, I'm a UI designer.",
    "I'm a freelance product designer. I saw you need someone for your app. Can I send you a quote?",
    "I'm a freelance video editor. If you ever need an editor, I'd love to talk rate",
    "i do spanish translations for OSS for free. want me to open a PR w/ the scaffolding?",
    "I'd be happy to take on co-maintainer duties, mostly issues and releases",
    "would you consider giving me triage rights? here's my GH",
    "Ich würde euch gern ein neues Intro-Thema komponieren, 300 € inklusive Nutzungsrechte",
    "I could compose a new intro for you, I'm a musician.",
    "Hi, I'd like to volunteer to translate the docs into Spanish.",
    "I could take over maintaining the repo if you need a co-maintainer.",
    "Let me help with your channel!",
    "I'm offering my services as a mixing engineer, my rates start at $40/hour.",
    "Happy to help with your documentation.",
    "I'm a freelance illustrator. I could help with the cover.",
    "Hola! Soy editora de vídeo y podría editar tus vídeos de YouTube.",
    "Me encantaría ayudarte con la web, ofrezco mis servicios de diseño.",
    "Olá, posso editar seus vídeos, sou editor freelancer.",
    "Salut, je pourrais monter tes vidéos, je suis monteur.",
    "Bonjour, je peux vous aider avec la traduction.",
    "Hallo, ich könnte deine Videos schneiden, ich bin Cutter.",
    "Sehr geehrter Herr Braun, ich würde Ihnen gerne bei der Übersetzung helfen.",
    "Ciao, potrei montare i tuoi video!",
    "Hoi, ik kan je helpen met de vertaling.",
    "Cześć, mogę zmontować twoje filmy.",
    "Merhaba, videolarını düzenleyebilirim.",
    "Halo, saya bisa edit video kamu.",
    "はじめまして、動画編集をお手伝いさせてください。",
  ])("an offer: %s", (text) => {
    expect(offersService(text)).toBe(true);
  });

  it.each([
    "I'd love to do the subtitles for you, I'm fluent in Korean.",
    "i'd cut 8 highlight clips from your podcast episodes every week",
    "Illustrator here, I could do a few spot illustrations for the zine.",
    "I'm a professional translator, and I'd love to do the German version.",
    "I could help with Korean localization if that's useful.",
    "I can make you a short intro sting for the channel.",
    "how about I design the badges for your meetup?",
  ])("an offer in more words: %s", (text) => {
    expect(offersService(text)).toBe(true);
  });

  it.each([
    "Tłumaczę gry z angielskiego na polski. Twoja gra nie ma polskiej wersji – chętnie to zrobię.",
    "Tekściarz tu. Słuchałem twojej płyty i chętnie napisałbym teksty do kolejnej.",
    "Hej, tłumaczę gry indie na polski. Zrobię lokalizację za 1500 zł albo za procent",
    "Montaż odcinka to u mnie 400 zł, a pierwszy zrobię za darmo na Twoich nagraniach",
    "Cześć, mogę zrobić tłumaczenie twojej gry na polski.",
    "J'adorerais m'occuper de la version allemande. Je peux vous envoyer un devis au mot ?",
    "Je suis compositeur. Je peux faire ça pour 2 000€ ou en partage de revenus.",
    "te hago el logo por 50€ si te late",
    "Puedo hacerte unas portadas para el canal.",
    "Soy Tomi, hago música chiptune. Si necesitás banda sonora o efectos, me sumo.",
    "oi! faço localização de jogos. posso traduzir em troca de créditos, o que acha?",
    "Sou compositor. Se tiver interesse faço por rev share ou R$ 2.500 a trilha.",
    "Ich mache Thumbnails, ich kann dir gern ein Angebot machen.",
    "Faccio illustrazioni, posso farti la copertina del disco.",
    "Ik ben illustrator, ik kan je een nieuw logo maken.",
    "istersen haftada 3 gün gönüllü ya da küçük bir ücretle moderasyona girebilirim",
    "Ses tasarımcısıyım, sana özel bir SFX paketi yapmak isterim.",
    "Kanalın için logo yapabilirim.",
    "aku ilustrator, aku bisa bikinin logo buat toko kakak",
    "aku colorist || kalau butuh asisten flat color aku bisa, rate 75rb per episode",
    "デザイナーです。料金はご相談で、まずラフを1案無料で作ります",
    "次の新曲のMV、もしよければ担当させてもらえませんか？",
    "作詞家です。次の曲で歌詞を書かせてもらえないかと思い連絡しました。",
    "ロゴをお作りします。",
  ])("an offer in the other template languages: %s", (text) => {
    expect(offersService(text)).toBe(true);
  });

  it.each([
    "¿me harías el logo? te hago una pregunta antes",
    "Hola, ¿puedo hacerte una pregunta sobre tu curso?",
    "posso farti una domanda sul tuo corso?",
    "io ti faccio il sito e tu mi fai il logo per la mia attività",
    "Chcę zamówić portret, mogę zrobić przelew od ręki.",
    "Selam, siparişle portre yapıyor musun? Ödemeyi yapabilirim hemen",
    "Selam, seninle bir proje yapmak isterim, detayları konuşabilir miyiz?",
    "あなたのピクセルアート実況を紹介させていただけないでしょうか。出演料5万円です。",
    "Je maintiens un outil CLI. Ça te dirait qu'on fusionne nos efforts ? Je peux m'occuper des tests",
    "Ich würde gern mit dir arbeiten, wir zahlen 3.000 €.",
  ])("not an offer in the other template languages: %s", (text) => {
    expect(offersService(text)).toBe(false);
  });

  it.each([
    "art trade? you draw my oc, i draw your knight",
    "hey!\nyou mix my single, i'll design your next cover",
  ])("reads a trade that opens with the recipient's side as no offer (%s)", (text) => {
    expect(offersService(text)).toBe(false);
    expect(offersService("Hi! You make the best tutorials. I could edit your videos")).toBe(true);
  });

  it("reads a trade as no offer, and work 'for your' thing as one only after I'd, I could", () => {
    expect(offersService("I'll draw your OC if you animate my intro")).toBe(false);
    expect(offersService("i'll make the sprites for your game, you help me with the netcode")).toBe(
      false,
    );
    expect(offersService("I maintain a plugin for your editor, want to co-maintain it?")).toBe(
      false,
    );
    expect(offersService("I'll make you a deal: 3 covers for the price of 2")).toBe(false);
  });

  it.each([
    "We're making a game and need a composer. Want me to send you the brief and the budget?",
    CONCRETE_COLLAB,
    "Hi, we'd like to hire you to mix our EP in April, budget $1,800.",
    "Could you mix our EP? I can send the stems.",
    "Could you design our logo? We pay you $300.",
    "Hey! Want to collab on a track? I could write the lyrics and you make the beat.",
    "We're making a game and I'd love to have you compose the soundtrack.",
    "I can make it to a call next week, we need a vocalist for our single.",
    "Hi, what are your rates for mixing an album?",
    "I would love to feature you on my next song",
    "¿Podrías mezclar nuestro EP? Te pagamos 500€.",
    "Hallo, könntest du unser Album mischen? Wir zahlen gut.",
    "Sehr geehrte Frau Brandt, wir möchten Sie für unser Festival buchen.",
    "Salut, pourrais-tu mixer notre EP ?",
    "love your work, would be great to work together sometime!",
  ])("not an offer: %s", (text) => {
    expect(offersService(text)).toBe(false);
  });
});

describe("the collab_offer draft", () => {
  it("thanks an English offer, names what it is for, and asks what, what cost and an example", () => {
    // Help alone says no work: they are asked what exactly they would do.
    const d = draft("Hey, I'd love to help with your app. Big fan of your channel!");
    expect(d.kind).toBe("collab_offer");
    expect(d.text).toMatch(
      /^Hi Maya, thanks for reaching out, and for offering to help with the app\./,
    );
    expect(d.text).toContain("thank you for the kind words");
    expect(d.text).toContain(options.ownerAbout);
    expect(d.text).toContain("what exactly you'd do");
    expect(d.text).toContain("what it would cost (if anything)");
    expect(d.text).toContain("an example of similar work");
    expect(d.text).toContain("If it fits, I'll get back to you.");
    expect(d.text).not.toMatch(/budget|what you need from me|brief|call/i);
    expect(d.text).toContain("- Alex");
  });

  it("thanks an offer that came with its work for it, and asks for no example", () => {
    for (const message of [
      dm("I'm a freelance video editor, I could help with your videos. Reel: cutsbyjo.com/reel"),
      dm("I could help with your app!", { note: "with 1 attachment: portfolio.pdf" }),
    ]) {
      const d = templateDraft(options, message, { label: "collaboration" });
      expect(d.kind).toBe("collab_offer");
      expect(d.text).toContain("Thanks for sending examples of your work; I'll take a look.");
      expect(d.text).toContain("what it would cost (if anything)?");
      expect(d.text).not.toContain("an example of similar work");
    }
    const formal = draft(
      "Sehr geehrter Herr Braun, ich würde Ihnen gerne bei der Übersetzung Ihrer App helfen. Referenzen: uebersetzt.de/referenzen",
    );
    expect(formal.text).toContain("Danke für die Arbeitsproben, ich sehe sie mir an.");
    expect(formal.text).toContain("melde ich mich bei Ihnen");
    expect(formal.text).not.toMatch(/Beispiel|\bdu\b|\bdir\b/);
  });

  it("asks no price of an offer made for free or as a trade, nor of one that names its price", () => {
    for (const text of [
      "I could design a new banner for your channel for free, I just want it in my portfolio.",
      "I'd love to make you a set of sub badges, pro bono, your chat deserves them",
    ]) {
      const d = draft(text);
      expect(d.kind).toBe("collab_offer");
      // They said the work: only the example is still missing.
      expect(d.text).toContain(
        "Thanks for saying what you'd do. To see whether it fits, could you send an example",
      );
      expect(d.text).not.toMatch(/cost|price|budget|what exactly/);
    }
    const sent = templateDraft(
      options,
      dm("I could subtitle your videos for free! Samples: subsbyli.net/samples"),
      { label: "collaboration" },
    );
    expect(sent.text).toContain("I'll take a look, and if it fits, I'll get back to you.");
    expect(sent.text).not.toMatch(/cost|what exactly|\?/);
    // A sum beside "free" is no free offer, but its price is named: it is not asked again.
    const both = draft(
      "I could design a new banner for your channel for free, or a full rebrand for $300",
    ).text;
    expect(both).not.toContain("what it would cost");
    expect(both).toContain("could you send an example");
    const formal = draft(
      "Sehr geehrte Frau Lenz, ich würde Ihnen gerne bei der Übersetzung helfen, ehrenamtlich.",
    );
    expect(formal.text).toContain("Was genau würden Sie machen, und könnten Sie mir ein Beispiel");
    expect(formal.text).not.toContain("kosten");
  });

  it.each([
    "I could edit your videos, $400 flat for the next four",
    "I'd edit your podcast episodes at $60 each, first one on me",
    "I could port your plugin to Godot 4 for 20% of sales",
    "ich könnte dein Logo überarbeiten, 250 € inklusive Dateien",
    // The sum after a rate word, a sum with no sign, or how they charge said in words.
    "I'm a session drummer. I'd love to track drums for your song. My rate is $250/song",
    "I could edit your videos, my rate is 40/hour",
    "I could edit your videos for a flat fee of 300",
    "I'm a freelance proofreader and I could proofread your novel, I charge per word",
  ])("does not ask what an offer would cost when it names its price (%s)", (text) => {
    const d = draft(text);
    expect(d.kind).toBe("collab_offer");
    expect(d.text).not.toMatch(/would cost|kosten/);
    // Each says the work too: it is not asked back.
    expect(d.text).not.toMatch(/what exactly|Was genau/);
    expect(d.text).toMatch(/Thanks for saying what you'd do|Danke, dass du schon sagst/);
  });

  it("still asks the price of an offer that names no sum", () => {
    for (const text of [
      "I could edit your videos, happy to discuss my rate",
      "I could mix your EP",
      "I'm a composer and I'd love to score your game, my rates are flexible for indies",
    ])
      expect(draft(text).text).toContain("what it would cost (if anything)");
  });

  it("without a project named, thanks for the offer alone", () => {
    const d = draft("Hi, I'd like to volunteer to translate the docs into Spanish.");
    expect(d.kind).toBe("collab_offer");
    expect(d.text).toMatch(/^Hi Maya, thanks for reaching out, and for the offer\.\n/);
    expect(d.text).not.toContain("kind words");
  });

  it("answers a Spanish informal offer in Spanish, with tú", () => {
    const d = draft("Hola! Soy editora y podría editar tus vídeos de YouTube.");
    expect(d.kind).toBe("collab_offer");
    expect(d.text).toMatch(/^Hola Maya, gracias por escribirme y por tu ofrecimiento\./);
    // "podría editar tus vídeos" says the work: only the cost and an example are asked.
    expect(d.text).toContain("Gracias por contarme qué harías.");
    expect(d.text).not.toContain("qué harías exactamente");
    expect(d.text).toContain("cuánto costaría");
    expect(d.text).toContain("un ejemplo de un trabajo parecido");
    expect(d.text).not.toMatch(/presupuesto|qué necesitas de mí|resumen/);
  });

  it("answers a German formal offer with Sie, naming the project", () => {
    const d = draft(
      "Sehr geehrter Herr Braun, ich würde Ihnen gerne bei der Übersetzung Ihrer App helfen.",
    );
    expect(d.kind).toBe("collab_offer");
    expect(d.text).toMatch(
      /^Hallo Maya, vielen Dank für Ihre Nachricht und Ihr Angebot: das Projekt \(App\)\./,
    );
    expect(d.text).toContain("Was genau würden Sie machen");
    expect(d.text).toContain("was würde es kosten");
    expect(d.text).toContain("ein Beispiel für eine ähnliche Arbeit");
    expect(d.text).toContain("melde ich mich bei Ihnen");
    expect(d.text).not.toMatch(/Budget|Briefing|brauchst|brauchen|\bdu\b|\bdir\b|\bdein/);
  });

  it("still answers a client who wants to hire the owner with a brief and a budget", () => {
    const d = draft("Hi, we'd like to hire you to mix our EP in April, budget $1,800.");
    expect(d.kind).toBe("collab_concrete");
    expect(d.text).toContain("I'll suggest a quick call");
  });

  it("has a section in every template language, and formal ones where the others have them", () => {
    const templates = loadTemplates();
    for (const language of ["es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id", "ja"])
      expect(templates[`collab_offer.${language}`], language).toBeTruthy();
    for (const language of ["de", "fr", "es", "it", "nl", "pl", "tr"])
      expect(templates[`collab_offer.${language}.formal`], language).toBeTruthy();
  });

  it("an owner's REPLY_TEMPLATES file can override it", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-offer-"));
    const file = join(dir, "mine.md");
    writeFileSync(file, "## collab_offer\nThanks {sender}, what would it cost?\n");
    const d = draft("Let me help with your channel!", { templates: loadTemplates(file) });
    expect(d).toMatchObject({ kind: "collab_offer", text: "Thanks Maya, what would it cost?" });
  });
});

// "Want me to recommend you?" offers the recipient an opening (a client passed on, a grant, a
// publisher), not the sender's service: it is not asked what the sender would do or charge.
it.each([
  "I'm overbooked and a client needs a 3-page site, $1,500. want me to pass them to you?",
  "I was offered a German novel I can't take. would you want me to recommend you to the publisher?",
  "our fund gives micro-grants to open tools. want me to nominate you? the form is 2 pages",
  "we can offer up to $40k over a year. would you like me to introduce you to the panel?",
])("an opening offered to the recipient is no service offered: %s", (text) => {
  expect(offersService(text)).toBe(false);
});
