// A collaboration that says what it wants in a DM's short shapes ("u take photo gigs? need
// headshots", "co-maintain rust-csv-lite with me") is asked what the work is, not "what do you
// have in mind?"; a feedback request that asks the reader's take on a plan or a choice is a
// question to answer, and a picture left as a placeholder ("[photo]") or a bare domain
// ("facturafacil.mx") is work sent, not to be asked for.
import { describe, expect, it } from "vitest";
import { collabDetails } from "../src/responder/details.ts";
import { planReply } from "../src/responder/plan.ts";
import type { Label } from "../src/types.ts";

const policy = { feedbackPolicy: "yes", spamReply: "none", ownerLanguage: "en" } as const;
const plan = (text: string, label: Label = "collaboration") => planReply({ text }, label, policy);

describe("work asked in a DM's short shapes", () => {
  it.each([
    "Would you co-maintain rust-csv-lite with me? I can't keep up with PRs alone.",
    "hi! we'd like to fine-tune your open model for clinical notes and co-publish the results",
    "u take photo gigs? need headshots",
    "is ur 'Velvet Static' beat still available for exclusive? willing to pay",
    "Hi! I write songs but I'm terrible at hooks 😅 want to co-write with me? I've got 5 unfinished ones",
    "yo can u editt my vids? i post 3 a week on yt",
    "hey, want to pair on adding wasm support to your parser?",
    "can u make me a pfp i'll give u 500 robux lol",
    "do you do photo retouching for ecommerce?",
  ])("is asked what the work is: %s", (text) => {
    expect(plan(text).template).not.toBe("collab_vague");
    expect(collabDetails(text).asked).toBe(true);
  });

  it.each([
    ["Hi! Do you do partnerships? Would love to chat", "Hi! Do you do wedding photos?"],
    ["are you taking on new projects this spring?", "are you taking portrait commissions rn"],
    ["If you need drums I'd love to be considered.", "we need drums on 3 songs"],
    ["I'd need a 15 min call to understand it", "I'd need a 15 min intro animated"],
  ])("hears no work asked in %s, but in %s", (none, asked) => {
    expect(collabDetails(none).asked).toBeUndefined();
    expect(collabDetails(asked).asked).toBe(true);
  });
});

describe("feedback asked on a plan, or with its work left as a placeholder", () => {
  it.each([
    "yo whats ur opinion on fiverr vs upwork for a new video editor",
    "Wir überlegen, Bezahlmitgliedschaften einzuführen. Hast du damit Erfahrung? Was hältst du davon?",
  ])("answers the question: %s", (text) => {
    expect(plan(text, "feedback_request").template).toBe("feedback_question");
  });

  it("still asks for the piece when their opinion is asked of their own work", () => {
    expect(plan("Hier mein neues Logo. Was hältst du davon?", "feedback_request").template).toBe(
      "feedback_yes",
    );
    expect(plan("Hast du damit Erfahrung? Was hältst du davon?", "feedback_request").template).toBe(
      "feedback_question",
    );
  });

  it.each([
    "what's one thing you'd change? [photo]",
    "fiz meu primeiro logo [imagem] // tá bom pra por no portfólio?",
    "does the checkout flow make sense? [screenshot]",
    "is the lettering readable? (pic)",
    "Hice una landing (facturafacil.mx), ¿se entiende qué hace en 5 segundos?",
  ])("takes the work as sent: %s", (text) => {
    const p = plan(text, "feedback_request");
    expect(p.template).toBe("feedback_yes");
    expect(p.sent).toBe(true);
  });
});
