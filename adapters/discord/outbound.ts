// What goes out once a reviewer decided: the reply DM, or the moderation order. Each REST failure
// becomes a DeliveryResult the outbound processor acts on; nothing here retries by itself.
import { DiscordAPIError, HTTPError, RateLimitError, type REST, Routes } from "discord.js";
import type { DeliveryResult, Turn } from "../../src/ports.ts";
import type { ModerationAction, Review } from "../../src/types.ts";
import { NO_MENTIONS } from "./cards.ts";
import { paceOf, takeTurn } from "./paces.ts";

/** Discord's JSON error codes that have their own words on the card (bulk moderation reads them too). */
const CANNOT_DM = 50007;
export const UNKNOWN_MESSAGE = 10008;
export const UNKNOWN_MEMBER = 10007;

/**
 * A timeout ordered on an author who has left the server: nothing was done (they are not timed out
 * should they come back), and asking again cannot help.
 */
export const AUTHOR_LEFT = {
  status: "failed",
  reason: "the author had left the server, so was not timed out (Discord 10007: Unknown Member)",
  gone: true,
} as const satisfies DeliveryResult;

/** How far a look for an earlier reply goes: pages of 100 messages after the sender's, up to 5. */
const HISTORY_PAGE = 100;
const MAX_PAGES = 5;

/**
 * `rest` must reject on rate limits and not retry 5xx itself (see the adapter), so the queue's
 * backoff does the waiting and a worker slot is not held asleep. With `retry` (an earlier attempt
 * may have posted), the DM is searched first: the nonce covers only a few minutes, and a bot down
 * longer would post the reply twice.
 */
export async function sendReply(
  rest: REST,
  review: Review,
  text: string,
  options: { retry?: boolean } = {},
): Promise<DeliveryResult> {
  try {
    if (options.retry) {
      const found = await findReply(rest, review, text);
      if (found) return { status: "delivered", ref: found };
    }
    const sent = (await rest.post(Routes.channelMessages(review.message.channel), {
      body: {
        content: text,
        // Discord dedupes a nonce for a few minutes: a retry after a lost answer posts nothing new.
        nonce: review.id,
        enforce_nonce: true,
        allowed_mentions: NO_MENTIONS,
      },
    })) as { id?: string };
    return sent.id ? { status: "delivered", ref: sent.id } : { status: "delivered" };
  } catch (err) {
    return toDeliveryResult(err, "send the reply");
  }
}

/**
 * The id of a message in the DM, after the sender's, that is this reply: in a DM every message not
 * the sender's is the bot's, and Discord does not list nonces, so the text is what tells it. The
 * same text sent for another review of the same sender counts too: they have it once, not twice.
 */
async function findReply(rest: REST, review: Review, text: string): Promise<string | null> {
  const want = text.trim();
  let after = review.message.id;
  for (let page = 0; page < MAX_PAGES; page++) {
    let listed: Array<{ id: string; content?: string; author?: { id?: string } }>;
    try {
      listed = (await rest.get(Routes.channelMessages(review.message.channel), {
        query: new URLSearchParams({ after, limit: String(HISTORY_PAGE) }),
      })) as typeof listed;
    } catch (err) {
      // May not read this DM's history: post, as before the look existed (the nonce still helps).
      if (err instanceof DiscordAPIError && (err.status === 403 || err.status === 404)) return null;
      throw err;
    }
    const reply = listed.find(
      (m) => m.author?.id !== review.message.author.id && (m.content ?? "").trim() === want,
    );
    if (reply) return reply.id;
    if (listed.length < HISTORY_PAGE) return null;
    // Newest first: the next page starts after this one's newest.
    after = listed.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
  }
  return null;
}

/**
 * One card's order. It waits for its turn in the bucket a campaign's calls use too (`turn`,
 * shared by every worker): a reviewer clicking card after card while a campaign times out its
 * authors would otherwise meet Discord's 429.
 */
export async function moderate(
  rest: REST,
  review: Review,
  action: ModerationAction,
  options: { now?: Date; turn?: Turn } = {},
): Promise<DeliveryResult> {
  const m = review.message;
  const reason = `collab-triage: spam, ordered by ${review.decidedBy ?? "a reviewer"}`;
  // Outside the try: a turn that rejects (the core steps the job back) must reach the core as it
  // is, not as a failed call; nothing was called.
  await takeTurn(options.turn, paceOf(action, m));
  try {
    if (action.type === "delete") {
      await rest.delete(Routes.channelMessage(m.channel, m.id), { reason });
    } else if (action.type === "timeout") {
      // Counted from its turn, which may come a while after the click: the whole length.
      const now = options.now ?? new Date();
      const until = new Date(now.getTime() + action.seconds * 1000).toISOString();
      await rest.patch(Routes.guildMember(m.workspace, m.author.id), {
        body: { communication_disabled_until: until },
        reason,
      });
    }
    return { status: "delivered" };
  } catch (err) {
    // Someone (or Discord) removed the message first: what the reviewer wanted has happened.
    if (
      action.type === "delete" &&
      err instanceof DiscordAPIError &&
      err.code === UNKNOWN_MESSAGE
    ) {
      return { status: "delivered", ref: "already deleted" };
    }
    if (
      action.type === "timeout" &&
      err instanceof DiscordAPIError &&
      err.code === UNKNOWN_MEMBER
    ) {
      return AUTHOR_LEFT;
    }
    return toDeliveryResult(err, action.type === "delete" ? "delete" : "time out");
  }
}

/** Discord's answer -> what the outbound queue should do: give up (and say why) or retry. */
export function toDeliveryResult(err: unknown, doing: string): DeliveryResult {
  if (err instanceof RateLimitError) {
    return {
      status: "retry",
      reason: `rate limited on ${err.route}`,
      ...(err.retryAfter > 0 ? { retryAfterMs: err.retryAfter } : {}),
    };
  }
  if (err instanceof DiscordAPIError) {
    const said = `Discord ${err.code}: ${err.message}`;
    if (err.status === 429 || err.status >= 500) {
      return { status: "retry", reason: `Discord answered ${err.status} (${said})` };
    }
    if (err.code === CANNOT_DM) {
      return {
        status: "failed",
        reason: `the sender does not accept DMs from this bot (${said})`,
      };
    }
    if (err.status === 403) {
      return { status: "failed", reason: `the bot may not ${doing} here (${said})` };
    }
    if (err.status === 404) {
      return {
        status: "failed",
        reason: `the channel, message or member no longer exists (${said})`,
      };
    }
    // Any other 4xx is a request Discord will refuse again: retrying cannot help.
    return { status: "failed", reason: `Discord refused to ${doing} (${said})` };
  }
  if (err instanceof HTTPError) {
    return { status: "retry", reason: `Discord answered ${err.status} ${err.message}` };
  }
  return { status: "retry", reason: `network error: ${(err as Error).message ?? String(err)}` };
}
