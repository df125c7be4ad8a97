// The default responder: fills the owner's templates (replies.md, and replies-languages.md for
// the other languages) with what the sender asked, in the sender's language.
import { readFileSync } from "node:fs";
import type { Responder } from "../ports.ts";
import type { Classification, Draft, InboundMessage } from "../types.ts";
import { askBrief, describeDetails } from "./detail-words.ts";
import type { CollabDetails } from "./details.ts";
import { DIALECTS, type Dialect } from "./dialect.ts";
import { greetingName } from "./greeting.ts";
import { LANGUAGES, type Language } from "./language.ts";
import {
  briefDetails,
  namedDetails,
  namesSomething,
  planReply,
  type ReplyPolicy,
  TEMPLATE_NAMES,
  type TemplateName,
} from "./plan.ts";
import { FORMAL_LANGUAGES, hasFormalRegister } from "./register.ts";

/**
 * Template text by section: "collab_vague" is English, "collab_vague.es" Spanish, and so on for
 * each of LANGUAGES; "collab_vague.de.formal" is German in the formal register (Sie), for each of
 * FORMAL_LANGUAGES. The English sections are always there.
 */
export type Templates = Record<TemplateName, string> & Record<string, string>;

export const DEFAULT_TEMPLATES_PATH = new URL("./replies.md", import.meta.url);
export const LANGUAGE_TEMPLATES_PATH = new URL("./replies-languages.md", import.meta.url);

/** A template file that cannot be read or has a section we do not know; says where. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
}

/** What a template can say: {sender}, and {if_sender} / {unless_sender} for a line kept or not. */
const PLACEHOLDERS = [
  "sender",
  "owner",
  "about",
  "details",
  "ask_brief",
  "question",
  "praised",
  "sent",
  "concern",
  "unpaid",
  "priced",
  "said",
  "brief",
  "soon",
  "physical",
] as const;

/** The values a draft fills in: one per placeholder, so the two lists cannot drift apart. */
type Values = Record<(typeof PLACEHOLDERS)[number], string>;

function knownPlaceholder(name: string): boolean {
  const base = name.replace(/^(?:if|unless)_/, "");
  return (PLACEHOLDERS as readonly string[]).includes(base);
}

/**
 * Reads "## kind" sections; text before the first section is documentation. An unknown section, an
 * unknown placeholder or an empty section is a TemplateError naming the line: otherwise the line
 * with "{nonsense}" would silently vanish from every draft, or the section give none.
 */
export function parseTemplates(source: string, where: string): Partial<Templates> {
  const out: Record<string, string> = {};
  let current: { name: string; key: string; line: number } | null = null;
  const lines: string[] = [];
  const flush = () => {
    if (current) {
      const text = lines.join("\n").trim();
      if (!text)
        throw new TemplateError(`${where}:${current.line}: template "${current.name}" is empty`);
      out[current.key] = text;
    }
    lines.length = 0;
  };
  source.split(/\r?\n/).forEach((line, i) => {
    const heading = /^##\s+(\S+)\s*$/.exec(line);
    if (!heading) {
      if (!current) return;
      for (const m of line.matchAll(/\{(\w+)\}/g)) {
        if (!knownPlaceholder(m[1] as string)) {
          throw new TemplateError(
            `${where}:${i + 1}: unknown placeholder "{${m[1]}}" (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}, and {if_…} / {unless_…} of each)`,
          );
        }
      }
      lines.push(line);
      return;
    }
    flush();
    const name = heading[1] as string;
    const [base, language, register, extra] = name.split(".");
    if (!(TEMPLATE_NAMES as readonly string[]).includes(base ?? "")) {
      throw unknownTemplate(where, i + 1, name);
    }
    if (register !== undefined || language === "formal") {
      // "collab_vague.de.formal": the formal register, for the languages that have one.
      if (register !== "formal" || extra !== undefined || !hasFormalRegister(language as Language))
        throw new TemplateError(
          `${where}:${i + 1}: unknown template "${name}" (a formal section is "${base}.de.formal" and the like, for .${FORMAL_LANGUAGES.join(", .")})`,
        );
    } else if (
      language !== undefined &&
      !(LANGUAGES as readonly string[]).includes(language) &&
      !(DIALECTS as readonly string[]).includes(language)
    ) {
      throw unknownTemplate(where, i + 1, name);
    }
    // "collab_vague.en" is "collab_vague": the sections without a suffix are English.
    const key = language === undefined || language === "en" ? (base as string) : name;
    current = { name, key, line: i + 1 };
  });
  flush();
  return out;
}

