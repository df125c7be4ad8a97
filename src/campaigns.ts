// Campaigns: the same spam from many accounts, gathered on one review. A spam review whose text is
// near-identical to what others sent (MinHash bands, as the signals use) joins the campaign active
// for that text, or starts one; its own card is never posted: the campaign's card decides for it.
// A campaign stays active (its bands resolve to it) CAMPAIGN_WINDOW after its latest copy, so
// copies that arrive after the decision meet the action already chosen, without a new card.

import type { Keys } from "./keys.ts";
import { type LuaScript, lua } from "./lua.ts";
import { bands, minhash } from "./minhash.ts";
import type { RedisClient } from "./redis.ts";
import { toHash } from "./review-store.ts";
import type { ModerationAction, Review, ReviewStatus } from "./types.ts";

/** How long a campaign keeps gathering copies after its latest one: an hour. */
export const CAMPAIGN_WINDOW_MS = 3_600_000;
/** Accounts a campaign card names; it counts the rest. */
export const SAMPLE_ACCOUNTS = 12;
/** The mark a band keeps after "Not spam", so that text does not form a campaign again soon. */
const RELEASED = "released";

export interface Joined {
  campaignId: string;
  created: boolean;
  status: ReviewStatus;
  /** The campaign's card is out (else it is being posted). */
  hasCard: boolean;
  /** Messages it holds now, this one's included. */
  messages: number;
}

// KEYS: the member's review, pending index, band keys... ARGV: memberId, newCampaignId, windowMs,
// nowIso, messages, accountId, accountLabel, channel, mayStart ('1' or '0'), keyPrefix, ttl,
// sampleMax, pendingScore, then the new campaign's hash pairs.
// A band may also name a lone earlier copy ("solo:<id>"): a campaign that starts adopts it, still
// pending, so one click decides every copy, the first included.
// Returns {} (no campaign), {'released'} or {campaignId, created, status, hasCard, messages}.
const JOIN = `
local prefix, window, ttl = ARGV[10], tonumber(ARGV[3]), tonumber(ARGV[11])
local cid, solo
for i = 3, #KEYS do
  local found = redis.call('GET', KEYS[i])
  if found == '${RELEASED}' then return {'${RELEASED}'} end
  if found and string.sub(found, 1, 5) == 'solo:' then
    solo = solo or string.sub(found, 6)
  elseif found and redis.call('EXISTS', prefix .. 'review:' .. found) == 1 then
    cid = found
    break
  end
end
if solo == ARGV[1] then solo = nil end
local created = 0
if not cid then
  if ARGV[9] ~= '1' and not solo then
    -- A lone copy so far: its bands name it (in this same script, so a copy triaged a moment
    -- later cannot miss it), and a campaign that starts from a later copy takes it in.
    for i = 3, #KEYS do redis.call('SET', KEYS[i], 'solo:' .. ARGV[1], 'NX', 'PX', window) end
    return {}
  end
  cid = ARGV[2]
  created = 1
  redis.call('HSET', prefix .. 'review:' .. cid, unpack(ARGV, 14))
  redis.call('HSET', prefix .. 'review:' .. cid, 'campaignMessages', 0, 'campaignAccounts', 0,
    'campaignChannels', 0, 'campaignFirstAt', ARGV[4], 'campaignLastAt', ARGV[4])
  redis.call('EXPIRE', prefix .. 'review:' .. cid, ttl)
  redis.call('ZADD', KEYS[2], ARGV[13], cid)
end
local ckey = prefix .. 'review:' .. cid
local part = prefix .. 'campaign:' .. cid .. ':'
local status = redis.call('HGET', ckey, 'status')
local function join(memberKey, memberId, messages, accountId, accountLabel, channel)
  local before = tonumber(redis.call('HGET', part .. 'members', memberId) or '0')
  redis.call('HSET', part .. 'members', memberId, messages)
  redis.call('HINCRBY', ckey, 'campaignMessages', tonumber(messages) - before)
  if redis.call('SADD', part .. 'accounts', accountId) == 1 then
    if redis.call('HINCRBY', ckey, 'campaignAccounts', 1) <= tonumber(ARGV[12]) then
      redis.call('RPUSH', part .. 'sample', accountLabel)
    end
  end
  if redis.call('SADD', part .. 'channels', channel) == 1 then
    redis.call('HINCRBY', ckey, 'campaignChannels', 1)
  end
  if status ~= 'pending' and before == 0 then redis.call('HINCRBY', ckey, 'campaignAfter', 1) end
  redis.call('HSET', memberKey, 'campaignId', cid)
  redis.call('ZREM', KEYS[2], memberId)
end
if solo then
  local skey = prefix .. 'review:' .. solo
  local raw = redis.call('HGET', skey, 'message')
  if raw and redis.call('HGET', skey, 'status') == 'pending' and not redis.call('HGET', skey, 'campaignId') then
    local m = cjson.decode(raw)
    local name = m.author.name
    local label = (name and name ~= '') and (name .. ' (' .. m.author.id .. ')') or m.author.id
    join(skey, solo, redis.call('HGET', skey, 'messageCount') or '1', m.author.id, label, m.channel)
  end
end
join(KEYS[1], ARGV[1], ARGV[5], ARGV[6], ARGV[7], ARGV[8])
redis.call('HSET', ckey, 'campaignLastAt', ARGV[4], 'updatedAt', ARGV[4])
redis.call('HINCRBY', ckey, 'rev', 1)
-- Not 'hold': a job's hold keeps its own short expiry (campaign-hold.ts), or a dead job's would
-- last the retention.
for _, name in ipairs({'members', 'accounts', 'channels', 'sample', 'timed-out'}) do
  redis.call('EXPIRE', part .. name, ttl)
end
-- Renewed for another retention: its card shows it in full again.
redis.call('HDEL', ckey, 'cardExpiredAt')
redis.call('EXPIRE', ckey, ttl)
for i = 3, #KEYS do redis.call('SET', KEYS[i], cid, 'PX', window) end
return {cid, created, status, redis.call('HEXISTS', ckey, 'card'),
  tonumber(redis.call('HGET', ckey, 'campaignMessages'))}
`;

