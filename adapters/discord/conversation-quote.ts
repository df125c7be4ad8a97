// A conversation as a Discord card quotes it: each message with its time, as typed (markdown
// escaped, no pings), newest kept when the room runs out, and for a follow-up what came before.
import { type InboundMessage, type PreviousReview, spansDays } from "../../src/types.ts";
import { safe, when } from "./embed.ts";
import { escapeMarkdownWithin } from "./escape.ts";

/** Below this much room an older message is left out (and counted) rather than shown as a stub. */
const MIN_BLOCK = 120;
/** Room kept for the "+N earlier messages" line. */
const EARLIER_ROOM = 40;
/** The earlier reply a follow-up recalls: enough to remember it by. */
const RECALLED_REPLY = 600;
/** What escapeMarkdownWithin ends a cut text with. */
const CUT = "… (cut)";

/**
 * The messages, oldest first, within `room` characters. `total` is how many the conversation has
 * in all: those not shown (beyond the kept ones, or cut for room) are counted on the first line.
 */
export function quoteConversation(
  messages: readonly InboundMessage[],
  total: number,
  room: number,
): string {
  const blocks: string[] = [];
  const style = spansDays(messages) ? "f" : "t";
  let left = room - EARLIER_ROOM;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as InboundMessage;
    if (blocks.length > 0 && left < MIN_BLOCK) break;
    const note = m.note ? ` · 📎 ${safe(m.note, 200)}` : "";
    const head = `**${when(m.receivedAt, style)}**${note}`;
    // The blank line between blocks counts too.
    const body = quoteLines(m.text, left - head.length - 3);
    const block = `${head}\n${body}`;
    blocks.unshift(block);
    left -= block.length + 2;
  }
  const earlier = Math.max(0, total - blocks.length);
  const line = earlier > 0 ? `*+${earlier} earlier message${earlier === 1 ? "" : "s"}*\n` : "";
  return `${line}${blocks.join("\n\n")}`;
}

/**
 * Text as quote lines ("> "), escaped line by line so a line's own markdown (a heading, a list, a
 * "> ") shows as typed, within `max` characters. Stops at the room, with the escape's cut marker.
 */
export function quoteLines(text: string, max: number): string {
  if (text.trim() === "") return "> (no text)";
  const out: string[] = [];
  let left = max;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (left < CUT.length + 3) {
      // No room for this line: say so on the last one shown.
      if (out.length > 0) out[out.length - 1] += ` ${CUT}`;
      break;
    }
    const escaped = escapeMarkdownWithin(line, left - 2);
    out.push(`> ${escaped}`);
    left -= escaped.length + 3;
    const cutShort = escaped.endsWith(CUT) && !line.endsWith(CUT);
    if (end === -1 || cutShort) break;
    start = end + 1;
  }
  return out.join("\n");
}

/**
 * What a follow-up's card recalls of the sender's previous conversation, ending with a line that
 * leads into the new messages: the reply sent, or a clear flag when it was rejected as spam.
 */
export function recallPrevious(previous: PreviousReview, room: number): string {
  const at = previous.sentAt ?? previous.decidedAt;
  const on = at ? ` on ${when(at)}` : "";
  // A third of the room at most: the new messages are what the reviewer decides on.
  const max = Math.min(RECALLED_REPLY, Math.floor(room / 3));
  const reply = previous.finalText ? `\n${quoteLines(previous.finalText, max)}` : "";
  switch (previous.status) {
    case "sent":
      return `You replied${on}:${reply}\n**They answered:**`;
    case "approved":
    case "edited":
      return `A reply was approved${on}:${reply}\n**They wrote again:**`;
    case "failed":
      return `The reply approved${on} was not delivered:${reply}\n**They wrote again:**`;
    case "rejected":
      return previous.label === "spam"
        ? `⚠️ **This sender's earlier conversation was rejected as spam**${on}.\n**They wrote again:**`
        : `Their earlier conversation was rejected${on}: nothing was sent.\n**They wrote again:**`;
    case "pending":
      return "**They wrote again:**";
  }
}
