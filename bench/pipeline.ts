// `npm run bench`: what the pipeline costs on top of BullMQ itself, on the same Redis.
// 1. raw BullMQ: N jobs (same job options) through a no-op processor;
// 2. the pipeline: N messages from ingest to card presented on an in-memory adapter
//    (signals, classifier, responder and review store all real).
// Prints both throughputs, their ratio, p50/p99 end-to-end latency, peak RSS, and the CPU each side
// spends per message in this process and in Redis (INFO cpu), which is what decides the ratio when
// both share one machine (goal: at most 3x a no-op job).
// `npm run bench -- --cluster` runs the same rounds on a Redis Cluster too, in the same run: the
// one REDIS_CLUSTER_NODES names, or else a throwaway three-master cluster on free loopback ports.
import { Queue, Worker } from "bullmq";
import { Cluster, Redis } from "ioredis";
import { pino } from "pino";
import { createClassifier } from "../classifiers/index.ts";
import { createApp } from "../src/app.ts";
import { parseConfig } from "../src/config.ts";
import { jobOptions } from "../src/queues.ts";
import { createRedis, hostPort, type RedisSettings } from "../src/redis.ts";
import { safeUrl } from "../src/redis-check.ts";
import { createResponder } from "../src/responder/index.ts";
import { startCluster, type TestCluster } from "../test/helpers/cluster.ts";
import { MemoryAdapter } from "../test/helpers/memory-adapter.ts";
import { dm } from "../test/helpers/messages.ts";
import { dropPrefix, freshPrefix, REDIS_URL } from "../test/helpers/redis.ts";
import { variedText } from "./bench-texts.ts";

const N = Number(process.env.BENCH_N ?? 5000);
const CONCURRENCY = Number(process.env.WORKER_CONCURRENCY ?? 16);

let peakRss = 0;
const rssTimer = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100);

/** A Redis to measure on: its settings, and plain connections to each of its servers. */
interface Target {
  name: string;
  settings: RedisSettings;
  servers: Redis[];
  close(): Promise<void>;
}

function singleTarget(): Target {
  const admin = new Redis(REDIS_URL);
  return {
    name: `single node (${safeUrl(REDIS_URL)})`,
    settings: { REDIS_URL },
    servers: [admin],
    async close() {
      await admin.quit();
    },
  };
}

async function clusterTarget(): Promise<Target> {
  const named = process.env.REDIS_CLUSTER_NODES?.split(",").filter(Boolean) ?? [];
  const started: TestCluster | null = named.length > 0 ? null : await startCluster({ masters: 3 });
  const nodes = started ? started.nodes.map((n) => n.address) : named;
  const discovery = new Cluster(nodes.map(hostPort));
  await new Promise((resolve) => discovery.once("ready", resolve));
  // Every master's CPU counts: the hash tag puts the bot on one, but BullMQ's raw round may differ.
  const servers = discovery.nodes("master");
  return {
    name: `cluster of ${servers.length} masters (${started ? "throwaway" : nodes.join(",")})`,
    settings: { REDIS_URL, REDIS_CLUSTER_NODES: nodes },
    servers,
    async close() {
      await discovery.quit();
      await started?.stop();
    },
  };
}

/** CPU seconds the target's Redis servers have used so far (user + system), as INFO reports them. */
async function redisCpuSeconds(target: Target): Promise<number> {
  let total = 0;
  for (const server of target.servers) {
    const info = await server.info("cpu");
    const field = (name: string) => Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    total += field("used_cpu_user") + field("used_cpu_sys");
  }
  return total;
}

interface Round {
  rate: number;
  /** CPU microseconds per message: this process, and Redis. */
  nodeUs: number;
  redisUs: number;
}

