// Whom the sender already works with ("I work with an editor already") is theirs; the role is
// the one they go on to ask for. Wanting to work with someone still asks for one.
import { describe, expect, it } from "vitest";
import { wantedRole } from "../src/responder/role.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("the one the sender works with", () => {
  it.each([
    ["I work with an editor already, we need a narrator for the audiobook", "narrator"],
    ["we're working with a producer on the EP and need a vocalist", "vocalist"],
    ["we already work with a mixing engineer, now looking for a composer", "composer"],
  ])("is not the role asked: %s", (text, role) => {
    expect(wantedRole(text, "en")).toBe(role);
  });

  it.each([
    ["looking to work with an illustrator for my comic", "illustrator"],
    ["would love to collab with a photographer for our zine", "photographer"],
  ])("while wanting to work with one asks: %s", (text, role) => {
    expect(wantedRole(text, "en")).toBe(role);
  });

  it("names the narrator back", () => {
    const text = templateDraft(
      options,
      dm("Hi! I work with an editor already, we need a narrator for our audiobook. Interested?"),
      { label: "collaboration" },
    ).text;
    expect(text).toContain("narrator role");
    expect(text).not.toContain("editor");
  });
});
