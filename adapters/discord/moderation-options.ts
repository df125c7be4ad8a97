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

export function describeTimeout(seconds: number): string {
  return TIMEOUTS.find((t) => t.seconds === seconds)?.label ?? `${seconds} seconds`;
}
