// An event named by the work it shows ("a print fair", "the zine market", "our book club") is not
// that work: it is not named back as "the print" or "the zine".
import { describe, expect, it } from "vitest";
import { collabDetails } from "../src/responder/details.ts";

describe("an event named by its work", () => {
  it.each([
    ["we run a print fair in Leeds on May 4, would you take a table? £40"],
    ["hey! doing a zine market next month, want a stall?"],
    ["our comic expo is on the 9th, could you judge the covers? $50"],
  ])("%s", (text) => {
    const project = collabDetails(text, "en").project;
    expect(project === undefined ? "" : project, text).not.toMatch(/^(?:print|zine|comic)$/i);
  });

  it("still names the work itself", () => {
    expect(collabDetails("could you print our zine for the market? 200 copies", "en").project).toBe(
      "zine",
    );
  });
});
