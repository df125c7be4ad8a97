// Rate limits for the fake platforms: named limits (so many calls per window), each counted per key
// (a channel, a guild, or one key for a global limit) in fixed windows that open with the first
// call, as Discord's buckets do. A test relaxes, tightens or lifts a limit by name; every refusal
// is counted by route, so tests and the bench can read how often a client hit a limit.

export interface Limit {
  /** Calls allowed per window. */
  limit: number;
  windowMs: number;
}

/** What one call costs: allowed (with what is left), or refused (with how long to wait). */
export type Take =
  | { ok: true; limit: number; remaining: number; resetAfterMs: number }
  | { ok: false; limit: number; retryAfterMs: number };

interface Window {
  count: number;
  resetAt: number;
}

export class RateLimits<Name extends string> {
  private readonly limits: Map<Name, Limit | null>;
  private readonly windows = new Map<string, Window>();
  /** Refusals (429s) by route, e.g. "POST /channels/{id}/messages" or "chat.postMessage". */
  readonly refused = new Map<string, number>();

  constructor(defaults: Record<Name, Limit>) {
    this.limits = new Map(Object.entries(defaults) as Array<[Name, Limit]>);
  }

  /** Changes one limit for the rest of the fake's life; null lifts it. */
  set(name: Name, limit: Limit | null): void {
    this.limits.set(name, limit);
    for (const key of this.windows.keys())
      if (key.startsWith(`${name}\0`)) this.windows.delete(key);
  }

  /** Lifts every limit (a test about something else that posts many cards at once). */
  off(): void {
    for (const name of this.limits.keys()) this.set(name, null);
  }

  get(name: Name): Limit | null {
    return this.limits.get(name) ?? null;
  }

  /** Spends one call of `name` for `key` (a channel id...), or says how long until one is free. */
  take(name: Name, key: string, now = Date.now()): Take | null {
    const limit = this.limits.get(name);
    if (!limit) return null;
    const id = `${name}\0${key}`;
    let window = this.windows.get(id);
    if (!window || now >= window.resetAt) {
      window = { count: 0, resetAt: now + limit.windowMs };
      this.windows.set(id, window);
    }
    if (window.count >= limit.limit) {
      return { ok: false, limit: limit.limit, retryAfterMs: window.resetAt - now };
    }
    window.count += 1;
    return {
      ok: true,
      limit: limit.limit,
      remaining: limit.limit - window.count,
      resetAfterMs: window.resetAt - now,
    };
  }

  /** Counts one 429 on `route`. */
  count(route: string): void {
    this.refused.set(route, (this.refused.get(route) ?? 0) + 1);
  }

  /** All 429s so far. */
  get total(): number {
    let sum = 0;
    for (const n of this.refused.values()) sum += n;
    return sum;
  }
}
