// Drafts that fit the message: in the sender's language, thanks only for kind words that were
// there, a question acknowledged rather than answered with "send a link".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";
import { detectLanguage, LANGUAGES, type Language } from "../src/responder/language.ts";
import { planReply, TEMPLATE_NAMES } from "../src/responder/plan.ts";
import { FORMAL_LANGUAGES } from "../src/responder/register.ts";
import {
  fill,
  loadTemplates,
  type TemplateResponderOptions,
  templateDraft,
} from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import type { Label } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions();
const planOf = (text: string) =>
  planReply({ text }, "feedback_request", {
    feedbackPolicy: "yes",
    spamReply: "none",
    ownerLanguage: "en",
  });
const draft = (text: string, label: Label, extra: Partial<TemplateResponderOptions> = {}) =>
  templateDraft({ ...options, ...extra }, dm(text), { label }).text ?? "";

describe("the sender's language", () => {
  it.each([
    ["es", "Hola! Me encanta tu música, ¿te gustaría colaborar en un tema conmigo?", "Hola Maya"],
    ["pt", "Oi! Você toparia fazer uma parceria comigo em uma música nova?", "Oi Maya"],
    [
      "fr",
      "Salut, est-ce que tu serais partant pour une collab sur mon prochain morceau ?",
      "Bonjour Maya",
    ],
    ["de", "Hallo, hättest du Lust, mit mir an einem neuen Track zu arbeiten?", "Hallo Maya"],
    ["it", "Ciao! Ti andrebbe di lavorare con me su un pezzo nuovo?", "Ciao Maya"],
    ["nl", "Hoi! Zou je het leuk vinden om samen met mij iets te maken?", "Hoi Maya"],
    ["pl", "Cześć! Czy chciałbyś ze mną współpracować przy nowym utworze?", "Cześć Maya"],
    ["tr", "Merhaba! Benimle yeni bir şarkı için işbirliği yapmak ister misin?", "Merhaba Maya"],
    ["id", "Halo kak! Mau nggak kerja sama bikin lagu bareng saya?", "Halo Maya"],
    ["ja", "こんにちは！一緒に曲を作りませんか？", "Mayaさん"],
  ])("answers a collaboration ask in %s in that language", (language, text, greeting) => {
    expect(detectLanguage(text)).toBe(language);
    const reply = draft(text, "collaboration");
    expect(reply.startsWith(greeting)).toBe(true);
    expect(reply).not.toContain("What do you have in mind");
  });

  it.each([
    ["en", "Recruiter @ Northbeam", "Would you be open to a chat about a paid role?", "Hi there, "],
    ["en", "Jane @ Acme", "Would you be open to a chat about a paid role?", "Hi Jane, "],
    ["en", "Jane @ Acme Games", "Would you be open to a chat about a paid role?", "Hi Jane, "],
    ["en", "🎧 Luna 🎧", "Would you be open to a chat about a paid role?", "Hi Luna, "],
    ["es", "🎧🎧", "Hola! ¿te gustaría colaborar en un tema conmigo?", "Hola, gracias"],
    [
      "it",
      "HR | Studio",
      "Ciao! Ti andrebbe di lavorare con me su un pezzo nuovo?",
      "Ciao, grazie",
    ],
    ["ja", "Support Team", "こんにちは！一緒に曲を作りませんか？", "ご連絡"],
    ["en", "Blue Fern Games", "Would you be open to a chat about a paid role?", "Hi there, "],
    ["en", "Pixel Forge Studio", "Would you be open to a chat about a paid role?", "Hi there, "],
    ["en", "Acme Corp 🚀", "Would you be open to a chat about a paid role?", "Hi there, "],
    [
      "de",
      "Nordlicht Records",
      "Hallo, hättest du Lust, mit mir an einem neuen Track zu arbeiten?",
      "Hallo, danke",
    ],
    [
      "de",
      "Band Nordlicht",
      "Hallo, hättest du Lust, mit mir an einem neuen Track zu arbeiten?",
      "Hallo, danke",
    ],
    ["ja", "Blue Fern Games", "こんにちは！一緒に曲を作りませんか？", "ご連絡"],
    // A title is as often before a surname: no name rather than "Hi Dr." or "Cześć Pan".
    ["en", "Dr. Okafor", "Would you be open to a chat about a paid role?", "Hi there, "],
    ["pl", "Pan Wiśniewski", "Cześć! Masz ochotę zrobić ze mną okładkę do nowej płyty?", "Cześć, "],
  ])(
    "greets in %s the person in %j by first name, and a role or organisation by none",
    (_, name, text, start) => {
      const reply =
        templateDraft(
          options,
          { ...dm(text), author: { id: "u1", name } },
          { label: "collaboration" },
        ).text ?? "";
      expect(reply.startsWith(start)).toBe(true);
    },
  );

  it.each([
    ["de", "Hey, lass uns mal was zusammen machen!"],
    ["pl", "Hej! Moge ci wyslac moje demo? Co sadzisz o wokalu?"],
    ["en", "Hey, I was wondering if we could make something together, what do you think?"],
    ["pt", "opa, isso ficou bom ou mudo a capa agora?"],
    ["fr", "je sais pas si ca rend bien, tu peux jeter un oeil quand tu veux"],
    ["es", "oye, ¿qué tal se ve ahora? ¿también cambio eso?"],
    [
      "pt",
      "Oi Lari! Sou organizadora do CosFest Recife (20 e 21 de setembro). Queremos te convidar como jurada, com cachê de R$800. Podemos conversar por e-mail?",
    ],
    ["de", "Bist du das in dem Video?? Hab's grad in einer Gruppe gesehen"],
  ])("tells %s in a short, casual message typed without its accents", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("quotes a Spanish question with its opening '¿'", () => {
    const reply = draft("Hola, ¿cómo empiezo a producir mi primer disco?", "feedback_request");
    expect(reply).toContain('Me preguntas: "¿cómo empiezo a producir mi primer disco?"');
  });

  it("answers an Italian question in Italian, acknowledging it", () => {
    const reply = draft(
      "Ciao! Secondo te è meglio imparare prima la sintesi sottrattiva o la FM?",
      "feedback_request",
    );
    expect(reply).toMatch(/^Ciao Maya, grazie per la domanda\./);
    expect(reply).toContain("Mi chiedi:");
    expect(reply).not.toMatch(/link/i);
  });

  it("names back a Spanish collaborator's details in Spanish", () => {
    const reply = draft(
      "Hola, buscamos un diseñador para el juego, presupuesto 500€, entrega en marzo",
      "collaboration",
    );
    expect(reply).toContain("el proyecto (juego)");
    expect(reply).toContain("el presupuesto");
  });

  it.each([
    ["Hola, buscamos un diseñador, presupuesto 500€", "un breve resumen (alcance y plazos)?"],
    ["Wir brauchen eine Sängerin, Aufnahme im Mai", "(Umfang und Budget)?"],
    [
      "インディーゲームのBGMを作曲してくれる方を探しています。予算は20万円、締め切りは6月です。",
      "予定を確認して、改めてご連絡します",
    ],
    ["Halo kak, butuh desainer untuk proyek kami", "(jadwal dan budget)?"],
  ])(
    "asks a concrete offer's brief only for what it did not name, a role named included (%s)",
    (text, asks) => {
      expect(draft(text, "collaboration")).toContain(asks);
    },
  );

  it("falls back to the owner's language when the sender's is unknown or too short to tell", () => {
    expect(detectLanguage("collab?")).toBeNull();
    expect(draft("collab?", "collaboration")).toMatch(/^Hi Maya/);
    expect(draft("collab?", "collaboration", { ownerLanguage: "de" })).toMatch(/^Hallo Maya/);
    expect(draft("Hej! Vill du göra en låt tillsammans med mig?", "collaboration")).toMatch(
      /^Hi Maya/,
    );
  });

  it.each([
    ["sv", "Hej! Vill du göra musik till vårt spel? Budget 500 euro"],
    [
      "sv",
      "Hej Maya! Vill du göra musik till vårt spel? Vi har en budget på 500 euro och det ska vara klart i maj.",
    ],
    ["sv", "Hej! Kan du göra en låt för mig? Jag är en stor fan, det är en dröm"],
    ["da", "Hej, jeg vil gerne lave en sang med dig, kan du være med på det i maj?"],
    ["cs", "Ahoj, chtěl bys dělat hudbu pro naši hru? Rozpočet je 500 eur, hotovo do května."],
    [
      "hu",
      "Szia! Szeretnél zenét írni a játékunkhoz? Költségvetés 500 euró, határidő május, írj ha érdekel.",
    ],
    [
      "ro",
      "Salut, ai vrea să faci muzică pentru jocul nostru? Bugetul e de 500 de euro, până în mai.",
    ],
    ["ru", "Привет! Хочешь сделать музыку для нашей игры? Бюджет 500 евро."],
    ["el", "Γεια σου, θέλεις να κάνουμε μουσική για το παιχνίδι μας;"],
    ["ar", "مرحبا، هل تريد أن تصنع موسيقى للعبتنا؟"],
    ["he", "היי, רוצה לעשות מוזיקה למשחק שלנו?"],
    ["ko", "안녕하세요! 우리 게임 음악을 만들어 주실 수 있나요?"],
    ["th", "สวัสดีครับ อยากให้ช่วยทำเพลงให้เกมของเรา"],
    ["zh", "你好，我想和你合作做一首歌，预算是五千元，五月之前完成。"],
  ])(
    "answers %s, written with letters none of the templates' languages use, in the owner's",
    (_, text) => {
      expect(detectLanguage(text)).toBeNull();
      expect(draft(text, "collaboration")).toMatch(/^Hi Maya/);
    },
  );

  it("still tells a language whose words are plentiful beside a foreign name", () => {
    expect(
      detectLanguage(
        "Hey, I'm Søren from Aarhus. I love your work and would like to ask you about a track for my EP.",
      ),
    ).toBe("en");
    expect(
      detectLanguage("Hola, soy Bjørn. Me encanta tu música, ¿te gustaría hacer un tema conmigo?"),
    ).toBe("es");
  });

  it("answers English slang in English, though 'w' (with) is also a Polish word", () => {
    const text = "ngl obsessed w ur brush packs, how do u even get that grain w those strokes 😭";
    expect(detectLanguage(text)).toBe("en");
    expect(draft(text, "feedback_request")).toMatch(/^Hi Maya/);
    expect(detectLanguage("yo which pen tablet should i start w")).toBe("en");
    // A borrowed "like" does not make Dutch English, and "was" is German too.
    expect(detectLanguage("Like voor like? Ik volg alles terug")).not.toBe("en");
    expect(detectLanguage("WAS SAGST DU ZU MEINEM ERSTEN PATCH, klingt das nach was?")).toBe("de");
    // Short chat on a word English shares ("was", "die", "mit", "me", "hola") or a place's name.
    for (const [chat, l] of [
      ["which daw should i start w", "en"],
      ["was it you?", "en"],
      ["can me help", "en"],
      ["man this slaps", null],
      ["die hard fan", null],
      ["mit license?", null],
      ["hola amigo check my stuff", null],
      ["hey i'm from São Paulo, can you mix my track?", "en"],
      ["yo, München show was sick, you mixing for anyone?", "en"],
    ] as const)
      expect(detectLanguage(chat), chat).toBe(l);
  });

  it.each([
    ["de", "was nimmst du fürs Mastern?"],
    ["de", "Moin! kurze Frage, wie bekommst du den Bass so sauber hin?"],
    ["de", "Bezahlung pro Wort, passt das?"],
    ["es", "¿le falta ritmo a mi reel?"],
    ["es", "suena bien la voz o no?"],
    ["pt", "vê aí se ficou bom?"],
    ["fr", "on bosse ensemble ? j'adore ce que tu fais"],
    ["it", "le mie intro sono troppo lunghe?"],
    ["nl", "hoe krijg jij die kleuren zo mooi?"],
    ["nl", "is dit mooi of te druk?"],
    ["pl", "ile bierzesz za mix jednego numeru?"],
    ["tr", "abi bu kapak iyi mi kötü mü?"],
    ["tr", "hangi mikrofonu kullanıyorsun?"],
    ["id", "kalo bayar per lagu gimana?"],
  ] as Array<[Language, string]>)("tells %s in a short message: %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("reads OWNER_LANGUAGE from the config and refuses a language without templates", () => {
    expect(parseConfig({}).OWNER_LANGUAGE).toBe("en");
    expect(parseConfig({ OWNER_LANGUAGE: "pl" }).OWNER_LANGUAGE).toBe("pl");
    expect(() => parseConfig({ OWNER_LANGUAGE: "sv" })).toThrow(ConfigError);
    expect(() => parseConfig({ OWNER_LANGUAGE: "sv" })).toThrow(
      /OWNER_LANGUAGE: must be one of en, es/,
    );
  });

  it("keeps OWNER_ABOUT, written in the owner's language, out of drafts in other languages", () => {
    expect(draft("Hola! ¿Quieres colaborar conmigo en un tema?", "collaboration")).not.toContain(
      options.ownerAbout,
    );
    expect(draft("hey, want to work together on something?", "collaboration")).toContain(
      options.ownerAbout,
    );
  });

  it("ships every template section in every language", () => {
    const templates = loadTemplates();
    for (const language of LANGUAGES)
      for (const name of TEMPLATE_NAMES) {
        const key = language === "en" ? name : `${name}.${language}`;
        expect(templates[key], key).toBeTruthy();
      }
  });

  it("lets REPLY_TEMPLATES override one language's section and keeps the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-replies-"));
    const file = join(dir, "mine.md");
    writeFileSync(file, "## collab_vague.es\n¡Hola {sender}! ¿Qué idea tienes?\n");
    const templates = loadTemplates(file);
    expect(
      draft("Hola! ¿Quieres colaborar conmigo en un tema?", "collaboration", { templates }),
    ).toBe("¡Hola Maya! ¿Qué idea tienes?");
    expect(
      draft("Ciao! Ti andrebbe di collaborare con me?", "collaboration", { templates }),
    ).toMatch(/^Ciao Maya/);
  });
});

