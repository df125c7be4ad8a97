// A feedback request that names the one part it wants looked at ("just the vocals", "solo la
// voz", "mostly care about the hook") is not asked for the one thing it wants feedback on.
import { describe, expect, it } from "vitest";
import { statesConcern } from "../src/responder/concern.ts";

describe("a part named alone is what they want feedback on", () => {
  it.each([
    "could you listen to my track? just the vocals",
    "can you check my mix? only the vocals pls",
    "would you listen to my demo, mostly care about the hook",
    "would you look at my thumbnail? wondering about the font",
    "can you check my portfolio, the first three projects only",
    "¿puedes escuchar mi canción? solo la voz",
    "tu peux écouter mon morceau ? juste la voix",
    "kannst du dir meinen Track anhören? nur die Vocals",
    "consegue ouvir minha música? só o refrão",
    "puoi ascoltare il mio brano? solo la voce",
    "kun je naar mijn nummer luisteren? alleen de intro",
  ])("%s", (text) => {
    expect(statesConcern(text)).toBe(true);
  });

  it.each([
    "could you listen to my track? it's just the demo version",
    "can you look at my logo? I only just finished it",
    "sadece bir göz atabilir misin?",
    "możesz tylko zerknąć na mój projekt?",
  ])("not the work described, nor a look asked for alone: %s", (text) => {
    expect(statesConcern(text)).toBe(false);
  });
});
