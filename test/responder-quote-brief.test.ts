// A price asked (collab_quote) whose brief or script came along is thanked for it, as a concrete
// collaboration is, and asked only what it may leave out; a date given with the thing to price is
// named back with it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  fill,
  loadTemplates,
  shippedTemplates,
  type TemplateResponderOptions,
  templateDraft,
} from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string, extra: Partial<TemplateResponderOptions> = {}) => {
  const d = templateDraft({ ...options, ...extra }, dm(text, { links: findLinks(text) }), {
    label: "collaboration",
  });
  expect(d.kind).toBe("collab_concrete");
  return d.text as string;
};
const SCRIPT =
  "here's the script for our explainer: docs.google.com/document/d/1script-ex. what would you charge to voice it?";

describe("a price asked whose brief came along", () => {
  it("thanks for the brief and asks only what it may leave out, never the budget", () => {
    const text = draft(SCRIPT);
    expect(text).toContain(
      "Thanks for sending the brief along; I'll go through it carefully. If anything isn't in it yet (scope and timeline), a line here is plenty. I price each project on its own",
    );
    expect(text).not.toContain("could you tell me a bit more");
    expect(text).not.toMatch(/budget/);
  });

  it("does so in the other languages", () => {
    expect(
      draft("quanto você cobra pra narrar esse roteiro? drive.google.com/file/d/ro-1"),
    ).toContain("Obrigado por mandar os detalhes");
    expect(draft("Was würdest du für das Skript nehmen? example.com/skript.pdf")).toContain(
      "Danke für die Unterlagen",
    );
  });

  it("asks to hear more when no brief came along", () => {
    const text = draft("what would you charge to voice our explainer?");
    expect(text).toContain("could you tell me a bit more about it");
    expect(text).not.toContain("brief along");
  });

  it("has every collab_quote section thank for it in its collab_concrete words", () => {
    const templates = shippedTemplates();
    const quotes = Object.keys(templates).filter((k) => k.split(".")[0] === "collab_quote");
    expect(quotes.length).toBe(19);
    for (const key of quotes) {
      const concrete = templates[key.replace("collab_quote", "collab_concrete")] as string;
      const values = { sender: "S", owner: "O", ask_brief: "ASK", brief: "yes", details: "D" };
      // The concrete draft's thanks for the brief, and its words up to what is still missing.
      const line = fill(concrete, values)
        .split("\n")
        .find((l) => l.includes("ASK")) as string;
      const asks = line.slice(0, line.indexOf("ASK"));
      const thanks = asks.slice(0, Math.max(asks.lastIndexOf(". "), asks.lastIndexOf("。")) + 1);
      expect(thanks.length, key).toBeGreaterThan(10);
      const withBrief = fill(templates[key] as string, values);
      expect(withBrief, key).toContain(asks);
      expect(withBrief.match(/ASK/g)?.length, key).toBe(1);
      const nothingMissing = fill(templates[key] as string, { ...values, ask_brief: "" });
      expect(nothingMissing, key).toContain(thanks);
      expect(fill(templates[key] as string, { ...values, brief: "" }), key).not.toContain(asks);
    }
  });

  it("is accepted in an owner's REPLY_TEMPLATES file", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-quote-brief-"));
    const file = join(dir, "replies.md");
    writeFileSync(
      file,
      "## collab_quote\n{if_brief}Got your brief, quote soon.\n{unless_brief}What's it for ({ask_brief})?\n",
    );
    expect(draft(SCRIPT, { templates: loadTemplates(file) })).toBe("Got your brief, quote soon.");
  });

  it("tells the LLM to thank for the brief and ask for none", () => {
    const system = systemPromptFor(SCRIPT, "collab_concrete");
    expect(system).toContain("asks what you would charge");
    expect(system).toContain("They already sent their brief");
  });
});

describe("a price asked with a date", () => {
  it("names the date back with the thing to price", () => {
    expect(
      draft("could you give me a quote for a 5-song EP mix? want it done by end of april"),
    ).toMatch(/^Hi Maya, thanks for asking about the EP and the timing\.\n/);
  });

  it("does not thank for a date alone as what they asked about", () => {
    expect(draft("Can you quote a 6-page brochure redesign? Need it by the 30th.")).toMatch(
      /^Hi Maya, thanks for asking\.\n/,
    );
  });
});
