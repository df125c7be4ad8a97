// What the sender has like the reader's ("I have a podcast too", "yo también tengo un podcast")
// is common ground, not the project they ask about.
import { describe, expect, it } from "vitest";
import { theirProject } from "../src/responder/project.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("the sender's own, like the reader's", () => {
  it.each([
    ["would be fun to do something together sometime, I have a podcast too", "en"],
    ["i also have a podcast, we should do something", "en"],
    ["yo también tengo un podcast, ¿hacemos algo?", "es"],
  ] as const)("is not the project: %s", (text, language) => {
    expect(theirProject(text, language)).toBeUndefined();
  });

  it("is not thanked for", () => {
    const text = templateDraft(options, dm("love the show!! I have a podcast too, wanna collab?"), {
      label: "collaboration",
    }).text;
    expect(text).not.toContain("the podcast");
  });

  it("keeps a podcast they ask the reader onto", () => {
    expect(theirProject("I have a podcast and want you as a guest on episode 12", "en")).toBe(
      "podcast",
    );
  });
});
