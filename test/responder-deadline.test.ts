// A feedback request with its own date days away ("due friday", "we launch tomorrow") is not
// promised "a week or two": the draft says plainly it may not be in time, in each language; a
// time that is not theirs to meet keeps the usual promise.
import { describe, expect, it } from "vitest";
import { needsItSoon } from "../src/responder/deadline.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(
    templateOptions({ ownerAbout: "" }),
    {
      id: "m1",
      platform: "discord",
      workspace: "@dm",
      channel: "dm",
      context: "dm",
      author: { id: "u1", name: "Sam" },
      text,
      links: [],
      receivedAt: new Date(0).toISOString(),
    },
    { label: "feedback_request" },
  ).text ?? "";

// The usual promise, per language: what must not be said to someone who needs it sooner.
const PROMISE =
  /week or two|within a week|una o dos semanas|una semana más o menos|uma ou duas semanas|mais ou menos uma semana|une semaine ou deux|d'ici une semaine|ein, zwei Wochen|in etwa einer Woche|una settimana o due|entro una settimana/;
// Saying it may not be in time, per language.
const HONEST = /in time|a tiempo|a tempo|à temps|rechtzeitig|in tempo/;

describe("a feedback request with its own date days away", () => {
  it.each([
    [
      "en",
      "my portfolio for the summer program is due friday, could you tell me if these sketches are good enough?",
    ],
    [
      "en",
      "launching on product hunt tomorrow 😬 any feedback on the screenshots before it goes live?",
    ],
    [
      "en",
      "Would you mind reviewing the API design doc before Thursday? I'm mostly unsure about pagination.",
    ],
    [
      "en",
      "my first single drops in 9 days and i'm panicking lol, would you listen to the master?",
    ],
    [
      "en",
      "they want a 30s trailer by next week. what's the one thing you'd never skip in a 30s one?",
    ],
    ["es", "mañana entrego y ando nerviosa, ¿me dices si el logo se lee bien de lejos?"],
    ["pt", "Pode criticar meu portfólio? vou aplicar pra vaga de UX semana que vem"],
    [
      "fr",
      "Tu pourrais jeter un œil au synopsis ? Je l'envoie à un fonds régional la semaine prochaine.",
    ],
    ["de", "Kannst du dir meine Mappe anschauen? Die Abgabe ist in 10 Tagen."],
    ["it", "Mi dai un parere sul portfolio? Devo consegnarlo entro venerdì."],
    // A day of the month without its month, after "by" or with a cue beside it.
    ["en", "can you look at my reel? I need it by the 12th"],
    ["en", "the deadline is the 12th, could you look at my cover letter?"],
    ["en", "Got a gallery meeting on the 12th, should I bring originals or just prints?"],
    ["es", "Lo tengo que entregar el 12, ¿lo miras?"],
    ["pt", "o prazo é dia 12, pode dar uma olhada no meu portfólio?"],
    ["fr", "Je dois le rendre le 12, tu peux regarder mon dossier ?"],
    ["de", "Die Abgabe ist am 12., kannst du dir meine Mappe anschauen?"],
    ["de", "Kannst du bis zum 12. über meine Mappe schauen?"],
    ["it", "la consegna è il 12, mi dai un parere sul portfolio?"],
    // Days counted in words.
    ["en", "pitching in twelve days, can you look at my deck?"],
    ["es", "presento en diez días, ¿me das tu opinión sobre las diapositivas?"],
    ["fr", "dans dix jours je présente, tu peux regarder mes planches ?"],
    ["it", "il concorso chiude tra dieci giorni, mi dai un parere sul racconto?"],
    // A weekday typed without its accent, or after a word that makes it the date.
    ["it", "Mi dai un parere sul portfolio? Devo consegnarlo entro venerdi."],
    ["es", "¿Me ayudas con el cartel? Lo entrego el sabado"],
    ["pt", "Pode olhar meu portfólio antes de sexta?"],
    ["pt", "preciso entregar pra segunda, pode olhar meu portfólio?"],
    ["fr", "Tu peux regarder mon portfolio ? je le rends vendredi"],
    ["de", "Kannst du vor Freitag über meine Mappe schauen?"],
    // Their own event to be ready for.
    ["en", "first paid gig saturday, raw or jpeg? scared of filling the card"],
  ])("promises no week or two (%s: %s)", (_language, text) => {
    expect(needsItSoon(text), text).toBe(true);
    const reply = draft(text);
    expect(reply).not.toMatch(PROMISE);
    expect(reply).toMatch(HONEST);
  });

  it.each([
    "if you started over tomorrow, would you sign again?",
    "should I go to the meetup tonight even though I don't know anyone?",
    "how do you protect your voice when streaming 6 hours a day?? mine's gone by friday",
    "made this in 2 days 😅 too busy? dribbble.com/shots/2281-cafe-app",
    "ringling deadline in jan 😬 which 3 pieces are dragging my artstation down?",
    "¿Vale la pena o es pan para hoy y hambre para mañana?",
    "Guten Morgen! Kannst du dir meinen Track anhören?",
    "Tô começando na aquarela, como você faz pra não borrar quando passa a segunda camada?",
    // A number that is no day of this month: an age, a share, a formation, a day with its month.
    "I am 14. my portfolio is due next month, is it too late to start one?",
    "Una casa editrice mi offre il 6% di royalty sul mio primo romanzo, è normale?",
    "MA IL 4-3-3 CON I BAMBINI DI 9 ANNI HA SENSO O NO??",
    "Die Abgabe ist am 12. Juli, kannst du dir meine Mappe anschauen?",
    "lmk if my flow's off on the 2nd half, i upload it to the contest next month",
    // "segunda" as an ordinal, "se rendre" as going somewhere, a week gone by.
    "pode me dar uma segunda opinião? entrego o trabalho mês que vem",
    "Je me rends à Paris vendredi, tu peux regarder mon book ?",
    "a company opened four issues in a week with deadlines. could you read my reply?",
  ])("keeps the usual promise when the time is not theirs to meet (%s)", (text) => {
    expect(needsItSoon(text), text).toBe(false);
    expect(draft(text)).toMatch(PROMISE);
  });

  it("tells the LLM to promise no time it knows is too late", () => {
    const soon = systemPromptFor(
      "can you look at my deck before friday? not sure the pricing slide works",
      "feedback_yes",
      "feedback_request",
    );
    expect(soon).toContain("promise no time");
    const asked = systemPromptFor(
      "we launch tomorrow, should we price it monthly or yearly?",
      "feedback_yes",
      "feedback_request",
    );
    expect(asked).toContain("cannot promise it will be in time");
    expect(asked).not.toContain("within about a week");
    const usual = systemPromptFor(
      "should we price it monthly or yearly?",
      "feedback_yes",
      "feedback_request",
    );
    expect(usual).toContain("within about a week");
    expect(usual).not.toContain("promise no time");
  });
});
