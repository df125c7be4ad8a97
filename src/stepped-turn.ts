// A single card's turn that does not sleep long in a worker slot. A campaign may have reserved
// minutes of turns in a bucket (a hundred timeouts, 1.2 s apart); a card's order behind them would
// hold one of the outbound worker's slots all that while, and replies sharing the worker would wait.
// So a turn further off than MAX_TURN_SLEEP_MS is still reserved (the card keeps its place in the
// line), but the call does not wait for it: the turn rejects with TurnLater, and the job steps back
// until shortly before it (deliver.ts), then runs again and takes that same turn.
import type { Keys } from "./keys.ts";
import type { Pacer } from "./pacer.ts";
import type { Turn } from "./ports.ts";
import type { Platform } from "./types.ts";

/** The longest a job sleeps in its worker slot for a turn; one further off steps the job back. */
export const MAX_TURN_SLEEP_MS = 5000;

/**
 * How long before its turn a stepped-back job runs again: a job that runs late (every slot busy)
 * still catches its turn, and one on time sleeps no longer than this.
 */
export const STEP_BACK_LEAD_MS = MAX_TURN_SLEEP_MS / 2;

/** A turn a job reserved and stepped back from: its pace key, and when it comes (ms since epoch). */
export interface HeldTurn {
  key: string;
  at: number;
}

/** The turn is too far off to sleep for: nothing was called, and the job should step back. */
export class TurnLater extends Error {
  override readonly name = "TurnLater";
  constructor(readonly turn: HeldTurn) {
    super(`turn in ${turn.key} in ${turn.at - Date.now()} ms`);
  }
}

/**
 * A platform's turns, as platformTurn gives them, except that a turn more than `maxSleepMs` off
 * rejects with TurnLater. `held`: the turn this job reserved before stepping back, taken instead of
 * a new one while it is still to come; once it has passed (the job ran late, or this is a retry
 * after its call) a new one is reserved.
 */
export function steppedTurn(
  pacer: Pacer,
  keys: Pick<Keys, "pace">,
  platform: Platform,
  held: HeldTurn | undefined,
  maxSleepMs = MAX_TURN_SLEEP_MS,
): Turn {
  return async (bucket, intervalMs) => {
    const key = keys.pace(platform, bucket);
    const now = Date.now();
    const at =
      held && held.key === key && held.at >= now
        ? held.at
        : now + (await pacer.take(key, intervalMs));
    const wait = at - Date.now();
    if (wait > maxSleepMs) throw new TurnLater({ key, at });
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}
