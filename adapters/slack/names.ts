// Senders' display names from users.info, which must never cost a DM its card. Names are cached
// (bounded, with expiry); look-ups are paced locally under Slack's Tier 4 (100 a minute), so a
// flood of new senders spends the quota instead of meeting 429s; a look-up that is over the pace,
// limited by Slack, slow or refused leaves the id as the name and remembers the name is missing,
// and resolveName() fills it in later (for a card edit) once the pace allows.
import { webApi } from "@slack/bolt";
import { within } from "../../src/within.ts";

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface SenderNamesOptions {
  /** Names kept at most (oldest dropped first). */
  capacity?: number;
  /** How long a name is trusted: people rename themselves. */
  ttlMs?: number;
  /** Look-ups allowed in any 60 s: under Tier 4's 100, leaving room for other users.info callers. */
  perMinute?: number;
  /** The longest a new DM waits for its sender's name (it waits inside Slack's ack budget). */
  timeoutMs?: number;
  /** Told why a look-up failed (a missing users:read scope shows here), for a debug log. */
  onError?: (userId: string, message: string) => void;
  now?: () => number;
}

export const NAME_DEFAULTS = {
  capacity: 5000,
  ttlMs: 6 * 3_600_000,
  perMinute: 80,
  timeoutMs: 700,
  onError: () => {},
  now: Date.now,
} as const satisfies Required<SenderNamesOptions>;

const MINUTE = 60_000;

export class SenderNames {
  private readonly options: Required<SenderNamesOptions>;
  /** userId -> name and when it expires; Map order is insertion order, so the first is oldest. */
  private readonly cache = new Map<string, { name: string; expires: number }>();
  /** Senders shown by their id, awaiting a name (bounded like the cache). */
  private readonly missingIds = new Set<string>();
  /** When the last look-ups started, oldest first (at most perMinute of them). */
  private readonly started: number[] = [];
  /** Slack said to wait (429 Retry-After): no look-up before then. */
  private pausedUntil = 0;
  private readonly inFlight = new Map<string, Promise<string | null>>();

  /**
   * `client` must neither retry nor sleep on a rate limit, and time out within the DM's budget:
   * the adapter's look-up client (retries 0, rejectRateLimitedCalls, a 700 ms timeout).
   */
  constructor(
    private readonly client: WebClient,
    options: SenderNamesOptions = {},
  ) {
    this.options = { ...NAME_DEFAULTS, ...options };
  }

  /** The name to show on a new DM's card: known, looked up within the pace, or else the id. */
  async nameOf(userId: string): Promise<string> {
    // A late answer still fills the cache for the next card; this one goes without.
    const name = await within(this.resolveName(userId), this.options.timeoutMs, () => null);
    if (name !== null) return name;
    this.remember(this.missingIds, userId);
    return userId;
  }

  /**
   * The sender's name if it is known or can be looked up now; null when the look-up is over the
   * pace, limited or failed (the id stays on the card, and the name counts as missing).
   */
  async resolveName(userId: string): Promise<string | null> {
    const now = this.options.now();
    const cached = this.cache.get(userId);
    if (cached && cached.expires > now) return cached.name;
    if (cached) this.cache.delete(userId);
    const pending = this.inFlight.get(userId);
    if (pending) return pending;
    if (!this.mayLookUp(now)) return null;
    const lookup = this.lookUp(userId).finally(() => this.inFlight.delete(userId));
    this.inFlight.set(userId, lookup);
    return lookup;
  }

  /** Whether this sender's card shows their id for want of a name. */
  isMissing(userId: string): boolean {
    return this.missingIds.has(userId);
  }

  /** Senders still shown by their id, oldest first. */
  missing(): string[] {
    return [...this.missingIds];
  }

  private async lookUp(userId: string): Promise<string | null> {
    try {
      const info = await this.client.users.info({ user: userId });
      const u = info.user;
      const name = u?.profile?.display_name || u?.real_name || u?.name || null;
      if (!name) return null;
      this.missingIds.delete(userId);
      this.cache.delete(userId);
      this.remember(this.cache, userId, { name, expires: this.options.now() + this.options.ttlMs });
      return name;
    } catch (err) {
      const e = err as { code?: string; retryAfter?: number; message?: string };
      this.options.onError(userId, e.message ?? String(err));
      if (e.code === webApi.ErrorCode.RateLimitedError) {
        const wait = (typeof e.retryAfter === "number" ? e.retryAfter : 60) * 1000;
        this.pausedUntil = Math.max(this.pausedUntil, this.options.now() + wait);
      }
      return null;
    }
  }

  /** Spends one look-up of the pace if one is free (a sliding minute), else says no. */
  private mayLookUp(now: number): boolean {
    if (now < this.pausedUntil) return false;
    while (this.started.length > 0 && (this.started[0] as number) <= now - MINUTE) {
      this.started.shift();
    }
    if (this.started.length >= this.options.perMinute) return false;
    this.started.push(now);
    return true;
  }

  /** Adds to a bounded Map or Set, dropping the oldest entry when full. */
  private remember<V>(into: Map<string, V> | Set<string>, key: string, value?: V): void {
    if (!into.has(key) && into.size >= this.options.capacity) {
      const oldest = into.keys().next().value;
      if (oldest !== undefined) into.delete(oldest);
    }
    if (into instanceof Map) into.set(key, value as V);
    else into.add(key);
  }
}
