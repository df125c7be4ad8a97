// A count of things the work words do not know ("40 endpoints", "8 pantallas") or one job named
// by what it is for ("a soundtrack for our trailer") is a scope stated: the brief asks neither the
// scope nor what they need from the recipient again. A time span that names a challenge, a
// third party's hours and the sender's own past counts are none.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { statesScope } from "../src/responder/scope.ts";

const brief = (text: string, language: Language = "en") =>
  askBrief(collabDetails(text, language), language);

describe("a count of things outside the work words", () => {
  it.each([
    ["en", "we need a security review of 40 endpoints, $3k", "timeline"],
    ["en", "figma link above. we'd like you to take over, 8 screens, $1,600", "timeline"],
    ["en", "Need a photographer for my menu, about 25 dishes. What's your day rate?", "timeline"],
    ["en", "Need a Spanish translator for our help center (~12k words). Paid per word", "timeline"],
    ["es", "Necesitamos diseñar 8 pantallas para nuestra app, presupuesto 900€", "plazos"],
    ["it", "Cerchiamo una copywriter: sito + 10 etichette. Budget 1.800€", "tempi"],
    ["nl", "Wil je drie afleveringen van onze podcast monteren? €300", "planning"],
    ["de", "für unser Kinderstück bräuchten wir 8 Tiermasken, Budget 2.400€", "Zeitplan"],
  ] as const)("%s: %s", (language, text, asked) => {
    expect(statesScope(text, language)).toBe(true);
    expect(brief(text, language)).toBe(asked);
  });

  it.each([
    [
      "en",
      "I've modded for 3 channels, free most evenings",
      "you'd edit 3 walkthroughs a week, $2.5k/month",
    ],
    [
      "en",
      "we have 2 devs and need an artist, want to join?",
      "we need 2 boss fights, want to join?",
    ],
    ["en", "our serum got us 400 orders, paid partnership? $1,500", "we need 400 labels, $1,500"],
    [
      "en",
      "want to be one of the 4 featured potters? 25% on sales",
      "want 4 featured pots? 25% on sales",
    ],
    ["en", "I'm a writer (did dialogue for 2 visual novels), want help?", "write 2 visual novels?"],
    ["en", "head of content at a podcast network (7 shows). Talk?", "we need 7 show intros. Talk?"],
    ["en", "r u open 4 comms??", "need 4 comms, $50 each"],
    ["it", "Ti va di aprire il nostro live il 12 aprile?", "Ti va di disegnare 12 etichette?"],
    [
      "es",
      "se paga poco, 60 pavos por bolo, te apuntas?",
      "se paga poco, 60 postales, te apuntas?",
    ],
    [
      "fr",
      "Je suis traductrice (j'ai localisé 3 jeux indés), un devis ?",
      "Il nous faut 3 étiquettes",
    ],
  ] as const)("not people, dates, money or their past (%s: %s / %s)", (language, not, is) => {
    expect(statesScope(not, language)).toBe(false);
    expect(statesScope(is, language)).toBe(true);
  });
});

describe("one job named by what it is for", () => {
  it.each([
    "could you make a soundtrack for our trailer? $400",
    "we want an audit of our API before launch, $2k",
    "we need a logo refresh for our bakery, budget $500",
    "i want a custom plush of my dnd character, how much?",
  ])("is the work asked (%s)", (text) => {
    expect(statesScope(text)).toBe(true);
    expect(brief(text)).not.toMatch(/scope|what you need/);
  });

  it.each([
    ["we need a designer for our app, $2k", "we need a redesign for our app, $2k"],
    ["I'd love a co-author for the chapters on feature stores", "I'd love a foreword for the book"],
    ["need a 5th for our valorant tourney saturday, u down?", "need a bracket for our tourney"],
  ])("but not a person or a place in a team (%s / %s)", (not, is) => {
    expect(statesScope(not)).toBe(false);
    expect(statesScope(is)).toBe(true);
  });
});

describe("a time span that is not the amount of the recipient's work", () => {
  it("names a challenge", () => {
    const text =
      "i'm doing a 30 day art challenge on tiktok, wanna do it as a duo? starting the 1st";
    expect(statesScope(text)).toBe(false);
    expect(statesScope("would you headline our 24h marathon? paid")).toBe(true);
  });

  it("is a student's week, not the recipient's", () => {
    const text =
      "Wij zoeken bedrijven die een afstudeerder willen begeleiden. De student werkt 4 dagen per week aan een eigen opdracht bij jullie.";
    expect(statesScope(text, "nl")).toBe(false);
    expect(statesScope("We zoeken iemand voor 16 uur per week, €60 per uur", "nl")).toBe(true);
  });
});
