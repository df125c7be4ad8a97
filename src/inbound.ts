// The door into the pipeline: an adapter's InboundMessage is checked and cleaned before it is queued.
import { z } from "zod";
import { cut, findLinks, oneLine, sanitizeText } from "./text.ts";
import { type InboundMessage, PLATFORMS } from "./types.ts";

const id = z.string().trim().min(1, "must not be empty").max(200, "is too long");

/**
 * Text only shown to a reviewer (a display name, a note): an over-long one is cut, not refused.
 * The sender picks their name, and refusing it would drop the whole message. Control characters
 * go first, so a name cannot break a card's lines or turn its words around.
 */
const display = (max: number) => z.string().transform((value) => cut(oneLine(value), max, "…"));

/** Longest author name kept; longer ones are cut. */
export const MAX_NAME = 200;
/** Longest reviewer note kept; longer ones are cut. */
export const MAX_NOTE = 500;

const inboundSchema = z.object({
  id,
  platform: z.enum(PLATFORMS),
  workspace: id,
  channel: id,
  context: z.enum(["dm", "channel"]),
  author: z.object({
    id,
    name: display(MAX_NAME).default(""),
    createdAt: z.iso.datetime({ offset: true }).optional(),
    bot: z.boolean().optional(),
  }),
  text: z.string({ message: "text must be a string" }),
  links: z.array(z.string()).default([]),
  receivedAt: z.iso.datetime({ offset: true }),
  meta: z.record(z.string(), z.string()).optional(),
  note: display(MAX_NOTE).optional(),
});

export type Checked = { ok: true; message: InboundMessage } | { ok: false; reason: string };

export function checkInbound(input: unknown): Checked {
  const parsed = inboundSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join(".") || "message"}: ${issue?.message}` };
  }
  const { text, truncated } = sanitizeText(parsed.data.text);
  if (text.trim().length === 0 && !parsed.data.note) {
    return { ok: false, reason: "empty message: there is no text to triage" };
  }
  const notes = [parsed.data.note, truncated ? "text was cut to fit" : undefined].filter(Boolean);
  const message = {
    ...parsed.data,
    text,
    links: parsed.data.links.length > 0 ? parsed.data.links : findLinks(text),
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  } as InboundMessage;
  return { ok: true, message };
}
