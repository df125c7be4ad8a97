// A feedback request that offers to mail or bring a physical piece ("can I mail you a sample of
// my ceramics?", "could I post you a print?") is not asked for "one link or file", nor answered
// as a question to think over: the draft says the piece need not come by post and asks for
// photos or a recording instead, in each language that reads it. A digital thing offered, photos
// of the piece, or a piece brought elsewhere keeps the usual ask.
import { describe, expect, it } from "vitest";
import { offersAPhysicalPiece } from "../src/responder/physical.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const feedback = (text: string) =>
  templateDraft(options, dm(text), { label: "feedback_request" }).text ?? "";

// The usual ask for one link or file, per language.
const LINK_ASK =
  /one link or file|un solo enlace o archivo|só um link ou arquivo|un seul lien ou fichier|einen einzigen Link|un solo link o file/;

describe("a physical piece offered by post", () => {
  it.each([
    [
      "en",
      "can I mail you a sample of my ceramics? I'd love your take on the glaze",
      /No need to mail the piece itself: send a few photos or a recording here/,
    ],
    [
      "en",
      "could I post you a print? not sure the paper does the colours justice",
      /No need to mail/,
    ],
    ["en", "I made a zine! can I send you a copy and get your thoughts?", /No need to mail/],
    ["en", "would you listen to my demo cassette if I mailed it to you?", /No need to mail/],
    [
      "en",
      "what's your address? I'd love to send you one of my mugs for feedback",
      /No need to mail/,
    ],
    [
      "es",
      "¿te puedo mandar por correo una muestra de mi cerámica para que me des tu opinión?",
      /No hace falta que me mandes la pieza por correo/,
    ],
    [
      "pt",
      "Posso te mandar uma caneca pelo correio pra você ver o esmalte?",
      /Não precisa mandar a peça pelo correio/,
    ],
    [
      "fr",
      "Je peux t'envoyer un tirage par la poste pour avoir ton avis ?",
      /Pas besoin de m'envoyer la pièce par la poste/,
    ],
    [
      "de",
      "Kann ich dir ein Exemplar meines Zines per Post schicken? Mich interessiert dein Urteil.",
      /nicht per Post schicken/,
    ],
    [
      "it",
      "Posso spedirti una tazza per avere un tuo parere sulla smaltatura?",
      /Non serve spedirmi il pezzo per posta/,
    ],
  ])("asks for photos, not a link (%s: %s)", (language, text, says) => {
    expect(offersAPhysicalPiece(text, language as "en")).toBe(true);
    const reply = feedback(text);
    expect(reply).toMatch(says);
    expect(reply).not.toMatch(LINK_ASK);
    expect(reply).not.toContain("You asked");
  });

  it.each([
    "can I send you photos of my ceramics?",
    "can I mail you the pdf of my zine?",
    "can I post my prints here for feedback?",
    "can I send you a link to my zine?",
    "can I send you my book? it's 80k words",
    "I mailed you a print last week, did it arrive?",
    "Got a gallery meeting on the 12th, should I bring originals or just prints?",
  ])("keeps the usual reading of a digital thing or a piece not offered by post (%s)", (text) => {
    expect(offersAPhysicalPiece(text, "en")).toBe(false);
    expect(feedback(text)).not.toContain("No need to mail");
  });

  it("tells the LLM to ask for photos rather than a link", () => {
    const prompt = systemPromptFor(
      "could I post you a print? not sure the paper does the colours justice",
      "feedback_yes",
      "feedback_request",
    );
    expect(prompt).toContain("no need to mail the piece itself");
    expect(prompt).not.toContain("one link or file");
  });
});
