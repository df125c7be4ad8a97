// The question a reply quotes back starts after a lead-in that ends in asking and a colon, in any
// template language and however long the lead-in; a colon in a time, or after a list that the
// question needs, stays.
import { describe, expect, it } from "vitest";
import { questionToQuote } from "../src/responder/quote.ts";
import { describeRatio, growth, LINEAR_GROWTH, repeated } from "./helpers/growth.ts";

describe("the quoted question", () => {
  it.each([
    [
      "Ciao! Ho guardato il tuo tutorial sulle voci ieri sera e volevo chiederti: meglio studiare prima la compressione o l'equalizzazione?",
      "meglio studiare prima la compressione o l'equalizzazione?",
    ],
    [
      "Bonjour ! J'ai suivi toute ta série sur l'aquarelle cet hiver et je voulais te demander : quel papier conseilles-tu pour débuter ?",
      "quel papier conseilles-tu pour débuter ?",
    ],
    [
      "Hallo! Ich verfolge deinen Kanal schon seit dem ersten Video über Synthesizer und hätte eine Frage: lieber zuerst Hardware oder Plugins?",
      "lieber zuerst Hardware oder Plugins?",
    ],
    [
      "Hey, I binged your whole series about pricing freelance illustration work last weekend and I wanted to ask you: do you charge per piece or per hour?",
      "do you charge per piece or per hour?",
    ],
  ])("leaves out a long lead-in that ends in asking (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("keeps a colon that is not a lead-in's", () => {
    expect(questionToQuote("the stream starts at 10:30 so should I warm up my voice first?")).toBe(
      "the stream starts at 10:30 so should I warm up my voice first?",
    );
    const listed =
      "My whole setup right now is a cheap interface, two old monitors, a borrowed mic and a laptop: what would you upgrade first?";
    expect(questionToQuote(listed)).toBe(listed);
  });

  it("leaves out a Japanese lead-in that ends in a full-width colon", () => {
    expect(questionToQuote("質問があります：ミックスはどのDAWで始めるべきですか？")).toBe(
      "ミックスはどのDAWで始めるべきですか？",
    );
  });

  it("hears a Japanese question without its mark, but not 'how is it?'", () => {
    expect(questionToQuote("料金はいくらですか")).toBe("料金はいくらですか？");
    expect(questionToQuote("いくらで依頼できますか。")).toBe("いくらで依頼できますか？");
    expect(questionToQuote("新曲を作りました。どうですか")).toBeUndefined();
  });

  it("hears a question that starts halfway through a sentence with no mark", () => {
    expect(questionToQuote("im 14 and i want to get into mixing what should i do first")).toBe(
      "what should i do first?",
    );
    expect(questionToQuote("no bc how do u get ur lineart so smooth, i'm crying")).toBe(
      "how do u get ur lineart so smooth?",
    );
    expect(questionToQuote("i love what you do with color")).toBeUndefined();
  });
});

describe("the quoted question, without what comes around it", () => {
  it.each([
    [
      "hey, what's the first thing you look at in a portfolio?",
      "what's the first thing you look at in a portfolio?",
    ],
    ["yo how do u price commissions? im new", "how do u price commissions?"],
    ["Hey Noor, do you work fully digital?", "do you work fully digital?"],
    [
      "hiya, sorry to bother you, is it daft to learn oil before acrylics?",
      "is it daft to learn oil before acrylics?",
    ],
    ["ff vraagje, 35 of 50 mm voor straatfotografie?", "35 of 50 mm voor straatfotografie?"],
    ["someone forked my mod and sells it 😤 what would you do?", "what would you do?"],
    ["ilk pixel art animasyonum 🥹 yürüyüş döngüsü akıcı mı?", "yürüyüş döngüsü akıcı mı?"],
    [
      "Sto scrivendo la documentazione della mia libreria Python e mi chiedevo: tu usi Sphinx o MkDocs?",
      "tu usi Sphinx o MkDocs?",
    ],
  ])("leaves out a greeting, a remark before an emoji or a lead-in (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("keeps what is no greeting, and what follows an emoji only when it asks by itself", () => {
    expect(
      questionToQuote("hello from Turkey, which platform is better, instagram or artstation?"),
    ).toBe("hello from Turkey, which platform is better, instagram or artstation?");
    expect(questionToQuote("how did u get so good at art 😭 i wanna be like u?")).toBe(
      "how did u get so good at art 😭 i wanna be like u?",
    );
  });

  it("joins a bare choice to the question it answers", () => {
    expect(questionToQuote("what do you use to sync footage to beats? premiere or davinci?")).toBe(
      "what do you use to sync footage to beats? premiere or davinci?",
    );
  });

  it("leaves out what they add about themselves, and takes in a second unmarked question", () => {
    expect(questionToQuote("should I learn Godot or Unity for 2d games, im a total noob")).toBe(
      "should I learn Godot or Unity for 2d games?",
    );
    expect(questionToQuote("yo\nwhat mic do u use\nand is it worth it for a beginner")).toBe(
      "what mic do u use, and is it worth it for a beginner?",
    );
  });
});

