// Slack has no idempotency key. What the bot posts for a review carries the review id in message
// metadata, so an attempt after a lost answer (or a dead worker) can find it instead of posting twice.
import type { webApi } from "@slack/bolt";

type WebClient = InstanceType<typeof webApi.WebClient>;

export const REPLY_EVENT_TYPE = "collab_triage_reply";
export const CARD_EVENT_TYPE = "collab_triage_card";

export function tag(eventType: string, reviewId: string) {
  return { event_type: eventType, event_payload: { review_id: reviewId } };
}

/**
 * The ts of the newest message in `channel` since `oldest` tagged for this review, or null. With
 * `threadTs`, in that thread's replies: they are not in the channel's history (same scopes). Reads
 * up to `pages` pages of `limit` (Slack lists newest first, so what follows `oldest` closely, where
 * a reply lands, is on the last page).
 */
export async function findTagged(
  client: WebClient,
  where: {
    channel: string;
    threadTs?: string | undefined;
    oldest?: string | undefined;
    limit: number;
    pages?: number;
  },
  eventType: string,
  reviewId: string,
): Promise<string | null> {
  const query = {
    channel: where.channel,
    limit: where.limit,
    include_all_metadata: true,
    ...(where.oldest ? { oldest: where.oldest } : {}),
  };
  let cursor: string | undefined;
  for (let page = 0; page < (where.pages ?? 1); page++) {
    const paged = { ...query, ...(cursor ? { cursor } : {}) };
    const found = where.threadTs
      ? await client.conversations.replies({ ...paged, ts: where.threadTs })
      : await client.conversations.history(paged);
    for (const msg of found.messages ?? []) {
      const meta = msg.metadata;
      if (
        meta?.event_type === eventType &&
        (meta.event_payload as { review_id?: unknown } | undefined)?.review_id === reviewId
      ) {
        return msg.ts ?? "already posted";
      }
    }
    cursor = found.response_metadata?.next_cursor || undefined;
    if (!found.has_more || !cursor) return null;
  }
  return null;
}
