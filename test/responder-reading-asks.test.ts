// How the template responder hears what a feedback request asks: a concern told as a result the
// work fails to get, a question put without its mark, and an advice question with a look word in it.
import { describe, expect, it } from "vitest";
import { statesConcern } from "../src/responder/concern.ts";
import { adviceQuestion } from "../src/responder/reading.ts";

describe("a feedback request's ask", () => {
  it("hears a concern told as an outcome the work fails to get", () => {
    for (const text of [
      "could u look at my shop banner, my click-through went down after the redesign",
      "our signup page sits at 1.2% conversion, would love a look",
      "roast my demo reel, zero callbacks so far",
      "be honest about my newsletter, readers unsub right after issue two",
      "my stream is stuck at 30 viewers, what do you think of the overlay",
      "rate my discord onboarding, i'm losing members every week",
      "can you skim my pitch deck, investors keep ignoring me",
      "¿me das tu opinión sobre mi tienda? cero ventas en dos meses",
      "wie findest du meinen Shop? niemand kauft etwas",
      "możesz zerknąć na moje CV? nikt nie odpisuje",
    ])
      expect(statesConcern(text), text).toBe(true);
    for (const text of [
      "can you review my resume? no pressure, and this is no sales pitch",
      "is my landing page good",
      "rate my sales page 1-10",
    ])
      expect(statesConcern(text), text).toBe(false);
  });

  it("hears a question on the work that names a goal, a listener or a rival, or what was changed", () => {
    for (const text of [
      "is my cover art good enough to send to publishers? imgur.com/a/cov9",
      "do the vocals sound alright to you? soundcloud.com/x/demo",
      "is this cut ready to send to festivals or what would you trim first vimeo.com/1",
      "new serif is up. Would you pick it over Inter, and if not, why? github.com/x/font",
      "hi again\nI redrew the hands you pointed out\ndrive.google.com/x\nbetter?",
    ])
      expect(statesConcern(text), text).toBe(true);
    for (const text of ["is it ok to send you my demo?", "is it ok to you if I send a link?"])
      expect(statesConcern(text), text).toBe(false);
  });

  it("hears a part named after a look asked, and a doubt between two ways in pt, es, it and de", () => {
    for (const text of [
      "could you look at the hinge tolerances on my printed case? files.example.net/case.step",
      "would you listen to the bridge of my song and say what you'd change? soundcloud.com/a/b",
      "Gravei meu primeiro curta e tô na dúvida se corto a cena do bar. vimeo.com/1",
      "Acabo mi demo y estoy dudando entre dos finales, ¿la escuchas? soundcloud.com/a/b",
      "Ho finito il logo ma sono indecisa tra due colori, mi dai un parere? imgur.com/a/x",
      "Ich schwanke zwischen zwei Covern für mein Album, magst du drüberschauen? imgur.com/a/y",
    ])
      expect(statesConcern(text), text).toBe(true);
    for (const text of [
      "could you look at the track when you have time? soundcloud.com/a/b",
      "would you listen to the demo? soundcloud.com/a/b",
    ])
      expect(statesConcern(text), text).toBe(false);
  });

  it("hears a question about a free tier or a free plan as one on the work, 'you free?' as none", () => {
    for (const text of [
      "my budgeting app is live: budgetly.example.app. Should the export stay free or go paid?",
      "here's my zine shop → zines.example.co, did a free sample page help you decide to buy?",
    ])
      expect(statesConcern(text), text).toBe(true);
    for (const text of [
      "you free? soundcloud.com/a/b",
      "anyone free to listen this week? soundcloud.com/a/b",
      "r u free for a quick look? imgur.com/a/x",
    ])
      expect(statesConcern(text), text).toBe(false);
  });

  it("answers an advice question that has a look word in it, but not a look asked for", () => {
    for (const text of [
      "How did you learn to critique students' sketches kindly?",
      "how do you get toddlers to look at the lens",
      "what's the first thing you look at in a demo reel? sorting mine",
      "any advice on how to give feedback to a nervous junior?",
      "What do you think of switching my band to a subscription model?",
      'My editor said "too quiet". What do you think that usually means?',
      "your honest opinion on using stock footage in a short film?",
      "¿Qué opinas de aprender Blender antes que Maya?",
      "Wie findest du eine gute Agentur für Hörbücher?",
      "podcast dilemma: solo episodes or interviews, what'd you watch?",
    ])
      expect(adviceQuestion(text), text).not.toBeNull();
    for (const text of [
      "what do you think of my mix?",
      "how long is my intro, can you listen to it?",
      "what do you think?",
      "wie findest du mein Logo?",
      "your opinion on my painting?",
    ])
      expect(adviceQuestion(text), text).toBeNull();
  });

  it("hears a chat question without its mark after 'ayo' or 'fr tho', or opening 'u think', 'would you say'", () => {
    for (const [text, quoted] of [
      ["ayo should i post the teaser today or friday", "should i post the teaser today or friday?"],
      ["fr tho how u keep ur lines so clean", "how u keep ur lines so clean?"],
      [
        "u think a 2 min intro is too long for a devlog",
        "u think a 2 min intro is too long for a devlog?",
      ],
      [
        "would you say oils or acrylics are kinder to beginners",
        "would you say oils or acrylics are kinder to beginners?",
      ],
      ["would u recomend Krita or GIMP", "would u recomend Krita or GIMP?"],
      ["wat mic u record on", "wat mic u record on?"],
    ] as const)
      expect(adviceQuestion(text), text).toBe(quoted);
    expect(statesConcern("yo\ncan u hear this out\nlike is the chorus a hook or just noise")).toBe(
      true,
    );
  });
});
