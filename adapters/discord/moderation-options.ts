// The timeouts a reviewer can pick on a moderation card, in one place for the select and the card.

export const TIMEOUTS = [
  { seconds: 600, label: "10 minutes" },
  { seconds: 3600, label: "1 hour" },
  { seconds: 86_400, label: "1 day" },
] as const;

/** Only these may be ordered: a crafted select value cannot time someone out for a month. */
export function parseTimeout(value: string | undefined): number | null {
  const seconds = Number(value);
  return TIMEOUTS.some((t) => t.seconds === seconds) ? seconds : null;
}

/** Largest first: a span is told in the largest unit it holds twice, or exactly, then the rest. */
const UNITS = [
  { name: "day", seconds: 86_400 },
  { name: "hour", seconds: 3600 },
  { name: "minute", seconds: 60 },
  { name: "second", seconds: 1 },
] as const;

/**
 * A timeout as words: a menu choice by its label, any other span (an automatic moderation's
 * MODERATION_AUTO_TIMEOUT_SECONDS) as "7 days", "90 minutes" or "2 hours 30 minutes".
 */
export function describeTimeout(seconds: number): string {
  const chosen = TIMEOUTS.find((t) => t.seconds === seconds);
  if (chosen) return chosen.label;
  let left = Math.max(0, Math.round(seconds));
  const start = UNITS.findIndex((u) => left >= 2 * u.seconds || left % u.seconds === 0);
  const parts: string[] = [];
  for (const unit of UNITS.slice(start)) {
    const n = Math.floor(left / unit.seconds);
    if (n > 0 || (left === 0 && parts.length === 0 && unit.seconds === 1)) {
      parts.push(`${n} ${unit.name}${n === 1 ? "" : "s"}`);
    }
    left -= n * unit.seconds;
  }
  return parts.join(" ");
}
