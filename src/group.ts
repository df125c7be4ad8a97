// The inbound processor: a message joins what it belongs to. A DM joins its sender's pending
// conversation (or opens one) and asks for the conversation's triage after a quiet window; a
// watched channel's message is triaged alone at once, since moderation should not wait for a burst.
import type { Job, Queue } from "bullmq";
import type { Logger } from "pino";
import type { Conversations } from "./conversations.ts";
import { PermanentError } from "./errors.ts";
import type { PlatformAdapter, SignalSource } from "./ports.ts";
import type { TriageJob } from "./queues.ts";
import type { TriageOutcome } from "./triage.ts";
import type { InboundMessage, Platform, Signals } from "./types.ts";

export interface QuietWindow {
  /** Triage waits this long after a conversation's latest message (default 2 s). */
  quietMs: number;
  /** ...but never longer than this after the first message its card does not show (10 s). */
  maxWaitMs: number;
}

export interface GroupDeps {
  conversations: Conversations;
  signals: SignalSource;
  triageQueue: Queue<TriageJob>;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  window: QuietWindow;
  /**
   * Asks again for the card of a conversation already triaged (false: not triaged yet, so
   * triage must run).
   */
  recard(reviewId: string): Promise<boolean>;
  /** Triage of one channel message, now (the triage processor's). */
  triageChannelMessage(
    message: InboundMessage,
    reviewId: string,
    signals: Signals,
  ): Promise<TriageOutcome>;
  logger: Logger;
}

export type GroupResult = { status: "grouped"; reviewId: string; count: number } | TriageOutcome;

/** The triage job of a conversation at a message count: one per count, so a retry adds none. */
export function triageJobId(reviewId: string, count: number): string {
  return `${reviewId}-${count}`;
}

/** How long triage waits: the quiet window, cut short so a steady stream still gets its card. */
export function quietDelay(window: QuietWindow, dirtySince: number, now = Date.now()): number {
  return Math.max(0, Math.min(window.quietMs, dirtySince + window.maxWaitMs - now));
}

export function createGroupProcessor(deps: GroupDeps) {
  return async function group(job: Job<InboundMessage>): Promise<GroupResult> {
    const message = job.data;
    const jobId = job.id as string;
    if (!deps.adapters.has(message.platform)) {
      throw new PermanentError("NO_ADAPTER", `no adapter for ${message.platform}`);
    }
    const signals = await deps.signals.observe(message);
    if (message.context === "channel") return deps.triageChannelMessage(message, jobId, signals);

    const attached = await deps.conversations.attach(message, jobId, signals);
    // A message redelivered after its conversation was triaged changes nothing; its card may
    // never have been posted (an outage longer than the retries): ask for it again.
    if (attached.again && job.attemptsStarted <= 1 && (await deps.recard(attached.reviewId))) {
      return { status: "grouped", reviewId: attached.reviewId, count: attached.count };
    }
    const delay = quietDelay(deps.window, attached.dirtySince);
    await deps.triageQueue.add(
      "triage",
      { reviewId: attached.reviewId, count: attached.count },
      { jobId: triageJobId(attached.reviewId, attached.count), delay },
    );
    deps.logger.debug(
      { platform: message.platform, reviewId: attached.reviewId, count: attached.count, delay },
      attached.opened ? "conversation opened" : "message joined its conversation",
    );
    return { status: "grouped", reviewId: attached.reviewId, count: attached.count };
  };
}
