// Campaigns: the same spam from many accounts becomes one review and one card, decided in one
// click for every copy, including copies that arrive after the decision.
import { afterEach, describe, expect, it } from "vitest";
import { CAMPAIGN_HOLD_MS } from "../src/campaign-hold.ts";
import type { Classifier, DeliveryResult, Turn } from "../src/ports.ts";
import type { InboundMessage, ModerationAction, Review } from "../src/types.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

/** Spam when it offers a gift; otherwise a feedback request. */
const giftSpotter: Classifier = {
  name: "gift-spotter",
  async classify(input) {
    const spam = /gift|nitro/i.test(input.text);
    const label = spam ? "spam" : "feedback_request";
    return {
      label,
      confidence: 0.9,
      scores: {
        spam: spam ? 0.9 : 0.05,
        feedback_request: spam ? 0.04 : 0.9,
        collaboration: spam ? 0.06 : 0.05,
      },
      reasons: ["by the test"],
      source: "test",
    };
  },
};

/** Records bulk moderation as a platform that has it would. */
class ModeratingAdapter extends MemoryAdapter {
  readonly moderated: Array<{ id: string; action: string; author: string }> = [];
  bulkCalls = 0;
  /** What a test has it do first, with the turn it was given. */
  first?: (reviews: Review[], turn?: Turn) => Promise<void>;
  async moderateMany(reviews: Review[], action: ModerationAction, turn?: Turn) {
    this.bulkCalls++;
    await this.first?.(reviews, turn);
    const results = new Map<string, DeliveryResult>();
    for (const review of reviews) {
      this.moderated.push({
        id: review.message.id,
        action: action.type,
        author: review.message.author.id,
      });
      results.set(review.id, { status: "delivered" });
    }
    return results;
  }
}

const SCAM =
  "free nitro for everyone who joins today, claim your gift at dlscord-gift.com/claim now";

async function start(env: Record<string, string> = {}) {
  const adapter = new ModeratingAdapter();
  running = await startTestApp({
    name: "campaigns",
    adapters: [adapter],
    classifier: giftSpotter,
    env,
  });
  return { adapter, app: running.app, ctx: running.app.ctx };
}

function scamFrom(i: number, extra = ""): InboundMessage {
  return dm(`${SCAM}${extra}`, {
    author: { id: `bot${i}`, name: `fresh${i}` },
    channel: `dm:bot${i}`,
  });
}

function channelPost(i: number): InboundMessage {
  return dm(SCAM, {
    context: "channel",
    channel: "general",
    author: { id: `raider${i % 4}`, name: `raider${i % 4}` },
  });
}

async function campaignOf(app: TestApp["app"]): Promise<Review> {
  return eventually(async () => {
    const [first] = (await app.reports.pending(50)).filter((r) => r.kind === "campaign");
    const campaign = first ? await app.store.get(first.id) : null;
    return campaign?.card ? campaign : undefined;
  });
}

/** Every copy ingested so far is triaged: nothing waits in the triage queue. */
async function triaged(app: TestApp["app"]): Promise<void> {
  await eventually(async () => {
    const counts = await app.queues.triage.getJobCounts("waiting", "active", "delayed");
    return Object.values(counts).every((n) => n === 0);
  });
}

