// Discord's rate-limit buckets as the core's pacer names them (a Turn's bucket), and how long each
// call's turn lasts. Every moderation call into one of them takes its turn there, a campaign's and
// a single card's alike, so a reviewer's click and a campaign's calls (and one worker's and
// another's) share the one limit Discord keeps, instead of meeting its 429.

/**
 * Discord takes one bulk delete a second per channel and five single deletes; each turn is a fifth
 * longer, more than discord.js's own wait (the reset plus 50 ms) and a round trip, so a call that
 * left on its turn is not held back by discord.js into the next one's window.
 */
export const BULK_DELETE_PACE_MS = 1200;
export const SINGLE_DELETE_PACE_MS = 240;
/** Discord takes ten member edits per 10 s per server: one a second, each turn a fifth longer. */
export const MEMBER_EDIT_PACE_MS = 1200;

/** Bulk deletes in one channel. */
export const bulkDeleteBucket = (channelId: string) => `bulk-delete:${channelId}`;
/** Single message deletes in one channel. */
export const messageDeleteBucket = (channelId: string) => `message-delete:${channelId}`;
/** Member edits (timeouts) in one server. */
export const memberEditBucket = (guildId: string) => `member-edit:${guildId}`;
