// An adapter that keeps everything in memory: what the pipeline tests and the bench observe.
// Failures are scripted per call, to drive retries the way a real platform would.
import type { AdapterContext, DeliveryResult, PlatformAdapter } from "../../src/ports.ts";
import type { CardRef, Review } from "../../src/types.ts";

export class MemoryAdapter implements PlatformAdapter {
  readonly platform = "console" as const;
  readonly maxReplyLength = 2000;
  ctx: AdapterContext | null = null;
  readonly cards: Review[] = [];
  readonly updates: Review[] = [];
  readonly deliveries: Array<{ reviewId: string; text: string }> = [];
  /** Review ids of deliver calls told an earlier attempt may have posted (`retry`). */
  readonly retried: string[] = [];
  /** Results to return from the next deliver calls, before delivering for real. */
  readonly deliverScript: DeliveryResult[] = [];
  /** How many of the next updateCard calls throw (a card edit failing after the send). */
  failUpdates = 0;
  onCard: ((review: Review) => void) | null = null;

  async start(ctx: AdapterContext): Promise<void> {
    this.ctx = ctx;
  }

  async stop(): Promise<void> {}

  async presentCard(review: Review): Promise<CardRef> {
    this.cards.push(review);
    this.onCard?.(review);
    return { memory: String(this.cards.length) };
  }

  async updateCard(review: Review): Promise<void> {
    if (this.failUpdates > 0) {
      this.failUpdates--;
      throw new Error("card update failed (scripted)");
    }
    this.updates.push(review);
  }

  async deliver(
    review: Review,
    text: string,
    options: { retry?: boolean } = {},
  ): Promise<DeliveryResult> {
    if (options.retry) this.retried.push(review.id);
    const scripted = this.deliverScript.shift();
    if (scripted) return scripted;
    this.deliveries.push({ reviewId: review.id, text });
    return { status: "delivered", ref: String(this.deliveries.length) };
  }
}
