// A sender who writes European Portuguese is answered in it ("tu", "envia-me", "ficheiro"), not in
// the shipped Brazilian Portuguese, whose "você" reads as distant in Portugal.
import { describe, expect, it } from "vitest";
import { askBrief } from "../src/responder/detail-words.ts";
import { dialectOf } from "../src/responder/dialect.ts";
import { TEMPLATE_NAMES } from "../src/responder/plan.ts";
import {
  parseTemplates,
  shippedTemplates,
  type TemplateResponderOptions,
  type Templates,
  templateDraft,
} from "../src/responder/templates.ts";
import type { Label } from "../src/types.ts";
import { systemPromptFor } from "./helpers/llm-prompt.ts";
import { dm } from "./helpers/messages.ts";
import { templateOptions } from "./helpers/template-options.ts";

const options: TemplateResponderOptions = templateOptions();
const draft = (text: string, label: Label, extra: Partial<TemplateResponderOptions> = {}) =>
  templateDraft({ ...options, ...extra }, dm(text), { label }).text ?? "";

const EUROPEAN = [
  "Olá! Estamos a gravar um EP em Braga e gostávamos que tratasses da capa. Temos 400 € e queremos lançar em junho, alinhas?",
  "Boa tarde, podes ouvir a minha maquete? Acho que a voz está a ficar enterrada. soundcloud.com/ines/maquete",
  "Olá, a nossa equipa anda à procura de alguém para o som do documentário, tens disponibilidade?",
];
const BRAZILIAN = [
  "Oi! Estamos gravando um EP em Recife e queria que você fizesse a capa. Temos R$ 900, topa?",
  "Oi, tu faz capa de livro? Quanto tu cobra?",
  "Olá, você poderia ouvir minha demo? A voz está ficando enterrada. soundcloud.com/bia/demo",
];

describe("European Portuguese", () => {
  it.each(EUROPEAN)("is read as pt-PT: %s", (text) => {
    expect(dialectOf(text, "pt")).toBe("pt-PT");
  });

  it.each(BRAZILIAN)("leaves Brazilian Portuguese as it is: %s", (text) => {
    expect(dialectOf(text, "pt")).toBeUndefined();
  });

  it("keeps the shipped Portuguese for a sender who writes to 'o senhor', and reads no other language", () => {
    expect(
      dialectOf("Exmo. Senhor, a nossa equipa está a preparar uma exposição e o senhor", "pt"),
    ).toBeUndefined();
    expect(dialectOf("Estamos a preparar, podes?", "es")).toBeUndefined();
  });

  it("gets European drafts and words, the Brazilian sender the shipped ones", () => {
    const concrete = draft(EUROPEAN[0] as string, "collaboration");
    expect(concrete).toMatch(/^Olá Maya, obrigado pela mensagem e pelos pormenores/);
    expect(concrete).toContain("Podes enviar-me");
    expect(concrete).not.toMatch(/você/);
    const feedback = draft(EUROPEAN[1] as string, "feedback_request");
    expect(feedback).toContain("Vou ver o que enviaste com a tua dúvida em mente");
    const brazilian = draft(BRAZILIAN[0] as string, "collaboration");
    expect(brazilian).toMatch(/^Oi Maya/);
    expect(brazilian).toContain("Pode me mandar");
    expect(askBrief({}, "pt-PT")).toBe("âmbito, prazos, orçamento e o que precisas de mim");
    expect(askBrief({}, "pt")).toBe("escopo, prazos, orçamento e o que você precisa de mim");
  });

  it("ships every section in pt-PT, with the same lines kept and dropped as the Portuguese one", () => {
    const conditions = (text: string) =>
      text
        .split("\n")
        .map((line) => [...line.matchAll(/\{((?:if|unless)_\w+)\}/g)].map((m) => m[1]).join(" "));
    for (const name of TEMPLATE_NAMES) {
      const european = shippedTemplates()[`${name}.pt-PT`];
      expect(european, name).toBeDefined();
      expect(conditions(european as string), name).toEqual(
        conditions(shippedTemplates()[`${name}.pt`] as string),
      );
    }
  });

  it("takes the owner's own pt-PT section, and refuses an unknown dialect with its line", () => {
    const templates = {
      ...options.templates,
      ...parseTemplates("## collab_vague.pt-PT\nOlá {sender}, conta-me mais!\n", "mine.md"),
    } as Templates;
    expect(
      draft("Olá! Gostava de fazer algo contigo, estás aberta a isso?", "collaboration", {
        templates,
      }),
    ).toBe("Olá Maya, conta-me mais!");
    expect(() => parseTemplates("## collab_vague.pt-BR\nOi\n", "mine.md")).toThrow(
      'mine.md:1: unknown template "collab_vague.pt-BR"',
    );
  });

  it("tells the LLM to write European Portuguese to a sender who wrote it, and only then", () => {
    const system = (text: string) => systemPromptFor(text, "collab_concrete");
    expect(system(EUROPEAN[0] as string)).toContain("European Portuguese");
    expect(system(BRAZILIAN[0] as string)).not.toContain("European Portuguese");
  });
});
