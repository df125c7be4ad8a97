// A feedback request whose file or picture came with it ("see the screenshot", "I attach a
// description", "here's a photo", a Slack file) is not asked to send one link or file: the draft
// goes through what they sent. A file only offered ("could I send you a screenshot?") is still
// asked for.
import { describe, expect, it } from "vitest";
import { briefCameAlong } from "../src/responder/brief.ts";
import { sentWork } from "../src/responder/sent.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const feedback = (text: string, note?: string) =>
  templateDraft(options, dm(text, note ? { note } : {}), { label: "feedback_request" }).text ?? "";

// Asking for the work, per language.
const ASKS_FOR_IT = /Send one link|Envíame un enlace|Mándame|Envia|Manda-me|Envoie|Schick|Mandami/;

describe("a file or a picture shown with the message", () => {
  it.each([
    ["en", "does the hierarchy work? see the screenshot"],
    ["en", "here's a screenshot of the landing page, does it feel cluttered?"],
    ["en", "I redesigned our shop window\nhere's a photo\ndoes it look cluttered?"],
    ["en", "Could you advise whether the games fit early numeracy? I attach a 3-page description."],
    ["en", "attaching my cv, could you take a look?"],
    ["en", "sent you a screenshot, what do you think of the colors?"],
    ["en", "what do you think of my cover? pic related"],
    ["en", 'Is my About section too salesy? Here it is:\n"I help mid-career people land roles."'],
    ["es", "¿qué opinas del logo? mira la captura"],
    ["pt", "o que acha do logo? segue o print"],
    ["fr", "tu en penses quoi ? capture d'écran jointe"],
    ["de", "Was hältst du vom Logo? Screenshot anbei."],
    ["it", "che ne pensi del logo? ti allego lo screenshot"],
  ])("is not asked for again (%s: %s)", (_language, text) => {
    expect(sentWork(text), text).toBe(true);
    const reply = feedback(text);
    expect(reply).not.toMatch(ASKS_FOR_IT);
  });

  it("reads a Slack file as sent, with text or without", () => {
    for (const [text, note] of [
      ["thoughts on the nav?", "with 1 file: nav.png"],
      ["", "sent 2 files without text: nav.png, footer.png"],
    ] as const) {
      expect(sentWork(text, note)).toBe(true);
      const reply = feedback(text, note);
      expect(reply).toContain("I'll go through what you sent");
      expect(reply).not.toMatch(ASKS_FOR_IT);
    }
  });

  it("hears a brief in a Slack file by its name", () => {
    expect(
      briefCameAlong("Campaign for our tea shop in May, €800", [], "with 1 file: brief.pdf"),
    ).toBe(true);
  });

  it.each([
    "Could I send you a screenshot of the chain so you can tell me what's off?",
    "can I attach my demo here or should I use a link?",
    "I'll attach the pdf tonight, is the layout the first thing to fix?",
    "I'd love to see pics of your studio, how do you store your canvases?",
    "here's my question: how do you price a mural?",
  ])("still asks for a file only offered or not there (%s)", (text) => {
    expect(sentWork(text), text).toBe(false);
  });
});