function unknownTemplate(where: string, line: number, name: string): TemplateError {
  return new TemplateError(
    `${where}:${line}: unknown template "${name}" (known: ${TEMPLATE_NAMES.join(", ")}; add .${[...LANGUAGES.filter((l) => l !== "en"), ...DIALECTS].join(", .")} for another language)`,
  );
}

let shipped: Templates | undefined;

/** The templates that come with the bot, read once. */
export function shippedTemplates(): Templates {
  if (!shipped) {
    const english = parseTemplates(readFileSync(DEFAULT_TEMPLATES_PATH, "utf8"), "replies.md");
    const others = parseTemplates(
      readFileSync(LANGUAGE_TEMPLATES_PATH, "utf8"),
      "replies-languages.md",
    );
    shipped = { ...others, ...english } as Templates;
  }
  return shipped;
}

/** The shipped templates, with the sections of the owner's file (if any) in their place. */
export function loadTemplates(overridePath?: string): Templates {
  const overrides = overridePath ? parseTemplates(readOwnFile(overridePath), overridePath) : {};
  return { ...shippedTemplates(), ...overrides } as Templates;
}

/**
 * The section a draft is filled from, whether it is a formal one, and the language its filled-in
 * words are in: the dialect's section (`collab_vague.pt-PT`) for a sender who writes one, else
 * the language's section, or the English one when that language has none; for a formal draft the
 * language's formal section (`collab_vague.de.formal`) when there is one, else its familiar one.
 */
function sectionFor(
  templates: Templates,
  name: TemplateName,
  language: Language,
  formal: boolean,
  dialect: Dialect | undefined,
): { text: string; formal: boolean; words: Language | Dialect } {
  const dialectText = dialect ? templates[`${name}.${dialect}`] : undefined;
  if (dialect && dialectText !== undefined)
    return { text: dialectText, formal: false, words: dialect };
  const formalText = formal ? templates[`${name}.${language}.formal`] : undefined;
  if (formalText !== undefined) return { text: formalText, formal: true, words: language };
  const text =
    (language === "en" ? undefined : templates[`${name}.${language}`]) ?? templates[name];
  return { text, formal: false, words: language };
}

/** The owner's file, or a TemplateError in words rather than a raw ENOENT with a stack. */
function readOwnFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a directory"
            : (err as Error).message;
    throw new TemplateError(`cannot read ${path} (${why})`);
  }
}

/**
 * Fills {placeholders}; a line whose placeholder is empty is dropped. {if_x} keeps its line only
 * when x is set, {unless_x} only when it is not; both print nothing.
 */
export function fill(template: string, values: Record<string, string>): string {
  const keeps = (name: string) =>
    name.startsWith("if_")
      ? Boolean(values[name.slice(3)])
      : name.startsWith("unless_")
        ? !values[name.slice(7)]
        : Boolean(values[name]);
  const placeholder = (i: number) => i % 2 === 1;
  return linesOf(template)
    .filter((parts) => parts.every((part, i) => !placeholder(i) || keeps(part)))
    .map((parts) =>
      parts
        .map((part, i) =>
          !placeholder(i)
            ? part
            : part.startsWith("if_") || part.startsWith("unless_")
              ? ""
              : (values[part] ?? ""),
        )
        .join(""),
    )
    .join("\n")
    .trim();
}

