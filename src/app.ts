// The one wiring file: Redis, queues, store, HTTP, the adapters' context and ingest (the workers
// are wired in workers.ts).
// Everything it wires is a plain function or small object that tests can also call alone.
import type { Worker } from "bullmq";
import type { Logger } from "pino";
import { enqueueCampaignAction } from "./campaign-actions.ts";
import { createCampaigns } from "./campaigns.ts";
import type { Config } from "./config.ts";
import { createConversations } from "./conversations.ts";
import { createDecide } from "./decisions.ts";
import { batchedEnqueue } from "./enqueue.ts";
import { createGrouper, type QuietWindow, triageJobId } from "./group.ts";
import { createHttpServer, type Health } from "./http.ts";
import { reviewIdFor } from "./ids.ts";
import { checkInbound } from "./inbound.ts";
import { createKeys, type Keys } from "./keys.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { explainMissing } from "./missing-review.ts";
import { ownerLinks } from "./owner-links.ts";
import { createPacer } from "./pacer.ts";
import type {
  AdapterContext,
  Classifier,
  IngestResult,
  PlatformAdapter,
  Responder,
  ReviewReports,
  ReviewStore,
  SignalSource,
} from "./ports.ts";
import { repairCard } from "./presenter.ts";
import { createQueues, type Queues, type TriageJob } from "./queues.ts";
import { createRedis, type RedisClient } from "./redis.ts";
import { createReviewReports } from "./review-reports.ts";
import { createReviewStore } from "./review-store.ts";
import { createSignalSource } from "./signals.ts";
import type { InboundMessage, Platform } from "./types.ts";
import { within } from "./within.ts";
import { startWorkers } from "./workers.ts";

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
  /** The id of the classifier's model, for /healthz. */
  modelId?: () => string;
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
  /** METRICS_PORT once started, when set, or null. */
  readonly metricsPort: number | null;
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
  for (const queue of [queues.triage, queues.outbound]) {
    queue.on("error", (err: Error) =>
      logger.debug({ queue: queue.name, err: err.message }, "queue error"),
    );
  }
  const metrics = createMetrics(queues);
  const adapters = new Map<Platform, PlatformAdapter>(options.adapters.map((a) => [a.platform, a]));
  const signals =
    options.signals ?? createSignalSource(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const conversations = createConversations(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const campaigns = createCampaigns(redis, keys, { retentionDays: config.RETENTION_DAYS });
  const pacer = createPacer(redis);
  const window: QuietWindow = {
    quietMs: config.CONVERSATION_QUIET_MS,
    maxWaitMs: config.CONVERSATION_MAX_WAIT_MS,
  };
  const group = createGrouper({
    conversations,
    signals,
    enqueueTriage: batchedEnqueue<TriageJob>(queues.triage),
    window,
    async recard(reviewId, count) {
      const review = await store.get(reviewId);
      // Not triaged this far (the job for this count may never have been added): triage runs.
      if (!review || (review.status === "pending" && (review.triagedCount ?? 1) < count)) {
        return false;
      }
      if (!review.card && !review.campaignId) await repairCard(queues, review);
      return true;
    },
    logger,
  });
  const applyCampaign = (id: string) => enqueueCampaignAction(queues.outbound, id);
  const decide = createDecide({
    store,
    queues,
    applyCampaign,
    releaseCampaign: (campaign) => campaigns.release(campaign),
    responder: options.responder,
    adapters,
    metrics,
  });
  const own = { health, metrics: readMetrics };
  const apart = config.METRICS_PORT !== undefined;
  const http = options.http === false ? null : createHttpServer(apart ? {} : { own });
  const metricsHttp = options.http === false || !apart ? null : createHttpServer({ own });
  const workers: Worker[] = [];
  // Jobs this process is running, so a stop that gives up can say which ones it left behind.
  const inFlight = new Set<string>();
  let port: number | null = null;
  let metricsPort: number | null = null;

  async function ingest(input: InboundMessage): Promise<IngestResult> {
    const checked = checkInbound(input);
    if (!checked.ok) return { status: "invalid", reason: checked.reason };
    if (!adapters.has(checked.message.platform)) {
      // Its card and reply would have nowhere to go from this process.
      return { status: "invalid", reason: `no adapter for ${checked.message.platform} here` };
    }
    const reviewId = reviewIdFor(checked.message);
    await group(checked.message, reviewId);
    return { status: "queued", reviewId };
  }

  const ctx: AdapterContext = {
    listen: role !== "worker",
    logger,
    ownerLinks: ownerLinks(config),
    ingest,
    async triageState(jobId) {
      // The inbound job is gone once done: where its message went is in the review store.
      const [attached, review] = await Promise.all([
        redis.get(keys.attached(jobId)),
        store.get(jobId),
      ]);
      if (attached?.startsWith("ignored:")) {
        return { status: "ignored", reason: attached.slice("ignored:".length) };
      }
      const reviewId = attached ? attached.split("|")[0] : review?.id;
      const found = reviewId === review?.id ? review : reviewId ? await store.get(reviewId) : null;
      if (found?.card || found?.campaignId) return { status: "carded", reviewId: found.id };
      // Its triage job: the conversation's at this message's count, or the channel message's own.
      const triageId = attached?.includes("|")
        ? triageJobId(attached.slice(0, attached.indexOf("|")), Number(attached.split("|")[1]))
        : jobId;
      if ((await queues.triage.getJobState(triageId)) === "failed") {
        const job = await queues.triage.getJob(triageId);
        return { status: "failed", reason: job?.failedReason ?? "triage failed" };
      }
      return { status: "pending" };
    },
    decide,
    getReview: (id) => store.get(id),
    missingReview: (card) => explainMissing(card, config.RETENTION_DAYS),
    pending: (limit = 20, platform) => reports.pending(limit, platform),
    stats: (days) => reports.stats(days),
    route(method, path, handler) {
      http?.route(method, path, handler);
    },
  };

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
    const model = options.modelId?.();
    return {
      ok: redisUp && workersOk,
      redis: redisUp ? "up" : "down",
      workers: status,
      role,
      ...(model ? { model } : {}),
    };
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
    get metricsPort() {
      return metricsPort;
    },
    health,
    async start() {
      // The shared connection is already connecting (or retrying) since createApp: nothing waits
      // for it here, so a Redis that is down does not hold the adapters and HTTP back.
      // Workers last: if a token is refused or the port is taken, no job has been taken yet by a
      // process that is about to stop.
      for (const adapter of adapters.values()) await adapter.start(ctx);
      if (http) port = await http.listen(config.PORT, options.host);
      if (metricsHttp)
        metricsPort = await metricsHttp.listen(config.METRICS_PORT ?? 0, config.METRICS_HOST);
      if (role !== "ingest") {
        workers.push(
          ...startWorkers({
            config,
            redis,
            keys,
            store,
            conversations,
            campaigns,
            signals,
            queues,
            metrics,
            adapters,
            pacer,
            window,
            classifier: options.classifier,
            responder: options.responder,
            decide,
            ingest,
            inFlight,
            ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
            logger,
          }),
        );
      }
      logger.info(
        { role, adapters: [...adapters.keys()], port, metricsPort },
        "collab-triage started",
      );
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
      await metricsHttp?.close();
      if (!force) await redis.quit().catch(() => redis.disconnect());
      logger.info("collab-triage stopped");
    },
  };
}