describe("the quoted question without padding", () => {
  it.each([
    [
      "opa, vc acha que vale a pena fazer faculdade ou só curso online?",
      "vc acha que vale a pena fazer faculdade ou só curso online?",
    ],
    [
      "tapi sekalian nanya kak, kuas cat air yang bagus buat pemula apa ya?",
      "kuas cat air yang bagus buat pemula apa ya?",
    ],
    [
      "hej, jakiego pędzla używasz do mgły w Photoshopie?",
      "jakiego pędzla używasz do mgły w Photoshopie?",
    ],
    [
      "but actually i've been meaning to ask, what mic do you use for streaming?",
      "what mic do you use for streaming?",
    ],
    [
      "my question is, would you cut it down before querying?",
      "would you cut it down before querying?",
    ],
  ])("leaves out a greeting or a lead-in before a comma (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("quotes options with the question they answer", () => {
    expect(questionToQuote("how long should a game demo be for next fest? 15 min? 1 hour?")).toBe(
      "how long should a game demo be for next fest? 15 min? 1 hour?",
    );
    expect(questionToQuote("how do you handle commission queues? spreadsheet? trello?")).toBe(
      "how do you handle commission queues? spreadsheet? trello?",
    );
  });

  it("quotes the question a follow-up leans on", () => {
    expect(
      questionToQuote(
        "how do you get your drums so loud without clipping? I always squash them. any tips?",
      ),
    ).toBe("how do you get your drums so loud without clipping?");
    expect(questionToQuote("do you charge extra for commercial use? how much more?")).toBe(
      "do you charge extra for commercial use? how much more?",
    );
  });
});

describe("the quoted question on crafted text", () => {
  it("reads a long run of emoji once", () => {
    // Before: the emoji run was tried from inside it, 4.6 s on 20,000 emoji.
    for (const text of [repeated("😭", 20_000, "?"), repeated("😭", 20_000, "b c d?", "a ")]) {
      const g = growth(questionToQuote, text);
      expect(g.ratio, describeRatio(JSON.stringify(text(1).slice(0, 8)), g)).toBeLessThan(
        LINEAR_GROWTH,
      );
    }
  });
});

describe("the quoted question, not an intro before it nor a follow-up after it", () => {
  it.each([
    [
      "hiii i'm 17 and want to get into UI design, do u think i should learn figma first or just study design theory?? 🥺",
      "do u think i should learn figma first or just study design theory??",
    ],
    ["new to photography, should i shoot raw or jpeg? 📸", "should i shoot raw or jpeg?"],
    [
      "hey! love your knitting videos, how do you block lace without pins going everywhere?",
      "how do you block lace without pins going everywhere?",
    ],
    [
      "Apologies if this is a silly question, but do you write music theory-first or by ear?",
      "do you write music theory-first or by ear?",
    ],
  ])("leaves out what they say of themselves first (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it.each([
    "i'm charging $15 for a sketch, is that too low?",
    "I'm at that crossroads and I remember you tried shorts last year, what happened to your numbers?",
  ])("keeps it when the question leans on it (%s)", (text) => {
    expect(questionToQuote(text)).toBe(text);
  });

  it.each([
    [
      "hey, any recs on a CRM for a 3-person studio? we're drowning in spreadsheets. what do you use?",
      "any recs on a CRM for a 3-person studio?",
    ],
    [
      "is it better to launch in early access or wait for 1.0? you did EA right?",
      "is it better to launch in early access or wait for 1.0? you did EA right?",
    ],
    [
      "is it weird to do solo episodes or do listeners prefer interviews? what worked for you?",
      "is it weird to do solo episodes or do listeners prefer interviews? what worked for you?",
    ],
  ])("quotes the question a follow-up leans on (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it("stays fast on a long run of commas", () => {
    const g = growth(questionToQuote, repeated("so, ", 20_000, "how do you do it?", "i'm "));
    expect(g.ratio, describeRatio("i'm so, so, …", g)).toBeLessThan(LINEAR_GROWTH);
  });
});

describe("a question asked in two parts", () => {
  it.each([
    [
      "how did you get your zines into shops? did you just walk in with a box?",
      "how did you get your zines into shops? did you just walk in with a box?",
    ],
    [
      "Thinking of a paid newsletter. Should I price it monthly or yearly? You've tried both, what stuck?",
      "Should I price it monthly or yearly? You've tried both, what stuck?",
    ],
    [
      "Estoy empezando con la cerámica. ¿Cómo controlas el secado? ¿Usas bolsas de plástico?",
      "¿Cómo controlas el secado? ¿Usas bolsas de plástico?",
    ],
    [
      "Je lance ma boutique. Tu fixes tes prix comment ? Tu comptes le temps passé ?",
      "Tu fixes tes prix comment ? Tu comptes le temps passé ?",
    ],
    [
      "Ich fange mit Siebdruck an. Welche Farbe nimmst du für Stoff? Und wie lange trocknet sie?",
      "Welche Farbe nimmst du für Stoff? Und wie lange trocknet sie?",
    ],
    [
      "Sto aprendo il mio studio. Quanto chiedi per un ritratto? Tu come hai deciso i prezzi?",
      "Quanto chiedi per un ritratto? Tu come hai deciso i prezzi?",
    ],
    [
      "Tô começando a vender prints. Qual papel você usa? Imprime em casa ou em gráfica?",
      "Qual papel você usa? Imprime em casa ou em gráfica?",
    ],
  ])("quotes both parts (%s)", (text, question) => {
    expect(questionToQuote(text)).toBe(question);
  });

  it.each([
    ["got a minute? how do you keep a sourdough starter alive on holiday?", "how do you keep"],
    ["can I ask you something? what do you charge for a wedding set?", "what do you charge"],
    ["mag ik iets vragen? hoe lang laat jij klei drogen?", "hoe lang laat jij"],
    ["you teach pottery, right? how thin can a mug wall go?", "how thin can"],
    ["is this your mural on the old mill? how long did it take?", "how long did"],
  ])("leaves out a question that only leads up to it (%s)", (text, start) => {
    expect(questionToQuote(text)?.startsWith(start)).toBe(true);
  });

  it("keeps the last part alone when both would not fit", () => {
    const first = `Is it worth ${"really ".repeat(18)}learning a second DAW?`;
    expect(questionToQuote(`${first} Which one did you pick?`)).toBe("Which one did you pick?");
  });
});
