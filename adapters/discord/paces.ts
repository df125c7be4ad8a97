// Discord's rate-limit buckets as the core's pacer names them (a Turn's bucket), and how long each
// call's turn lasts. Every moderation call into one of them takes its turn there, a campaign's and
// a single card's alike, so a reviewer's click and a campaign's calls (and one worker's and
// another's) share the one limit Discord keeps, instead of meeting its 429.
import type { Turn } from "../../src/ports.ts";
import type { InboundMessage, ModerationAction } from "../../src/types.ts";

/**
 * Discord takes one bulk delete a second per channel and five single deletes; each turn is a fifth
 * longer, more than discord.js's own wait (the reset plus 50 ms) and a round trip, so a call that
 * left on its turn is not held back by discord.js into the next one's window.
 */
const BULK_DELETE_PACE_MS = 1200;
const SINGLE_DELETE_PACE_MS = 240;
/** Discord takes ten member edits per 10 s per server: one a second, each turn a fifth longer. */
const MEMBER_EDIT_PACE_MS = 1200;

/** A call's place in line: the bucket it takes its turn in, and how long that turn lasts. */
export interface Pace {
  bucket: string;
  ms: number;
}

/** Bulk deletes in one channel. */
export const bulkDeletePace = (channelId: string): Pace => ({
  bucket: `bulk-delete:${channelId}`,
  ms: BULK_DELETE_PACE_MS,
});
/** Single message deletes in one channel. */
export const messageDeletePace = (channelId: string): Pace => ({
  bucket: `message-delete:${channelId}`,
  ms: SINGLE_DELETE_PACE_MS,
});
/** Member edits (timeouts, and lifting them) in one server. */
export const memberEditPace = (guildId: string): Pace => ({
  bucket: `member-edit:${guildId}`,
  ms: MEMBER_EDIT_PACE_MS,
});

/**
 * The pace of one order on one message: a delete in the message's channel, a timeout of its author
 * in its server. Null for Ignore, which calls nothing.
 */
export function paceOf(action: ModerationAction, message: InboundMessage): Pace | null {
  if (action.type === "delete") return messageDeletePace(message.channel);
  if (action.type === "timeout") return memberEditPace(message.workspace);
  return null;
}

/** Waits for the call's turn in its bucket, when the caller paces its calls at all. */
export async function takeTurn(turn: Turn | undefined, pace: Pace | null): Promise<void> {
  if (turn && pace) await turn(pace.bucket, pace.ms);
}
