// Discord's rate limits as the fake enforces them, with Discord's headers and 429 body, so the real
// discord.js paces itself as it does in production. The numbers are those observed on Discord (it
// documents the mechanism, not the numbers): message creates and edits 5 per 5 s per channel,
// deletes 5 per second per channel, bulk deletes 1 per second per channel, member edits (timeouts)
// 10 per 10 s per guild, and 50 requests per second in all, interactions excepted.
import { createHash } from "node:crypto";
import { type Limit, RateLimits, type Take } from "../rate-limits.ts";

export const DISCORD_LIMITS = {
  "message-create": { limit: 5, windowMs: 5000 },
  "message-edit": { limit: 5, windowMs: 5000 },
  "message-delete": { limit: 5, windowMs: 1000 },
  "bulk-delete": { limit: 1, windowMs: 1000 },
  "member-edit": { limit: 10, windowMs: 10_000 },
  global: { limit: 50, windowMs: 1000 },
} as const satisfies Record<string, Limit>;

export type DiscordLimit = keyof typeof DISCORD_LIMITS;

/** Routes with a bucket of their own; the captured id is the bucket's top-level resource. */
const ROUTES: Array<[method: string, path: RegExp, limit: DiscordLimit]> = [
  ["POST", /^\/channels\/(\d+)\/messages$/, "message-create"],
  ["PATCH", /^\/channels\/(\d+)\/messages\/\d+$/, "message-edit"],
  ["DELETE", /^\/channels\/(\d+)\/messages\/\d+$/, "message-delete"],
  ["POST", /^\/channels\/(\d+)\/messages\/bulk-delete$/, "bulk-delete"],
  ["PATCH", /^\/guilds\/(\d+)\/members\/\d+$/, "member-edit"],
];

/** Interaction callbacks and their follow-ups are not bound by the global limit. */
const NOT_GLOBAL = /^\/(interactions|webhooks)\//;

export interface LimitCheck {
  /** X-RateLimit-* (and, on a 429, Retry-After) headers for the answer. */
  headers: Record<string, string>;
  /** Set when the call is refused: the 429's JSON body. */
  refused?: { message: string; retry_after: number; global: boolean };
}

export class DiscordLimits extends RateLimits<DiscordLimit> {
  constructor(overrides: Partial<Record<DiscordLimit, Limit | null>> = {}) {
    super(DISCORD_LIMITS);
    for (const [name, limit] of Object.entries(overrides)) {
      this.set(name as DiscordLimit, limit ?? null);
    }
  }

  /** Spends one call of a REST request; null when no limit applies to it. */
  check(method: string, path: string): LimitCheck | null {
    const route = routeOf(method, path);
    if (!NOT_GLOBAL.test(path)) {
      const global = this.take("global", "global");
      if (global && !global.ok) {
        this.count(`${route} (global)`);
        return refusal(
          global,
          { "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global" },
          true,
        );
      }
    }
    for (const [m, pattern, name] of ROUTES) {
      const match = m === method ? pattern.exec(path) : null;
      if (!match) continue;
      const taken = this.take(name, match[1] as string);
      if (!taken) return null;
      const headers = bucketHeaders(name, taken);
      if (taken.ok) return { headers };
      this.count(route);
      return refusal(taken, { ...headers, "X-RateLimit-Scope": "user" }, false);
    }
    return null;
  }
}

/** A route with its ids generalised, for counting: "POST /channels/{id}/messages". */
export function routeOf(method: string, path: string): string {
  return `${method} ${path.replace(/\/\d+/g, "/{id}").replace(/\/webhooks\/\{id\}\/[^/]+/, "/webhooks/{id}/{token}")}`;
}

function bucketHeaders(name: DiscordLimit, taken: Take): Record<string, string> {
  const resetAfterMs = taken.ok ? taken.resetAfterMs : taken.retryAfterMs;
  return {
    "X-RateLimit-Limit": String(taken.limit),
    "X-RateLimit-Remaining": String(taken.ok ? taken.remaining : 0),
    "X-RateLimit-Reset": ((Date.now() + resetAfterMs) / 1000).toFixed(3),
    "X-RateLimit-Reset-After": (resetAfterMs / 1000).toFixed(3),
    // Discord's bucket ids are opaque hashes; the same limit always gets the same one.
    "X-RateLimit-Bucket": createHash("sha1").update(name).digest("hex").slice(0, 32),
  };
}

function refusal(taken: Take, headers: Record<string, string>, global: boolean): LimitCheck {
  const ms = taken.ok ? 0 : taken.retryAfterMs;
  return {
    // The header is whole seconds, rounded up; the body has the precise wait.
    headers: { ...headers, "Retry-After": String(Math.max(1, Math.ceil(ms / 1000))) },
    refused: {
      message: "You are being rate limited.",
      retry_after: Number((ms / 1000).toFixed(3)),
      global,
    },
  };
}
