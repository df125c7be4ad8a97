// The reply once a reviewer decided: looked for first, then posted, each Web API failure turned
// into a DeliveryResult the outbound queue acts on. Nothing here retries by itself.
import { webApi } from "@slack/bolt";
import type { DeliveryResult } from "../../src/ports.ts";
import type { Review } from "../../src/types.ts";
import { escapeText } from "./mrkdwn.ts";
import { findTagged, REPLY_EVENT_TYPE, tag } from "./tagged.ts";

/**
 * How far a look goes: pages of this many messages from the DM on, up to MAX_PAGES. A sender who
 * wrote a thousand messages after theirs before a retry gets a second reply, not an endless look.
 */
const HISTORY_PAGE = 200;
const MAX_PAGES = 5;

type WebClient = InstanceType<typeof webApi.WebClient>;

/**
 * Slack has no idempotency key. A worker that died after Slack accepted the post would post twice
 * on its retry, so an attempt after one that may have posted (`retry`) first looks for a message
 * tagged with this review id, from the DM on. A first attempt does not: conversations.history is
 * Tier 3 (about 50 calls a minute), and 1 a minute for apps outside Slack's Marketplace.
 */
export async function sendReply(
  client: WebClient,
  review: Review,
  text: string,
  options: { retry?: boolean } = {},
): Promise<DeliveryResult> {
  const channel = review.message.channel;
  const threadTs = review.message.meta?.threadTs;
  try {
    if (options.retry) {
      const where = {
        channel,
        threadTs,
        oldest: review.message.meta?.ts,
        limit: HISTORY_PAGE,
        pages: MAX_PAGES,
      };
      const found = await findTagged(client, where, REPLY_EVENT_TYPE, review.id);
      if (found) return { status: "delivered", ref: found };
    }
    const posted = await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      // Shown exactly as the card showed it: a typed (or drafted) `<!channel>` or `<http://a|b>`
      // stays text, not a ping or a link dressed as another. 4,000 characters escaped still fit.
      text: escapeText(text),
      // The reply is the reviewer's words; links in it should not unfurl into the stranger's DM.
      unfurl_links: false,
      unfurl_media: false,
      metadata: tag(REPLY_EVENT_TYPE, review.id),
    });
    return posted.ts ? { status: "delivered", ref: posted.ts } : { status: "delivered" };
  } catch (err) {
    return toDeliveryResult(err);
  }
}

/** Platform error codes that retrying cannot fix, in words for the card. */
const PERMANENT: Record<string, string> = {
  channel_not_found: "the DM channel no longer exists or the app cannot see it",
  not_in_channel: "the app is not a member of the DM",
  is_archived: "the conversation is archived",
  invalid_auth: "Slack refused the token; install the app again or check its token",
  not_authed: "no token was sent",
  account_inactive: "the token belongs to a deactivated user or removed app",
  token_revoked: "the token was revoked; install the app again",
  missing_scope: "the token lacks a scope (see manifest.yml), reinstall the app",
  cannot_dm_bot: "the sender is a bot",
  user_disabled: "the sender's account is deactivated",
  msg_too_long: "the reply is too long for Slack",
  restricted_action: "a workspace setting does not allow this post",
};

/** Codes Slack itself calls temporary. */
const TRANSIENT = new Set([
  "ratelimited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/**
 * For the Web API client's rate-limit error (Slack refused the call with 429): how long Slack asked
 * to wait, in ms, or undefined if it did not say. Null for any other error.
 */
export function rateLimitWait(err: unknown): number | undefined | null {
  const e = err as { code?: string; retryAfter?: number };
  if (e.code !== webApi.ErrorCode.RateLimitedError) return null;
  return typeof e.retryAfter === "number" ? e.retryAfter * 1000 : undefined;
}

/** Slack's answer -> what the outbound queue should do: give up (and say why) or retry. */
export function toDeliveryResult(err: unknown): DeliveryResult {
  const e = err as { code?: string; data?: WebApiData; statusCode?: number };
  const wait = rateLimitWait(err);
  if (wait !== null) {
    return {
      status: "retry",
      reason: "rate limited by Slack",
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    };
  }
  if (e.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? "unknown_error";
    if (TRANSIENT.has(code)) {
      const after = e.data?.response_metadata?.retryAfter;
      return {
        status: "retry",
        reason: `Slack answered ${code}`,
        ...(typeof after === "number" ? { retryAfterMs: after * 1000 } : {}),
      };
    }
    const words = PERMANENT[code] ?? "Slack refused the post";
    return { status: "failed", reason: `${words} (${code})` };
  }
  if (e.code === webApi.ErrorCode.HTTPError) {
    return { status: "retry", reason: `Slack answered HTTP ${e.statusCode ?? "error"}` };
  }
  return { status: "retry", reason: `network error: ${(err as Error).message ?? String(err)}` };
}

interface WebApiData {
  error?: string;
  response_metadata?: { retryAfter?: number };
}
