// Every key lives under one hash tag, so a Redis Cluster keeps all of them (and BullMQ's) on one slot
// and multi-key scripts stay legal.

export interface Keys {
  /** BullMQ's `prefix` option: "{triage}". */
  readonly bullPrefix: string;
  review(id: string): string;
  audit(id: string): string;
  readonly pending: string;
  /** Held by the worker presenting a review's card, so two never post it. */
  presenting(id: string): string;
  readonly corrections: string;
  stats(day: string): string;
  /** A conversation's messages, oldest first (the latest few). */
  messages(id: string): string;
  /** Which review a DM sender's conversation is in right now. */
  conversation(platform: string, workspace: string, channel: string, author: string): string;
  /** Which review (and at what message count) an inbound job's message joined. */
  attached(jobId: string): string;
  /** Which campaign a spam fingerprint band belongs to while the campaign is active. */
  campaignBand(platform: string, context: string, band: string): string;
  /**
   * A campaign's members (review id -> messages it counted), accounts, channels, sample, the
   * authors it timed out ("workspace:author" -> when the timeout ends, ms), and the hold of the
   * one job acting on it (a job id, on its own short expiry, not renewed with the others).
   */
  campaignPart(
    id: string,
    part: "members" | "accounts" | "channels" | "sample" | "timed-out" | "hold",
  ): string;
  /**
   * When a platform's review channel may take its next card call; with a bucket (a route in one
   * channel, say "bulk-delete:123"), when that bucket may take its next call.
   */
  pace(platform: string, bucket?: string): string;
  /** A platform's carded reviews, scored by when each review expires (ms). */
  cardExpiry(platform: string): string;
  /** Where each of those reviews' cards is (review id -> card ref), to redraw one whose review is gone. */
  cardAddress(platform: string): string;
  /** The prefix of every key ("{triage}:"), for scripts that name keys from ids. */
  readonly tag: string;
  /** Free-form key for a named part (signals, delivery records). */
  part(...segments: string[]): string;
}

export function createKeys(prefix: string): Keys {
  const tag = `{${prefix}}`;
  const part = (...segments: string[]) => [tag, ...segments].join(":");
  return {
    bullPrefix: tag,
    review: (id) => part("review", id),
    audit: (id) => part("audit", id),
    pending: part("pending"),
    presenting: (id) => part("presenting", id),
    // Scored by time; a new name, so a list left by an earlier version just expires.
    corrections: part("corrections-by-time"),
    stats: (day) => part("stats", day),
    messages: (id) => part("messages", id),
    conversation: (platform, workspace, channel, author) =>
      part("conversation", platform, workspace, channel, author),
    attached: (jobId) => part("attached", jobId),
    campaignBand: (platform, context, band) => part("campaign-band", platform, context, band),
    campaignPart: (id, name) => part("campaign", id, name),
    pace: (platform, bucket) => (bucket ? part("pace", platform, bucket) : part("pace", platform)),
    cardExpiry: (platform) => part("card-expiry", platform),
    cardAddress: (platform) => part("card-address", platform),
    tag: `${tag}:`,
    part,
  };
}
