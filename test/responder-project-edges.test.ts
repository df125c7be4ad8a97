// A project word is a whole word of its own script: an accented letter next to it is part of the
// word ("prólogo" holds no "logo"), while a Latin word inside Japanese still stands alone.
import { describe, expect, it } from "vitest";
import { theirProject } from "../src/responder/project.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });

describe("project word edges", () => {
  it.each([
    ["Hola, necesito a alguien que me ayude con el prólogo de mi novela", "es", "novela"],
    ["¿me ayudas con el epílogo? es para mi libro", "es", "libro"],
    ["今度のEPのジャケットをお願いしたいです", "ja", "EP"],
  ] as const)("reads the whole word: %s", (text, language, project) => {
    expect(theirProject(text, language)).toBe(project);
  });

  it.each([
    ["chcesz grać z nami w zespole? szukamy basisty", "pl"],
    ["szukam kompozytora do 5 utworów, płacę 600 zł za utwór", "pl"],
  ] as const)("takes no word cut before an accented letter: %s", (text, language) => {
    expect(theirProject(text, language)).toBeUndefined();
  });

  it("does not thank a Spanish writer for a logo", () => {
    const text = templateDraft(
      options,
      dm("Hola! Soy escritora y necesito a alguien que me ayude con el prólogo. ¿Te interesa?"),
      { label: "collaboration" },
    ).text;
    expect(text).not.toContain("logo");
  });
});
