// `npm run bench:signals`: what one signals lookup (src/signals.ts, one Lua script) costs Redis and
// Node for three shapes of traffic, 16 lookups in flight:
// - corpus: the shipped training corpus, each text sent once to its own conversation (mixed
//   traffic whose templated spam fills some bands);
// - campaign: one text with the recipient's name swapped, sent to conversation after conversation
//   (a mass-DM flood: every band is full of near-duplicates);
// - one conversation: six texts over and over in one DM (the shape `npm run bench` sends).
// Redis time is INFO commandstats' EVALSHA time: the script itself, not the network around it.
import { Redis } from "ioredis";
import { loadExamples } from "../classifiers/datasets.ts";
import { createKeys } from "../src/keys.ts";
import { safeUrl } from "../src/redis-check.ts";
import { createSignalSource } from "../src/signals.ts";
import type { InboundMessage } from "../src/types.ts";
import { dm } from "../test/helpers/messages.ts";
import { dropPrefix, freshPrefix, REDIS_URL } from "../test/helpers/redis.ts";
import { BENCH_TEXTS } from "./bench-texts.ts";

const IN_FLIGHT = 16;
const corpus = loadExamples(new URL("../classifiers/corpus/", import.meta.url).pathname).map(
  (example) => example.text,
);
const NAMES = ["Maya", "Leo", "Ana", "Sam", "Kai", "Noor", "Ivy", "Jon", "Zoe", "Raf"];
const CAMPAIGN =
  "Hey {name}! We help creators like you get 10x more streams with our playlist placement service, packages start at $49, reply YES to get started";

const shapes: Record<string, { count: number; message: (i: number) => InboundMessage }> = {
  corpus: {
    count: corpus.length,
    message: (i) =>
      dm(corpus[i] as string, { channel: `dm:${i}`, author: { id: `u${i}`, name: "" } }),
  },
  campaign: {
    count: 3000,
    message: (i) =>
      dm(CAMPAIGN.replace("{name}", NAMES[i % NAMES.length] as string), {
        channel: `dm:${i}`,
        author: { id: `u${i}`, name: "" },
      }),
  },
  "one conversation": {
    count: 3000,
    message: (i) =>
      dm(BENCH_TEXTS[i % BENCH_TEXTS.length] as string, { author: { id: `u${i}`, name: "" } }),
  },
};

const redis = new Redis(REDIS_URL);
const admin = new Redis(REDIS_URL);

async function evalshaStats(): Promise<{ calls: number; usec: number }> {
  const info = await admin.info("commandstats");
  const match = /cmdstat_evalsha:calls=(\d+),usec=(\d+)/.exec(info);
  return { calls: Number(match?.[1] ?? 0), usec: Number(match?.[2] ?? 0) };
}

async function run(shape: (typeof shapes)[string], count = shape.count) {
  const prefix = freshPrefix("bench-signals");
  const signals = createSignalSource(redis, createKeys(prefix));
  const messages = Array.from({ length: count }, (_, i) => shape.message(i));
  // Nothing else runs in this process meanwhile; the counters are read right before and after.
  const before = await evalshaStats();
  const cpu = process.cpuUsage();
  let most = 0;
  for (let i = 0; i < messages.length; i += IN_FLIGHT) {
    const batch = messages.slice(i, i + IN_FLIGHT);
    for (const s of await Promise.all(batch.map((m) => signals.observe(m)))) {
      most = Math.max(most, s.duplicateRecipients);
    }
  }
  const used = process.cpuUsage(cpu);
  const after = await evalshaStats();
  await dropPrefix(admin, prefix);
  return {
    redisUs: (after.usec - before.usec) / Math.max(1, after.calls - before.calls),
    nodeUs: (used.user + used.system) / messages.length,
    most,
  };
}

// A warm-up of each shape first (JIT, the script cache), then one measured run each.
for (const shape of Object.values(shapes)) await run(shape, 500);
console.log(`signals lookups, ${IN_FLIGHT} in flight, redis: ${safeUrl(REDIS_URL)}`);
for (const [name, shape] of Object.entries(shapes)) {
  const { redisUs, nodeUs, most } = await run(shape);
  console.log(
    `${name.padEnd(17)} ${String(shape.count).padStart(5)} messages: redis ${redisUs.toFixed(1)} µs, node ${nodeUs.toFixed(1)} µs per lookup; most recipients counted ${most}`,
  );
}
await redis.quit();
await admin.quit();
