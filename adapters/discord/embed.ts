// The pieces every Discord card is made of: limits, colours, fields, times and names, shared by the
// review card and the campaign card so both read alike.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { cut } from "../../src/text.ts";
import type { Label } from "../../src/types.ts";
import { escapeMarkdownWithin } from "./escape.ts";

/** Discord's embed limits (characters). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Across all embeds of one message. */
  total: 6000,
} as const;

/** Nothing the bot posts may ping anyone, whatever the quoted text says. */
export const NO_MENTIONS = { parse: [] as never[] };

export const COLORS: Record<Label | "done" | "failed", number> = {
  spam: 0xe74c3c,
  feedback_request: 0x3498db,
  collaboration: 0x2ecc71,
  done: 0x95a5a6,
  failed: 0xe67e22,
};

/** "discord:123" -> a user mention (shown as a name, never a ping); other actors as written. */
export function who(actor: string): string {
  const id = actor.startsWith("discord:") ? actor.slice("discord:".length) : null;
  return id && /^\d+$/.test(id) ? `<@${id}>` : safe(actor, 200);
}

/** A Discord timestamp: each reader sees it in their own time zone (`f` date and time, `t` time). */
export function when(iso: string, style: "f" | "t" | "R" = "f"): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? safe(iso, 40) : `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** Markdown in untrusted text is shown as typed, masked links included (they hide the URL). */
export function safe(text: string, max: number): string {
  return escapeMarkdownWithin(text, max);
}

export function field(name: string, value: string, inline = false): APIEmbedField {
  return {
    name: cut(name, LIMITS.fieldName),
    // Discord rejects empty field values.
    value: cut(value.trim() === "" ? "-" : value, LIMITS.fieldValue),
    inline,
  };
}

/** How Discord counts an embed toward the 6,000 total. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title ?? "").length + (embed.description ?? "").length;
  n += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}
