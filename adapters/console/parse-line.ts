// One console input line -> the fields of an InboundMessage. Plain text or a JSON object.
import { randomUUID } from "node:crypto";
import type { InboundMessage } from "../../src/types.ts";

export type ParsedLine = { ok: true; message: InboundMessage } | { ok: false; reason: string };

interface JsonLine {
  text?: unknown;
  author?: unknown;
  id?: unknown;
  context?: unknown;
}

export interface LineSource {
  /**
   * This run of the console: its conversations are its own. A sender's conversation from an
   * earlier run is still pending (nobody decided it, or nobody could: piped input takes no
   * decisions), and a new run's messages joining it would print the old ones again.
   */
  session: string;
  /** Who a plain line comes from (it names no sender). */
  plainAuthor: string;
}

export function parseLine(line: string, source: LineSource, now = new Date()): ParsedLine {
  const trimmed = line.trim();
  if (trimmed.length === 0) return { ok: false, reason: "empty line: nothing to triage" };
  let text = line;
  // A plain line has no sender name: the draft greets "there", not a made-up name.
  let author = { id: source.plainAuthor, name: "" };
  let id: string = randomUUID();
  let context: InboundMessage["context"] = "dm";
  if (trimmed.startsWith("{")) {
    let parsed: JsonLine;
    try {
      parsed = JSON.parse(trimmed) as JsonLine;
    } catch (err) {
      return { ok: false, reason: `not valid JSON (${(err as Error).message})` };
    }
    if (typeof parsed.text !== "string") {
      return { ok: false, reason: 'a JSON line needs "text" as a string' };
    }
    text = parsed.text;
    if (typeof parsed.author === "string" && parsed.author.trim()) {
      author = { id: `console:${parsed.author.trim()}`, name: parsed.author.trim() };
    } else if (parsed.author && typeof parsed.author === "object") {
      const a = parsed.author as { id?: unknown; name?: unknown };
      const name = typeof a.name === "string" ? a.name : String(a.id ?? "someone");
      author = { id: `console:${typeof a.id === "string" ? a.id : name}`, name };
    }
    if (typeof parsed.id === "string" && parsed.id.trim()) id = parsed.id.trim();
    if (parsed.context === "channel") context = "channel";
  }
  return {
    ok: true,
    message: {
      id,
      platform: "console",
      workspace: `local-${source.session}`,
      channel: context === "dm" ? `dm:${author.id}` : "console-channel",
      context,
      author,
      text,
      links: [],
      receivedAt: now.toISOString(),
    },
  };
}
