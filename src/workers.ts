// The workers of the path, wired: triage (conversations and channel messages), outbound (replies,
// campaign actions, housekeeping) and one paced presenter per platform, with the logging and the
// settling of jobs that fail for good.
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Logger } from "pino";
import { createAutoModerator } from "./auto-moderation.ts";
import { createCampaignActionProcessor, enqueueCampaignAction } from "./campaign-actions.ts";
import type { Campaigns } from "./campaigns.ts";
import type { Config } from "./config.ts";
import type { Conversations } from "./conversations.ts";
import type { createDecide } from "./decisions.ts";
import {
  createDeliverProcessor,
  type DeliverDeps,
  OUTBOUND_WORKER,
  onDeliveryJobFailed,
} from "./deliver.ts";
import { backoffDelay, PermanentError } from "./errors.ts";
import type { QuietWindow } from "./group.ts";
import { HOUSEKEEPING_EVERY_MS, housekeep } from "./housekeeping.ts";
import { leavesWhenSteppedBack, trackInFlight } from "./in-flight.ts";
import { checkInbound } from "./inbound.ts";
import type { Keys } from "./keys.ts";
import { drainLegacyInbound } from "./legacy-inbound.ts";
import type { Metrics } from "./metrics.ts";
import type { Pacer } from "./pacer.ts";
import type {
  Classifier,
  IngestResult,
  PlatformAdapter,
  Responder,
  ReviewStore,
  SignalSource,
} from "./ports.ts";
import { createPresentProcessor } from "./presenter.ts";
import {
  type ChannelJob,
  type ConversationJob,
  type DeliveryJob,
  OUTBOUND,
  presentQueueName,
  type Queues,
  TRIAGE,
  type TriageJob,
} from "./queues.ts";
import type { RedisClient } from "./redis.ts";
import { createTriage } from "./triage.ts";
import type { InboundMessage, Platform } from "./types.ts";

/** The scheduled job that removes what outlived the retention. */
const HOUSEKEEPING = "housekeeping";

export interface WorkerDeps {
  config: Config;
  redis: RedisClient;
  keys: Keys;
  store: ReviewStore;
  conversations: Conversations;
  campaigns: Campaigns;
  signals: SignalSource;
  queues: Queues;
  metrics: Metrics;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  pacer: Pacer;
  window: QuietWindow;
  classifier: Classifier;
  responder: Responder;
  decide: ReturnType<typeof createDecide>;
  /** The app's ingest, for messages an older version left on its inbound queue. */
  ingest(message: InboundMessage): Promise<IngestResult>;
  /** Jobs running now (queue:id), kept up to date here, for a stop that gives up. */
  inFlight: Set<string>;
  /** Base delay of the exponential retry backoff (tests shorten it). */
  backoffMs?: number;
  logger: Logger;
}

export function startWorkers(deps: WorkerDeps): Worker[] {
  const {
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
    decide,
    ingest,
    inFlight,
    logger,
  } = deps;
  const settings = {
    backoffStrategy: (attempts: number, _type?: string, err?: Error) =>
      backoffDelay(attempts, deps.backoffMs ?? 1000, err),
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
    classifier: deps.classifier,
    responder: deps.responder,
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
  const conversation = new Worker(TRIAGE, leavesWhenSteppedBack(TRIAGE, inFlight, triageOne), {
    ...common,
    concurrency,
  });
  const deliverDeps: DeliverDeps = { store, adapters, metrics, logger, pacer, keys };
  const deliverOne = createDeliverProcessor(deliverDeps);
  const applyOne = createCampaignActionProcessor({
    store,
    campaigns,
    responder: deps.responder,
    adapters,
    queues,
    pacer,
    redis,
    keys,
    metrics,
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
    leavesWhenSteppedBack(OUTBOUND, inFlight, async (job: Job<DeliveryJob>, token?: string) =>
      job.name === "campaign"
        ? applyOne(job, token)
        : job.name === HOUSEKEEPING
          ? housekeep(housekeeping)
          : deliverOne(job, token),
    ),
    { ...common, concurrency },
  );
  // One schedule for all workers (upserted by id), run by whichever takes it.
  queues.outbound
    .upsertJobScheduler(HOUSEKEEPING, { every: HOUSEKEEPING_EVERY_MS }, { name: HOUSEKEEPING })
    .catch((err: Error) => logger.warn({ err: err.message }, "could not schedule housekeeping"));
  const presenters = [...adapters.values()].map((adapter) => {
    const queue = presentQueueName(adapter.platform);
    return new Worker(
      queue,
      leavesWhenSteppedBack(
        queue,
        inFlight,
        createPresentProcessor({ redis, keys, store, pacer, adapter, queues, metrics, logger }),
      ),
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
  const workers = [conversation, deliver, ...presenters];
  for (const worker of workers) {
    trackInFlight(worker, inFlight);
    worker.on("failed", (job, err) => {
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
            logger.error({ jobId: job.id, err: e.message }, "could not settle the failed delivery"),
        );
      }
    });
    worker.on("error", (err) =>
      logger.warn({ queue: worker.name, err: err.message }, "worker error"),
    );
  }
  return workers;
}
