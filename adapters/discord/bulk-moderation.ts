// Moderation of a whole campaign at once: delete many messages of one channel, time out many
// members of one server. Messages under two weeks old go through Discord's bulk-delete endpoint
// (up to 100 a call), older ones one DELETE each, as Discord allows nothing else. What is already
// gone (Unknown Message, Unknown Member) is named apart, not an error. `rest` should wait out rate
// limits itself (discord.js's default): these run once per click, not inside a queue's retries.
// Deletes also wait for their turn in the channel, and timeouts in the server (BulkOptions.turn,
// shared by every worker, and by single cards' moderation: paces.ts): discord.js paces only the
// calls of one bucket it already knows, in one process, and a second bulk delete right after a
// channel's first one (its answer names the bucket, the next call goes into a fresh queue), a late
// copies' timeout right after the click's ten, or a call from another worker met Discord's 429.
// Slack has no counterpart: a DM cannot be deleted by the bot it was sent to.
import { DiscordAPIError, type REST, Routes, SnowflakeUtil } from "discord.js";
import type { Turn } from "../../src/ports.ts";
import { toDeliveryResult, UNKNOWN_MEMBER, UNKNOWN_MESSAGE } from "./outbound.ts";
import { bulkDeletePace, memberEditPace, messageDeletePace, takeTurn } from "./paces.ts";

export interface BulkResult {
  /** Deleted (or timed out) by this call. */
  done: number;
  /** Ids already gone (a deleted message, a member who left the server): nothing done to them. */
  gone: string[];
  /** Each with the reason in words a reviewer can act on, and whether trying again may work. */
  failed: Array<{ id: string; reason: string; retry: boolean }>;
}

export interface BulkOptions {
  /** For the server's audit log, e.g. "collab-triage: spam campaign, ordered by Rita". */
  reason?: string;
  now?: Date;
  /** Waits for each call's turn in its bucket (deletes per channel, timeouts per server). */
  turn?: Turn;
}

/** Discord's bulk delete takes 2 to 100 ids. */
export const BULK_DELETE_MAX = 100;
/** Discord refuses to bulk delete messages older than two weeks; a minute early, for clock skew. */
const BULK_DELETE_MAX_AGE_MS = 14 * 86_400_000 - 60_000;
/** A timeout lasts at most 28 days (Discord's limit). */
export const MAX_TIMEOUT_SECONDS = 28 * 86_400;

/** "You can only bulk delete messages that are under 14 days old." */
const TOO_OLD_TO_BULK_DELETE = 50034;

/**
 * Deletes messages of one channel. Bulk delete does not say which ids were already gone (Discord
 * skips them silently), so those count as done; only single deletes can tell them apart.
 */
export async function deleteMessages(
  rest: REST,
  channelId: string,
  messageIds: readonly string[],
  options: BulkOptions = {},
): Promise<BulkResult> {
  const now = (options.now ?? new Date()).getTime();
  const ids = [...new Set(messageIds)];
  const isRecent = (id: string) => now - SnowflakeUtil.timestampFrom(id) < BULK_DELETE_MAX_AGE_MS;
  const recent = ids.filter(isRecent);
  const old = ids.filter((id) => !isRecent(id));
  const result: BulkResult = { done: 0, gone: [], failed: [] };
  const singles = [...old];
  const reason = options.reason ? { reason: options.reason } : {};
  for (let i = 0; i < recent.length; i += BULK_DELETE_MAX) {
    const chunk = recent.slice(i, i + BULK_DELETE_MAX);
    if (chunk.length < 2) {
      singles.push(...chunk);
      continue;
    }
    try {
      await takeTurn(options.turn, bulkDeletePace(channelId));
      await rest.post(Routes.channelBulkDelete(channelId), {
        body: { messages: chunk },
        ...reason,
      });
      result.done += chunk.length;
    } catch (err) {
      // A message crossed the two-week line since we looked: one by one still works.
      if (err instanceof DiscordAPIError && err.code === TOO_OLD_TO_BULK_DELETE) {
        singles.push(...chunk);
        continue;
      }
      for (const id of chunk) result.failed.push({ id, ...failure(err, "delete messages") });
    }
  }
  // Each waits for its turn (discord.js would queue them too, in this process only).
  await Promise.all(
    singles.map(async (id) => {
      try {
        await takeTurn(options.turn, messageDeletePace(channelId));
        await rest.delete(Routes.channelMessage(channelId, id), reason);
        result.done += 1;
      } catch (err) {
        if (err instanceof DiscordAPIError && err.code === UNKNOWN_MESSAGE) {
          result.gone.push(id);
          return;
        }
        result.failed.push({ id, ...failure(err, "delete this message") });
      }
    }),
  );
  return result;
}

/** Times out members of one server for `seconds` (1 s to 28 days; 0 lifts their timeouts). */
export async function timeoutMembers(
  rest: REST,
  guildId: string,
  userIds: readonly string[],
  seconds: number,
  options: BulkOptions = {},
): Promise<BulkResult> {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new RangeError(
      `a Discord timeout lasts 1 to ${MAX_TIMEOUT_SECONDS} seconds (28 days), or 0 to lift it; got ${seconds}`,
    );
  }
  // 0 lifts the timeout: Discord takes null as "no timeout". Counted from each call's turn, which
  // may come minutes after the first, so every author is timed out for the whole length.
  const until = () => {
    const now = (options.now ?? new Date()).getTime();
    return seconds === 0 ? null : new Date(now + seconds * 1000).toISOString();
  };
  const result: BulkResult = { done: 0, gone: [], failed: [] };
  const reason = options.reason ? { reason: options.reason } : {};
  await Promise.all(
    [...new Set(userIds)].map(async (id) => {
      try {
        await takeTurn(options.turn, memberEditPace(guildId));
        await rest.patch(Routes.guildMember(guildId, id), {
          body: { communication_disabled_until: until() },
          ...reason,
        });
        result.done += 1;
      } catch (err) {
        if (err instanceof DiscordAPIError && err.code === UNKNOWN_MEMBER) {
          result.gone.push(id);
          return;
        }
        result.failed.push({ id, ...failure(err, "time out this member") });
      }
    }),
  );
  return result;
}

/** Discord's refusal in the words the single-message actions use (missing permission, gone...). */
function failure(err: unknown, doing: string): { reason: string; retry: boolean } {
  const result = toDeliveryResult(err, doing);
  return {
    reason: "reason" in result ? result.reason : String(err),
    retry: result.status === "retry",
  };
}
