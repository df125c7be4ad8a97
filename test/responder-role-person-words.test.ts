// Person words without a person's ending ("coach", "chef", "tour guide", "hand model", "sound
// tech") name the role asked, but not as a verb, a greeting, a title or a document.
import { describe, expect, it } from "vitest";
import { wantedRole } from "../src/responder/role.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("person words without -er or -or", () => {
  it.each([
    ["hey, we're short a lead coach for our chess club this season, interested?", "lead coach"],
    ["we need a chef for our supper club pop-up on the 12th, paid", "chef"],
    ["looking for a tour guide for our group of 12 in Porto", "tour guide"],
    ["need a hand model for a jewellery shoot next week, $200", "hand model"],
    ["we need a sound tech for saturday's gig", "sound tech"],
  ])("name the role asked: %s", (text, role) => {
    expect(wantedRole(text, "en")).toBe(role);
  });

  it.each([
    "i coach a youth team and want a team logo, club pays $250",
    "hey coach, your drills are sick, wanna do something?",
    "we'd love you to coach two of the live sessions",
    "we'd bring you in for a coach education weekend",
    "i wrote a guide on mixing, wanna collab?",
    "could you make a 3D model for our game?",
  ])("name none as a verb, a greeting or a thing: %s", (text) => {
    expect(wantedRole(text, "en")).toBeUndefined();
  });

  it("is named back as a role", () => {
    const text = templateDraft(
      options,
      dm("hey, we're short a lead coach for our chess club this season, interested?"),
      { label: "collaboration" },
    ).text;
    expect(text).toContain("the lead coach role");
  });
});