// A campaign a reviewer called "not spam": its bands keep a mark for the window so the same text
// does not gather again, and its members leave it. KEYS: band keys. ARGV: windowMs.
const RELEASE = `
for i = 1, #KEYS do redis.call('SET', KEYS[i], '${RELEASED}', 'PX', ARGV[1]) end
return 0
`;

// A member leaves its campaign (released, or a new message made it more than spam). KEYS: member
// review, campaign members, campaign review, pending index. ARGV: memberId, pendingScore.
const LEAVE = `
local before = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0')
if redis.call('HDEL', KEYS[2], ARGV[1]) == 1 then
  redis.call('HINCRBY', KEYS[3], 'campaignMessages', -before)
  redis.call('HINCRBY', KEYS[3], 'rev', 1)
end
redis.call('HDEL', KEYS[1], 'campaignId')
if redis.call('HGET', KEYS[1], 'status') == 'pending' then
  redis.call('ZADD', KEYS[4], ARGV[2], ARGV[1])
end
return 0
`;

// KEYS: campaign review. ARGV: done, failed, the field that counts done ones, gone.
const OUTCOME = `
redis.call('HINCRBY', KEYS[1], ARGV[3], ARGV[1])
redis.call('HINCRBY', KEYS[1], 'campaignFailed', ARGV[2])
if tonumber(ARGV[4]) > 0 then redis.call('HINCRBY', KEYS[1], 'campaignGone', ARGV[4]) end
redis.call('HINCRBY', KEYS[1], 'rev', 1)
return 0
`;

// Authors the campaign timed out, until when: kept as long as its other parts (their expiry
// copied from its members), and not at all once those are gone. KEYS: timed-out, members.
// ARGV: until (ms), then "workspace:author" fields.
const TIMED_OUT = `
local ttl = redis.call('PTTL', KEYS[2])
if ttl == -2 then return 0 end
for i = 2, #ARGV do
  if tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0') < tonumber(ARGV[1]) then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[1])
  end
end
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
return 0
`;

// Once per campaign: the card shows it, and the revision moves so the card is redrawn.
const DRY_RUN = `
if redis.call('HSETNX', KEYS[1], 'campaignDryRun', ARGV[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'rev', 1)
end
return 0
`;

export interface Campaigns {
  /**
   * Puts a spam review into the campaign active for its text, or starts one when `mayStart` (the
   * same text reached others): null when neither, or when reviewers released that text.
   */
  join(member: Review, text: string, mayStart: boolean): Promise<Joined | null>;
  /** The member review ids of a campaign. */
  members(campaignId: string): Promise<string[]>;
  /** Every account id that sent a copy. */
  accounts(campaignId: string): Promise<string[]>;
  /** Marks the campaign's text as not spam for the window; members leave one by one (leave). */
  release(campaign: Review): Promise<void>;
  leave(member: Review, campaignId: string): Promise<void>;
  /** Marks on the card what automatic moderation would have done (a dry run). */
  markDryRun(campaignId: string, action: ModerationAction): Promise<void>;
  /**
   * Counts members a decision was applied to (or failed on), for the card; `lifted` counts an
   * Undo of timeouts apart; `gone`: members whose target was gone (an author who left the server).
   */
  recordOutcome(
    campaignId: string,
    done: number,
    failed: number,
    lifted?: boolean,
    gone?: number,
  ): Promise<void>;
  /** Remembers that the campaign timed these authors ("workspace:author") out until `untilMs`. */
  recordTimeouts(campaignId: string, authors: readonly string[], untilMs: number): Promise<void>;
  /** When each of these authors' timeouts by the campaign ends (ms); absent if it never did. */
  timeoutsOf(campaignId: string, authors: readonly string[]): Promise<Map<string, number>>;
  /** Forgets the campaign's timeouts (an Undo lifted them). */
  forgetTimeouts(campaignId: string): Promise<void>;
}

