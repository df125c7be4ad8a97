// `npm start` for the fault suite, against one fake platform and the suite's own Redis, on a fixed
// port so a restarted process is where the platform expects it; and the audit that counts, from
// Redis and the platform, what the faults lost or doubled.
import { createServer } from "node:net";
import type { Redis } from "ioredis";
import { startMain } from "../helpers/main-process.ts";
import type { FaultPlatform } from "./platforms.ts";

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface FaultBot {
  base: string;
  /** Starts a process and resolves once /healthz answers 200 and the platform sees it. */
  start(): Promise<void>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  healthy(): Promise<boolean>;
  /** What every process printed, for a failing test's message. */
  output(): string;
}

export async function faultBot(
  platform: FaultPlatform,
  redisUrl: string,
  prefix: string,
  env: Record<string, string> = {},
): Promise<FaultBot> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let current: ReturnType<typeof startMain> | null = null;
  let printed = "";
  const healthy = () =>
    fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
  const end = async (signal: NodeJS.Signals) => {
    const proc = current;
    current = null;
    if (!proc) return;
    proc.child.kill(signal);
    await proc.exited;
    printed += proc.out.stdout + proc.out.stderr;
  };
  return {
    base,
    async start() {
      current = startMain(
        prefix,
        {
          PORT: String(port),
          REDIS_URL: redisUrl,
          CLASSIFIER: "rules",
          LOG_LEVEL: "warn",
          ...platform.env,
          ...env,
        },
        600_000,
      );
      const deadline = Date.now() + 30_000;
      while (!(await healthy())) {
        if (Date.now() > deadline) {
          throw new Error(
            `the bot never became healthy:\n${current.out.stdout}${current.out.stderr}`,
          );
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      await platform.ready(base);
    },
    kill: () => end("SIGKILL"),
    stop: () => end("SIGTERM"),
    healthy,
    output: () => printed + (current ? current.out.stdout + current.out.stderr : ""),
  };
}

export interface Counts {
  sent: number;
  /** Sent messages on no review. */
  lost: number;
  /** Sent messages on more than one review. */
  doubled: number;
  /** Reviews that should have a card of their own and have none. */
  uncarded: number;
  /** Reviews with more than one card. */
  doubledCards: number;
  reviews: number;
  cards: number;
  /** The ids of the uncarded reviews, to look into. */
  uncardedIds: string[];
}

/** Every review under the prefix, as stored: its id, message ids, and whether a campaign holds it. */
async function storedReviews(redis: Redis, prefix: string) {
  const tag = `{${prefix}}`;
  const ids: string[] = [];
  let cursor = "0";
  do {
    const [next, found] = await redis.scan(cursor, "MATCH", `${tag}:review:*`, "COUNT", 1000);
    cursor = next;
    ids.push(...found.map((k) => k.slice(`${tag}:review:`.length)));
  } while (cursor !== "0");
  return Promise.all(
    ids.map(async (id) => {
      const [hash, messages] = await Promise.all([
        redis.hgetall(`${tag}:review:${id}`),
        redis.lrange(`${tag}:messages:${id}`, 0, -1),
      ]);
      const listed = messages.map((m) => (JSON.parse(m) as { id: string }).id);
      const latest = hash.message ? (JSON.parse(hash.message) as { id: string }).id : undefined;
      return {
        id,
        kind: hash.kind,
        status: hash.status,
        held: !!hash.campaignId,
        // A conversation lists its messages; a lone message's review names it only as `message`.
        messageIds: listed.length > 0 ? listed : latest ? [latest] : [],
      };
    }),
  );
}

/** Counts what was lost or doubled: every sent message on exactly one review, one card each. */
export async function audit(
  redis: Redis,
  prefix: string,
  sent: readonly string[],
  platform: FaultPlatform,
): Promise<Counts> {
  const reviews = await storedReviews(redis, prefix);
  const seen = new Map<string, number>();
  for (const r of reviews) {
    if (r.kind === "campaign") continue;
    for (const id of r.messageIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  const cards = platform.cards();
  const cardsOf = new Map<string, number>();
  for (const c of cards) cardsOf.set(c.reviewId, (cardsOf.get(c.reviewId) ?? 0) + 1);
  return {
    sent: sent.length,
    lost: sent.filter((id) => !seen.has(id)).length,
    doubled: sent.filter((id) => (seen.get(id) ?? 0) > 1).length,
    uncarded: reviews.filter((r) => !r.held && !cardsOf.has(r.id)).length,
    uncardedIds: reviews.filter((r) => !r.held && !cardsOf.has(r.id)).map((r) => r.id),
    doubledCards: [...cardsOf.values()].filter((n) => n > 1).length,
    reviews: reviews.length,
    cards: cards.length,
  };
}

/** What Redis holds on a review and its card job, for a scenario that found it without a card. */
export async function explain(redis: Redis, prefix: string, ids: string[], platform: string) {
  const out: Record<string, unknown> = {};
  for (const id of ids) {
    const hash = await redis.hgetall(`{${prefix}}:review:${id}`);
    const job = await redis.hgetall(`{${prefix}}:present-${platform}:card-${id}`);
    const { message: _m, classification: _c, draft: _d, ...rest } = hash;
    const { data: _data, ...jobRest } = job;
    out[id] = { review: rest, cardJob: jobRest };
  }
  return JSON.stringify(out, null, 1);
}

/** Polls until `check` holds or `ms` pass; answers whether it held (the test then counts). */
export async function settle(
  ms: number,
  check: () => Promise<boolean> | boolean,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One line the closing note can quote. */
export function report(scenario: string, counts: Record<string, unknown>): void {
  const parts = Object.entries(counts)
    .filter(([k, v]) => !(k === "uncardedIds" && Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}=${v}`);
  console.log(`[faults] ${scenario}: ${parts.join(" ")}`);
}