describe("a spam campaign in DMs", () => {
  it("holds every copy on one campaign card, and Reject all rejects them, late copies too", async () => {
    const { adapter, app, ctx } = await start();
    for (let i = 0; i < 8; i++) await ctx.ingest(scamFrom(i, i % 2 ? " !!" : ""));
    await triaged(app);
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return found.campaign && found.campaign.accounts >= 7 ? found : undefined;
    });
    // The first copy may have had its own card before a second existed; every later one is held.
    expect(adapter.cards.length).toBeLessThanOrEqual(2);
    expect(campaign.campaign?.messages).toBeGreaterThanOrEqual(7);
    expect(campaign.campaign?.sample.length).toBeGreaterThan(0);

    const decided = await ctx.decide({ reviewId: campaign.id, action: "reject", actor: "r1" });
    expect(decided.ok).toBe(true);
    const ids = await app.redis.hkeys(app.keys.campaignPart(campaign.id, "members"));
    await eventually(async () => {
      const members = await Promise.all(ids.map((id) => app.store.get(id)));
      return members.every((m) => m?.status === "rejected");
    });
    // Only the copy carded before the campaign formed (if any) is still waiting.
    expect((await app.reports.pending(50)).length).toBeLessThanOrEqual(1);

    // A copy after the decision meets it: rejected, counted, no card of its own.
    const cards = adapter.cards.length;
    const late = await ctx.ingest(scamFrom(99));
    if (late.status !== "queued") throw new Error("not queued");
    await eventually(async () => (await app.store.get(late.reviewId))?.status === "rejected");
    await eventually(async () => (await app.store.get(campaign.id))?.campaign?.after === 1);
    expect(adapter.cards).toHaveLength(cards);
    expect(adapter.deliveries).toEqual([]);
  });

  it("lets every held conversation through on Not spam, with a correction each", async () => {
    const { adapter, app, ctx } = await start();
    for (let i = 0; i < 4; i++) await ctx.ingest(scamFrom(i));
    await triaged(app);
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return (found.campaign?.accounts ?? 0) >= 3 ? found : undefined;
    });
    const members = await app.redis.hkeys(app.keys.campaignPart(campaign.id, "members"));
    const result = await ctx.decide({ reviewId: campaign.id, action: "not_spam", actor: "r1" });
    expect(result.ok).toBe(true);
    await eventually(() => members.every((id) => adapter.cards.some((c) => c.id === id)));
    for (const id of members) {
      const member = await app.store.get(id);
      // Each member's own best label other than spam.
      expect(member?.correctedLabel).toBe("collaboration");
      expect(member?.campaignId).toBeUndefined();
      expect(member?.status).toBe("pending");
    }
    expect((await app.reports.corrections()).length).toBe(members.length);
    // The text is not gathered again while the campaign would have been active.
    const again = await ctx.ingest(scamFrom(50));
    if (again.status !== "queued") throw new Error("not queued");
    await eventually(() => adapter.cards.some((c) => c.id === again.reviewId));
    expect((await app.store.get(again.reviewId))?.campaignId).toBeUndefined();
  });

  it("never sweeps genuine near-duplicates into a campaign", async () => {
    const { adapter, app, ctx } = await start();
    const question =
      "hi! what do you think of my mix, is the low end too loud? soundcloud.com/x/mix";
    for (let i = 0; i < 3; i++) {
      await ctx.ingest(
        dm(question, { author: { id: `fan${i}`, name: `fan${i}` }, channel: `dm:fan${i}` }),
      );
    }
    await eventually(() => adapter.cards.length === 3);
    expect((await app.reports.pending(10)).every((r) => r.kind === "reply")).toBe(true);
  });
});

describe("a raid in a watched channel", () => {
  it("deletes every copy in one click, with one bulk call", async () => {
    const { adapter, app, ctx } = await start();
    for (let i = 0; i < 12; i++) await ctx.ingest(channelPost(i));
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return (found.campaign?.messages ?? 0) >= 11 ? found : undefined;
    });
    expect(campaign.campaign?.accounts).toBe(4);
    expect(adapter.cards.length).toBeLessThanOrEqual(2);
    const result = await ctx.decide({
      reviewId: campaign.id,
      action: "moderate",
      actor: "r1",
      moderation: { type: "delete" },
    });
    expect(result.ok).toBe(true);
    const done = await eventually(async () => {
      const now = await app.store.get(campaign.id);
      return now?.campaign?.done === now?.campaign?.messages ? now : undefined;
    });
    // Every copy, the first (carded before the campaign formed, then adopted) included.
    expect(done?.campaign?.messages).toBe(12);
    expect(adapter.bulkCalls).toBe(1);
    expect(new Set(adapter.moderated.map((m) => m.id)).size).toBe(12);
    expect(adapter.moderated.every((m) => m.action === "delete")).toBe(true);
  });
});

