// A work asked with nothing else named (collab_asked) whose brief or script came along: thanked
// for it, as a concrete collaboration is, rather than asked to tell more about the work.
import { describe, expect, it } from "vitest";
import { fill, shippedTemplates, templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options = templateOptions({ ownerAbout: "" });
const draft = (text: string) =>
  templateDraft(options, dm(text, { links: findLinks(text) }), { label: "collaboration" }).text;

describe("a work asked whose brief came along", () => {
  it("thanks for the script and still asks what it may leave out", () => {
    const text = draft(
      "docs.google.com/document/d/1script-ep1 looking for voice actors for this, paid, lmk",
    );
    expect(text).toContain("Thanks for sending the brief along; I'll go through it carefully.");
    expect(text).toMatch(/If anything isn't in it yet \(scope, timeline/);
    expect(text).not.toContain("Happy to hear more");
  });

  it("does so in the other languages", () => {
    expect(draft("aqui está o roteiro drive.google.com/file/d/xyz, pode narrar? pago")).toContain(
      "Obrigado por mandar os detalhes",
    );
    expect(draft("Könntest du das Skript einsprechen? example.com/skript.pdf bezahlt")).toContain(
      "Danke für die Unterlagen",
    );
  });

  it("asks to hear more when no brief came along", () => {
    const text = draft("could you narrate my audiobook? paid");
    expect(text).toContain("Happy to hear more");
    expect(text).not.toContain("brief along");
  });

  it("has every collab_asked section, in each language and register, say it as collab_concrete does", () => {
    const templates = shippedTemplates();
    const asked = Object.keys(templates).filter((k) => k.split(".")[0] === "collab_asked");
    expect(asked.length).toBe(19);
    for (const key of asked) {
      const concrete = templates[key.replace("collab_asked", "collab_concrete")] as string;
      for (const unpaid of ["", "yes"]) {
        const values = { sender: "S", owner: "O", ask_brief: "ASK", unpaid, brief: "yes" };
        const withBrief = fill(templates[key] as string, values);
        const concreteLines = fill(concrete, { ...values, details: "D" }).split("\n");
        // The line thanking for the brief is the concrete one's, word for word.
        const thanks = concreteLines.find((l) => l.includes("ASK")) as string;
        expect(withBrief, key).toContain(thanks);
        expect(fill(templates[key] as string, { ...values, brief: "" }), key).not.toContain(thanks);
        expect(withBrief.match(/ASK/g)?.length, key).toBe(1);
      }
    }
  });

  it("tells the LLM to thank for the brief and ask for none", () => {
    const system = systemPromptFor(
      "docs.google.com/document/d/1script-ep1 looking for voice actors for this, paid, lmk",
      "collab_concrete",
    );
    expect(system).toContain("by its verb");
    expect(system).toContain("They already sent their brief");
    expect(system).not.toContain("Say you would like to hear more");
  });
});
