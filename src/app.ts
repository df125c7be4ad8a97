// The one wiring file: Redis, queues, workers, store, HTTP and the adapters' context.
// Everything it wires is a plain function or small object that tests can also call alone.
import { UnrecoverableError, Worker } from "bullmq";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { createDecide } from "./decisions.ts";
import { createDeliverProcessor, type DeliverDeps, failDelivery } from "./deliver.ts";
import { batchedEnqueue } from "./enqueue.ts";
import { backoffDelay } from "./errors.ts";
import { createHttpServer, type Health } from "./http.ts";
import { reviewIdFor } from "./ids.ts";
import { checkInbound } from "./inbound.ts";
import { createKeys, type Keys } from "./keys.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import type {
  AdapterContext,
  Classifier,
  PlatformAdapter,
  Responder,
  ReviewReports,
  ReviewStore,
  SignalSource,
} from "./ports.ts";
import { createQueues, INBOUND, OUTBOUND, type Queues } from "./queues.ts";
import { createRedis, type RedisClient } from "./redis.ts";
import { createReviewReports } from "./review-reports.ts";
import { createReviewStore } from "./review-store.ts";
import { createSignalSource } from "./signals.ts";
import { createTriageProcessor, type TriageResult } from "./triage.ts";
import type { Platform } from "./types.ts";
import { within } from "./within.ts";

/**
 * How long stop() lets in-flight jobs finish. BullMQ's graceful close can wait forever (a worker
 * whose blocking connection is reconnecting after a Redis outage never sees it end), so stop()
 * gives up after this and abandons what is left: its lock expires and a stalled check requeues it.
 */
export const STOP_TIMEOUT_MS = 10_000;

export interface AppOptions {
  config: Config;
  adapters: PlatformAdapter[];
  classifier: Classifier;
  responder: Responder;
  logger: Logger;
  signals?: SignalSource;
  /** Base delay of the exponential retry backoff (tests shorten it). */
  backoffMs?: number;
  /** Serve HTTP on config.PORT (default true). */
  http?: boolean;
  /** Interface to bind HTTP to. */
  host?: string;
}

export interface App {
  readonly ctx: AdapterContext;
  readonly keys: Keys;
  readonly redis: RedisClient;
  readonly store: ReviewStore;
  readonly reports: ReviewReports;
  readonly queues: Queues;
  readonly metrics: Metrics;
  /** The HTTP port once started (useful with PORT=0), or null. */
  readonly port: number | null;
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): Promise<Health>;
}

