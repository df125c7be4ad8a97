// Work counted out for the owner ("8 stickers", "license 5 of your seascapes") says what the sender
// needs from them: the brief must not ask it back. A count of work made together ("collab on a
// song", "a crossover comic, 4 panels each") says nothing of the owner's part unless pay is named.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const brief = (text: string, language: "en" | "de" | "ja" = "en") =>
  askBrief(collabDetails(text, language), language);

describe("work counted out for the owner", () => {
  it("is what they need: the brief asks only what is still open", () => {
    expect(brief("need 8 stickers for my tea shop, $90 total")).toBe("timeline");
    expect(brief("hi! could we license 5 of your seascapes for our calendar?")).toBe(
      "timeline and budget",
    );
  });

  it("reads the same in the other template languages", () => {
    expect(brief("Wir hätten gern 6 Illustrationen für unser Kochbuch, 1.200 €", "de")).toBe(
      "Zeitplan",
    );
    expect(brief("料理本の挿絵を12点お願いしたいです。予算は8万円です", "ja")).toBe("スケジュール");
  });

  it("leaves a draft with nothing to ask when timing and pay are given too", () => {
    const options = templateOptions({ ownerAbout: "" });
    const text =
      templateDraft(options, dm("need 8 stickers for my tea shop by June 3, $90 total"), {
        label: "collaboration",
      }).text ?? "";
    expect(text).not.toContain("what you need from me");
    expect(text).toContain("I'll check it against my schedule");
  });
});

describe("work made together", () => {
  it("still asks the owner's part when no pay is named", () => {
    expect(brief("wanna collab on a song?")).toContain("what you need from me");
    expect(brief("wanna do a crossover comic? 4 panels each")).toContain("what you need from me");
  });

  it("is a job with its work named once pay is agreed", () => {
    expect(
      brief("let's put out a split tape together, 4 tracks from you, profits split 50/50"),
    ).toBe("timeline");
  });
});
