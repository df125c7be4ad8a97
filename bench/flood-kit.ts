// What both flood scenarios share: their scale, the schedule of a flood with genuine DMs inside it,
// the texts, the clock that notes when each card first appears, and the report they print.
import { pino } from "pino";
import { createClassifier } from "../classifiers/index.ts";
import { parseConfig } from "../src/config.ts";
import type { Classifier } from "../src/ports.ts";
import { REDIS_URL } from "../test/helpers/redis.ts";

export interface Scale {
  spam: number;
  accounts: number;
  floodMs: number;
  genuine: number;
  /** The scenario gives up (and says so) after this long. */
  capMs: number;
}

export interface Report {
  scenario: string;
  scale: Scale;
  /** Send-to-card times of the genuine DMs, in sending order (null: no card within the cap). */
  genuineMs: Array<number | null>;
  genuineInOrder: boolean;
  /** Messages the bot posted to the review channel (edits not counted). */
  reviewPosts: number;
  /** 429s the fake answered, by route or method. */
  limited: Record<string, number>;
  clicks: number;
  /** From the flood's start, the first click, the last click, and the flood cleared. */
  firstClickMs: number | null;
  lastClickMs: number | null;
  clearedMs: number | null;
  /** How much of the flood was dealt with by the end (deleted or decided), out of scale.spam. */
  cleared: number;
  /** Cards that showed a review another card already showed. */
  doubledCards: number;
  /** Cards first posted with the sender's id for want of a name (Slack's users.info). */
  namelessCards?: number;
  capped: boolean;
}

/** The flood's messages evenly over floodMs, the genuine DMs evenly among them. */
export function schedule(scale: Scale): Array<{ at: number; kind: "spam" | "genuine"; n: number }> {
  const events: Array<{ at: number; kind: "spam" | "genuine"; n: number }> = [];
  for (let n = 0; n < scale.spam; n++) {
    events.push({ at: (n / scale.spam) * scale.floodMs, kind: "spam", n });
  }
  for (let n = 0; n < scale.genuine; n++) {
    events.push({ at: ((n + 0.5) / scale.genuine) * scale.floodMs, kind: "genuine", n });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Plays `events` on time (late ones at once), calling `send` for each. */
export async function play<E extends { at: number }>(
  events: E[],
  started: number,
  send: (event: E) => void,
): Promise<void> {
  for (const event of events) {
    const wait = started + event.at - Date.now();
    if (wait > 0) await sleep(wait);
    send(event);
  }
}

/** Near-identical scam texts: one template, a different claim code each. */
export const SPAM_MARKER = "free nitro";
export function spamText(n: number): string {
  const code = (n * 7919).toString(36).padStart(5, "x");
  return `Free Nitro for 3 months, gift from the server staff! Claim it before it expires: https://dlscord-gift.example/claim/${code}`;
}

/** Genuine DMs: plain words (nothing a card would escape), each distinct in its first words. */
const GENUINE = [
  "Hi Alex, I run a small label and we release a 6-track EP in April. Would you mix it? Budget is 1800 dollars, full credit.",
  "Hello! Could you give feedback on my first mixdown? Two minutes long, I can send a private link.",
  "Hey, our studio is scoring a short film in May and needs a producer for two weeks, paid. Interested?",
  "Good morning, would you listen to my demo and tell me if the vocals sit right? Happy to send the stems.",
  "We are a podcast network looking for a composer for our new theme, budget 600 dollars, due next month.",
  "Hi there, I teach a music production course and would love to invite you for a paid guest session in June.",
  "Could you review the master of my single before release? It drops on Friday and I want a second opinion.",
  "Our band needs a mixing engineer for a live album recorded last autumn, eight songs, budget negotiable.",
  "Quick question about your sample pack license: can I use it in a paid game soundtrack if I credit you?",
  "I am organising a charity compilation and would like one of your tracks on it, proceeds go to a music school.",
];

export function genuineText(n: number): string {
  return GENUINE[n % GENUINE.length] as string;
}

/** The start of a genuine text, to find its card (cards quote the message). */
export function genuineKey(n: number): string {
  return genuineText(n).slice(0, 40);
}

/**
 * The app's settings as production has them: the test helper shortens some waits (a DM's quiet
 * window, say) to keep tests fast, and a bench of card latency must not inherit that.
 */
export function productionEnv(): Record<string, string> {
  const defaults = parseConfig({ REDIS_URL }) as Record<string, unknown>;
  const waits = Object.entries(defaults).filter(
    ([key, value]) => key.startsWith("CONVERSATION_") && typeof value === "number",
  );
  return { LOG_LEVEL: "warn", ...Object.fromEntries(waits.map(([k, v]) => [k, String(v)])) };
}

/** The classifier the app uses by default (CLASSIFIER=local). */
export async function defaultClassifier(): Promise<Classifier> {
  return createClassifier(parseConfig({ REDIS_URL }), pino({ level: "silent" }));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function percentile(values: number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? null;
}

const s = (ms: number | null) => (ms === null ? "-" : `${(ms / 1000).toFixed(1)} s`);

export function print(r: Report): void {
  const seen = r.genuineMs.filter((ms): ms is number => ms !== null);
  const limited = Object.entries(r.limited).sort((a, b) => b[1] - a[1]);
  const total = limited.reduce((sum, [, n]) => sum + n, 0);
  const after = (from: number | null) =>
    r.clearedMs !== null && from !== null ? s(r.clearedMs - from) : "-";
  const lines = [
    `== ${r.scenario}: ${r.scale.spam} spam from ${r.scale.accounts} accounts in ${s(r.scale.floodMs)}, ${r.scale.genuine} genuine DMs during it${r.capped ? ` (stopped at the ${s(r.scale.capMs)} cap)` : ""}`,
    `genuine DMs, send to card: p50 ${s(percentile(seen, 50))}, max ${s(seen.length ? Math.max(...seen) : null)}, ${seen.length}/${r.genuineMs.length} carded, ${r.genuineInOrder ? "in order" : "OUT OF ORDER"}`,
    `  each: ${r.genuineMs.map(s).join(", ")}`,
    `messages posted to the review channel: ${r.reviewPosts} (${r.reviewPosts - seen.length} besides the genuine DMs' cards)`,
    `429s: ${total}${limited.length ? ` (${limited.map(([route, n]) => `${route}: ${n}`).join("; ")})` : ""}`,
    `clicks to clear the flood: ${r.clicks}; flood cleared: ${r.cleared}/${r.scale.spam}`,
    `cleared ${s(r.clearedMs)} after the flood began; ${after(r.firstClickMs)} after the first click, ${after(r.lastClickMs)} after the last`,
    `cards showing a review already carded: ${r.doubledCards}`,
    ...(r.namelessCards === undefined
      ? []
      : [`cards first posted with the sender's id for want of a name: ${r.namelessCards}`]),
  ];
  console.log(lines.join("\n"));
}
