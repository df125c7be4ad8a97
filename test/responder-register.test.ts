// Drafts in the sender's register: a German "Sehr geehrte Frau Brandt, … Hätten Sie Interesse"
// gets "Sie", not "du"; a French "Bonjour Madame, … Souhaiteriez-vous" gets "vous", and so on
// for es, it, nl, pl and tr. An informal sender keeps the informal draft.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/responder/language.ts";

describe("the sender's register", () => {
  it("knows a formal message's language by its formal pronouns", () => {
    expect(
      detectLanguage("Guten Tag, könnten Sie mir sagen, ob Sie im Mai Zeit für ein Projekt haben?"),
    ).toBe("de");
    // Typed without Turkish letters, as it often is.
    expect(detectLanguage("Sayin Yilmaz, sizinle calismak isteriz, size uygun mu?")).toBe("tr");
  });
});
