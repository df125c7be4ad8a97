// What Redis knows about a message beyond its text: is this the sender's first contact, how many
// other conversations or channels got near-identical text in the last 24 h (on any platform), and
// how old the sender's account is. Observing the same message twice answers the same and counts once.

import { createHash } from "node:crypto";
import type { Keys } from "./keys.ts";
import { lua } from "./lua.ts";
import { bands, minhash, SLOTS, toBytes } from "./minhash.ts";
import type { SignalSource } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import type { Signals } from "./types.ts";

const DAY_MS = 86_400_000;
/** Estimated Jaccard similarity from which two texts count as the same text. */
export const SAME_TEXT = 0.7;
/**
 * Candidates read per band, and the count at which reading stops ("at least that many"): the
 * classifier only tells 2-4 copies from 5 or more, and campaigns keep their own count, so a
 * larger number only buys Redis time (each candidate is a 32-slot comparison in Lua).
 */
export const CANDIDATES_PER_BAND = 16;
/** A band's lifetime is renewed at most once in this long (see OBSERVE). */
const RENEW_MS = 3_600_000;

export interface SignalOptions {
  /** How long a sender is remembered for first contact (RETENTION_DAYS). */
  retentionDays?: number;
}

/** Characters of a digest in a band member: 60 bits, so two conversations or texts never meet. */
const DIGEST_CHARS = 15;

function digest(value: string | Buffer): string {
  return createHash("sha1").update(value).digest("hex").slice(0, DIGEST_CHARS);
}

export function createSignalSource(
  redis: RedisClient,
  keys: Keys,
  options: SignalOptions = {},
): SignalSource {
  const senderTtl = Math.round((options.retentionDays ?? 30) * 86_400);

  const observeScript = lua(redis, OBSERVE);
  return {
    async observe(message) {
      const now = Date.now();
      // A DM channel is one sender's; in a watched channel every post counts on its own, so the
      // same text pasted by many accounts (or one account many times) reads as a duplicate.
      const where = `${message.platform}/${message.workspace}/${message.channel}`;
      const conversation = message.context === "channel" ? `${where}/${message.id}` : where;
      const signature = minhash(message.text);
      const created = message.author.createdAt ? Date.parse(message.author.createdAt) : Number.NaN;
      const ageDays = Number.isFinite(created) ? Math.max(0, (now - created) / DAY_MS) : -1;
      const packed = signature ? toBytes(signature) : null;
      // Bands hold short members (the conversation's and the signature's digests), so Redis keeps
      // them compact (a listpack holds members up to 64 bytes); the signature is stored once, by
      // its digest, for the comparisons.
      const sigId = packed ? digest(packed) : "";
      const result = (await observeScript(
        [
          // A retried job must not count its own message twice: the first answer is kept a day.
          keys.part("sig", "seen", message.platform, message.workspace, message.id),
          keys.part("sig", "sender", message.platform, message.author.id),
          keys.part("sig", "text", sigId),
          ...(signature ? bands(signature).map((b) => keys.part("sig", "band", b)) : []),
        ],
        [
          now,
          DAY_MS,
          senderTtl,
          message.receivedAt,
          packed ?? "",
          digest(conversation),
          CANDIDATES_PER_BAND,
          Math.ceil(SAME_TEXT * SLOTS),
          SLOTS,
          ageDays,
          RENEW_MS,
          sigId,
          keys.part("sig", "text", ""),
        ],
      )) as string;
      const parsed = JSON.parse(result) as { f: boolean; d: number; a: number };
      const signals: Signals = { firstContact: parsed.f, duplicateRecipients: parsed.d };
      if (parsed.a >= 0) signals.accountAgeDays = parsed.a;
      return signals;
    },
  };
}

/**
 * Lua: in how many of the SLOTS slots (ARGV[9] is SLOTS) two unpacked signatures differ. The
 * candidate's slots come as arguments and are compared in straight-line code: no table made per
 * candidate, no loop (Lua's VM makes each step of one costly next to the comparison itself).
 */
const DIFFERING = `local function differing(m, ${Array.from({ length: SLOTS }, (_, i) => `s${i + 1}`).join(", ")})
  local d = 0
${Array.from({ length: SLOTS }, (_, i) => `  if s${i + 1} ~= m[${i + 1}] then d = d + 1 end`).join("\n")}
  return d
end`;

