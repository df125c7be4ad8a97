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
    part,
  };
}
