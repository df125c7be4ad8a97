// Which project a collaboration draft thanks them for: the one they ask about, not the
// recipient's own work, the sender's bio, small talk or a word cut out of another.
import { describe, expect, it } from "vitest";
import { collabDetails } from "../src/responder/details.ts";
import type { Language } from "../src/responder/language.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const project = (text: string, language?: Language) => collabDetails(text, language).project;

describe("the project a collaboration draft names back", () => {
  it.each([
    ["the album you put out last spring is lovely. we're making a puzzle game, music?", "game"],
    ["that track of yours lives in my head. we're putting together a compilation", "compilation"],
    ["your 'Glass Rooms' EP got me through winter, want to feature on my single?", "single"],
    ["the mural you did for the Elm Street bakery is why we want you for our board game", "game"],
    ["been watching since the first stream! we're organising a charity concert in May", "concert"],
    ["kita ketemu di event boardgame bulan lalu, mau bikin game bareng ga?", "game"],
    [
      "your work on the virtual list library is our problem space. we're building a game, join?",
      "game",
    ],
    [
      "aren't you the person who made the tide-chart app? we're building a library for sailors",
      "library",
    ],
    [
      "your sketches for the Harbor Lights campaign stuck with us; we need a short film poster",
      "short film",
    ],
  ])("skips the recipient's own work (%s)", (text, expected) => {
    expect(project(text)).toBe(expected);
  });

  it.each([
    ["could you chart a Beat Saber map for our band's next release?", "map"],
    ["honestly your art is a game-changer. need a mural for our café, $900", "mural"],
    ["I've been in the game industry for years; now we need a logo for our studio", "logo"],
    ["we met at the Bristol comic fest! now we're making a documentary about it", "documentary"],
    ["I'm running a game jam in March, would you judge it?", "game jam"],
    ["greetings from the podcast team at Loomline! we're shooting a video in June", "video"],
  ])("skips small talk and words cut out of a name or compound (%s)", (text, expected) => {
    expect(project(text)).toBe(expected);
  });

  it.each([
    ["I stream on twitch most nights and need a logo for the channel", "logo"],
    ["i'm an admin of the Night Owls server and we'd love you to judge our art event", "event"],
    ["I run a podcast about ceramics and we're planning a short documentary", "documentary"],
    ["we build a tiny weather app; would you teach a workshop for our users?", "workshop"],
  ])("prefers the project asked about to the sender's own bio (%s)", (text, expected) => {
    expect(project(text)).toBe(expected);
  });

  it.each([
    [
      "I came across your open-source synth library last week. We're hiring an audio engineer for our plugin, $90k",
      "plugin",
    ],
    [
      "Your beautifully documented physics lib is why I'm writing: could you consult on our game port? $120/hr",
      "game",
    ],
    [
      "we use ur tiny date-parsing library at work and want to fund timezone support, $6k",
      undefined,
    ],
  ])("passes over the recipient's work with words between 'your' and it (%s)", (text, named) => {
    expect(project(text)).toBe(named);
  });

  it("still names work after 'your' when another phrase starts between", () => {
    expect(project("we'd love your help on our album in May")).toBe("album");
    expect(project("your style would suit this game, $2k for the art")).toBe("game");
    // Elsewhere one word only: French "tu" is also "you".
    expect(project("on aimerait que tu animes un atelier en mai", "fr")).toBe("atelier");
  });

  it("names the bio, a price's unit or a verb when nothing else is named", () => {
    expect(
      project("I host a podcast on birdwatching, 3k plays per episode. come on as a guest?"),
    ).toBe("podcast");
    expect(project("we'd pay $75/song for our musical, can you help?")).toBe("song");
    expect(project("wanna stream together sometime? Friday?")).toBe("stream");
    // A German noun is capitalised, and joined by a hyphen: it is still the project.
    expect(collabDetails("Wir suchen Musik für ein Tanztheater-Projekt", "de").project).toBe(
      "Projekt",
    );
    // A verb followed by its object is no stronger than the bio before it.
    expect(project("we run a tiny zine and would love to interview you + print a specimen")).toBe(
      "zine",
    );
    // Thanks in every episode is a term, not the work.
    expect(
      project("we'd thank you by name in every episode; can you write a jingle for our show?"),
    ).toBe(undefined);
  });

  it("thanks them for the film they make, not for the album they loved", () => {
    const reply = templateDraft(
      templateOptions(),
      dm(
        "the album you put out in March is stunning. we're making a short film, would you score it?",
      ),
      { label: "collaboration" },
    );
    expect(reply.text).toContain("for being specific about the short film");
  });
});

