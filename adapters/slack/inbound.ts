// A Slack `message` event -> one InboundMessage, or why it is not triaged. Pure, so every rule
// (subtypes, bots, the owner's own messages, user-token DMs) is plain to read and to test.
import type { InboundMessage } from "../../src/types.ts";
import { decodeEntities } from "./mrkdwn.ts";
import type { Workspace } from "./workspace.ts";

/** What the adapter knows about who is who, from auth.test at start. */
export interface Identities {
  botUserId: string;
  botId: string;
  /** The owner behind SLACK_USER_TOKEN, or null when that mode is off. */
  ownerUserId: string | null;
  /** Where the bot token is installed: reviewers act from there. */
  workspace: Workspace;
}

/** The parts of a message event (and its envelope) we read. */
export interface MessageEvent {
  type?: string;
  subtype?: string;
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  /** A reply in a thread names its parent here; a parent with replies names itself. */
  thread_ts?: string;
  team?: string;
  files?: Array<{ name?: string; title?: string }>;
}

export interface EventEnvelope {
  team_id?: string;
  enterprise_id?: string | null;
  authorizations?: Array<{ user_id?: string; is_bot?: boolean }>;
}

/** Which token replies: the bot's, or the owner's own (user-token mode). Stored in meta. */
export type ReplyAs = "bot" | "user";

export type Translated =
  | { ok: true; message: InboundMessage; replyAs: ReplyAs }
  | { ok: false; reason: string };

/** Slack's system user: the same id in every workspace. */
export const SLACKBOT = "USLACKBOT";

/** Subtypes that are still someone writing to us: a plain message and one with files. */
const TRIAGED_SUBTYPES = new Set([undefined, "file_share"]);

export function toInbound(
  event: MessageEvent,
  envelope: EventEnvelope,
  ids: Identities,
  now = new Date(),
): Translated {
  if (event.type !== "message" || event.channel_type !== "im") {
    return { ok: false, reason: "not a direct message" };
  }
  // Edits, deletions, joins, bot_message and the rest are not someone writing to us.
  if (!TRIAGED_SUBTYPES.has(event.subtype)) {
    return { ok: false, reason: `subtype ${event.subtype}` };
  }
  if (event.bot_id || event.user === ids.botUserId) return { ok: false, reason: "bot message" };
  // Slackbot's own DMs (reminders, system notices) carry no bot_id; in user-token mode an
  // approved reply would go out as the owner into the Slackbot DM.
  if (event.user === SLACKBOT) return { ok: false, reason: "Slackbot" };
  if (!event.user || !event.channel || !event.ts) return { ok: false, reason: "no sender" };
  if (ids.ownerUserId && event.user === ids.ownerUserId) {
    return { ok: false, reason: "the owner's own message" };
  }
  // An event seen through the owner's user token names the owner (not the bot) as the authorization.
  const auth = envelope.authorizations?.[0];
  const viaOwner = auth !== undefined && auth.is_bot === false;
  if (viaOwner && (!ids.ownerUserId || auth.user_id !== ids.ownerUserId)) {
    return { ok: false, reason: "a user's DM, but SLACK_USER_TOKEN is not that user's" };
  }
  const replyAs: ReplyAs = viaOwner ? "user" : "bot";

  const raw = event.text ?? "";
  const files = event.files ?? [];
  if (raw.trim() === "" && files.length === 0) return { ok: false, reason: "empty message" };
  const text = decodeEntities(raw);
  const names = files.map((f) => f.name || f.title || "file").join(", ");
  const note =
    files.length === 0
      ? undefined
      : raw.trim() === ""
        ? `sent ${plural(files.length, "file")} without text: ${names}`
        : `with ${plural(files.length, "file")}: ${names}`;
  const seconds = Number(event.ts);
  const message: InboundMessage = {
    // A DM's ts is unique within its channel: together they name the message, so Slack's retries
    // and a second delivery of the same message land on the same review.
    id: `${event.channel}:${event.ts}`,
    platform: "slack",
    workspace: envelope.team_id ?? event.team ?? "unknown",
    channel: event.channel,
    context: "dm",
    author: { id: event.user, name: event.user },
    text,
    links: slackLinks(raw),
    receivedAt: Number.isFinite(seconds)
      ? new Date(seconds * 1000).toISOString()
      : now.toISOString(),
    meta: {
      ts: event.ts,
      replyAs,
      // Written in a thread: the answer goes in that thread, where the sender is looking.
      ...(event.thread_ts && event.thread_ts !== event.ts ? { threadTs: event.thread_ts } : {}),
    },
    // The core cuts a long note (checkInbound), on a code point and with a marker.
    ...(note ? { note } : {}),
  };
  return { ok: true, message, replyAs };
}

/**
 * Slack writes links as <https://url|label>; the URL is what classifiers should see (not findLinks:
 * Slack found these already, and the label may hide the URL). One pass: a
 * pattern such as /<(https?:\/\/[^|>\s]+)…>/ tried again from every `<` of an unclosed
 * `<http://a<http://a…` took time quadratic in its length (135 ms on 40,000 characters).
 */
export function slackLinks(raw: string): string[] {
  const found = new Set<string>();
  // The link opens at the last `<` before its `>`: an earlier one never closed.
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === LT) open = i;
    else if (ch === GT && open !== -1) {
      const inner = raw.slice(open + 1, i);
      open = -1;
      const bar = inner.indexOf("|");
      const url = bar === -1 ? inner : inner.slice(0, bar);
      if (LINK_TARGET.test(url)) found.add(decodeEntities(url));
    }
  }
  return [...found];
}

const LT = "<".charCodeAt(0);
const GT = ">".charCodeAt(0);

/** What may sit between `<` and `|` (or `>`) for a link: an http(s) URL without spaces. */
const LINK_TARGET = /^https?:\/\/[^\s]+$/;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
