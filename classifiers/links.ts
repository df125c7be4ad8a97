// Links and what their domains say: shorteners hide the target, invites pull people elsewhere,
// and a domain one or two letters away from a brand ("dlscord", "steamcommunlty") is phishing.

const LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|gg|ly|me|co|app|dev|gift|xyz|tv|fm|link|to|ee|site|page|info|biz|ru|shop|store|club|top|live|pro|bio|lol|art|studio|online|click|cc|us|uk|de|fr|es|it|br|pt|in|so|sh|ai|gl|gd|at|id|ws)(?:\/[^\s<>"'`]*)?/g;

const SHORTENERS = new Set([
  "bit.ly",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "is.gd",
  "cutt.ly",
  "rb.gy",
  "shorturl.at",
  "ow.ly",
  "buff.ly",
  "tiny.cc",
  "rebrand.ly",
  "s.id",
  "lnkd.in",
  "v.gd",
  "t.ly",
  "shorte.st",
  "adf.ly",
]);

const INVITE =
  /(?:^|\.)discord\.gg$|(?:^|\.)(?:discord|discordapp)\.com\/invite|^(?:t|telegram)\.me$|^chat\.whatsapp\.com$|^wa\.me$|^join\.slack\.com$|^discord\.me$/;

/** Brands whose lookalikes phishing uses, with the domains that really are theirs. */
const BRANDS: Record<string, string[]> = {
  discord: ["discord.com", "discord.gg", "discordapp.com", "discord.gift", "discord.me"],
  discordapp: ["discordapp.com", "discordapp.net"],
  steamcommunity: ["steamcommunity.com"],
  steampowered: ["steampowered.com", "store.steampowered.com"],
  github: ["github.com", "github.io", "githubusercontent.com"],
  gitlab: ["gitlab.com"],
  paypal: ["paypal.com", "paypal.me"],
  twitter: ["twitter.com"],
  instagram: ["instagram.com"],
  youtube: ["youtube.com", "youtu.be"],
  spotify: ["spotify.com", "open.spotify.com"],
  twitch: ["twitch.tv"],
  google: ["google.com"],
  microsoft: ["microsoft.com"],
  epicgames: ["epicgames.com"],
  roblox: ["roblox.com"],
  binance: ["binance.com"],
  coinbase: ["coinbase.com"],
  metamask: ["metamask.io"],
  opensea: ["opensea.io"],
  patreon: ["patreon.com"],
  soundcloud: ["soundcloud.com"],
  bandcamp: ["bandcamp.com"],
  facebook: ["facebook.com"],
  telegram: ["telegram.org", "telegram.me"],
  whatsapp: ["whatsapp.com"],
  slack: ["slack.com"],
};

const FILE_SHARE =
  /(?:^|\.)(?:drive\.google\.com|docs\.google\.com|dropbox\.com|wetransfer\.com|we\.tl|figma\.com|notion\.so|notion\.site|loom\.com|box\.com|mega\.nz|onedrive\.live\.com)$/;
const MUSIC =
  /(?:^|\.)(?:soundcloud\.com|spotify\.com|bandcamp\.com|music\.apple\.com|audiomack\.com|youtu\.be|youtube\.com)$/;
const CODE =
  /(?:^|\.)(?:github\.com|gitlab\.com|codepen\.io|npmjs\.com|replit\.com|github\.io|vercel\.app|netlify\.app)$/;
const PORTFOLIO =
  /(?:^|\.)(?:artstation\.com|behance\.net|dribbble\.com|deviantart\.com|itch\.io|instagram\.com)$/;
const LINK_IN_BIO = /(?:^|\.)(?:linktr\.ee|beacons\.ai|carrd\.co|campsite\.bio|lnk\.bio)$/;

export interface LinkFacts {
  links: string[];
  domains: string[];
  shortener: boolean;
  invite: boolean;
  lookalike: boolean;
  fileShare: boolean;
  music: boolean;
  code: boolean;
  portfolio: boolean;
  linkInBio: boolean;
}

type HostFacts = Pick<
  LinkFacts,
  "shortener" | "invite" | "lookalike" | "fileShare" | "music" | "code" | "portfolio" | "linkInBio"
>;

// Hosts repeat (the same few sites in most messages), and the lookalike check compares a host
// with every brand, so each host's facts are worked out once. Bounded like the token cache.
const hostCache = new Map<string, HostFacts>();

function hostFacts(host: string): HostFacts {
  const cached = hostCache.get(host);
  if (cached) return cached;
  const facts: HostFacts = {
    shortener: SHORTENERS.has(host),
    invite: INVITE.test(host),
    lookalike: isLookalike(host),
    fileShare: FILE_SHARE.test(host),
    music: MUSIC.test(host),
    code: CODE.test(host),
    portfolio: PORTFOLIO.test(host),
    linkInBio: LINK_IN_BIO.test(host),
  };
  if (hostCache.size >= 10_000) hostCache.clear();
  if (host.length <= 100) hostCache.set(host, facts);
  return facts;
}

/**
 * What LINK needs somewhere in the text: "://", "www." or a dot before a letter (a top-level
 * domain). Most messages have none of these, and this check is far cheaper than LINK.
 */
const MAYBE_LINK = /:\/\/|\.[a-z]|www\./;

/** Something every INVITE pattern has: a link without any of these is no invite. */
const MAYBE_INVITE = /discord|\.me|whatsapp|slack/;

/** The link without "http://" or "https://", then without "www.". */
function withoutScheme(link: string): string {
  let bare = link;
  if (bare.startsWith("https://")) bare = bare.slice(8);
  else if (bare.startsWith("http://")) bare = bare.slice(7);
  return bare.startsWith("www.") ? bare.slice(4) : bare;
}

/** Where the host ends: at the first '/', '?', '#' or ':'. */
function hostEnd(bare: string): number {
  for (let i = 0; i < bare.length; i++) {
    const c = bare.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 58) return i;
  }
  return bare.length;
}

/** Reads the links in already lower-cased text, plus any the platform handed over. */
export function linkFacts(text: string, extra: readonly string[] = []): LinkFacts {
  const found = MAYBE_LINK.test(text) ? (text.match(LINK) ?? []) : [];
  const links = extra.length > 0 ? [...found, ...extra.map((l) => String(l).toLowerCase())] : found;
  // A pasted YouTube path without its domain ("watch?v=...") is still a link to a video.
  if (links.length === 0 && text.includes("watch?v=")) links.push("youtube.com/watch");
  const domains: string[] = [];
  const facts: LinkFacts = {
    links,
    domains,
    shortener: false,
    invite: false,
    lookalike: false,
    fileShare: false,
    music: false,
    code: false,
    portfolio: false,
    linkInBio: false,
  };
  for (let l = 0; l < links.length && l < 20; l++) {
    const link = links[l] as string;
    const bare = withoutScheme(link);
    const host = bare.slice(0, hostEnd(bare));
    if (!host) continue;
    domains.push(host);
    const h = hostFacts(host);
    if (h.shortener) facts.shortener = true;
    if (h.invite) facts.invite = true;
    else if (bare.length > host.length && MAYBE_INVITE.test(bare)) {
      // "discord.com/invite/...": the invite is in the path.
      const hostAndPath = bare.split(/[?#]/)[0] ?? "";
      if (INVITE.test(hostAndPath.split("/").slice(0, 2).join("/"))) facts.invite = true;
    }
    if (h.lookalike) facts.lookalike = true;
    if (h.fileShare) facts.fileShare = true;
    if (h.music) facts.music = true;
    if (h.code) facts.code = true;
    if (h.portfolio) facts.portfolio = true;
    if (h.linkInBio) facts.linkInBio = true;
  }
  return facts;
}

/** True for a host that imitates a brand: a near-miss spelling, or the brand on a foreign domain. */
export function isLookalike(host: string): boolean {
  const parts = host
    .split(".")
    .slice(0, -1)
    .flatMap((label) => [label, ...label.split("-")]);
  for (const [brand, official] of Object.entries(BRANDS)) {
    if (official.some((d) => host === d || host.endsWith(`.${d}`))) return false;
    for (const part of parts) {
      // "discord-gift.com", "steamcommunity.ru": the brand's name on someone else's domain.
      if (part === brand) return true;
      // Short brands ("slack") sit one letter from ordinary words, so only long ones are compared.
      if (brand.length < 6 || Math.abs(part.length - brand.length) > 2) continue;
      const limit = brand.length >= 9 ? 2 : 1;
      if (editDistance(part, brand, limit) <= limit) return true;
    }
  }
  return false;
}

// Two reusable rows: lookalike checks run on every link, so they allocate nothing.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, giving up early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (b.length + 1 > prevRow.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return best;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[b.length] as number;
}
