// Grouping DMs into conversations: one sender's messages in one DM belong to the review that is
// still pending for them; once that review is decided, the next message opens a new one (a
// follow-up that links it). One script, so a message racing a reviewer's click lands in exactly
// one of the two: the pending review (and its card's Approve goes stale) or the follow-up.

import type { Keys } from "./keys.ts";
import { type LuaScript, lua } from "./lua.ts";
import { readTogether } from "./read-together.ts";
import type { RedisClient } from "./redis.ts";
import {
  type CardRef,
  type InboundMessage,
  isLabel,
  type Label,
  type ReviewStatus,
  type Signals,
} from "./types.ts";

/** How many of a conversation's messages are kept with it (and shown); the count goes on. */
export const KEPT_MESSAGES = 20;

export interface Attached {
  reviewId: string;
  /** Messages in the conversation with this one. */
  count: number;
  /** This message opened the conversation. */
  opened: boolean;
  /** The message had joined already (a redelivered message, a retried job): nothing changed. */
  again: boolean;
  /** The sender's previous conversation, decided before this one opened. */
  previousId?: string;
  /** Since when (ms) the conversation has had messages its card does not show yet. */
  dirtySince: number;
}

// KEYS: conversation pointer, attached marker, new review.
// ARGV: newId, messageJson, ttlSeconds, nowIso, nowMs, kept, keyPrefix, signalsJson, duplicates.
// The first message's signals stand for the conversation, with the most duplicates any one had.
// A conversation of one message keeps it in the review's hash only (most are one message, and a
// list would hold the same text twice); the list is seeded with it when a second one joins, as it
// is for a review stored before conversations.
const ATTACH = `
local done = redis.call('GET', KEYS[2])
if done then
  local bar = string.find(done, '|', 1, true)
  local rid = string.sub(done, 1, bar - 1)
  local dirty = redis.call('HGET', ARGV[7] .. 'review:' .. rid, 'dirtySince') or ARGV[5]
  return {rid, tonumber(string.sub(done, bar + 1)), 2, '', dirty}
end
local ttl = tonumber(ARGV[3])
local rid = redis.call('GET', KEYS[1])
local previous = ''
if rid then
  local rkey = ARGV[7] .. 'review:' .. rid
  local status = redis.call('HGET', rkey, 'status')
  if status == 'pending' then
    local mkey = ARGV[7] .. 'messages:' .. rid
    if redis.call('EXISTS', mkey) == 0 then
      local first = redis.call('HGET', rkey, 'message')
      if first then redis.call('RPUSH', mkey, first) end
    end
    redis.call('RPUSH', mkey, ARGV[2])
    redis.call('LTRIM', mkey, -tonumber(ARGV[6]), -1)
    redis.call('EXPIRE', mkey, ttl)
    if redis.call('HEXISTS', rkey, 'messageCount') == 0 then
      redis.call('HSET', rkey, 'messageCount', 1)
    end
    local count = redis.call('HINCRBY', rkey, 'messageCount', 1)
    redis.call('HSET', rkey, 'message', ARGV[2], 'updatedAt', ARGV[4])
    redis.call('HSETNX', rkey, 'dirtySince', ARGV[5])
    if tonumber(ARGV[9]) > tonumber(redis.call('HGET', rkey, 'maxDuplicates') or '0') then
      redis.call('HSET', rkey, 'maxDuplicates', ARGV[9])
    end
    -- Renewed for another retention: its card shows it in full again.
    redis.call('HDEL', rkey, 'cardExpiredAt')
    redis.call('EXPIRE', rkey, ttl)
    redis.call('EXPIRE', KEYS[1], ttl)
    redis.call('SET', KEYS[2], rid .. '|' .. count, 'EX', ttl)
    return {rid, count, 0, '', redis.call('HGET', rkey, 'dirtySince')}
  end
  if status then previous = rid end
end
redis.call('HSET', KEYS[3], 'id', ARGV[1], 'kind', 'reply', 'status', 'pending',
  'message', ARGV[2], 'messageCount', 1, 'createdAt', ARGV[4], 'updatedAt', ARGV[4],
  'dirtySince', ARGV[5], 'signals', ARGV[8], 'maxDuplicates', ARGV[9])
if previous ~= '' then redis.call('HSET', KEYS[3], 'previousId', previous) end
redis.call('EXPIRE', KEYS[3], ttl)
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
redis.call('SET', KEYS[2], ARGV[1] .. '|1', 'EX', ttl)
return {ARGV[1], 1, 1, previous, ARGV[5]}
`;

