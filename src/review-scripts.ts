// The review store's Lua scripts: every change of a review is one script, a compare-and-set on its
// status (or message count) with its audit entry, pending index and stats, so two approvals racing
// can never both win. review-store.ts calls them.

// KEYS: review, audit, pending, stats. ARGV: ttl, statsTtl, auditJson, statsField, id, score,
// field/value pairs...
export const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 7))
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('RPUSH', KEYS[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[5])
redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
redis.call('HINCRBY', KEYS[4], 'classified:' .. string.sub(ARGV[4], 7), 1)
redis.call('EXPIRE', KEYS[4], ARGV[2])
return 1
`;

// KEYS: review, audit, pending, stats. ARGV: allowedFromCsv, to, now, auditJson, id, statsTtl,
// draftJson ('' for any draft), messageCount ('' for any), the outcome the stats count (`to`, or
// "gone"), pairs... A conversation that took a message since the card was drawn fails the draft
// check too: the card no longer shows it all.
// The draft is compared as stored (the JSON the store wrote): an approval checked against one
// draft must not commit after a relabel swapped in another.
export const TRANSITION = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {0, ''} end
local allowed = false
for s in string.gmatch(ARGV[1], '[^,]+') do
  if s == current then allowed = true end
end
if not allowed then return {0, current} end
if ARGV[7] ~= '' and redis.call('HGET', KEYS[1], 'draft') ~= ARGV[7] then
  return {0, current, 'draft'}
end
if ARGV[8] ~= '' and (redis.call('HGET', KEYS[1], 'messageCount') or '1') ~= ARGV[8] then
  return {0, current, 'draft'}
end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'updatedAt', ARGV[3])
for i = 10, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
redis.call('RPUSH', KEYS[2], ARGV[4])
if ARGV[2] ~= 'pending' then redis.call('ZREM', KEYS[3], ARGV[5]) end
-- A campaign's decision is counted on its members, each a review of its own.
if redis.call('HGET', KEYS[1], 'kind') ~= 'campaign' then
  redis.call('HINCRBY', KEYS[4], 'outcome:' .. ARGV[9], 1)
  -- Replies on their way: one up when approved, one down when that reply settles, on the day
  -- each happens. Only a review counted up counts down: a campaign member goes from pending to
  -- its outcome, and a reply approved before this count existed never went up.
  if ARGV[2] == 'approved' or ARGV[2] == 'edited' then
    if redis.call('HSETNX', KEYS[1], 'sendingCounted', '1') == 1 then
      redis.call('HINCRBY', KEYS[4], 'flow:sending', 1)
    end
  elseif redis.call('HDEL', KEYS[1], 'sendingCounted') == 1 then
    redis.call('HINCRBY', KEYS[4], 'flow:sending', -1)
  end
  redis.call('EXPIRE', KEYS[4], ARGV[6])
end
return {1, ARGV[2]}
`;

// Corrections hold message text, so each one leaves after RETENTION_DAYS on its own (scored by
// time, trimmed on every relabel and filtered on reading), not when the last one does.
// A review keeps one correction at most: a second relabel replaces it, and a relabel back to the
// classifier's own label (ARGV[9] = '1') takes it back.
// KEYS: review, audit, corrections, stats (today), stats (the day it was created).
// ARGV: now, auditJson, label, draftJson, correctionJson, ttl, statsTtl, nowMs, undo, classifierLabel
export const RELABEL = `
local current = redis.call('HGET', KEYS[1], 'status')
if not current then return {0, ''} end
if current ~= 'pending' then return {0, current} end
local old = redis.call('HGET', KEYS[1], 'correction')
if old then redis.call('ZREM', KEYS[3], old) end
-- The stats of the day the review was created follow the label that counts.
local before = redis.call('HGET', KEYS[1], 'correctedLabel') or ARGV[10]
local after = ARGV[9] == '1' and ARGV[10] or ARGV[3]
if before ~= after then
  redis.call('HINCRBY', KEYS[5], 'label:' .. before, -1)
  redis.call('HINCRBY', KEYS[5], 'label:' .. after, 1)
end
local wasCorrected = redis.call('HEXISTS', KEYS[1], 'correctedLabel') == 1
if wasCorrected and ARGV[9] == '1' then redis.call('HINCRBY', KEYS[5], 'corrected:' .. ARGV[10], -1) end
if not wasCorrected and ARGV[9] ~= '1' then redis.call('HINCRBY', KEYS[5], 'corrected:' .. ARGV[10], 1) end
redis.call('EXPIRE', KEYS[5], ARGV[7])
if ARGV[9] == '1' then
  redis.call('HDEL', KEYS[1], 'correctedLabel', 'correction')
  redis.call('HSET', KEYS[1], 'draft', ARGV[4], 'updatedAt', ARGV[1])
else
  redis.call('HSET', KEYS[1], 'correctedLabel', ARGV[3], 'draft', ARGV[4], 'updatedAt', ARGV[1],
    'correction', ARGV[5])
  redis.call('ZADD', KEYS[3], ARGV[8], ARGV[5])
  redis.call('HINCRBY', KEYS[4], 'relabel:' .. ARGV[3], 1)
end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', tonumber(ARGV[8]) - tonumber(ARGV[6]) * 1000)
redis.call('EXPIRE', KEYS[3], ARGV[6])
redis.call('EXPIRE', KEYS[4], ARGV[7])
return {1, 'pending'}
`;

// A conversation's triage result, stored only if no message arrived since triage read it (a newer
// triage job follows and stores its own) and only while it is pending (a decided draft is what was
// sent). The first result also makes it a review: audit entry, pending index, stats.
// KEYS: review, audit, pending, stats. ARGV: count, classificationJson, draftJson, now, auditJson,
// statsField, id, createdMs, statsTtl, previousJson, kind
export const SAVE_TRIAGE = `
-- What it checks and keeps, read in one call; the writes' fields in one HSET.
local h = redis.call('HMGET', KEYS[1], 'status', 'messageCount', 'counted', 'triagedAt', 'campaignId')
local status = h[1]
if not status then return {0, 'gone'} end
if status ~= 'pending' then return {0, 'decided'} end
if (h[2] or '1') ~= ARGV[1] then return {0, 'moved'} end
local fields = {'classification', ARGV[2], 'draft', ARGV[3], 'updatedAt', ARGV[4], 'kind', ARGV[11],
  'counted', ARGV[1]}
if ARGV[10] ~= '' then
  fields[#fields + 1] = 'previous'
  fields[#fields + 1] = ARGV[10]
end
if not h[4] then
  fields[#fields + 1] = 'triagedAt'
  fields[#fields + 1] = ARGV[4]
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('HDEL', KEYS[1], 'dirtySince')
redis.call('HINCRBY', KEYS[1], 'rev', 1)
if not h[4] then
  redis.call('RPUSH', KEYS[2], ARGV[5])
  redis.call('EXPIRE', KEYS[2], redis.call('TTL', KEYS[1]))
  redis.call('HINCRBY', KEYS[4], ARGV[6], 1)
  redis.call('HINCRBY', KEYS[4], 'classified:' .. string.sub(ARGV[6], 7), 1)
  redis.call('EXPIRE', KEYS[4], ARGV[9])
end
if not h[5] then
  redis.call('ZADD', KEYS[3], 'NX', ARGV[8], ARGV[7])
end
return {1, tonumber(ARGV[1]) - tonumber(h[3] or '0')}
`;

// Only while the review exists: a card for an expired review is not worth resurrecting it. The
// card (ARGV[1], '' to keep the one recorded) shows the review as it was at revision ARGV[2].
// Returns the review's revision now, so a presenter sees whether it moved on meanwhile.
export const SET_CARD = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'card', ARGV[1]) end
  redis.call('HSET', KEYS[1], 'shownRev', ARGV[2])
end
return tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
`;
