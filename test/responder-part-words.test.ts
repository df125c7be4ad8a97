// The reader's part said by a role word or a verb the readers left open: joining as a lead or as
// an artist in a question of its own ("sprint starts monday, join as illustrator?"), owning a piece
// of work ("can you own the onboarding flow?"), or a talk whose topic is said after joining
// ("could you join and talk about letterpress?"). The brief then does not ask "what you need from
// me"; a call's agenda, or the sender joining, still leaves it to ask.
import { describe, expect, it } from "vitest";
import { askBrief, describeDetails } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { saysPartAfterJoining } from "../src/responder/part-joined.ts";
import { saysReadersPart } from "../src/responder/part-said.ts";
import { wantedRole } from "../src/responder/role.ts";

const NEED = "what you need from me";
const brief = (text: string) => askBrief(collabDetails(text, "en"), "en");

describe("a role the reader joins as", () => {
  it("reads a lead, and a question of its own after a comma", () => {
    expect(wantedRole("Would you join as the brand lead? Paid, via contract", "en")).toBe(
      "brand lead",
    );
    expect(wantedRole("sprint starts monday, join as illustrator? prize split", "en")).toBe(
      "illustrator",
    );
    expect(describeDetails({ role: "brand lead" })).toBe("the brand lead role");
    expect(brief("sprint starts monday, join as illustrator? prize split")).not.toContain(NEED);
  });

  it("is not the sender joining", () => {
    expect(wantedRole("I could join as a mentor, interested?", "en")).toBeUndefined();
    expect(wantedRole("we'll see who leads, want to collab?", "en")).toBeUndefined();
  });
});

describe("a piece of work owned, a talk's topic said", () => {
  it.each([
    "can you own the onboarding flow for v2? due the 20th",
    "would be great to have you own the docs part, hackweek is next week",
  ])("owns: %s", (text) => {
    expect(saysReadersPart(text), text).toBe(true);
    expect(brief(text), text).not.toContain(NEED);
  });

  it.each([
    "could you join and talk about letterpress for 20 min? next tuesday, $80",
    "would you come on and talk about your glaze recipes on our stream friday?",
  ])("talks: %s", (text) => {
    expect(saysPartAfterJoining(text), text).toBe(true);
  });

  it.each([
    "could you hop on a call and talk about pricing next week?",
    "would you join and talk about the project with us?",
    "do you own the rights to that track? want to collab",
  ])("leaves it to ask: %s", (text) => {
    expect(saysPartAfterJoining(text) || saysReadersPart(text), text).toBe(false);
  });
});
