// The one wiring file: Redis, queues, workers, store, HTTP and the adapters' context.
// Everything it wires is a plain function or small object that tests can also call alone.
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Logger } from "pino";
import { createAutoModerator } from "./auto-moderation.ts";
import { createCampaignActionProcessor, enqueueCampaignAction } from "./campaign-actions.ts";
import { createCampaigns } from "./campaigns.ts";
import type { Config } from "./config.ts";
import { createConversations } from "./conversations.ts";
import { createDecide } from "./decisions.ts";
import {
  createDeliverProcessor,
  type DeliverDeps,
  OUTBOUND_WORKER,
  onDeliveryJobFailed,
} from "./deliver.ts";
import { batchedEnqueue } from "./enqueue.ts";
import { backoffDelay, PermanentError } from "./errors.ts";
import { createGrouper, type QuietWindow, triageJobId } from "./group.ts";
import { HOUSEKEEPING_EVERY_MS, housekeep } from "./housekeeping.ts";
import { createHttpServer, type Health } from "./http.ts";
import { reviewIdFor } from "./ids.ts";
import { checkInbound } from "./inbound.ts";
import { createKeys, type Keys } from "./keys.ts";
import { drainLegacyInbound } from "./legacy-inbound.ts";
import { createMetrics, type Metrics } from "./metrics.ts";
import { explainMissing } from "./missing-review.ts";
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
import { createPresentProcessor, repairCard } from "./presenter.ts";
import {
  type ChannelJob,
  type ConversationJob,
  createQueues,
  type DeliveryJob,
  OUTBOUND,
  presentQueueName,
  type Queues,
  TRIAGE,
  type TriageJob,
} from "./queues.ts";
import { createRedis, type RedisClient } from "./redis.ts";
import { createReviewReports } from "./review-reports.ts";
import { createReviewStore } from "./review-store.ts";
import { createSignalSource } from "./signals.ts";
import { createTriage } from "./triage.ts";
import type { InboundMessage, Platform } from "./types.ts";
import { within } from "./within.ts";

/**
 * How long stop() lets in-flight jobs finish. BullMQ's graceful close can wait forever (a worker
 * whose blocking connection is reconnecting after a Redis outage never sees it end), so stop()
 * gives up after this and abandons what is left: its lock expires and a stalled check requeues it.
 */
export const STOP_TIMEOUT_MS = 10_000;

/** The scheduled job that removes what outlived the retention. */
const HOUSEKEEPING = "housekeeping";

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

  function startWorkers(): void {
    const settings = {
      backoffStrategy: (attempts: number, _type?: string, err?: Error) =>
        backoffDelay(attempts, options.backoffMs ?? 1000, err),
    };
    // The workers complete jobs on the same connection the processors use: triage relies on it.
    // Every stage keeps the outbound stall settings: a triage or card job that BullMQ failed as
    // "stalled" (its process died twice while running it) left a message with no review or card.
    const common = { connection: redis, prefix: keys.bullPrefix, settings, ...OUTBOUND_WORKER };
    const concurrency = config.WORKER_CONCURRENCY;
    const triage = createTriage({
      store,
      conversations,
      campaigns,
      classifier: options.classifier,
      responder: options.responder,
      queues,
      metrics,
      window,
      applyCampaign: (id) => enqueueCampaignAction(queues.outbound, id, true),
      autoModerate: createAutoModerator(config, decide, (id, action) =>
        campaigns.markDryRun(id, action),
      ),
      logger,
    });
    const triageOne = async (job: Job<TriageJob>) => {
      if (job.name !== "channel") return triage.conversation(job as Job<ConversationJob>);
      const checked = checkInbound((job.data as ChannelJob).message);
      // Only a job added by hand (or a bug) holds a message ingest would have refused.
      if (!checked.ok) throw new PermanentError("BAD_INPUT", `channel message: ${checked.reason}`);
      const id = job.id as string;
      const outcome = await triage.channelMessage(
        checked.message,
        id,
        await signals.observe(checked.message),
      );
      // Remembered for triageState (the job is gone once done); a day, no text.
      if (outcome.status === "ignored") {
        await redis.set(keys.attached(id), `ignored:${outcome.reason}`, "EX", 86_400);
      }
      return outcome;
    };
    const conversation = new Worker(TRIAGE, triageOne, { ...common, concurrency });
    const deliverDeps: DeliverDeps = { store, adapters, metrics, logger };
    const deliverOne = createDeliverProcessor(deliverDeps);
    const applyOne = createCampaignActionProcessor({
      store,
      campaigns,
      responder: options.responder,
      adapters,
      queues,
      logger,
    });
    const housekeeping = {
      redis,
      keys,
      queues: [
        queues.inbound,
        queues.triage,
        queues.outbound,
        ...[...adapters.keys()].map((p) => queues.present(p)),
      ],
      retentionDays: config.RETENTION_DAYS,
      cards: { queues, platforms: [...adapters.keys()] },
    };
    const deliver = new Worker<DeliveryJob>(
      OUTBOUND,
      (job) =>
        job.name === "campaign"
          ? applyOne(job)
          : job.name === HOUSEKEEPING
            ? housekeep(housekeeping)
            : deliverOne(job),
      { ...common, concurrency },
    );
    // One schedule for all workers (upserted by id), run by whichever takes it.
    queues.outbound
      .upsertJobScheduler(HOUSEKEEPING, { every: HOUSEKEEPING_EVERY_MS }, { name: HOUSEKEEPING })
      .catch((err: Error) => logger.warn({ err: err.message }, "could not schedule housekeeping"));
    const presenters = [...adapters.values()].map((adapter) => {
      return new Worker(
        presentQueueName(adapter.platform),
        createPresentProcessor({
          redis,
          keys,
          store,
          pacer,
          adapter,
          queues,
          metrics,
          logger,
        }),
        // A paced channel takes one call at a time anyway, and one job at a time keeps the next
        // turn free for the most urgent card; an unpaced one (console) may go wide.
        { ...common, concurrency: adapter.cardPaceMs ? 1 : concurrency },
      );
    });
    drainLegacyInbound(queues.inbound, ingest, logger).then(
      (drained) => {
        if (drained > 0) logger.info({ drained }, "ingested what a previous version had queued");
      },
      (err: Error) => logger.warn({ err: err.message }, "could not drain the legacy inbound queue"),
    );
    for (const worker of [conversation, deliver, ...presenters]) {
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
        // A PermanentError is the processor's own verdict on a review it left as it was.
        const byProcessor = err instanceof PermanentError;
        if (final && !byProcessor && job && worker.name === OUTBOUND && job.name === "deliver") {
          onDeliveryJobFailed(deliverDeps, queues.outbound, job as Job<DeliveryJob>, err).catch(
            (e: Error) =>
              logger.error(
                { jobId: job.id, err: e.message },
                "could not settle the failed delivery",
              ),
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
      if (role !== "ingest") startWorkers();
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