describe("a raid's authors timed out", () => {
  it("are not timed out again by a late copy while it holds, but are once it has ended", async () => {
    const { adapter, app, ctx } = await start();
    for (let i = 0; i < 4; i++) await ctx.ingest(channelPost(i));
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return (found.campaign?.messages ?? 0) >= 4 ? found : undefined;
    });
    await ctx.decide({
      reviewId: campaign.id,
      action: "moderate",
      actor: "r1",
      moderation: { type: "timeout", seconds: 600 },
    });
    const doneAt = async (n: number) =>
      eventually(async () => ((await app.store.get(campaign.id))?.campaign?.done ?? 0) >= n);
    await doneAt(4);
    const timedOut = app.keys.campaignPart(campaign.id, "timed-out");
    const raider0 = `${channelPost(0).workspace}:raider0`;
    const recorded = Number(await app.redis.hget(timedOut, raider0));
    expect(recorded).toBeGreaterThan(Date.now() + 590_000);
    // Kept exactly as long as the campaign's other parts; ids and times only, no text.
    const members = app.keys.campaignPart(campaign.id, "members");
    expect(
      Math.abs((await app.redis.pttl(timedOut)) - (await app.redis.pttl(members))),
    ).toBeLessThan(1000);
    expect(JSON.stringify(await app.redis.hgetall(timedOut))).not.toContain("nitro");

    // A late copy from raider0, timed out a moment ago: nothing asked of the platform.
    const late = await ctx.ingest(channelPost(4));
    await doneAt(5);
    expect(adapter.moderated.filter((m) => m.author === "raider0")).toHaveLength(1);
    if (late.status !== "queued") throw new Error("the late copy was not queued");
    const audit = await app.reports.audit(late.reviewId);
    expect(audit.at(-1)?.detail).toContain("author timed out already");
    expect((await app.store.get(late.reviewId))?.status).toBe("sent");

    // Once raider0's timeout has ended, a copy of theirs times them out again.
    await app.redis.hset(timedOut, raider0, Date.now() - 1);
    await ctx.ingest(channelPost(8));
    await doneAt(6);
    expect(adapter.moderated.filter((m) => m.author === "raider0")).toHaveLength(2);
    expect(Number(await app.redis.hget(timedOut, raider0))).toBeGreaterThan(Date.now());

    // Undo lifts every timeout, and the campaign forgets them.
    await ctx.decide({ reviewId: campaign.id, action: "undo", actor: "r1" });
    await eventually(async () => (await app.redis.exists(timedOut)) === 0);
  });
});

describe("a campaign's action job", () => {
  it("renews its hold on the campaign with each call, so a long paced job keeps it", async () => {
    const { adapter, app, ctx } = await start();
    const left: number[] = [];
    adapter.first = async (reviews, turn) => {
      // Its hold nearly run out, as after a minute of turns; the next call's turn renews it.
      const hold = app.keys.campaignPart(reviews[0]?.campaignId ?? "", "hold");
      await app.redis.pexpire(hold, 100);
      await turn?.("test-route:1", 1);
      left.push(await app.redis.pttl(hold));
    };
    for (let i = 0; i < 4; i++) await ctx.ingest(channelPost(i));
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return (found.campaign?.messages ?? 0) >= 4 ? found : undefined;
    });
    await ctx.decide({
      reviewId: campaign.id,
      action: "moderate",
      actor: "r1",
      moderation: { type: "delete" },
    });
    await eventually(() => left.length > 0);
    expect(left[0]).toBeGreaterThan(CAMPAIGN_HOLD_MS - 5000);
  });
});