// One round trip for everything: the seen record, first contact, the band lookups (each band's
// members of the last 24 h, most recent first, each compared once), and the writes.
// Bounded work however busy a band is:
// - a band is trimmed only once it holds more than the candidates looked at, so quiet bands cost
//   nothing extra and a flood's bands stay bounded;
// - a comparison stops as soon as too many slots differ (in a busy band most candidates are not
//   the same text);
// - once as many other conversations are counted as one band holds, or as many
//   candidates were compared (texts alike but not the same: one template with different words),
//   the count is reported as it is ("at least that many") and the remaining bands are not read,
//   only written. Newest first, so a campaign's copies are met before that.
// A band's lifetime is renewed (to a day and an hour) by its first write in each hour: every
// member still outlives its own day, and a band written often is not renewed on every write.
// A band member is the conversation's digest then the signature's; the signature itself is in
// sig:text:<digest> (a day and an hour, like a band).
// KEYS: seen, sender, signature, band... ARGV: now, dayMs, senderTtl, receivedAt, signature
// (bytes), conversationDigest, candidatesPerBand, minEqualSlots, slots, accountAgeDays, renewMs,
// signatureDigest, signatureKeyPrefix
const OBSERVE = `
${DIFFERING}
local seen = redis.call('GET', KEYS[1])
if seen then return seen end
local now, day = tonumber(ARGV[1]), tonumber(ARGV[2])
local first = redis.call('SET', KEYS[2], ARGV[4], 'EX', ARGV[3], 'NX') ~= false
-- A sender is remembered for RETENTION_DAYS after their latest message, not their first.
if not first then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
local sig, here, sigId = ARGV[5], ARGV[6], ARGV[12]
local limit, minSame, slots = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local renew = tonumber(ARGV[11])
local window = math.floor(now / renew)
local width = #sig / slots
local maxDiff = slots - minSame
local w = #here
-- Numbers go to Redis as strings made once: Lua formats a number argument on every call.
local since, life, keep = tostring(now - day), tostring(day + renew), tostring(-(4 * limit) - 1)
local mine, unpackFormat
local others, checked, count, renewed, compared = {}, {}, 0, {}, 0
for i = 4, #KEYS do
  local found = {}
  if count < limit and compared < limit then
    found = redis.call('ZREVRANGEBYSCORE', KEYS[i], '+inf', since, 'LIMIT', '0', ARGV[7])
  end
  -- Only the newest member's score is needed (WITHSCORES would format every score).
  renewed[i] = #found > 0 and
    math.floor(tonumber(redis.call('ZSCORE', KEYS[i], found[1])) / renew) == window
  -- A full band, or one not read, may be over its bound.
  if count >= limit or #found == limit then
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', since)
    redis.call('ZREMRANGEBYRANK', KEYS[i], '0', keep)
  end
  for j = 1, #found do
    local member = found[j]
    if not checked[member] then
      checked[member] = true
      local where = string.sub(member, 1, w)
      if where ~= here and not others[where] then
        local theirs = string.sub(member, w + 1)
        local same = theirs == sigId
        if not same and compared < limit then
          compared = compared + 1
          local other = redis.call('GET', ARGV[13] .. theirs)
          if other and #other == #sig then
            -- Each slot as a number, unpacked in one call into differing's arguments (no
            -- string or table made per slot or candidate).
            if not mine then
              unpackFormat = '>' .. string.rep('I' .. width, slots)
              mine = { struct.unpack(unpackFormat, sig) }
            end
            local diff = differing(mine, struct.unpack(unpackFormat, other))
            same = diff <= maxDiff
          end
        end
        if same then
          others[where] = true
          count = count + 1
        end
      end
    end
  end
end
if #KEYS > 3 then
  redis.call('SET', KEYS[3], sig, 'PX', life)
  local member = here .. sigId
  for i = 4, #KEYS do
    redis.call('ZADD', KEYS[i], ARGV[1], member)
    if not renewed[i] then redis.call('PEXPIRE', KEYS[i], life) end
  end
end
local result = cjson.encode({ f = first, d = count, a = tonumber(ARGV[10]) })
redis.call('SET', KEYS[1], result, 'PX', ARGV[2])
return result
`;
