// Work asked of the recipient in the short shapes of a DM, English only: a service asked after
// ("u do wedding photos?", "u take photo gigs?", "u still doing overlays?"), a thing needed
// ("need headshots", "need my vlogs cut", "we're short a lead coach"), a share of work asked ("co-maintain rust-csv-lite with
// me", "want to pair on adding wasm support?"), a beat bought outright ("still available for
// exclusive?"). Each says what they want; asking "what do you have in mind?" would ask it again.

// "do you do …", "u take …", "are you still doing …": not a bare "commissions", "collabs",
// "freelance work" or "new clients", which name no piece of work; nor praise ("love what you do
// with the bees").
const SERVICE =
  /(?<![\p{L}\p{N}'’])(?<!(?:what|how|the way|everything|all)\s+)(?:you|u|ya)\s+(?:still\s+)?(?:do|take|offer|sell|teach|doing|taking|selling|offering)\s+(?!(?:commissions?|comms|collabs?|collaborations?|partnerships?|partners|features?|on\s+(?:new|more|any|extra|freelance|work|projects|clients)|freelance|contract|clients|new|work|jobs?|gigs|requests|it|that|this|those|these|any|anything|something|stuff|me|us|right|now|rn|to|so|well|good|great|ok|okay|the\s+same)(?![\p{L}\p{N}]))\p{L}/iu;

// "need headshots", "i need a dj", "need my vlogs cut": a thing needed, not help or a talk.
const NEEDED =
  /(?<![\p{L}\p{N}'’])(?<!(?:no|you|u|ya|who|they|if)\s)need(?:s|ing)?\s+(?!(?:to|you|u|your|ur|yours|help|someone|somebody|anyone|anybody|advice|ideas?|more|it|this|that|them|some\s+help|an?\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:call|chat|meeting)|a\s+(?:collab|partner|favou?r|hand|minute|sec)|an?\s+opinion|time|money|funding|feedback)(?![\p{L}\p{N}]))\p{L}/iu;

// A part of the work shared with them by name: "co-maintain", "co-writing", "pair on".
const SHARED =
  /(?<![\p{L}\p{N}])(?:co-?(?:maintain|author|write|lead|present|host|publish|test|teach|organi[sz]e|direct)(?:ing)?|pair(?:ing)?\s+(?:up\s+)?on)(?![\p{L}\p{N}])/iu;

// A beat or track bought outright or leased.
const BOUGHT = /(?<![\p{L}\p{N}])(?:for|buy|the)\s+exclusive(?:\s+rights)?(?![\p{L}\p{N}])/iu;

// "we're short a lead coach", "still missing a drummer": a part they need filled.
const SHORT_OF =
  /(?<![\p{L}\p{N}'’])(?:we['’]re|we\s+are|still|currently)\s+(?:short|missing|down)\s+(?:a|an|one)\s+\p{L}/iu;

/** They ask for a service, a thing they need, a shared part of the work or a beat to buy. */
export function asksService(text: string): boolean {
  return (
    SERVICE.test(text) ||
    NEEDED.test(text) ||
    SHARED.test(text) ||
    BOUGHT.test(text) ||
    SHORT_OF.test(text)
  );
}
