// `npm run soak`: DMs at a steady rate through `npm start` with the fake Slack (HTTP events), a
// reviewer approving every 25th card, against a Redis of the soak's own (AOF everysec, a free
// port, never the shared one). Reports the bot's RSS at 10% and 90% of the run (goal: growth under
// 10%), Redis memory per retained message (used_memory delta / messages; goal at most 3 KB), and
// the keys under the prefix with no TTL after the run, by pattern, marking those that hold message
// text. SOAK_MESSAGES (default 20000), SOAK_RATE (per second, default 100), SOAK_CLASSIFIER
// (default local), SOAK_HEAP=1 to write heap snapshots at 10% and 90% into the working directory,
// SOAK_NODE_OPTIONS to add Node flags (NODE_OPTIONS) to those of package.json's start script.
import { readFileSync } from "node:fs";
import { SIGNING_SECRET, signature } from "../test/fakes/slack/driver.ts";
import { actionsOf, location, reviewIdOf } from "../test/fakes/slack/harness.ts";
import { blockActions, eventEnvelope, imMessage } from "../test/fakes/slack/payloads.ts";
import { FakeSlack, TOKENS } from "../test/fakes/slack/server.ts";
import { freePort } from "../test/faults/bot.ts";
import { faultRedis } from "../test/faults/redis.ts";
import { startMain } from "../test/helpers/main-process.ts";
import { BENCH_TEXTS } from "./bench-texts.ts";

const MESSAGES = Number(process.env.SOAK_MESSAGES ?? 20_000);
const RATE = Number(process.env.SOAK_RATE ?? 100);
const CLASSIFIER = process.env.SOAK_CLASSIFIER ?? "local";
const HEAP = process.env.SOAK_HEAP === "1";
/** V8 flags for the bot (NODE_OPTIONS), to compare heap settings. */
const NODE_FLAGS = process.env.SOAK_NODE_OPTIONS ?? "";
const REVIEW_CHANNEL = "CREVIEWS01";
const REVIEWER = "UREVIEWER1";
/** In every message's text, so a key that holds message text can be told from one that does not. */
const MARKER = "soakmark";

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function signed(body: string, contentType: string): RequestInit {
  const ts = Math.floor(Date.now() / 1000);
  return {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature(SIGNING_SECRET, ts, body),
    },
    body,
  };
}

/** The bot's V8 heap and external memory, from its own /metrics (prom-client's defaults). */
async function heapOf(base: string): Promise<string> {
  const text = await fetch(`${base}/metrics`).then(
    (r) => r.text(),
    () => "",
  );
  const mb = (name: string) => {
    const value = new RegExp(`^collab_triage_${name} (\\S+)$`, "m").exec(text)?.[1];
    return value ? `${(Number(value) / 1e6).toFixed(0)} MB` : "?";
  };
  return `heap used ${mb("nodejs_heap_size_used_bytes")} of ${mb("nodejs_heap_size_total_bytes")}, external ${mb("nodejs_external_memory_bytes")}`;
}

async function usedMemory(admin: { info(section: string): Promise<string> }): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await admin.info("memory"))?.[1] ?? 0);
}

/** A key's shape with ids taken out: `{p}:review:r1a2b` -> `review:*`, `{p}:sig:band:3:x9` -> `sig:band:3:*`. */
function pattern(key: string, prefix: string): string {
  return key
    .slice(prefix.length + 3)
    .split(":")
    .map((part, i) =>
      /^(slack|discord|dm|\d)$/.test(part) || (i < 2 && /^[a-z-]+$/.test(part)) ? part : "*",
    )
    .join(":");
}

