// A collaboration that asks the recipient's seat by its place (an audition, a bracket slot, a set
// at their night, a session booked) says what it needs of them: it is neither "what do you have in
// mind?" nor asked "what you need from me". And the sender's own trade said as "As a producer,"
// or "I'm Mia, a producer," is not named back as the role offered.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { collabDetails } from "../src/responder/details.ts";
import { planReply } from "../src/responder/plan.ts";
import { wantedRole } from "../src/responder/role.ts";

const policy = { feedbackPolicy: "yes", spamReply: "none", ownerLanguage: "en" } as const;
const collab = (text: string) => planReply({ text }, "collaboration", policy);

describe("a seat asked by its place says what they need", () => {
  it.each([
    "would you audition for the lead role in our musical?",
    "want a slot in our tournament bracket this weekend?",
    "wanna join our bracket for the smash tourney saturday?",
    "we'd love to have you play a set at our open mic on friday",
    "can we book a session on the 14th?",
    "we have an opening slot at our show on june 3, interested?",
    "want to sit in with us at the jam night thursday?",
  ])("%s", (text) => {
    expect(collab(text).template).not.toBe("collab_vague");
    expect(askBrief(collabDetails(text, "en"), "en")).not.toContain("what you need from me");
  });

  it.each([
    ["¿te gustaría tocar en nuestro festival en julio?", "es"],
    ["hättest du Lust, bei unserem Turnier mitzumachen?", "de"],
    ["tu veux venir jouer un set à notre soirée ?", "fr"],
    ["queria te chamar pra tocar na nossa festa dia 20", "pt"],
    ["ti va di suonare al nostro festival a luglio?", "it"],
  ] as const)("in its language: %s", (text, language) => {
    const plan = collab(text);
    expect(plan.language).toBe(language);
    expect(plan.template).not.toBe("collab_vague");
    // With everything else named, the brief asks only what they need of the reader.
    const need = askBrief({ project: "x", date: "d", budget: "1" }, language);
    expect(askBrief(collabDetails(text, language), language)).not.toContain(need);
  });

  it("not a set they play themselves, nor a slot in the reader's own lineup", () => {
    expect(
      collab("hey, we play a set at our local bar every friday, love your stuff").template,
    ).toBe(collab("hey, we hang out at our local bar every friday, love your stuff").template);
    expect(askBrief(collabDetails("could I get a slot on your podcast?", "en"), "en")).toContain(
      "what you need from me",
    );
  });
});

describe("the sender's own trade is not the role offered", () => {
  it.each([
    "As a producer, I'm putting together a compilation and want your track on it",
    "I'm Mia, a producer, and I'm working on an EP with a choir",
    "as a photographer i'm building a zine, interested?",
  ])("%s", (text) => {
    expect(wantedRole(text, "en")).toBeUndefined();
  });

  it("still reads the role offered beside it, and a role offered as 'as a…' to the reader", () => {
    expect(wantedRole("as a photographer i'm building a zine and need a writer", "en")).toBe(
      "writer",
    );
    expect(wantedRole("As a guest, you'd get a 20 minute slot on our podcast", "en")).toBe("guest");
    expect(wantedRole("would you join as a producer on our album?", "en")).toBe("producer");
    expect(wantedRole("En tant que compositrice, je cherche un monteur", "fr")).toBe("monteur");
  });
});
