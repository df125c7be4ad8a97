// The no-accounts adapter: messages come from a terminal or a pipe, cards are printed, and a reply
// is "sent" by printing what would go out. It goes through the same queues as Discord and Slack.
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { AdapterContext, DeliveryResult, PlatformAdapter } from "../../src/ports.ts";
import { type CardRef, messageCountOf, type Review } from "../../src/types.ts";
import { runInteractive } from "./interactive.ts";
import { LineReader } from "./line-reader.ts";
import { OnScreen } from "./on-screen.ts";
import { parseLine } from "./parse-line.ts";
import { renderCard } from "./render.ts";

export type ConsoleMode = "interactive" | "lines" | "demo";

/** Piped input idle this long counts as a pause: what has settled is printed. */
const INPUT_PAUSE_MS = 1000;

export interface ConsoleOptions {
  mode: ConsoleMode;
  input: Readable;
  output: Writable;
  errors: Writable;
  /** How long to wait for a card before giving up on a message. */
  cardTimeoutMs?: number;
}

/** A queued message's triage: its card's review, or why it needed none. */
export type Triaged = { review: Review } | { ignored: string };

export interface Delivery {
  reviewId: string;
  text: string;
}

export class ConsoleAdapter implements PlatformAdapter {
  readonly platform = "console" as const;
  /** Every reply this adapter delivered, in order (what a test or the demo can check). */
  readonly delivered: Delivery[] = [];
  /** Resolves when the input has ended and every message was handled. */
  finished: Promise<void> = Promise.resolve();
  private readonly cardWaiters = new Map<string, (review: Review) => void>();
  private readonly outcomeWaiters = new Map<string, (review: Review) => void>();
  private reader: LineReader | null = null;
  /** This run's conversations are its own (see LineSource). */
  readonly session = randomBytes(4).toString("hex");
  /** The cards this run showed a person, told when they expire or are decided elsewhere. */
  readonly onScreen: OnScreen;

  constructor(private readonly options: ConsoleOptions) {
    this.onScreen = new OnScreen(options.output);
  }

  async start(ctx: AdapterContext): Promise<void> {
    if (!ctx.listen) return;
    const rl = createInterface({ input: this.options.input, terminal: false, crlfDelay: Infinity });
    this.reader = new LineReader(rl);
    this.finished =
      this.options.mode === "interactive"
        ? runInteractive(ctx, this, this.reader, this.options.output)
        : this.runLines(ctx, this.reader);
  }

  async stop(): Promise<void> {
    this.reader?.close();
  }

  async presentCard(review: Review): Promise<CardRef> {
    this.cardWaiters.get(review.id)?.(review);
    return { console: review.id };
  }

  async updateCard(review: Review): Promise<void> {
    this.outcomeWaiters.get(review.id)?.(review);
    this.onScreen.changed(review);
  }

  async clearCard(card: CardRef): Promise<void> {
    if (card.console) this.onScreen.gone(card.console);
  }

  async deliver(review: Review, text: string): Promise<DeliveryResult> {
    this.delivered.push({ reviewId: review.id, text });
    return { status: "delivered", ref: `console:${this.delivered.length}` };
  }

  /**
   * Resolves with the review once its card is presented (or was, by an earlier run), or with
   * triage's reason when the message needs no card (a channel message that is not spam).
   */
  waitForCard(ctx: AdapterContext, reviewId: string): Promise<Triaged> {
    return this.waitFor<Triaged>(
      this.cardWaiters,
      reviewId,
      (review) => ({ review }),
      async () => {
        // The message may have joined a conversation whose card is out already (then no new card
        // is posted): done once that card shows a triage of every message.
        const state = await ctx.triageState(reviewId);
        if (state.status === "carded") {
          const review = await ctx.getReview(state.reviewId);
          // Spam that joined a campaign is decided on the campaign's card, for every copy.
          if (review?.campaignId && !review.card) {
            const campaign = await ctx.getReview(review.campaignId);
            return campaign?.card && covered(campaign) ? { done: { review: campaign } } : null;
          }
          return review && covered(review) ? { done: { review } } : null;
        }
        // No card may ever come: triage's record says so, instead of a timeout much later.
        if (state.status === "ignored") return { done: { ignored: state.reason } };
        if (state.status === "failed") return { error: `triage failed: ${state.reason}` };
        return null;
      },
    );
  }

  /** Resolves with the review once it is sent, failed or rejected. */
  waitForOutcome(ctx: AdapterContext, reviewId: string): Promise<Review> {
    return this.waitFor(
      this.outcomeWaiters,
      reviewId,
      (review) => review,
      async () => {
        const review = await ctx.getReview(reviewId);
        return review && ["sent", "failed", "rejected"].includes(review.status)
          ? { done: review }
          : null;
      },
    );
  }

  private waitFor<T>(
    waiters: Map<string, (review: Review) => void>,
    reviewId: string,
    fromCall: (review: Review) => T,
    poll: () => Promise<{ done: T } | { error: string } | null>,
  ): Promise<T> {
    const timeoutMs = this.options.cardTimeoutMs ?? 30_000;
    return new Promise((resolve, reject) => {
      const finish = () => {
        clearInterval(timer);
        clearTimeout(timeout);
        waiters.delete(reviewId);
      };
      waiters.set(reviewId, (review) => {
        finish();
        resolve(fromCall(review));
      });
      // The card may already exist (a duplicate message) and then no one calls presentCard.
      const timer = setInterval(() => {
        poll().then(
          (found) => {
            if (found === null || !waiters.has(reviewId)) return;
            finish();
            if ("error" in found) reject(new Error(found.error));
            else resolve(found.done);
          },
          () => {},
        );
      }, 100);
      const timeout = setTimeout(() => {
        finish();
        reject(new Error(`no card after ${timeoutMs} ms: is a worker running?`));
      }, timeoutMs);
    });
  }