describe("a campaign's keys", () => {
  it("hold the job's hold among its parts, all expiring, the hold on its own short expiry", async () => {
    const { adapter, app, ctx } = await start();
    let seen: Array<{ part: string; ttl: number }> = [];
    adapter.first = async (reviews) => {
      if (seen.length > 0) return;
      const id = reviews[0]?.campaignId ?? "";
      // A late copy joins while the job holds: its join renews the other parts for the retention.
      const late = await ctx.ingest(channelPost(4));
      if (late.status !== "queued") throw new Error("the late copy was not queued");
      await eventually(async () => (await app.store.get(late.reviewId))?.campaignId === id);
      const pattern = app.keys.campaignPart(id, "members").replace(/members$/, "*");
      const [, found] = await app.redis.scan("0", "MATCH", pattern, "COUNT", 1000);
      seen = await Promise.all(
        found.map(async (key) => ({
          part: key.slice(pattern.length - 1),
          ttl: await app.redis.pttl(key),
        })),
      );
    };
    for (let i = 0; i < 4; i++) await ctx.ingest(channelPost(i));
    const campaign = await eventually(async () => {
      const found = await campaignOf(app);
      return (found.campaign?.messages ?? 0) >= 4 ? found : undefined;
    });
    await ctx.decide({
      reviewId: campaign.id,
      action: "moderate",
      actor: "r1",
      moderation: { type: "delete" },
    });
    await eventually(() => seen.length > 0);
    expect(seen.map((s) => s.part).sort()).toEqual([
      "accounts",
      "channels",
      "hold",
      "members",
      "sample",
    ]);
    for (const { part, ttl } of seen)
      expect({ part, expires: ttl > 0 }).toEqual({ part, expires: true });
    expect(seen.find((s) => s.part === "hold")?.ttl).toBeLessThanOrEqual(CAMPAIGN_HOLD_MS);
  });
});

describe("automatic moderation (MODERATION_AUTO)", () => {
  it("deletes a raid once it has enough copies, and says who decided", async () => {
    const { adapter, app, ctx } = await start({
      MODERATION_AUTO: "delete",
      MODERATION_AUTO_MIN_COPIES: "4",
    });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const queued = await ctx.ingest(channelPost(i));
      if (queued.status === "queued") ids.push(queued.reviewId);
    }
    const campaignId = await eventually(
      async () => (await app.store.get(ids.at(-1) as string))?.campaignId,
    );
    const decided = await eventually(async () => {
      const campaign = await app.store.get(campaignId);
      return campaign?.status === "approved" && (campaign.campaign?.done ?? 0) >= 9
        ? campaign
        : undefined;
    }, 10_000);
    expect(decided.decidedBy).toBe("automatic moderation");
    expect(decided.moderation).toEqual({ type: "delete" });
    expect(adapter.moderated.every((m) => m.action === "delete")).toBe(true);
  });

  it("only marks what it would have done in a dry run, and never acts on DMs", async () => {
    const { adapter, app, ctx } = await start({
      MODERATION_AUTO: "delete",
      MODERATION_AUTO_MIN_COPIES: "3",
      MODERATION_DRY_RUN: "true",
    });
    for (let i = 0; i < 6; i++) await ctx.ingest(channelPost(i));
    for (let i = 0; i < 6; i++) await ctx.ingest(scamFrom(i));
    const marked = await eventually(async () => {
      const campaigns = (await app.reports.pending(50)).filter((r) => r.kind === "campaign");
      const channel = campaigns.find((c) => c.message.context === "channel");
      return channel?.campaign?.dryRun ? campaigns : undefined;
    }, 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(adapter.moderated).toEqual([]);
    expect(marked.every((c) => c.status === "pending")).toBe(true);
    expect(marked.find((c) => c.message.context === "dm")?.campaign?.dryRun).toBeUndefined();
  });
});
