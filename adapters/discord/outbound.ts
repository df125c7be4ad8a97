// What goes out once a reviewer decided: the reply DM, or the moderation order. Each REST failure
// becomes a DeliveryResult the outbound processor acts on; nothing here retries by itself.
import { DiscordAPIError, HTTPError, RateLimitError, type REST, Routes } from "discord.js";
import type { DeliveryResult } from "../../src/ports.ts";
import type { ModerationAction, Review } from "../../src/types.ts";
import { NO_MENTIONS } from "./cards.ts";

/** Discord's JSON error codes that have their own words on the card. */
const CANNOT_DM = 50007;
const UNKNOWN_MESSAGE = 10008;

/**
 * `rest` must reject on rate limits and not retry 5xx itself (see the adapter), so the queue's
 * backoff does the waiting and a worker slot is not held asleep.
 */
export async function sendReply(rest: REST, review: Review, text: string): Promise<DeliveryResult> {
  try {
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

export async function moderate(
  rest: REST,
  review: Review,
  action: ModerationAction,
  now = new Date(),
): Promise<DeliveryResult> {
  const m = review.message;
  const reason = `collab-triage: spam, ordered by ${review.decidedBy ?? "a reviewer"}`;
  try {
    if (action.type === "delete") {
      await rest.delete(Routes.channelMessage(m.channel, m.id), { reason });
    } else if (action.type === "timeout") {
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
