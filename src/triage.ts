// The inbound processor: signals -> classify -> draft -> review -> card. A plain function of a job.
import type { Job } from "bullmq";
import type { Logger } from "pino";
import { PermanentError, RetryableError } from "./errors.ts";
import type { Keys } from "./keys.ts";
import type { Metrics } from "./metrics.ts";
import type { Classifier, PlatformAdapter, Responder, ReviewStore, SignalSource } from "./ports.ts";
import type { RedisClient } from "./redis.ts";
import { PRESENT_CLAIM_MS } from "./review-store.ts";
import type { Draft, InboundMessage, Platform } from "./types.ts";

export interface TriageDeps {
  redis: RedisClient;
  keys: Keys;
  store: ReviewStore;
  signals: SignalSource;
  classifier: Classifier;
  responder: Responder;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  metrics: Metrics;
  logger: Logger;
}

export type TriageResult =
  | { status: "presented" | "duplicate"; reviewId: string; label: string }
  | { status: "ignored"; reason: string };

const NO_REPLY: Draft = { kind: "spam_none", text: null, source: "template" };

export function createTriageProcessor(deps: TriageDeps) {
  return async function triage(job: Job<InboundMessage>): Promise<TriageResult> {
    const message = job.data;
    const reviewId = job.id as string;
    const log = deps.logger.child({ platform: message.platform, jobId: job.id });
    const adapter = deps.adapters.get(message.platform);
    if (!adapter) throw new PermanentError("NO_ADAPTER", `no adapter for ${message.platform}`);

    // A retry finds the review of its first attempt (no second classification, no second LLM call).
    // attemptsStarted also covers a stalled job and a failed job retried by a re-ingest, whose
    // attemptsMade starts again at 0.
    const again = job.attemptsMade > 0 || job.attemptsStarted > 1;
    let review = again ? await deps.store.get(reviewId) : null;
    if (review?.card) return { status: "duplicate", reviewId, label: review.classification.label };
    let claimed = false;

    if (!review) {
      const signals = await deps.signals.observe(message);
      const started = performance.now();
      const classification = await deps.classifier.classify(message, signals);
      deps.metrics.classifySeconds.observe(
        { classifier: deps.classifier.name },
        (performance.now() - started) / 1000,
      );
      deps.metrics.messages.inc({ platform: message.platform, label: classification.label });
      // In a watched channel only spam needs a person: everything else is left alone.
      if (message.context === "channel" && classification.label !== "spam") {
        log.debug({ label: classification.label }, "channel message is not spam; no card");
        return { status: "ignored", reason: `channel message labelled ${classification.label}` };
      }
      const kind = message.context === "channel" ? "moderation" : "reply";
      const draft =
        kind === "moderation" ? NO_REPLY : await deps.responder.draft(message, classification);
      const now = new Date().toISOString();
      const created = await deps.store.create({
        id: reviewId,
        kind,
        status: "pending",
        message,
        classification,
        draft,
        createdAt: now,
        updatedAt: now,
      });
      review = created.review;
      claimed = created.created;
      if (!created.created && review.card) {
        return { status: "duplicate", reviewId, label: review.classification.label };
      }
    }

    // Two workers may hold the same message (a replica's duplicate, a stalled job): one card only.
    // The creator took the claim in the same script; anyone else asks for it.
    const claimKey = deps.keys.presenting(reviewId);
    if (
      !claimed &&
      (await deps.redis.set(claimKey, reviewId, "PX", PRESENT_CLAIM_MS, "NX")) !== "OK"
    ) {
      throw new RetryableError("CARD_BUSY", "another worker is presenting this card");
    }
    let card: Awaited<ReturnType<PlatformAdapter["presentCard"]>>;
    try {
      // A review an earlier attempt made may have its card out already: the adapter looks first.
      card = await adapter.presentCard(review, { retry: !claimed });
    } catch (err) {
      // The card did not go out: free the claim so the next attempt can try again.
      await deps.redis.del(claimKey);
      throw new RetryableError(
        "CARD_FAILED",
        `presenting the card failed: ${(err as Error).message}`,
      );
    }
    // Recording the card does not hold the job up: the worker completes the job on this same
    // connection, after this command, and Redis runs one connection's commands in order.
    deps.store.setCard(reviewId, card).catch((err: Error) => {
      log.warn({ reviewId, err: err.message }, "recording the card failed; updates may miss it");
    });
    deps.metrics.endToEndSeconds.observe(
      { platform: message.platform },
      (Date.now() - Date.parse(message.receivedAt)) / 1000,
    );
    log.info({ reviewId, label: review.classification.label }, "review card presented");
    return { status: "presented", reviewId, label: review.classification.label };
  };
}
