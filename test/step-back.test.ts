// A job that steps back (a campaign held by another job, a moderation turn far off) waits in the
// delayed set until the time it named, spends no attempt, and runs again then. A real worker.
import { type Job, Queue, Worker } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import { stepBack } from "../src/queues.ts";
import { eventually } from "./helpers/app.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const redis = connect();
const prefix = freshPrefix("step-back");
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

describe("stepBack", () => {
  it("delays the job until the time named, with no attempt spent, and it runs again then", async () => {
    const queue = new Queue("steps", { connection: redis, prefix });
    const workerRedis = connect();
    const runs: Array<{ startedAt: number; attemptsMade: number }> = [];
    let steppedUntil = 0;
    const worker = new Worker(
      "steps",
      async (job: Job, token?: string) => {
        runs.push({ startedAt: Date.now(), attemptsMade: job.attemptsMade });
        if (runs.length > 1) return "done";
        steppedUntil = Date.now() + 1500;
        return stepBack(job, token, steppedUntil);
      },
      { connection: workerRedis, prefix },
    );
    const failed: string[] = [];
    worker.on("failed", (_job, err) => failed.push(err.message));
    // A processor that moved its job but threw anything else: BullMQ finds no lock to fail it by.
    worker.on("error", (err) => failed.push(err.message));
    try {
      const job = await queue.add("step", {}, { attempts: 3 });
      await eventually(async () => (await queue.getJobState(job.id as string)) === "delayed");
      expect(runs).toHaveLength(1);
      await eventually(async () => (await queue.getJobState(job.id as string)) === "completed");
      expect(runs).toHaveLength(2);
      expect(runs[1]?.startedAt).toBeGreaterThanOrEqual(steppedUntil);
      expect(runs[1]?.attemptsMade).toBe(0);
      expect(failed).toEqual([]);
      expect((await queue.getJob(job.id as string))?.returnvalue).toBe("done");
    } finally {
      await worker.close();
      await queue.close();
      await workerRedis.quit();
    }
  });
});