describe("a project word that is part of something else", () => {
  it.each([
    ["We'd co-brand it and split the email list", undefined],
    ["would you want to split a table at comic con this summer?", undefined],
    ["we fund game therapy programs; would you headline our charity stream?", "stream"],
    ["i'd love to book you as the feature act on the 28th", undefined],
    ["i book a small venue in Glasgow. want to headline a Friday in March?", undefined],
    ["we both want to launch a side project, want to build it together?", undefined],
    ["Oslo climate hackathon, team Fjordwatch, remember? we want you back on the pilot", undefined],
    [
      'big fan of your podcast\ni\'m the host of "Small Print"\nwant to swap guest appearances?',
      "swap",
    ],
    [
      "we met in the #localization channel during the game jam. would you localise my game?",
      "game",
    ],
  ])("is not named back (%s)", (text, expected) => {
    expect(project(text)).toBe(expected);
  });

  it("keeps a project that only looks like one of those", () => {
    expect(project("me encantaría un mural con tu estilo de plantas", "es")).toBe("mural");
    expect(project("we're launching a podcast and want to book a guest")).toBe("podcast");
  });
});

describe("the sender's business, a sprint and a rebrand", () => {
  it.each([
    "I run a small ethical denim brand. Would you be up for a 3-month partnership? we have ~$1,800",
    "Hi Omar, I lead partnerships at Quillbox (a writing app). $2,000 flat sponsorship per cohort",
    "i run a small streetwear brand, can we talk about a collab drop? rev split or flat fee",
  ])("their own brand or app in their bio is who they are, not the work: %s", (text) => {
    expect(project(text, "en")).toBeUndefined();
  });

  it("a sprint asked for is the work, a sprint as a stretch of time is not", () => {
    expect(project("We'd like to hire you for a 2-week discovery sprint on our onboarding")).toBe(
      "sprint",
    );
    expect(project("could I borrow you for about 2 days next sprint to pair on it?")).toBe(
      undefined,
    );
  });

  it("a rebrand is the work, unless it is what other work they name is for", () => {
    expect(project("We're pitching for a rebrand of a regional bank, need a strategist")).toBe(
      "rebrand",
    );
    expect(
      project("We'd like a custom cut of Brackwater Serif for our rebrand: a heavier weight."),
    ).toBe("rebrand");
    expect(project("i need a full set of emotes for my rebrand, 12 emotes + 3 badges")).toBe(
      "emotes",
    );
  });
});

describe("a company named like a project word", () => {
  it("after 'at' or 'from' is the company, not the work", () => {
    const text =
      "you did the ux audit for our friends at Bundle and they raved. could you do one for us? what's your rate?";
    expect(project(text, "en")).toBeUndefined();
    const draft = templateDraft(templateOptions(), dm(text), { label: "collaboration" }).text;
    expect(draft).not.toContain("Bundle");
  });

  it("takes the word 'project' alone, as in English, for no project named", () => {
    for (const [text, language] of [
      ["Bock auf ein gemeinsames Projekt mit mir?", "de"],
      ["Oi, topa fazer um projeto comigo? Depois te conto", "pt"],
      ["¿Te apetece hacer un proyecto juntos?", "es"],
    ] as const) {
      expect(collabDetails(text, language).project).toBeUndefined();
      const draft = templateDraft(templateOptions(), dm(text), { label: "collaboration" });
      expect(draft.kind).toBe("collab_vague");
    }
    // With anything named beside it, it still stands for the project.
    expect(collabDetails("¿Un proyecto juntos? Pago 300 € por la portada", "es").project).toBe(
      "proyecto",
    );
  });
});
