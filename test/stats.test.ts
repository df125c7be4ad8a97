// /triage stats and the Home tab: reviews by the label that counts, each outcome once, and how
// often reviewers corrected each label the classifier gave. A relabel back to the classifier's own
// label takes the correction back.
import { afterEach, describe, expect, it } from "vitest";
import { agreementText } from "../src/agreement.ts";
import type { Stats } from "../src/ports.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe("stats", () => {
  it("count the effective label, each outcome once, and the corrections per classifier label", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "stats",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const { ctx, reports } = running.app;
    const sent = await ingestForCard(ctx, adapter, dm(CONCRETE_COLLAB));
    const relabelled = await ingestForCard(ctx, adapter, dm("what do you think of my mix?"));
    const undone = await ingestForCard(ctx, adapter, dm("love your work!"));

    expect((await ctx.decide({ reviewId: sent.id, action: "approve", actor: "r" })).ok).toBe(true);
    await eventually(async () => (await ctx.getReview(sent.id))?.status === "sent");
    await ctx.decide({
      reviewId: relabelled.id,
      action: "relabel",
      actor: "r",
      label: "feedback_request",
    });
    await ctx.decide({ reviewId: undone.id, action: "relabel", actor: "r", label: "spam" });
    await ctx.decide({
      reviewId: undone.id,
      action: "relabel",
      actor: "r",
      label: "collaboration",
    });

    const stats = await reports.stats(7);
    expect(stats.byLabel).toEqual({ collaboration: 2, feedback_request: 1, spam: 0 });
    expect(stats.byOutcome).toEqual({ sent: 1 });
    expect(stats.byClassifier).toEqual({ collaboration: { labelled: 3, corrected: 1 } });
    // The undone relabel left no correction to learn from, and its card says no relabel.
    expect((await reports.corrections()).map((c) => c.label)).toEqual(["feedback_request"]);
    expect((await ctx.getReview(undone.id))?.correctedLabel).toBeUndefined();
  });
});

describe("the reviewers' agreement line", () => {
  it("names each label as the cards do, with how many of its calls reviewers kept", () => {
    const text = agreementText({
      byClassifier: {
        feedback_request: { labelled: 3, corrected: 1 },
        spam: { labelled: 0, corrected: 0 },
      },
    } as unknown as Stats);
    expect(text).toBe("Feedback request 2/3 (66%)");
    expect(agreementText({ byClassifier: {} } as unknown as Stats)).toBe("nothing labelled yet");
  });
});
