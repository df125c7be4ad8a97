// The sender's own collaborator ("my very talented illustrator and I", "our amazing lead singer",
// "minha ilustradora", "meine Illustratorin") is not the role the reader is asked to play; one who
// dropped out ("our photographer dropped out") is, and a role after "my podcast as" still is.
import { describe, expect, it } from "vitest";
import { wantedRole } from "../src/responder/role.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("the sender's own collaborator", () => {
  it.each([
    ["my very talented illustrator and I need a foreword for our picture book, $300", "en"],
    ["our amazing lead singer wants you on the bridge of the single, $500", "en"],
    ["mi ilustradora y yo buscamos a alguien que escriba el prefacio, pagamos 300€", "es"],
    ["minha ilustradora e eu precisamos de um prefácio para o nosso livro, 300 reais", "pt"],
    ["mon illustratrice et moi cherchons quelqu'un pour la préface, 300€", "fr"],
    ["meine Illustratorin und ich suchen jemanden für das Vorwort, 300€", "de"],
  ] as const)("is not named as the reader's role: %s", (text, language) => {
    expect(wantedRole(text, language)).toBeUndefined();
  });

  it("is not thanked for as a role", () => {
    const text = templateDraft(
      options,
      dm("my very talented illustrator and I need a foreword for our picture book, $300"),
      { label: "collaboration" },
    ).text;
    expect(text).not.toContain("illustrator role");
  });

  it.each([
    [
      "our photographer dropped out, can you shoot the show on Saturday? $700",
      "en",
      "photographer",
    ],
    [
      "notre photographe s'est désisté pour samedi, 700 € la soirée. Tu peux ?",
      "fr",
      "photographe",
    ],
    ["wanna jump on my podcast as co-host for a few eps? $75/ep", "en", "co-host"],
    ["for my comic need an illustrator, $300", "en", "illustrator"],
    ["brakuje mi producenta na 2 numery, zapłacę 800 zł", "pl", "producent"],
  ] as const)("a role still asked: %s", (text, language, role) => {
    expect(wantedRole(text, language)).toBe(role);
  });
});
