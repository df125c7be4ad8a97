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
