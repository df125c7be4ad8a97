// Slack's rate limits as the fake enforces them: chat.postMessage about one per second per channel
// (a short burst is tolerated, as Slack does), chat.update and conversations.history/replies Tier 3
// (50 a minute), users.info Tier 4 (100 a minute), each per workspace. A refused call gets what
// Slack answers: HTTP 429, Retry-After in whole seconds, and {ok: false, error: "ratelimited"}.
import { type Limit, RateLimits } from "../rate-limits.ts";

export const SLACK_LIMITS = {
  "chat.postMessage": { limit: 3, windowMs: 3000 },
  "chat.update": { limit: 50, windowMs: 60_000 },
  "conversations.history": { limit: 50, windowMs: 60_000 },
  "conversations.replies": { limit: 50, windowMs: 60_000 },
  "users.info": { limit: 100, windowMs: 60_000 },
} as const satisfies Record<string, Limit>;

export type SlackLimit = keyof typeof SLACK_LIMITS;

/** The per-channel limits; the others count per workspace (one fake, one workspace). */
const PER_CHANNEL: ReadonlySet<string> = new Set<SlackLimit>(["chat.postMessage"]);

export interface SlackRefusal {
  status: 429;
  headers: Record<string, string>;
  body: { ok: false; error: "ratelimited" };
}

export class SlackLimits extends RateLimits<SlackLimit> {
  constructor(overrides: Partial<Record<SlackLimit, Limit | null>> = {}) {
    super(SLACK_LIMITS);
    for (const [name, limit] of Object.entries(overrides)) {
      this.set(name as SlackLimit, limit ?? null);
    }
  }

  /** Spends one call of a Web API method; the 429 to answer when it is over its limit. */
  check(method: string, args: Record<string, unknown>): SlackRefusal | null {
    if (!(method in SLACK_LIMITS)) return null;
    const key = PER_CHANNEL.has(method) ? String(args.channel) : "workspace";
    const taken = this.take(method as SlackLimit, key);
    if (!taken || taken.ok) return null;
    this.count(method);
    return {
      status: 429,
      headers: { "Retry-After": String(Math.max(1, Math.ceil(taken.retryAfterMs / 1000))) },
      body: { ok: false, error: "ratelimited" },
    };
  }
}
