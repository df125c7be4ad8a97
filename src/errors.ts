// One place for the failures the pipeline names. Expected outcomes are values (see ports.ts);
// these are for what has to stop a job or a start.
import { UnrecoverableError } from "bullmq";

export type ErrorCode =
  | "REVIEW_NOT_FOUND"
  | "BAD_INPUT"
  | "NO_ADAPTER"
  | "BAD_STATE"
  | "DELIVERY_RETRY"
  | "CARD_BUSY"
  | "CARD_FAILED"
  | "REDIS_UNREACHABLE";

/** A failure that retrying may fix: BullMQ retries the job, honouring retryAfterMs when given. */
export class RetryableError extends Error {
  override readonly name = "RetryableError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Input that retrying cannot fix: BullMQ fails the job at once and keeps it visible. */
export class PermanentError extends UnrecoverableError {
  override readonly name = "PermanentError";
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The longest wait between two attempts, in multiples of the base delay: about four minutes with
 * the 1 s base, so a reply goes out within minutes of an outage ending, not an hour later.
 */
export const MAX_BACKOFF_FACTOR = 256;

/**
 * Exponential backoff capped at MAX_BACKOFF_FACTOR x base, with a little jitter, or the platform's
 * own Retry-After when it gave one.
 */
export function backoffDelay(attemptsMade: number, baseMs: number, err?: Error): number {
  if (err instanceof RetryableError && err.retryAfterMs !== undefined) return err.retryAfterMs;
  const exp = baseMs * Math.min(2 ** Math.max(0, attemptsMade - 1), MAX_BACKOFF_FACTOR);
  return Math.round(exp * (0.9 + Math.random() * 0.2));
}