/** How a campaign names an author it timed out: a timeout holds in one server (workspace). */
export function timeoutKey(review: Pick<Review, "message">): string {
  return `${review.message.workspace}:${review.message.author.id}`;
}

/** The key bands of a campaign's text: a text too short to fingerprint never forms one. */
function bandKeys(keys: Keys, review: Pick<Review, "message">, text: string): string[] {
  const signature = minhash(text);
  if (!signature) return [];
  const { platform, context } = review.message;
  return bands(signature).map((band) => keys.campaignBand(platform, context, band));
}

export function createCampaigns(
  redis: RedisClient,
  keys: Keys,
  options: { retentionDays: number; windowMs?: number },
): Campaigns {
  const ttl = options.retentionDays * 86_400;
  const windowMs = options.windowMs ?? CAMPAIGN_WINDOW_MS;
  const joinScript: LuaScript = lua(redis, JOIN);
  const releaseScript: LuaScript = lua(redis, RELEASE);
  const leaveScript: LuaScript = lua(redis, LEAVE);
  const outcomeScript: LuaScript = lua(redis, OUTCOME);
  const dryRunScript: LuaScript = lua(redis, DRY_RUN);
  const timedOutScript: LuaScript = lua(redis, TIMED_OUT);

  return {
    async join(member, text, mayStart) {
      const bandsOf = bandKeys(keys, member, text);
      if (bandsOf.length === 0) return null;
      const now = new Date().toISOString();
      const campaignId = `c${member.id.slice(1)}`;
      const campaign: Review = {
        id: campaignId,
        kind: "campaign",
        status: "pending",
        message: member.message,
        classification: member.classification,
        draft: { kind: "spam_none", text: null, source: "template" },
        createdAt: now,
        updatedAt: now,
      };
      const author = member.message.author;
      const result = (await joinScript(
        [keys.review(member.id), keys.pending, ...bandsOf],
        [
          member.id,
          campaignId,
          windowMs,
          now,
          member.messageCount ?? 1,
          author.id,
          author.name ? `${author.name} (${author.id})` : author.id,
          member.message.channel,
          mayStart ? "1" : "0",
          keys.tag,
          ttl,
          SAMPLE_ACCOUNTS,
          Date.parse(now),
          ...toHash(campaign),
        ],
      )) as [string?, number?, string?, number?, number?];
      const [id, created, status, hasCard, messages] = result;
      if (!id || id === RELEASED) return null;
      return {
        campaignId: id,
        created: created === 1,
        status: (status ?? "pending") as ReviewStatus,
        hasCard: hasCard === 1,
        messages: Number(messages ?? 0),
      };
    },

    members: (campaignId) => redis.hkeys(keys.campaignPart(campaignId, "members")),
    accounts: (campaignId) => redis.smembers(keys.campaignPart(campaignId, "accounts")),

    async release(campaign) {
      const bandsOf = bandKeys(keys, campaign, campaign.message.text);
      if (bandsOf.length > 0) await releaseScript(bandsOf, [windowMs]);
    },

    async markDryRun(campaignId, action) {
      await dryRunScript([keys.review(campaignId)], [JSON.stringify(action)]);
    },

    async recordOutcome(campaignId, done, failed, lifted = false, gone = 0) {
      await outcomeScript(
        [keys.review(campaignId)],
        [done, failed, lifted ? "campaignLifted" : "campaignDone", gone],
      );
    },

    async recordTimeouts(campaignId, authors, untilMs) {
      if (authors.length === 0) return;
      await timedOutScript(
        [keys.campaignPart(campaignId, "timed-out"), keys.campaignPart(campaignId, "members")],
        [untilMs, ...authors],
      );
    },

    async timeoutsOf(campaignId, authors) {
      const found = new Map<string, number>();
      if (authors.length === 0) return found;
      const until = await redis.hmget(keys.campaignPart(campaignId, "timed-out"), ...authors);
      authors.forEach((author, i) => {
        const ms = until[i];
        if (ms) found.set(author, Number(ms));
      });
      return found;
    },

    async forgetTimeouts(campaignId) {
      await redis.del(keys.campaignPart(campaignId, "timed-out"));
    },

    async leave(member, campaignId) {
      await leaveScript(
        [
          keys.review(member.id),
          keys.campaignPart(campaignId, "members"),
          keys.review(campaignId),
          keys.pending,
        ],
        [member.id, Date.parse(member.createdAt)],
      );
    },
  };
}
