// Versions before grouping at ingest queued each message on an "inbound" queue first. Jobs a
// previous version left there (a backlog when it stopped) are ingested again at start, so an
// upgrade loses none; each is removed once its message is in its conversation.
import type { Queue } from "bullmq";
import type { Logger } from "pino";
import type { IngestResult } from "./ports.ts";
import type { InboundMessage } from "./types.ts";

const PAGE = 100;

export async function drainLegacyInbound(
  queue: Queue<InboundMessage>,
  ingest: (message: InboundMessage) => Promise<IngestResult>,
  logger: Logger,
): Promise<number> {
  let drained = 0;
  // Removing a job shifts the ones after it: always read the first page, skipping the jobs kept.
  const kept = new Set<string>();
  for (;;) {
    const jobs = (
      await queue.getJobs(["wait", "delayed", "prioritized", "active", "failed"], 0, PAGE)
    ).filter((job) => job?.id && !kept.has(job.id));
    if (jobs.length === 0) return drained;
    for (const job of jobs) {
      const id = job.id as string;
      const result = await ingest(job.data);
      if (result.status === "invalid") {
        // A platform this process has no adapter for: left for a process that has it.
        logger.warn({ jobId: id, reason: result.reason }, "legacy inbound job left in place");
        kept.add(id);
        continue;
      }
      // A job an old process still holds stays; that process finishes it.
      const removed = await job.remove().then(
        () => true,
        () => false,
      );
      if (removed) drained++;
      else kept.add(id);
    }
  }
}