async function main() {
  const redis = await faultRedis();
  const fake = await FakeSlack.start();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const prefix = `soak-${Date.now().toString(36)}`;
  const bot = startMain(
    prefix,
    {
      PORT: String(port),
      REDIS_URL: redis.url,
      CLASSIFIER,
      LOG_LEVEL: "warn",
      SLACK_BOT_TOKEN: TOKENS.bot,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
      SLACK_REVIEWER_IDS: REVIEWER,
      SLACK_API_URL: fake.apiUrl,
      ...(HEAP || NODE_FLAGS
        ? { NODE_OPTIONS: `${HEAP ? "--heapsnapshot-signal=SIGUSR2 " : ""}${NODE_FLAGS}`.trim() }
        : {}),
    },
    3_600_000,
  );
  const pid = bot.child.pid as number;
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline) throw new Error(`the bot never became healthy:\n${bot.out.stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const memoryBefore = await usedMemory(redis.admin);
  console.log(
    `soak: ${MESSAGES} DMs at ${RATE}/s through npm start (Slack HTTP, CLASSIFIER=${CLASSIFIER}), own Redis ${redis.url}`,
  );

  const approved = new Set<string>();
  const approveSome = async () => {
    const cards = fake.messagesIn(REVIEW_CHANNEL);
    for (const [i, card] of cards.entries()) {
      if (i % 25 !== 0 || approved.has(card.ts)) continue;
      const action = actionsOf(card).approve;
      if (!action) continue;
      approved.add(card.ts);
      const body = new URLSearchParams({
        payload: JSON.stringify(blockActions(REVIEWER, location(card), action)),
      }).toString();
      await fetch(`${base}/slack/events`, signed(body, "application/x-www-form-urlencoded")).catch(
        () => {},
      );
    }
  };

  const samples: Record<string, number> = {};
  let refused = 0;
  let failedPosts = 0;
  let lost = 0;
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < MESSAGES; i++) {
    // Steady pace: message i leaves at i / RATE seconds.
    const due = started + (i * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const text = `${BENCH_TEXTS[i % BENCH_TEXTS.length]} (${MARKER} ${i})`;
    const event = imMessage({ text, channel: `DSOAK${i % 5000}`, user: `USOAK${i % 5000}` });
    const body = JSON.stringify(eventEnvelope(event));
    // As Slack does: an event not acknowledged is sent again, up to three times.
    const send = (async () => {
      for (let attempt = 0; attempt < 4; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 1000));
        const status = await fetch(`${base}/slack/events`, signed(body, "application/json")).then(
          async (r) => {
            await r.arrayBuffer();
            return r.status;
          },
          () => 0,
        );
        if (status === 200) return;
        if (status === 0) failedPosts++;
        else refused++;
      }
      lost++;
    })();
    inFlight.add(send);
    void send.finally(() => inFlight.delete(send));
    for (const [name, at] of [
      ["10%", 0.1],
      ["90%", 0.9],
    ] as const) {
      if (i === Math.floor(MESSAGES * at)) {
        samples[name] = rssMb(pid);
        const heap = await heapOf(base);
        if (HEAP) bot.child.kill("SIGUSR2");
        console.log(`  ${name}: ${i} sent, bot RSS ${samples[name]?.toFixed(0)} MB; ${heap}`);
      }
    }
    if (i % 500 === 0) void approveSome();
  }
  await Promise.all(inFlight);
  const sendSeconds = (Date.now() - started) / 1000;
  // Let triage catch up (cards are paced and may still be queued: that is by design).
  await new Promise((r) => setTimeout(r, 10_000));
  await approveSome();
  await new Promise((r) => setTimeout(r, 5_000));
  const memoryAfter = await usedMemory(redis.admin);
  const rssEnd = rssMb(pid);

  // Every key under the prefix by pattern: how many, their bytes (MEMORY USAGE), how many have no
  // TTL, and how many of those hold message text.
  const shapes = new Map<string, { count: number; bytes: number; noTtl: number; text: number }>();
  let cursor = "0";
  let total = 0;
  do {
    const [next, keys] = await redis.admin.scan(cursor, "MATCH", `{${prefix}}*`, "COUNT", 1000);
    cursor = next;
    total += keys.length;
    for (const key of keys) {
      const type = await redis.admin.type(key);
      const shape = `${type} ${pattern(key, prefix)}`;
      const entry = shapes.get(shape) ?? { count: 0, bytes: 0, noTtl: 0, text: 0 };
      entry.count += 1;
      entry.bytes += Number(await redis.admin.call("MEMORY", "USAGE", key)) || 0;
      shapes.set(shape, entry);
      if ((await redis.admin.ttl(key)) !== -1) continue;
      entry.noTtl += 1;
      const dump =
        type === "hash"
          ? JSON.stringify(await redis.admin.hgetall(key))
          : type === "string"
            ? ((await redis.admin.get(key)) ?? "")
            : type === "list"
              ? JSON.stringify(await redis.admin.lrange(key, 0, 50))
              : "";
      if (dump.includes(MARKER)) entry.text += 1;
    }
  } while (cursor !== "0");

  const reviews = (await redis.admin.keys(`{${prefix}}:review:*`)).length;
  const cards = fake.messagesIn(REVIEW_CHANNEL).filter((m) => {
    try {
      return !!reviewIdOf(m);
    } catch {
      return false;
    }
  }).length;
  const replies = fake
    .callsTo("chat.postMessage")
    .filter((c) => String(c.args.channel).startsWith("DSOAK")).length;
  const r10 = samples["10%"] ?? 0;
  const r90 = samples["90%"] ?? 0;
  console.log(
    `  sent in ${sendSeconds.toFixed(0)} s; answers not 200: ${refused}, connections failed: ${failedPosts}, events never acknowledged after 3 retries: ${lost}`,
  );
  console.log(`  at the end: ${await heapOf(base)}`);
  console.log(
    `  bot RSS: ${r10.toFixed(0)} MB at 10%, ${r90.toFixed(0)} MB at 90% (${(((r90 - r10) / r10) * 100).toFixed(1)}%; goal < 10%), ${rssEnd.toFixed(0)} MB at the end`,
  );
  console.log(
    `  Redis used_memory: +${((memoryAfter - memoryBefore) / 1e6).toFixed(1)} MB = ${((memoryAfter - memoryBefore) / MESSAGES / 1024).toFixed(2)} KB per message (goal <= 3 KB); ${total} keys under the prefix`,
  );
  console.log(
    `  reviews ${reviews}, cards posted ${cards} (paced), approved ${approved.size}, replies posted ${replies}`,
  );
  console.log(
    "  keys by pattern (type pattern: count, MB, with no TTL, of those holding message text):",
  );
  for (const [shape, e] of [...shapes].sort((a, b) => b[1].bytes - a[1].bytes)) {
    const text = e.text ? `, ${e.text} WITH TEXT` : "";
    console.log(
      `    ${shape}: ${e.count}, ${(e.bytes / 1e6).toFixed(1)} MB, ${e.noTtl} no TTL${text}`,
    );
  }
  bot.child.kill("SIGTERM");
  await bot.exited;
  await fake.stop();
  await redis.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
