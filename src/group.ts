// Grouping, at ingest: a DM joins its sender's pending conversation (or opens one) and asks for the
// conversation's triage after a quiet window; a watched channel's message is queued for triage
// alone, at once, since moderation should not wait for a burst. It runs before the platform is
// acknowledged, so a message acknowledged is in Redis, in its conversation; every step is
// idempotent per message, so a redelivered message changes nothing.
import type { Logger } from "pino";
import type { Conversations } from "./conversations.ts";
import type { Enqueue } from "./enqueue.ts";
import type { SignalSource } from "./ports.ts";
import type { TriageJob } from "./queues.ts";
import type { InboundMessage } from "./types.ts";

export interface QuietWindow {
  /** Triage waits this long after a conversation's latest message (default 2 s). */
  quietMs: number;
  /** ...but never longer than this after the first message its card does not show (10 s). */
  maxWaitMs: number;
}

export interface GroupDeps {
  conversations: Conversations;
  signals: SignalSource;
  enqueueTriage: Enqueue<TriageJob>;
  window: QuietWindow;
  /**
   * For a message that had joined already: asks again for the card of its conversation if triage
   * covered it (false: not triaged that far yet, so triage must run).
   */
  recard(reviewId: string, count: number): Promise<boolean>;
  logger: Logger;
}

/** The triage job of a conversation at a message count: one per count, so a retry adds none. */
export function triageJobId(reviewId: string, count: number): string {
  return `${reviewId}-${count}`;
}

/** How long triage waits: the quiet window, cut short so a steady stream still gets its card. */
export function quietDelay(window: QuietWindow, dirtySince: number, now = Date.now()): number {
  return Math.max(0, Math.min(window.quietMs, dirtySince + window.maxWaitMs - now));
}

export function createGrouper(deps: GroupDeps) {
  /** Puts a checked message where it belongs; `messageId` is its review id if it opens one. */
  return async function group(message: InboundMessage, messageId: string): Promise<void> {
    if (message.context === "channel") {
      await deps.enqueueTriage({ name: "channel", data: { message }, jobId: messageId });
      return;
    }
    const signals = await deps.signals.observe(message);
    const attached = await deps.conversations.attach(message, messageId, signals);
    // A message redelivered after its conversation was triaged changes nothing; its card may
    // never have been posted (an outage longer than the retries): ask for it again.
    if (attached.again && (await deps.recard(attached.reviewId, attached.count))) return;
    const delay = quietDelay(deps.window, attached.dirtySince);
    await deps.enqueueTriage({
      name: "triage",
      data: { reviewId: attached.reviewId, count: attached.count },
      jobId: triageJobId(attached.reviewId, attached.count),
      delay,
    });
    deps.logger.debug(
      { platform: message.platform, reviewId: attached.reviewId, count: attached.count, delay },
      attached.opened ? "conversation opened" : "message joined its conversation",
    );
  };
}
