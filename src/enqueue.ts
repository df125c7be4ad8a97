// Jobs added in the same turn of the event loop (a gateway burst, a replayed inbox) go to Redis in
// one addBulk: one round trip for the lot instead of one per message.
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { retryFailedJob } from "./queues.ts";
import { retryWhileSlotMoves } from "./slot-retry.ts";

const MAX_BATCH = 500;

export interface QueuedJob<T> {
  name: string;
  data: T;
  /** A job id already in the queue is left as it is, so a redelivered message stays one job. */
  jobId: string;
  delay?: number;
}

interface Pending<T> {
  job: QueuedJob<T>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export type Enqueue<T> = (job: QueuedJob<T>) => Promise<void>;

export function batchedEnqueue<T>(queue: Queue<T>): Enqueue<T> {
  let batch: Pending<T>[] = [];

  function flush(): void {
    const jobs = batch;
    batch = [];
    for (let start = 0; start < jobs.length; start += MAX_BATCH) {
      const slice = jobs.slice(start, start + MAX_BATCH);
      // Safe to repeat (ids); a slot moving between masters refuses it for a moment.
      retryWhileSlotMoves(() =>
        queue.addBulk(
          slice.map(({ job }) => ({
            name: job.name,
            data: job.data,
            opts: { jobId: job.jobId, ...(job.delay ? { delay: job.delay } : {}) },
          })) as Parameters<Queue<T>["addBulk"]>[0],
        ),
      )
        .then(() =>
          retryFailed(
            queue,
            slice.map(({ job }) => job.jobId),
          ),
        )
        .then(
          () => {
            for (const pending of slice) pending.resolve();
          },
          (err: unknown) => {
            for (const pending of slice) pending.reject(err);
          },
        );
    }
  }

  return (job) =>
    new Promise<void>((resolve, reject) => {
      if (batch.length === 0) setImmediate(flush);
      batch.push({ job, resolve, reject });
    });
}

/**
 * A job id that ran out of attempts (its card could not be posted through a long outage) would
 * swallow every later copy of its message: a message ingested again retries it instead, with a
 * fresh budget. One ZMSCORE per batch finds them; a message already carded is left alone.
 */
async function retryFailed<T>(queue: Queue<T>, jobIds: string[]): Promise<void> {
  const ids = [...new Set(jobIds)];
  // The default backend hands back the ioredis connection the queue was made with.
  const client = (await queue.getBackend().client) as unknown as Pick<Redis, "zmscore">;
  const scores = await client.zmscore(queue.toKey("failed"), ...ids);
  const failed = ids.filter((_, i) => scores[i] !== null);
  await Promise.all(failed.map((id) => retryFailedJob(queue as Queue, id)));
}
