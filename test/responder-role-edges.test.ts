// A role word is a whole word of its own script: "mentoría" (mentoring) is no mentor, while the
// Polish call for several ("szukamy mentorów") still names the role, in the nominative.
import { describe, expect, it } from "vitest";
import { wantedRole } from "../src/responder/role.ts";

describe("role word edges", () => {
  it.each([
    ["Hola, buscamos mentoría para el equipo del hackathon, ¿te animas?", "es"],
    ["¿Darías tutoría a nuestros alumnos este verano?", "es"],
  ] as const)("takes no word cut before an accented letter: %s", (text, language) => {
    expect(wantedRole(text, language)).toBeUndefined();
  });

  it.each([
    ["organizujemy hackathon i szukamy mentorów, wchodzisz?", "mentor"],
    ["szukamy producentów do nowej płyty", "producent"],
    ["szukamy grafików do gry", "grafik"],
  ] as const)("names a Polish call for several: %s", (text, role) => {
    expect(wantedRole(text, "pl")).toBe(role);
  });
});