export interface Conversations {
  /**
   * Puts a DM into its sender's pending conversation, or opens one with the id given. Idempotent
   * per inbound job: a retried job gets the answer of its first run.
   */
  attach(message: InboundMessage, jobId: string, signals: Signals): Promise<Attached>;
  /** What triage reads of a conversation, classified or not yet; null once it expired. */
  read(reviewId: string): Promise<ConversationState | null>;
}

export interface ConversationState {
  status: ReviewStatus;
  count: number;
  messages: InboundMessage[];
  signals: Signals;
  dirtySince?: number;
  previousId?: string;
  correctedLabel?: Label;
  campaignId?: string;
  card?: CardRef;
  createdAt: string;
}

export function createConversations(
  redis: RedisClient,
  keys: Keys,
  options: { retentionDays: number },
): Conversations {
  const ttl = options.retentionDays * 86_400;
  const attachScript: LuaScript = lua(redis, ATTACH);
  const read = readTogether(redis);
  return {
    async read(reviewId) {
      const { hash, lists } = await read(keys.review(reviewId), [keys.messages(reviewId)]);
      const list = lists[0];
      if (!hash.status || !hash.message) return null;
      const messages = (list && list.length > 0 ? list : [hash.message]).map(
        (m) => JSON.parse(m) as InboundMessage,
      );
      const first = hash.signals ? (JSON.parse(hash.signals) as Signals) : undefined;
      const signals: Signals = {
        firstContact: first?.firstContact ?? false,
        duplicateRecipients: Math.max(
          first?.duplicateRecipients ?? 0,
          Number(hash.maxDuplicates ?? 0),
        ),
        ...(first?.accountAgeDays !== undefined ? { accountAgeDays: first.accountAgeDays } : {}),
      };
      return {
        status: hash.status as ReviewStatus,
        count: Number(hash.messageCount ?? 1),
        messages,
        signals,
        ...(hash.dirtySince ? { dirtySince: Number(hash.dirtySince) } : {}),
        ...(hash.previousId ? { previousId: hash.previousId } : {}),
        ...(isLabel(hash.correctedLabel) ? { correctedLabel: hash.correctedLabel } : {}),
        ...(hash.campaignId ? { campaignId: hash.campaignId } : {}),
        ...(hash.card ? { card: JSON.parse(hash.card) as CardRef } : {}),
        createdAt: hash.createdAt ?? new Date().toISOString(),
      };
    },

    async attach(message, jobId, signals) {
      const now = new Date();
      const [reviewId, count, opened, previousId, dirtySince] = (await attachScript(
        [
          keys.conversation(
            message.platform,
            message.workspace,
            message.channel,
            message.author.id,
          ),
          keys.attached(jobId),
          keys.review(jobId),
        ],
        [
          jobId,
          JSON.stringify(message),
          ttl,
          now.toISOString(),
          now.getTime(),
          KEPT_MESSAGES,
          keys.tag,
          JSON.stringify(signals),
          signals.duplicateRecipients,
        ],
      )) as [string, number, number, string, string];
      return {
        reviewId,
        count: Number(count),
        opened: opened === 1,
        again: opened === 2,
        ...(previousId ? { previousId } : {}),
        dirtySince: Number(dirtySince),
      };
    },
  };
}
