// The jobs this process is running (queue:id), so that a stop that gives up can name those it left
// behind (their locks expire and a stalled check runs them again). BullMQ reports a job's start
// ("active") and its end ("completed", "failed"), but nothing when its processor steps it back
// (stepBack: moved to delayed, then DelayedError). Such a job leaves the set as its processor
// returns: it waits, safe, in Redis, and a stop must not name it abandoned.
import { DelayedError, type Job, type Worker } from "bullmq";

const entry = (queue: string, jobId: string | undefined) => `${queue}:${jobId}`;

/** Keeps `inFlight` to the worker's jobs, as BullMQ reports their start and end. */
export function trackInFlight(worker: Worker, inFlight: Set<string>): void {
  worker.on("active", (job) => inFlight.add(entry(worker.name, job.id)));
  worker.on("completed", (job) => inFlight.delete(entry(worker.name, job.id)));
  worker.on("failed", (job) => {
    if (job) inFlight.delete(entry(worker.name, job.id));
  });
}

/** `run`, the processor of `queue`'s worker, except that a job it steps back leaves `inFlight`. */
export function leavesWhenSteppedBack<T, R>(
  queue: string,
  inFlight: Set<string>,
  run: (job: Job<T>, token?: string) => Promise<R>,
): (job: Job<T>, token?: string) => Promise<R> {
  return async (job, token) => {
    try {
      return await run(job, token);
    } catch (err) {
      // The job is in the delayed set already (stepBack throws after the move), a second or more
      // from its next run: this cannot drop the entry of that next run.
      if (err instanceof DelayedError) inFlight.delete(entry(queue, job.id));
      throw err;
    }
  };
}
