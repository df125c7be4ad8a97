// A stop that gives up names the jobs it abandoned, and only those: a job that stepped back (here a
// campaign's action, its campaign held by another job) waits safe in Redis, run by no worker.
import { describe, expect, it } from "vitest";
import { enqueueCampaignAction } from "../src/campaign-actions.ts";
import { createCampaignHold } from "../src/campaign-hold.ts";
import { eventually, startTestApp } from "./helpers/app.ts";
import { heldClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { connect, dropPrefix } from "./helpers/redis.ts";

describe("a stop that gives up while a job has stepped back", () => {
  it("names the job still running as abandoned, not the one waiting delayed", async () => {
    const stuck = heldClassifier("collaboration");
    const test = await startTestApp({
      name: "stop-stepped-back",
      adapters: [new MemoryAdapter()],
      classifier: stuck.classifier,
    });
    const { app } = test;
    try {
      // Another job holds the campaign: this one's action steps back, a second at a time.
      const hold = createCampaignHold(app.redis);
      expect(await hold.take(app.keys.campaignPart("c1", "hold"), "campaign-c1-other")).toBe(true);
      await enqueueCampaignAction(app.queues.outbound, "c1");
      await eventually(
        async () => (await app.queues.outbound.getJobState("campaign-c1")) === "delayed",
      );
      // And a triage job that never finishes, so the stop gives up.
      const queued = await app.ctx.ingest(dm(CONCRETE_COLLAB));
      if (queued.status !== "queued") throw new Error(queued.reason);
      await eventually(() => stuck.started);

      await app.stop();
      const line = test
        .logs()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { msg: string; abandoned?: string[] })
        .find((l) => l.msg.startsWith("workers did not close in time"));
      expect(line?.abandoned).toEqual([`triage:${queued.reviewId}-1`]);
    } finally {
      stuck.release();
      const redis = connect();
      await dropPrefix(redis, test.prefix);
      await redis.quit();
    }
  }, 30_000);
});