// A template's lines, each cut at its placeholders (text at even places, names at odd ones):
// cut once per template rather than once per draft. A handful of templates are filled, so the
// cache stays small; it is emptied should it grow.
const cutLines = new Map<string, string[][]>();
function linesOf(template: string): string[][] {
  let lines = cutLines.get(template);
  if (lines === undefined) {
    if (cutLines.size >= 512) cutLines.clear();
    lines = template.split("\n").map((line) => line.split(/\{(\w+)\}/));
    cutLines.set(template, lines);
  }
  return lines;
}

/**
 * collab_asked and collab_quote name back only what was named: "thanks for asking" rather than
 * "thanks for being specific about what you have in mind". The older sections keep their words.
 */
function namedBack(named: CollabDetails, template: TemplateName): boolean {
  const blankWhenNothing = template === "collab_asked" || template === "collab_quote";
  return !blankWhenNothing || namesSomething(named);
}

/** Stands for a name there is none of while the template is filled (an empty one drops its line). */
const NO_NAME = "\u0000";

/** A greeting without a name: "Hola, gracias…"; in Japanese, no "さん、" before the text. */
function withoutName(text: string): string {
  return text
    .replaceAll(`${NO_NAME}さん、`, "")
    .replaceAll(` ${NO_NAME}`, "")
    .replaceAll(NO_NAME, "");
}

export interface TemplateResponderOptions {
  ownerName: string;
  ownerAbout: string;
  feedbackPolicy: "yes" | "no";
  spamReply: "none" | "decline";
  /** Drafts to senders in a language the templates lack are in this one (OWNER_LANGUAGE). */
  ownerLanguage?: Language;
  templates: Templates;
}

export function createTemplateResponder(options: TemplateResponderOptions): Responder {
  return {
    async draft(message: InboundMessage, classification: Classification): Promise<Draft> {
      return templateDraft(options, message, classification);
    },
  };
}

export function policyOf(options: TemplateResponderOptions): ReplyPolicy {
  return {
    feedbackPolicy: options.feedbackPolicy,
    spamReply: options.spamReply,
    ownerLanguage: options.ownerLanguage ?? "en",
  };
}

export function templateDraft(
  options: TemplateResponderOptions,
  message: InboundMessage,
  classification: Pick<Classification, "label">,
): Draft {
  const policy = policyOf(options);
  const plan = planReply(message, classification.label, policy);
  if (plan.template === null) return { kind: plan.kind, text: null, source: "template" };
  const name = greetingName(message.author.name);
  // A formal sender gets the formal section (the owner's, else the shipped one); the words
  // filled into it are in the same register as the section, so a draft never mixes the two.
  const { template } = plan;
  const asked = briefDetails(plan);
  const named = namedDetails(plan);
  const values = (formal: boolean, words: Language | Dialect): Values => ({
    sender: name || (plan.language === "en" ? "there" : NO_NAME),
    owner: options.ownerName,
    // OWNER_ABOUT is in the owner's language: a draft in another language leaves it out.
    about: plan.language === policy.ownerLanguage ? options.ownerAbout : "",
    details: named && namedBack(named, template) ? describeDetails(named, words, formal) : "",
    ask_brief: asked ? askBrief(asked, words, formal) : "",
    question: plan.question ?? "",
    praised: plan.praised ? "yes" : "",
    sent: plan.sent ? "yes" : "",
    concern: plan.concern ? "yes" : "",
    unpaid: plan.unpaid ? "yes" : "",
    priced: plan.priced ? "yes" : "",
    said: plan.said ? "yes" : "",
    brief: plan.brief ? "yes" : "",
    soon: plan.soon ? "yes" : "",
    physical: plan.physical ? "yes" : "",
  });
  const draftFrom = (templates: Templates) => {
    const { text, formal, words } = sectionFor(
      templates,
      template,
      plan.language,
      plan.formal,
      plan.dialect,
    );
    return withoutName(fill(text, values(formal, words)));
  };
  const own = draftFrom(options.templates);
  // An owner's section whose every line was dropped (each had an empty placeholder) would be an
  // empty draft: the shipped section says the same thing instead.
  const text = own.trim() ? own : draftFrom(shippedTemplates());
  return { kind: plan.kind, text, source: "template" };
}
