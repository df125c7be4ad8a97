// The default responder: fills the owner's templates (replies.md) with what the sender asked.
import { readFileSync } from "node:fs";
import type { Responder } from "../ports.ts";
import type { Classification, Draft, DraftKind, InboundMessage } from "../types.ts";
import { collabDetails, describeDetails, isConcrete } from "./details.ts";

export type Templates = Record<Exclude<DraftKind, "spam_none">, string>;

const KINDS = [
  "collab_concrete",
  "collab_vague",
  "feedback_yes",
  "feedback_no",
  "spam_decline",
] as const;

export const DEFAULT_TEMPLATES_PATH = new URL("./replies.md", import.meta.url);

/** A template file that cannot be read or has a section we do not know; says where. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
}

/** Reads "## kind" sections; text before the first section is documentation. */
export function parseTemplates(source: string, where: string): Partial<Templates> {
  const out: Partial<Templates> = {};
  let current: keyof Templates | null = null;
  const lines: string[] = [];
  const flush = () => {
    if (current) out[current] = lines.join("\n").trim();
    lines.length = 0;
  };
  source.split(/\r?\n/).forEach((line, i) => {
    const heading = /^##\s+(\S+)\s*$/.exec(line);
    if (!heading) {
      if (current) lines.push(line);
      return;
    }
    flush();
    const name = heading[1] as keyof Templates;
    if (!(KINDS as readonly string[]).includes(name)) {
      throw new TemplateError(
        `${where}:${i + 1}: unknown template "${name}" (known: ${KINDS.join(", ")})`,
      );
    }
    current = name;
  });
  flush();
  return out;
}

/** The shipped templates, with the sections of the owner's file (if any) in their place. */
export function loadTemplates(overridePath?: string): Templates {
  const defaults = parseTemplates(readFileSync(DEFAULT_TEMPLATES_PATH, "utf8"), "replies.md");
  const overrides = overridePath ? parseTemplates(readOwnFile(overridePath), overridePath) : {};
  return { ...defaults, ...overrides } as Templates;
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

/** Fills {placeholders}; a line whose placeholder is empty is dropped. */
export function fill(template: string, values: Record<string, string>): string {
  return template
    .split("\n")
    .filter(
      (line) =>
        !/\{(\w+)\}/.test(line) ||
        [...line.matchAll(/\{(\w+)\}/g)].every((m) => values[m[1] as string]),
    )
    .map((line) => line.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ""))
    .join("\n")
    .trim();
}

/** "Maya R. 🎧" -> "Maya"; handles such as "xX_dj_Xx" are kept as they are. */
export function greetingName(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? "";
  const clean = first.replace(/[^\p{L}\p{N}_.-]/gu, "");
  return clean.length > 0 ? clean : "there";
}

export interface TemplateResponderOptions {
  ownerName: string;
  ownerAbout: string;
  feedbackPolicy: "yes" | "no";
  spamReply: "none" | "decline";
  templates: Templates;
}

export function createTemplateResponder(options: TemplateResponderOptions): Responder {
  return {
    async draft(message: InboundMessage, classification: Classification): Promise<Draft> {
      return templateDraft(options, message, classification);
    },
  };
}

export function templateDraft(
  options: TemplateResponderOptions,
  message: InboundMessage,
  classification: Pick<Classification, "label">,
): Draft {
  const values = {
    sender: greetingName(message.author.name),
    owner: options.ownerName,
    about: options.ownerAbout,
    details: "",
  };
  let kind: DraftKind;
  switch (classification.label) {
    case "spam":
      kind = options.spamReply === "decline" ? "spam_decline" : "spam_none";
      break;
    case "feedback_request":
      kind = options.feedbackPolicy === "yes" ? "feedback_yes" : "feedback_no";
      break;
    case "collaboration": {
      const details = collabDetails(message.text);
      kind = isConcrete(details) ? "collab_concrete" : "collab_vague";
      values.details = describeDetails(details);
      break;
    }
  }
  const text = kind === "spam_none" ? null : fill(options.templates[kind], values);
  return { kind, text, source: "template" };
}
