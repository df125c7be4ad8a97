// After a card call: the review records the card (its address, the revision it shows), the
// card's expiry moves in its platform's index, and the worker's claim on the card goes, in one
// script: one round trip instead of three on every card posted or edited. The two scripts it joins
// run as they are, one after the other, each seeing the keys it always saw.
import { TRACK } from "./card-expiry.ts";
import type { Keys } from "./keys.ts";
import { type LuaScript, lua } from "./lua.ts";
import type { RedisClient } from "./redis.ts";
import { SET_CARD } from "./review-scripts.ts";
import type { CardRef, Platform } from "./types.ts";

// KEYS: review, expiry index, card addresses, claim. ARGV: cardJson ('' keeps the card), shownRev,
// nowMs, marginMs, reviewId. Each script's KEYS and ARGV are its own (a parameter shadows the global).
const SHOWN = `
local function setCard(KEYS, ARGV)
${SET_CARD}
end
local function track(KEYS, ARGV)
${TRACK}
end
local rev = setCard({KEYS[1]}, {ARGV[1], ARGV[2]})
track({KEYS[1], KEYS[2], KEYS[3]}, {ARGV[3], ARGV[4], ARGV[5]})
redis.call('DEL', KEYS[4])
return rev
`;

/**
 * The card (null: the one the review has) shows the review at `shownRev`: recorded, indexed for its
 * expiry, and the claim `claimKey` released. Answers the review's revision now, as setCard does.
 */
export type CardShown = (
  platform: Platform,
  reviewId: string,
  card: CardRef | null,
  shownRev: number,
  claimKey: string,
) => Promise<number>;

export function createCardShown(redis: RedisClient, keys: Keys, marginMs: number): CardShown {
  const script: LuaScript = lua(redis, SHOWN);
  return async (platform, reviewId, card, shownRev, claimKey) =>
    Number(
      await script(
        [keys.review(reviewId), keys.cardExpiry(platform), keys.cardAddress(platform), claimKey],
        [card ? JSON.stringify(card) : "", String(shownRev), Date.now(), marginMs, reviewId],
      ),
    );
}