describe("what the draft acknowledges", () => {
  it.each(["collab?", "can we connect?", "hey are you open to collabs"])(
    "thanks no one for kind words that were not there (%s)",
    (text) => {
      const reply = draft(text, "collaboration");
      expect(reply).not.toMatch(/kind words/i);
      expect(reply).toContain("What do you have in mind?");
      expect(reply.match(/\?/g)).toHaveLength(1);
    },
  );

  it("thanks for kind words when there were some", () => {
    expect(draft("love your work, would be great to collab sometime", "collaboration")).toMatch(
      /^Hi Maya, thanks for the kind words!/,
    );
    expect(draft("your mixes are amazing! could you check my track?", "feedback_request")).toMatch(
      /kind words/,
    );
  });

  it.each([
    "Dein Tutorial war super hilfreich! Lust, mal was zusammen zu machen?",
    "Deine Beats sind richtig gut, lass uns mal was zusammen machen",
    "echt stark, was du machst. Lust auf eine Zusammenarbeit?",
  ])("thanks for German kind words (%s)", (text) => {
    expect(draft(text, "collaboration")).toMatch(/^Hallo Maya, danke für die netten Worte/);
  });

  it("does not take 'me encantaría' (I'd love to) for praise, and does take 'me encantó'", () => {
    const wish = draft("Hola! Me encantaría hacer un remix, ¿te parece bien?", "collaboration");
    expect(wish).toMatch(/^Hola Maya, gracias por escribirme/);
    expect(wish).not.toMatch(/palabras/);
    const praise = draft("Hola! Me encantó tu disco, ¿hacemos algo juntos?", "collaboration");
    expect(praise).toMatch(/palabras/);
  });

  it.each([
    "subtractive or FM first?",
    "how did you get that vocal sound on your last EP?",
    "any tips for getting started as a session player",
  ])("acknowledges a question instead of asking for a link (%s)", (text) => {
    const reply = draft(text, "feedback_request");
    expect(reply).not.toMatch(/Send one link/);
    expect(reply).toMatch(/thanks for the question/);
    if (text.includes("?")) expect(reply).toContain(`You asked: "${text}"`);
  });

  it.each([
    ["ja", "ミックスのコツを教えてください"],
    ["es", "Dame algunas recomendaciones para mezclar voces"],
    ["pt", "Alguma sugestão pra mixar voz"],
    ["fr", "Tu as des astuces pour le mixage"],
    ["de", "Hast du eine Empfehlung für ein Mikrofon"],
    ["it", "Hai qualche consiglio per il mastering"],
    ["nl", "Heb je advies voor het mixen van vocals"],
    ["pl", "Masz jakieś wskazówki do miksu"],
    ["tr", "Mix için önerin var mı"],
    ["id", "Ada saran buat mixing vokal"],
    ["en", "Was wondering if you had advice on gear for a cooking show"],
  ])("in %s, an advice ask without a question mark is a question (%s)", (_, text) => {
    expect(planOf(text).template).toBe("feedback_question");
  });

  it.each([
    [
      "pt",
      "queria tua opinião: é melhor começar com o Ableton ou com o Logic?",
      "feedback_question",
    ],
    [
      "en",
      "can I get your opinion on something? I'm starting a plant channel, is that too niche?",
      "feedback_question",
    ],
    ["en", "what matters to you when you read a cover letter?", "feedback_question"],
    [
      "en",
      "is that a crash you hit too? any pointer where to look would be great",
      "feedback_question",
    ],
    ["en", "what strings do u use", "feedback_question"],
    ["en", "is it worth learning modular first or nah", "feedback_question"],
    ["pt", "Posso te mandar meu conto pra você me dizer se o final funciona?", "feedback_yes"],
    ["pl", "Czy mogę podesłać mój scenariusz? Czy zakończenie działa?", "feedback_yes"],
  ])(
    "in %s, tells advice asked of their opinion from a look at their work (%s)",
    (_, text, template) => {
      expect(planOf(text).template).toBe(template);
    },
  );

  it.each([
    "新曲のデモあげました、ミックスのアドバイスあればお願いします",
    "ポートフォリオ、ゲーム会社に出せるレベルか率直に教えてください",
  ])("still asks for the work when Japanese advice is on a piece they made (%s)", (text) => {
    expect(planOf(text).template).toBe("feedback_yes");
    expect(draft(text, "feedback_request")).toContain("リンクかファイルを一つだけ");
  });

  it.each([
    ["it", "potresti dare un'occhiata al mio mix? Te lo mando se vuoi.", /Mandami un solo link/],
    ["es", "¿Podrías echarle un vistazo a mi maqueta?", /Mándame un solo enlace/],
    ["fr", "Tu peux jeter un œil à mon mix ?", /Envoie-moi un seul lien/],
    ["de", "Kannst du mal über meinen Track drüberschauen?", /Schick mir einen einzigen Link/],
    ["nl", "Kun je even kijken naar mijn nieuwe track?", /Stuur me één link/],
    ["pl", "Możesz rzucić okiem na mój nowy mix?", /Wyślij jeden link/],
    ["tr", "Merhaba, yeni mixime göz atabilir misin?", /tek bir link/],
    ["id", "Kak, bisa dengerin lagu baru aku?", /Kirim satu link/],
    ["ja", "新しいビートの感想もらえますか？", /リンクかファイルを一つだけ/],
  ])(
    "in %s, 'take a look at my work' asks for one link, not a question (%s)",
    (language, text, asks) => {
      expect(detectLanguage(text)).toBe(language);
      const reply = draft(text, "feedback_request");
      expect(reply).toMatch(asks);
      expect(reply).not.toContain(text);
    },
  );

  it("asks for one link when they want a look at their work, and not when they sent it", () => {
    expect(draft("can I send you my demo?", "feedback_request")).toMatch(/Send one link/);
    const sent = draft("what do you think of my mix? sndcld.com/a/b", "feedback_request");
    expect(sent).toMatch(/I'll go through what you sent/);
    expect(sent).not.toMatch(/Send one link/);
  });

  it.each([
    ["en", "Can you check my mix? I attached the wav.", /I'll go through what you sent/],
    [
      "en",
      "I sent you my demo last week, did you get a chance to listen?",
      /I'll go through what you sent/,
    ],
    ["es", "Te mandé mi maqueta la semana pasada, ¿la escuchaste?", /lo que me mandaste/],
    [
      "de",
      "Ich habe dir gestern meine Demo geschickt, hast du reingehört?",
      /was du geschickt hast/,
    ],
    ["ja", "デモを送りました。聴いてもらえますか？", /意見が欲しい点があれば/],
  ])(
    "in %s, work said to be sent or attached is not asked for again (%s)",
    (language, text, says) => {
      expect(detectLanguage(text)).toBe(language);
      const reply = draft(text, "feedback_request");
      expect(reply).toMatch(says);
      expect(reply).not.toMatch(/Send one link|Mándame|Schick mir|リンクかファイルを一つだけ/);
    },
  );

  it.each([
    ["en", dm("warm or teal for the cover? both attached"), /what you sent with your question/],
    [
      "en",
      dm("are the colours too loud?", { note: "with 1 attachment: cover.png" }),
      /what you sent with/,
    ],
    ["es", dm("¿cuál de las dos portadas funciona mejor? van adjuntas"), /mandaste teniendo en/],
  ])("in %s, a question about a file they sent is a look with it in mind", (_, message, says) => {
    const reply = templateDraft(options, message, { label: "feedback_request" }).text;
    expect(reply).toMatch(says);
    expect(reply).not.toContain(message.text);
  });

  it("counts the links ingest found, on domains the text check does not know", () => {
    const text = "wdyt of my new beat? kidvapor.shop/beats/nite";
    const reply = templateDraft(options, dm(text, { links: findLinks(text) }), {
      label: "feedback_request",
    }).text;
    expect(reply).toMatch(/I'll go through what you sent/);
    expect(reply).not.toMatch(/Send one link/);
  });

  it.each([
    "could you give my EP notes a read? notion.so/ep-notes",
    "rate my new site 1-10 pls janedoe.design",
    "is the intro too long? demo here: klang-studio.at/intro",
    "is the booking page confusing? mariafotografia.pt",
    "what am I doing wrong on my channel? peertube.social/@redstoner",
  ])("hears a link that ingest does not know as work sent (%s)", (text) => {
    const reply = templateDraft(options, dm(text, { links: findLinks(text) }), {
      label: "feedback_request",
    }).text;
    expect(reply).toMatch(/Yes, I'm happy to take a look/);
    expect(reply).toMatch(/I'll go through what you sent/);
  });

  it.each([
    "can I send you my demo?",
    "want your thoughts on my mix, should I send it as an attachment?",
    "I'll send you my track",
  ])("still asks for the work when it is only offered (%s)", (text) => {
    expect(draft(text, "feedback_request")).toMatch(/Send one link/);
  });

  it.each([
    [
      "es",
      "hola! ¿me podrías decir si la voz está muy alta? youtu.be/xk29Lmq",
      /lo que me mandaste/,
      /Mándame/,
    ],
    [
      "fr",
      "Salut ! Tu peux écouter mon morceau ? soundcloud.com/moi/morceau",
      /ce que tu m'as envoyé/,
      /Envoie-moi/,
    ],
    [
      "fr",
      "Je t'envoie mon portfolio, tu aurais des conseils ? camille-art.fr",
      /ce que tu m'as envoyé/,
      /Envoie-moi/,
    ],
    [
      "ja",
      "新しい曲を作りました。聴いてもらえますか？ soundcloud.com/me/song",
      /意見が欲しい点があれば/,
      /リンクかファイルを一つだけ/,
    ],
  ])("in %s too, a request that came with its link is not asked for one", (_, text, says, asks) => {
    const reply = draft(text, "feedback_request");
    expect(reply).toMatch(says);
    expect(reply).not.toMatch(asks);
  });

  it.each([
    [
      "en",
      "Here's my new track soundcloud.com/me/t, I can't tell if the drums sit right in the mix",
      /I'll go through what you sent with your question in mind\./,
    ],
    [
      "en",
      "could you check my mix? is the kick too loud?",
      /Send one link.*with your question in mind/,
    ],
    [
      "es",
      "hola! ¿me podrías decir si la voz está muy alta? youtu.be/xk29Lmq",
      /Miraré lo que me mandaste teniendo en cuenta tu pregunta/,
    ],
    ["pt", "Dá uma olhada na minha capa? Não sei se a fonte combina", /com a sua dúvida em mente/],
    [
      "fr",
      "oye je t'envoie mon morceau soundcloud.com/moi/m, je sais pas si la basse est trop forte",
      /en gardant ta question en tête/,
    ],
    [
      "de",
      "mein erster Track soundcloud.com/k/e ist die Bassdrum zu dominant?",
      /deine Frage im Hinterkopf/,
    ],
    [
      "it",
      "Puoi ascoltare il mio provino e dirmi se la voce è troppo bassa? soundcloud.com/g/p",
      /tenendo presente la tua domanda/,
    ],
    [
      "nl",
      "Kun je even kijken naar mijn track? Ik weet niet of de mix klopt",
      /met jouw vraag in gedachten/,
    ],
    [
      "pl",
      "Zerkniesz na mój PR? Nie wiem, czy podejście jest dobre",
      /mając na uwadze Twoje pytanie/,
    ],
    ["tr", "Mixime göz atabilir misin? Vokal çok mu yüksek?", /sorunu aklımda tutarak/],
    [
      "id",
      "kak tolong dengerin lagu aku ya. suara sulingnya kekecilan gak? drive.google.com/file/d/x",
      /dengan memperhatikan pertanyaanmu/,
    ],
    [
      "ja",
      "新曲です soundcloud.com/h/y サビのメロディ弱くないですか？",
      /気にされている点を意識して拝見します/,
    ],
  ])(
    "in %s, a request that says what it wants feedback on is not asked for it (%s)",
    (language, text, says) => {
      expect(detectLanguage(text)).toBe(language);
      const reply = draft(text, "feedback_request");
      expect(reply).toMatch(says);
      expect(reply).not.toMatch(
        /one thing you most want|lo que más quieres|mais quer minha|veux (?:le plus|surtout)|am meisten|vor allem Feedback|vuoi (?:di più|soprattutto)|(?:meest|vooral) feedback|najbardziej Ci|en çok hakkında|paling ingin|意見が欲しい点/,
      );
    },
  );

  it("still asks for the one thing when the request says no question of its own", () => {
    expect(draft("can you check my mix? soundcloud.com/a/b", "feedback_request")).toMatch(
      /If there's one thing you most want feedback on, tell me\./,
    );
    expect(
      draft("could you listen to my demo? are you free this week?", "feedback_request"),
    ).toMatch(/Send one link or file \(a private link is fine\) and the one thing/);
  });

  it.each([
    ["it", "Ciao! Che ne pensi del mio ultimo mix? Ti mando il link?", /link/],
    ["es", "¿Qué te parece mi maqueta? ¿Te la envío por aquí?", /enlace/],
    ["pt", "O que você acha da minha faixa? Te mando o link?", /link/],
    ["de", "Wie findest du meinen Mix? Ich schicke dir den Link, okay?", /Link/],
  ])("asks for the link in %s when a question only offers to send the work", (_, text, link) => {
    const reply = draft(text, "feedback_request");
    expect(reply).toMatch(link);
    expect(reply).not.toContain(text.split("?")[1]?.trim() ?? "");
  });
});

/** Every shipped section of a kind: English, each language's, and each formal one. */
function sectionsOf(name: string): Array<[string, string, Language]> {
  const templates = loadTemplates();
  const keys: Array<[string, Language]> = LANGUAGES.map((l) => [
    l === "en" ? name : `${name}.${l}`,
    l,
  ]);
  for (const l of FORMAL_LANGUAGES) keys.push([`${name}.${l}.formal`, l]);
  return keys.map(([key, language]) => [key, templates[key] as string, language]);
}

// The file words of each language, as a draft asks for the work in it.
const LINK_OR_FILE: Record<Language, RegExp> = {
  en: /one link or file/,
  es: /enlace o archivo/,
  pt: /link ou arquivo/,
  fr: /lien ou fichier/,
  de: /Link oder eine Datei/,
  it: /link o file/,
  nl: /link of bestand/,
  pl: /link lub plik/,
  tr: /link ya da dosya/,
  id: /link atau file/,
  ja: /リンクかファイル/,
};

// A call or a conversation proposed, in each language's collab_concrete.
const CALL = /call|llamada|chamada|appel|Gespräch|chiamata|gesprek|rozmow|görüşme|panggilan|通話/;

// How each language asks an offer for an example of similar work, and thanks for the ones sent.
const EXAMPLE: Record<Language, [RegExp, RegExp]> = {
  en: [/an example of similar work/, /examples of your work/],
  es: [/un ejemplo de un trabajo parecido/, /ejemplos de (?:tu|su) trabajo/],
  pt: [/um exemplo de um trabalho parecido/, /exemplos do seu trabalho/],
  fr: [/un exemple d'un travail similaire/, /exemples de (?:ton|votre) travail/],
  de: [/ein Beispiel für eine ähnliche Arbeit/, /Arbeitsproben/],
  it: [/un esempio di un lavoro simile/, /esempi del (?:tuo|Suo) lavoro/],
  nl: [/een voorbeeld sturen van vergelijkbaar werk/, /voorbeelden van (?:je|uw) werk/],
  pl: [/przykład podobnej pracy/, /przykłady (?:Twojej pracy|prac)/],
  tr: [/benzer bir çalışman(?:ız)?dan bir örnek/, /Çalışma örnekleri/],
  id: [/contoh pekerjaan serupa/, /contoh karyamu/],
  ja: [/似たようなお仕事の例/, /作品の例を送っていただき/],
};

// How each language's offer reply asks the price.
const COST: Record<Language, RegExp> = {
  en: /what it would cost/,
  es: /cuánto costaría|coste/,
  pt: /quanto custaria|custo/,
  fr: /coûterait|payant/,
  de: /kosten/,
  it: /costerebbe|costo/,
  nl: /kosten|kost/,
  pl: /kosztowała|kosztuje/,
  tr: /ücreti/,
  id: /biaya/,
  ja: /費用/,
};

describe("every language's section", () => {
  it.each(sectionsOf("collab_concrete"))(
    "%s proposes a call only when money is involved, and asks for the brief either way",
    (_, section) => {
      const values = { sender: "Maya", owner: "Alex", details: "x", ask_brief: "BRIEF" };
      const paid = fill(section, { ...values, unpaid: "" });
      const unpaid = fill(section, { ...values, unpaid: "yes" });
      expect(paid).not.toBe(unpaid);
      for (const text of [paid, unpaid]) expect(text).toContain("BRIEF");
      expect(unpaid).not.toMatch(CALL);
      expect(paid).toMatch(CALL);
    },
  );

  it.each(sectionsOf("collab_concrete"))(
    "%s asks for no brief when one came along, still for what it may leave out, and keeps the call rule",
    (_, section) => {
      const values = { sender: "Maya", owner: "Alex", details: "x", ask_brief: "BRIEF" };
      for (const unpaid of ["", "yes"]) {
        const asked = fill(section, { ...values, unpaid, brief: "" });
        const came = fill(section, { ...values, unpaid, brief: "yes" });
        expect(came).not.toBe(asked);
        expect(came).toContain("BRIEF");
        expect(came.split("\n")).toHaveLength(asked.split("\n").length);
        if (unpaid) expect(came).not.toMatch(CALL);
        else expect(came).toMatch(CALL);
      }
    },
  );

  it.each([
    ...sectionsOf("collab_concrete"),
    ["collab_concrete.pt-PT", loadTemplates()["collab_concrete.pt-PT"] as string, "pt"],
  ])(
    "%s, with nothing left to ask, still answers with a next step, a brief thanked for and the call rule",
    (_, section) => {
      const values = { sender: "Maya", owner: "Alex", details: "x", ask_brief: "" };
      for (const unpaid of ["", "yes"]) {
        const asked = fill(section, { ...values, unpaid, ask_brief: "BRIEF" });
        const none = fill(section, { ...values, unpaid, brief: "" });
        const came = fill(section, { ...values, unpaid, brief: "yes" });
        // Each keeps as many lines as the draft that asks, none of them an empty bracket.
        for (const text of [none, came]) {
          expect(text.split("\n")).toHaveLength(asked.split("\n").length);
          expect(text).not.toMatch(/\(\s*\)|（）/);
          if (unpaid) expect(text).not.toMatch(CALL);
          else expect(text).toMatch(CALL);
        }
        expect(came).not.toBe(none);
      }
    },
  );

  it.each(sectionsOf("collab_offer"))(
    "%s asks an offer for an example only when none came with it",
    (_, section, language) => {
      const [asks, thanks] = EXAMPLE[language];
      const values = { sender: "Maya", owner: "Alex", details: "" };
      const unsent = fill(section, { ...values, sent: "" });
      const sent = fill(section, { ...values, sent: "yes" });
      expect(unsent).toMatch(asks);
      expect(unsent).not.toMatch(thanks);
      expect(sent).toMatch(thanks);
      expect(sent).not.toMatch(asks);
    },
  );

  it.each(sectionsOf("collab_offer"))(
    "%s asks an offer what it would cost only when it is not made for free or as a trade, nor priced",
    (_, section, language) => {
      for (const sent of ["", "yes"]) {
        const values = { sender: "Maya", owner: "Alex", details: "", sent };
        const paid = fill(section, { ...values, unpaid: "" });
        const unpaid = fill(section, { ...values, unpaid: "yes" });
        const priced = fill(section, { ...values, priced: "yes" });
        expect(paid).toMatch(COST[language]);
        expect(unpaid).not.toMatch(COST[language]);
        // Its price named, an offer is not asked it either, in the same words as a free one.
        expect(priced).toBe(unpaid);
        // The rest of the ask stays: an example, or thanks for the one sent.
        expect(unpaid).toMatch(EXAMPLE[language][sent ? 1 : 0]);
      }
    },
  );

  it.each(sectionsOf("collab_offer"))(
    "%s, for an offer that says what they would do, asks only the cost and an example still missing",
    (_, section, language) => {
      for (const sent of ["", "yes"]) {
        const values = { sender: "Maya", owner: "Alex", details: "", sent, said: "yes" };
        const open = fill(section, { ...values, unpaid: "", priced: "" });
        const priced = fill(section, { ...values, priced: "yes" });
        const asked = fill(section, { ...values, said: "" });
        // One ask line either way, and a different one from the offer that says no work.
        expect(open.split("\n")).toHaveLength(asked.split("\n").length);
        expect(open).not.toBe(asked);
        expect(open).toMatch(COST[language]);
        expect(priced).not.toMatch(COST[language]);
        for (const text of [open, priced]) {
          if (sent) expect(text).not.toMatch(EXAMPLE[language][0]);
          else expect(text).toMatch(EXAMPLE[language][0]);
        }
      }
    },
  );

  it.each(sectionsOf("feedback_yes"))(
    "%s asks for a link or a file, so a CV or a draft can come as either",
    (_, section, language) => {
      for (const concern of ["", "yes"]) {
        const text = fill(section, { sender: "Maya", owner: "Alex", sent: "", concern });
        expect(text).toMatch(LINK_OR_FILE[language]);
      }
    },
  );
});
