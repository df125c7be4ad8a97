// An English offer's work is named back by its noun, plurals included, when no project word says
// it: "edit your next 4 episodes", "a custom BRB playlist", "a BigQuery adapter", "an enclosure
// design". "design" as a verb ("I'd design you a mailer") is no work named.
import { describe, expect, it } from "vitest";
import { offeredWork } from "../src/responder/offered-work.ts";

describe("the work an English offer names", () => {
  it.each([
    ["I'm an editor. I'd like to edit your next 4 episodes at $120 each", "episodes"],
    ["I'd make you a custom 20-min BRB playlist for free, in exchange for a credit", "playlist"],
    ["I've been using your dbt package and I'd love to contribute a BigQuery adapter.", "adapter"],
    [
      "I'm a freelance industrial designer. I'd do an enclosure design (CAD + 2 renders) for $3,200. Past work attached",
      "design",
    ],
    ["I'd design you a branded mailer + a thank-you card for $200", "mailer"],
  ])("is named back (%s)", (text, work) => {
    expect(offeredWork(text, "en")?.project).toBe(work);
  });

  it("leaves the other languages to their own words", () => {
    expect(offeredWork("je ferais les traductions pour 200 €", "fr")).toBeUndefined();
  });
});
