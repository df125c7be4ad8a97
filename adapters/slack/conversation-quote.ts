// A conversation as a Slack card quotes it: each message with its time, escaped (no pings, no
// masked links), packed into a few sections with the newest kept when they run out, and for a
// follow-up what came before.
import { type InboundMessage, type PreviousReview, spansDays } from "../../src/types.ts";
import { chunks, cutEscaped, LIMITS, slackLength, when } from "./mrkdwn.ts";

/** The earlier reply a follow-up recalls: enough to remember it by. */
const RECALLED_REPLY = 600;

export interface QuotedConversation {
  /** Section texts, oldest first, each within a section's limit. */
  sections: string[];
  /** Messages the conversation has that the sections do not show. */
  earlier: number;
}

/**
 * The messages (oldest first) in at most `maxSections` sections. `total` is how many the
 * conversation has in all; a message too long for a section is cut with a marker.
 */
export function quoteConversation(
  messages: readonly InboundMessage[],
  total: number,
  maxSections: number,
): QuotedConversation {
  const max = LIMITS.sectionText;
  const sections: string[] = [];
  let current = "";
  let size = 0;
  let shown = 0;
  const format = spansDays(messages) ? "{date_short} {time}" : "{time}";
  for (let i = messages.length - 1; i >= 0; i--) {
    const piece = quoteMessage(messages[i] as InboundMessage, max, format);
    const pieceSize = slackLength(piece);
    if (current === "" || size + 1 + pieceSize <= max) {
      size = current === "" ? pieceSize : size + 1 + pieceSize;
      current = current === "" ? piece : `${piece}\n${current}`;
    } else {
      sections.unshift(current);
      if (sections.length >= maxSections) {
        current = "";
        break;
      }
      current = piece;
      size = pieceSize;
    }
    shown++;
  }
  if (current !== "") sections.unshift(current);
  return { sections, earlier: Math.max(0, total - shown) };
}

/** One message: its time in `format` (and note), then its text as a block quote, within `max`. */
function quoteMessage(m: InboundMessage, max: number, format: string): string {
  const note = m.note ? ` · 📎 ${cutEscaped(m.note, 200)}` : "";
  const head = `*${when(m.receivedAt, format)}*${note}`;
  const text =
    m.text.trim() === ""
      ? ">_(no text)_"
      : (chunks(m.text, { max: max - slackLength(head) - 1, maxChunks: 1, prefix: ">" })[0] ?? "");
  return `${head}\n${text}`;
}

/**
 * What a follow-up's card recalls of the sender's previous conversation, ending with a line that
 * leads into the new messages: the reply sent, or a clear flag when it was rejected as spam.
 */
export function recallPrevious(previous: PreviousReview): string {
  const at = previous.sentAt ?? previous.decidedAt;
  const on = at ? ` on ${when(at)}` : "";
  const reply = previous.finalText
    ? `\n${chunks(previous.finalText, { max: RECALLED_REPLY, maxChunks: 1, prefix: ">" })[0]}`
    : "";
  switch (previous.status) {
    case "sent":
      return `You replied${on}:${reply}\n*They answered:*`;
    case "approved":
    case "edited":
      return `A reply was approved${on}:${reply}\n*They wrote again:*`;
    case "failed":
      return `The reply approved${on} was not delivered:${reply}\n*They wrote again:*`;
    case "rejected":
      return previous.label === "spam"
        ? `⚠️ *This sender's earlier conversation was rejected as spam*${on}.\n*They wrote again:*`
        : `Their earlier conversation was rejected${on}: nothing was sent.\n*They wrote again:*`;
    case "pending":
      return "*They wrote again:*";
  }
}
