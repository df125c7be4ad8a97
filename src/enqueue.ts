// Messages that arrive in the same turn of the event loop (a gateway burst, a replayed inbox) go to
// Redis in one addBulk: one round trip for the lot instead of one per message.
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { retryFailedJob } from "./queues.ts";
import { retryWhileSlotMoves } from "./slot-retry.ts";
import type { InboundMessage } from "./types.ts";

const MAX_BATCH = 500;

interface Pending {
  data: InboundMessage;
  jobId: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export type Enqueue = (message: InboundMessage, jobId: string) => Promise<void>;

export function batchedEnqueue(queue: Queue<InboundMessage>, name: string): Enqueue {
  let batch: Pending[] = [];

  function flush(): void {
    const jobs = batch;
    batch = [];
    for (let start = 0; start < jobs.length; start += MAX_BATCH) {
      const slice = jobs.slice(start, start + MAX_BATCH);
      // A job id already in the queue is left as it is, so a redelivered message stays one job.
      // Safe to repeat for the same reason; a slot moving between masters refuses it for a moment.
      retryWhileSlotMoves(() =>
        queue.addBulk(slice.map((job) => ({ name, data: job.data, opts: { jobId: job.jobId } }))),
      )
        .then(() =>
          retryFailed(
            queue,
            slice.map((job) => job.jobId),
          ),
        )
        .then(
          () => {
            for (const job of slice) job.resolve();
          },
          (err: unknown) => {
            for (const job of slice) job.reject(err);
          },
        );
    }
  }

  return (data, jobId) =>
    new Promise<void>((resolve, reject) => {
      if (batch.length === 0) setImmediate(flush);
      batch.push({ data, jobId, resolve, reject });
    });
}

/**
 * A job id that ran out of attempts (its card could not be posted through a long outage) would
 * swallow every later copy of its message: a message ingested again retries it instead, with a
 * fresh budget. One ZMSCORE per batch finds them; a message already carded is left alone.
 */
async function retryFailed(queue: Queue<InboundMessage>, jobIds: string[]): Promise<void> {
  const ids = [...new Set(jobIds)];
  // The default backend hands back the ioredis connection the queue was made with.
  const client = (await queue.getBackend().client) as unknown as Pick<Redis, "zmscore">;
  const scores = await client.zmscore(queue.toKey("failed"), ...ids);
  const failed = ids.filter((_, i) => scores[i] !== null);
  await Promise.all(failed.map((id) => retryFailedJob(queue, id)));
}
