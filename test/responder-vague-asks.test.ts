// A vague ask ("let's work together sometime", "teaming up on a project?") gets the one question
// (what do you have in mind?), not thanks for being specific about a word that names no work of
// theirs: praise of what the reader does, an idiom ("i'm game", "brand new"), the reader's own work,
// or a date alone ("let's make something together this summer").
import { describe, expect, it } from "vitest";
import { collabDetails } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const draft = (text: string) =>
  templateDraft(templateOptions(), dm(text), { label: "collaboration" });

describe("a vague ask", () => {
  it.each([
    "hey!\nlove what you do\nlet's work together sometime 🙏",
    "love what you do with the bees, would love to work together on something sometime!",
    "ever thought about teaming up on a project? i'm game",
    "let's collab! brand new to this but i love your stuff",
    "let's do something together! keep me on track lol",
    "we should make something together, you can't beat that combo",
    "hey, love what you're doing with the plugin ecosystem. would you be open to exploring a partnership?",
  ])("is asked what they have in mind (%s)", (text) => {
    const reply = draft(text);
    expect(reply.kind).toBe("collab_vague");
    expect(reply.text).toContain("What do you have in mind?");
    expect(reply.text).not.toContain("specific");
  });
});

describe("a vague ask that names only when", () => {
  it.each([
    "let's make something together this summer!",
    "down to cook up something this weekend?",
    "we should collab sometime next month",
    "hey, are you taking on new projects this spring? I might have something for you",
    "Hi! I'd love to explore a partnership between our studios. Do you have time for a call next week?",
  ])("is asked what they have in mind, not thanked for the timing (%s)", (text) => {
    const reply = draft(text);
    expect(reply.kind).toBe("collab_vague");
    expect(reply.text).not.toContain("timing");
  });

  it.each([
    "let's make a music video together this summer!",
    "I WANT TO HIRE U FOR MY WEDDING PHOTOS!! AUG 3 ARE U FREE",
    "I'm a VFX student finishing my degree in June. the smoke sim is something I'd love to learn to do. would you take me on as a junior?",
    "Halo, aku dalang muda, mau bikin pertunjukan wayang dengan musik elektronik. Mau kolaborasi bikin musiknya? Pentas di TIM bulan Oktober",
  ])("stays concrete when it names the work or asks it (%s)", (text) => {
    expect(draft(text).kind).toBe("collab_concrete");
  });
});

describe("the same words naming work", () => {
  it.each([
    ["we need a brand identity for our bakery", "brand"],
    ["could you feature on track 3 of our EP?", "track"],
    ["can you make a beat for my mixtape?", "beat"],
    ["are you game to score our game?", "game"],
  ])("are still the project (%s)", (text, project) => {
    expect(collabDetails(text, "en").project).toBe(project);
  });

  it("keeps a service asked after by 'do you do'", () => {
    expect(collabDetails("do you do wedding photos?", "en").asked).toBe(true);
  });
});
