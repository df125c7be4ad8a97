// One discord.js message -> one InboundMessage, or the reason it is not ours to triage.
// Only translation: what the message means is the pipeline's business.
import { type Message, MessageReferenceType, type MessageSnapshot } from "discord.js";
import type { InboundMessage } from "../../src/types.ts";

const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/** When a Discord object was created: the top 42 bits of its id are ms since 2015-01-01. */
export function snowflakeTime(id: string): Date | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  return new Date(Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS));
}

export interface InboundScope {
  /** The bot's own user id, once known. */
  botUserId: string | null;
  watchChannelIds: ReadonlySet<string>;
  reviewChannelId: string;
}

export type Translated = { ok: true; message: InboundMessage } | { ok: false; reason: string };

const MAX_NOTE = 300;

export function toInbound(msg: Message, scope: InboundScope, now = new Date()): Translated {
  if (msg.author.id === scope.botUserId) return { ok: false, reason: "own message" };
  // Webhook posts look like bots too; neither writes to us in person.
  if (msg.author.bot || msg.webhookId) return { ok: false, reason: "bot message" };
  if (msg.system) return { ok: false, reason: "system message" };

  const inGuild = msg.guildId !== null;
  if (inGuild && !isWatched(msg, scope)) return { ok: false, reason: "channel not watched" };

  // A forward carries no text of its own: what was forwarded is in the snapshot.
  const forwarded = forwardedSnapshot(msg);
  const source = forwarded && msg.content.trim() === "" ? forwarded : msg;
  const text = source.content ?? "";
  const note = noteFor(source, text, forwarded !== undefined);
  if (text.trim() === "" && !note) return { ok: false, reason: "nothing to read" };

  const author = msg.author;
  const createdAt = snowflakeTime(author.id);
  const message: InboundMessage = {
    id: msg.id,
    platform: "discord",
    workspace: msg.guildId ?? "@dm",
    channel: msg.channelId,
    context: inGuild ? "channel" : "dm",
    author: {
      id: author.id,
      name: author.globalName ?? author.username,
      ...(createdAt ? { createdAt: createdAt.toISOString() } : {}),
      bot: false,
    },
    text,
    links: [],
    receivedAt: now.toISOString(),
    meta: { username: author.username },
    ...(note ? { note } : {}),
  };
  return { ok: true, message };
}

function isWatched(msg: Message, scope: InboundScope): boolean {
  // The review channel is never watched: the bot would be triaging its own audience.
  if (msg.channelId === scope.reviewChannelId) return false;
  if (scope.watchChannelIds.has(msg.channelId)) return true;
  // A thread inside a watched channel is part of it.
  const channel = msg.channel;
  return (
    channel.isThread() && channel.parentId !== null && scope.watchChannelIds.has(channel.parentId)
  );
}

/** The message a forward carries (reference type FORWARD), if this is one. */
function forwardedSnapshot(msg: Message): MessageSnapshot | undefined {
  if (msg.reference?.type !== MessageReferenceType.Forward) return undefined;
  return msg.messageSnapshots?.first();
}

/**
 * What a reviewer should know that the text does not say: attachments and stickers are not
 * shown, and a forward's text is someone else's words, perhaps not the sender's own.
 */
function noteFor(
  msg: Pick<Message | MessageSnapshot, "attachments" | "stickers">,
  text: string,
  forwarded: boolean,
): string | undefined {
  const files = [...(msg.attachments?.values() ?? [])].map((a) => a.name);
  const stickers = [...(msg.stickers?.values() ?? [])].map((s) => s.name);
  const parts: string[] = [];
  if (files.length > 0) parts.push(`${plural(files.length, "attachment")}: ${files.join(", ")}`);
  if (stickers.length > 0)
    parts.push(`${plural(stickers.length, "sticker")}: ${stickers.join(", ")}`);
  const lead = text.trim() === "" ? "no text, only " : "with ";
  const extra = parts.length > 0 ? `${lead}${parts.join("; ")}` : "";
  const note = forwarded
    ? `forwarded message (the sender may not have written it)${extra ? `; ${extra}` : ""}`
    : extra;
  if (note === "") return undefined;
  return note.length > MAX_NOTE ? `${note.slice(0, MAX_NOTE - 1)}…` : note;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