/** Runs `work` over N messages and reports its rate and the CPU both processes spent on it. */
async function measured(target: Target, N: number, work: () => Promise<void>): Promise<Round> {
  const redisBefore = await redisCpuSeconds(target);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const redisUsed = (await redisCpuSeconds(target)) - redisBefore;
  return {
    rate: N / seconds,
    nodeUs: (used.user + used.system) / N,
    redisUs: (redisUsed * 1e6) / N,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function rawBullmq(target: Target, N: number): Promise<Round> {
  const prefix = `{${freshPrefix("bench-raw")}}`;
  const connection = createRedis(target.settings);
  const queue = new Queue("raw", { connection, prefix });
  let done = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const worker = new Worker(
    "raw",
    async () => {
      if (++done === N) finish();
    },
    { connection, prefix, concurrency: CONCURRENCY },
  );
  const round = await measured(target, N, async () => {
    for (let i = 0; i < N; i += 500) {
      await queue.addBulk(
        Array.from({ length: Math.min(500, N - i) }, (_, j) => ({
          name: "noop",
          data: dm(variedText(i + j)),
          // The pipeline's own job options, so the ratio measures our work, not BullMQ settings.
          opts: { ...jobOptions(30), jobId: `raw-${i + j}` },
        })),
      );
    }
    await finished;
  });
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  return round;
}

async function pipeline(target: Target, N: number): Promise<Round & { latencies: number[] }> {
  const prefix = freshPrefix("bench-pipeline");
  const config = parseConfig({
    REDIS_URL,
    REDIS_CLUSTER_NODES: target.settings.REDIS_CLUSTER_NODES?.join(",") ?? "",
    QUEUE_PREFIX: prefix,
    WORKER_CONCURRENCY: String(CONCURRENCY),
    OWNER_NAME: "Alex",
    // Every message is its own sender's: no quiet window to wait, so this measures the stages.
    CONVERSATION_QUIET_MS: "0",
  });
  const logger = pino({ level: "warn" });
  const adapter = new MemoryAdapter();
  const app = createApp({
    config,
    adapters: [adapter],
    classifier: await createClassifier(config, logger),
    responder: createResponder(config, logger),
    logger,
    http: false,
  });
  await app.start();
  const latencies: number[] = [];
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  adapter.onCard = (review) => {
    latencies.push(Date.now() - Date.parse(review.message.receivedAt));
  };
  // Spam copies sent by many senders join a campaign and get no card of their own: done is when
  // every message was triaged and the presenter has nothing left to post or edit.
  const triaged = async () =>
    (await app.metrics.messages.get()).values.reduce((sum, v) => sum + v.value, 0);
  const poll = setInterval(() => {
    void (async () => {
      if ((await triaged()) < N) return;
      const left = await app.queues
        .present("console")
        .getJobCounts("waiting", "active", "prioritized");
      if (Object.values(left).every((n) => n === 0)) finish();
    })();
  }, 20);
  const round = await measured(target, N, async () => {
    for (let i = 0; i < N; i += 500) {
      await Promise.all(
        Array.from({ length: Math.min(500, N - i) }, (_, j) =>
          app.ctx.ingest(
            dm(variedText(i + j), {
              author: { id: `u${i + j}`, name: "Bench" },
            }),
          ),
        ),
      );
    }
    await finished;
  });
  clearInterval(poll);
  await app.stop();
  for (const server of target.servers) await dropPrefix(server, prefix);
  return { ...round, latencies: latencies.sort((a, b) => a - b) };
}

// For each target: a warm-up of each side first (JIT, connections, Lua scripts), then two measured
// rounds each, alternating so neither side gets the machine's quieter moment; the better round counts.
async function bench(target: Target): Promise<string[]> {
  await rawBullmq(target, Math.ceil(N / 10));
  await pipeline(target, Math.ceil(N / 10));
  const raws: Round[] = [];
  const pipes: Array<Round & { latencies: number[] }> = [];
  for (let round = 0; round < 2; round++) {
    raws.push(await rawBullmq(target, N));
    pipes.push(await pipeline(target, N));
  }
  const best = <T extends Round>(rounds: T[]): T =>
    rounds.reduce((a, b) => (b.rate > a.rate ? b : a));
  const raw = best(raws);
  const piped = best(pipes);
  const rates = (rounds: Round[]) => rounds.map((r) => r.rate.toFixed(0)).join(", ");
  const cpu = (r: Round) =>
    `${r.nodeUs.toFixed(0)} µs here + ${r.redisUs.toFixed(0)} µs in Redis = ${(r.nodeUs + r.redisUs).toFixed(0)} µs`;
  return [
    `redis: ${target.name}`,
    `  raw BullMQ (no-op processor):   ${raw.rate.toFixed(0)} jobs/s (rounds: ${rates(raws)})`,
    `  pipeline (ingest -> group -> triage -> card): ${piped.rate.toFixed(0)} messages/s (rounds: ${rates(pipes)})`,
    `  ratio pipeline / raw:           ${(piped.rate / raw.rate).toFixed(2)}`,
    `  CPU pipeline / raw:             ${((piped.nodeUs + piped.redisUs) / (raw.nodeUs + raw.redisUs)).toFixed(2)}x (goal <= 3x)`,
    `  CPU per job, raw BullMQ:        ${cpu(raw)}`,
    `  CPU per message, pipeline:      ${cpu(piped)}`,
    `  end-to-end latency p50 / p99:   ${percentile(piped.latencies, 50)} ms / ${percentile(piped.latencies, 99)} ms (enqueued in bursts of 500; cards: ${piped.latencies.length}, the rest on campaign cards)`,
  ];
}

const lines = [`messages: ${N}, worker concurrency: ${CONCURRENCY}`];
const targets = [async () => singleTarget()];
if (process.argv.includes("--cluster")) targets.push(clusterTarget);
for (const make of targets) {
  const target = await make();
  try {
    lines.push(...(await bench(target)));
  } finally {
    await target.close();
  }
}
clearInterval(rssTimer);
lines.push(`peak RSS:                        ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
process.stdout.write(`${lines.join("\n")}\n`);