export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  const role = config.ROLE;
  const keys = createKeys(config.QUEUE_PREFIX);
  // One connection for commands and queues; BullMQ opens its own blocking ones for workers.
  // Not lazy: BullMQ would then call connect() itself, and that promise rejects on the first failed
  // attempt; BullMQ keeps the rejection, so a queue or worker that met an unreachable Redis at start
  // failed every command ("Connection is closed.") even after Redis was back. Connecting from here,
  // BullMQ waits for "ready", through ioredis's reconnects. Duplicates (workers' blocking
  // connections) copy its options (maxRetriesPerRequest null, see createRedis, which also makes a
  // Redis Cluster or Sentinel client when the config names one).
  const redis = createRedis(config);
  let lastRedisError = "";
  redis.on("error", (err: Error) => {
    // ioredis reconnects on its own; say so once per distinct failure, not on every retry.
    if (err.message !== lastRedisError) logger.warn({ err: err.message }, "redis connection error");
    lastRedisError = err.message;
  });
  redis.on("ready", () => {
    lastRedisError = "";
  });

  const store = createReviewStore(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const reports = createReviewReports(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const queues = createQueues(redis, keys, config.RETENTION_DAYS);
  for (const queue of [queues.inbound, queues.outbound]) {
    queue.on("error", (err: Error) =>
      logger.debug({ queue: queue.name, err: err.message }, "queue error"),
    );
  }
  const metrics = createMetrics(queues);
  const enqueueInbound = batchedEnqueue(queues.inbound, "triage");
  const adapters = new Map<Platform, PlatformAdapter>(options.adapters.map((a) => [a.platform, a]));
  const signals =
    options.signals ?? createSignalSource(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const decide = createDecide({
    store,
    queues,
    responder: options.responder,
    adapters,
    metrics,
  });
  const http = options.http === false ? null : createHttpServer({ health, metrics: readMetrics });
  const workers: Worker[] = [];
  // Jobs this process is running, so a stop that gives up can say which ones it left behind.
  const inFlight = new Set<string>();
  let port: number | null = null;

  const ctx: AdapterContext = {
    listen: role !== "worker",
    logger,
    async ingest(input) {
      const checked = checkInbound(input);
      if (!checked.ok) return { status: "invalid", reason: checked.reason };
      const reviewId = reviewIdFor(checked.message);
      await enqueueInbound(checked.message, reviewId);
      return { status: "queued", reviewId };
    },
    async triageState(reviewId) {
      // The inbound job's id is the review id; its return value says whether a card was needed.
      const state = await queues.inbound.getJobState(reviewId);
      if (state !== "completed" && state !== "failed") return { status: "pending" };
      const job = await queues.inbound.getJob(reviewId);
      if (!job) return { status: "pending" };
      if (state === "failed") return { status: "failed", reason: job.failedReason };
      const result = job.returnvalue as TriageResult | null;
      return result?.status === "ignored"
        ? { status: "ignored", reason: result.reason }
        : { status: "carded" };
    },
    decide,
    getReview: (id) => store.get(id),
    pending: (limit = 20) => reports.pending(limit),
    stats: (days) => reports.stats(days),
    route(method, path, handler) {
      http?.route(method, path, handler);
    },
  };

  function startWorkers(): void {
    const settings = {
      backoffStrategy: (attempts: number, _type?: string, err?: Error) =>
        backoffDelay(attempts, options.backoffMs ?? 1000, err),
    };
    // The workers complete jobs on the same connection the processors use: triage relies on it.
    const common = { connection: redis, prefix: keys.bullPrefix, settings };
    const triage = new Worker(
      INBOUND,
      createTriageProcessor({
        redis,
        keys,
        store,
        signals,
        classifier: options.classifier,
        responder: options.responder,
        adapters,
        metrics,
        logger,
      }),
      { ...common, concurrency: config.WORKER_CONCURRENCY },
    );
    const deliverDeps: DeliverDeps = { store, adapters, metrics, logger };
    const deliver = new Worker(OUTBOUND, createDeliverProcessor(deliverDeps), {
      ...common,
      concurrency: config.WORKER_CONCURRENCY,
    });
    for (const worker of [triage, deliver]) {
      const key = (jobId: string | undefined) => `${worker.name}:${jobId}`;
      worker.on("active", (job) => inFlight.add(key(job.id)));
      worker.on("completed", (job) => inFlight.delete(key(job.id)));
      worker.on("failed", (job, err) => {
        if (job) inFlight.delete(key(job.id));
        // A PermanentError (UnrecoverableError) fails at once, below its attempts; BullMQ sets
        // finishedOn only when the job lands in the failed set.
        const final =
          err instanceof UnrecoverableError ||
          job?.finishedOn !== undefined ||
          (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1));
        logger[final ? "error" : "warn"](
          { queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message },
          final ? "job failed; kept in the failed set" : "job failed; will retry",
        );
        // The processor fails the review itself on its own last attempt, but not when BullMQ
        // fails the job without running it (stalled too often: the worker died each time).
        if (final && job && worker.name === OUTBOUND) {
          const { reviewId } = job.data as { reviewId: string };
          failDelivery(deliverDeps, reviewId, err.message).catch((e: Error) =>
            logger.error({ jobId: job.id, err: e.message }, "could not mark the review failed"),
          );
        }
      });
      worker.on("error", (err) =>
        logger.warn({ queue: worker.name, err: err.message }, "worker error"),
      );
      workers.push(worker);
    }
  }

  async function health(): Promise<Health> {
    const redisUp = await within(
      redis.ping().then(
        () => true,
        () => false,
      ),
      1000,
      () => false,
    );
    const status = Object.fromEntries(
      workers.map((w) => [w.name, w.isRunning() ? "running" : "stopped"] as const),
    );
    const workersOk =
      role === "ingest" || (workers.length > 0 && workers.every((w) => w.isRunning()));
    return { ok: redisUp && workersOk, redis: redisUp ? "up" : "down", workers: status, role };
  }

  async function readMetrics() {
    return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
  }

  return {
    ctx,
    keys,
    redis,
    store,
    reports,
    queues,
    metrics,
    get port() {
      return port;
    },
    health,
    async start() {
      // The shared connection is already connecting (or retrying) since createApp: nothing waits
      // for it here, so a Redis that is down does not hold the adapters and HTTP back.
      // Workers last: if a token is refused or the port is taken, no job has been taken yet by a
      // process that is about to stop.
      for (const adapter of adapters.values()) await adapter.start(ctx);
      if (http) port = await http.listen(config.PORT, options.host);
      if (role !== "ingest") startWorkers();
      logger.info({ role, adapters: [...adapters.keys()], port }, "collab-triage started");
    },
    async stop() {
      // Stop taking work first, then let in-flight jobs finish, then close connections.
      // Inbound HTTP events (Slack) are refused from now on; /healthz and /metrics answer to the end.
      http?.refuseRoutes();
      for (const adapter of adapters.values()) {
        await adapter
          .stop()
          .catch((err: Error) => logger.warn({ err: err.message }, "adapter stop"));
      }
      // Without Redis nothing in flight can finish, and a graceful close would wait forever.
      const force = redis.status !== "ready";
      const closed = await within(
        Promise.all(workers.map((w) => w.close(force))).then(() => true),
        STOP_TIMEOUT_MS,
        () => false,
      );
      if (!closed) {
        // Only ids: a job's data holds message text.
        logger.warn(
          { abandoned: [...inFlight], waitedMs: STOP_TIMEOUT_MS },
          "workers did not close in time; stopping without them (abandoned jobs are retried once their lock expires)",
        );
      }
      if (force) redis.disconnect();
      await queues.close();
      await http?.close();
      if (!force) await redis.quit().catch(() => redis.disconnect());
      logger.info("collab-triage stopped");
    },
  };
}