  /**
   * Piped lines: each is queued as it comes, so lines from one author form conversations as the
   * bot forms them (the same quiet window). A result is printed per conversation once its card
   * covers every line that reached it; a line that joins it later prints it again, whole.
   */
  private async runLines(ctx: AdapterContext, reader: LineReader): Promise<void> {
    const { errors } = this.options;
    const waiting: Array<{ line: number; jobId: string; since: number }> = [];
    let ended = false;
    let lastRead = Date.now();
    // A conversation is printed once the input ends or pauses: a piped file's lines are read
    // before any is printed, so each conversation prints once.
    const reporter = this.report(
      ctx,
      waiting,
      () => ended,
      () => ended || Date.now() - lastRead > INPUT_PAUSE_MS,
    );
    let lineNo = 0;
    for (let line = await reader.next(); line !== null; line = await reader.next()) {
      lineNo++;
      lastRead = Date.now();
      if (line.trim() === "") continue;
      // Plain lines are one nameless sender's, as piped lines at once are one burst.
      const parsed = parseLine(line, { session: this.session, plainAuthor: "console-user" });
      if (!parsed.ok) {
        errors.write(`line ${lineNo}: ${parsed.reason}\n`);
        continue;
      }
      const ingested = await ctx.ingest(parsed.message);
      if (ingested.status !== "queued") {
        errors.write(`line ${lineNo}: ${ingested.reason}\n`);
        continue;
      }
      waiting.push({ line: lineNo, jobId: ingested.reviewId, since: Date.now() });
      lastRead = Date.now();
    }
    ended = true;
    await reporter;
  }

  /** Polls the lines' outcomes and prints each conversation once its card covers them. */
  private async report(
    ctx: AdapterContext,
    waiting: Array<{ line: number; jobId: string; since: number }>,
    ended: () => boolean,
    paused: () => boolean,
  ): Promise<void> {
    const { output, errors, mode } = this.options;
    const timeoutMs = this.options.cardTimeoutMs ?? 30_000;
    const linesOf = new Map<string, number[]>();
    const unprinted = new Set<string>();
    for (;;) {
      for (const item of waiting.splice(0)) {
        const state = await ctx.triageState(item.jobId);
        if (state.status === "ignored") {
          output.write(
            mode === "demo"
              ? `(line ${item.line}: no card, ${state.reason})\n`
              : `${JSON.stringify({ line: item.line, reviewId: item.jobId, ignored: state.reason })}\n`,
          );
        } else if (state.status === "failed") {
          errors.write(`line ${item.line}: triage failed: ${state.reason}\n`);
        } else if (state.status === "carded") {
          const lines = [...(linesOf.get(state.reviewId) ?? []), item.line];
          linesOf.set(
            state.reviewId,
            lines.sort((a, b) => a - b),
          );
          unprinted.add(state.reviewId);
        } else if (Date.now() - item.since > timeoutMs) {
          errors.write(`line ${item.line}: no card after ${timeoutMs} ms: is a worker running?\n`);
        } else {
          waiting.push(item);
        }
      }
      // A line not placed yet may belong to any conversation: print none until all are placed.
      if (waiting.length === 0 && paused()) {
        // In the order of each conversation's first line: one not settled holds the later ones.
        const first = (id: string) => linesOf.get(id)?.[0] ?? 0;
        for (const reviewId of [...unprinted].sort((a, b) => first(a) - first(b))) {
          const review = await ctx.getReview(reviewId);
          if (!review) {
            unprinted.delete(reviewId);
            continue;
          }
          if (!covered(review)) break;
          unprinted.delete(reviewId);
          const lines = linesOf.get(reviewId) ?? [];
          output.write(
            mode === "demo"
              ? `${renderCard(review, ctx.ownerLinks)}\n`
              : `${JSON.stringify(resultOf(lines, review))}\n`,
          );
        }
      }
      if (ended() && waiting.length === 0 && unprinted.size === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Its card shows a triage of every message it holds. A campaign's member has no card of its own
 * (the campaign's card shows it): its triage is all there is to wait for.
 */
export function covered(review: Review): boolean {
  const count = messageCountOf(review);
  const triaged = (review.triagedCount ?? count) >= count;
  if (review.campaignId && !review.card) return triaged;
  return triaged && (review.shownRev ?? 0) >= (review.rev ?? 0);
}

/** One conversation's result: the lines it covers and what triage made of them. */
export function resultOf(lines: number[], review: Review) {
  const c = review.classification;
  return {
    line: lines[0],
    lines,
    messages: messageCountOf(review),
    reviewId: review.id,
    label: c.label,
    confidence: Number(c.confidence.toFixed(4)),
    scores: c.scores,
    reasons: c.reasons,
    classifier: c.source,
    draft: review.draft.text,
    draftKind: review.draft.kind,
    draftSource: review.draft.source,
    ...(review.campaignId ? { campaign: review.campaignId } : {}),
  };
}
