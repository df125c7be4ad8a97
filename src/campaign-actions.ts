// A campaign's decision, applied to its members: one reviewer's click deletes, times out, rejects or
// releases every held copy. A plain outbound processor: it acts only on members still pending, so a
// retried job (or one run again for copies that arrived after the decision) never acts twice on
// one; deleting a message already gone counts as done, and an author the campaign has timed out
// is not timed out again while that holds (a late copy of theirs). One job acts on a campaign at a
// time (campaign-hold.ts), so the click's job and a late copies' job never both take a member.
import type { Job, Queue } from "bullmq";
import type { Logger } from "pino";
import { createCampaignHold } from "./campaign-hold.ts";
import { type Campaigns, timeoutKey } from "./campaigns.ts";
import { PermanentError } from "./errors.ts";
import type { Keys } from "./keys.ts";
import type { Metrics } from "./metrics.ts";
import { type Pacer, platformTurn } from "./pacer.ts";
import type { DeliveryResult, PlatformAdapter, Responder, ReviewStore, Turn } from "./ports.ts";
import { requestCard } from "./presenter.ts";
import { type DeliveryJob, type Queues, stepBack } from "./queues.ts";
import type { RedisClient } from "./redis.ts";
import { LABELS, type Label, type ModerationAction, type Platform, type Review } from "./types.ts";

/** Copies that arrive after the decision are acted on together, at most this often. */
export const LATE_COPIES_EVERY_MS = 2000;
/** A job that finds its campaign held by another looks again this much later. */
const HELD_RETRY_MS = 1000;

export interface CampaignActionDeps {
  store: ReviewStore;
  campaigns: Campaigns;
  responder: Responder;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  queues: Pick<Queues, "present">;
  /** Paces moderation calls per bucket (a route in one channel) across workers. */
  pacer: Pacer;
  /** Holds a campaign for the one job acting on it. */
  redis: RedisClient;
  keys: Pick<Keys, "pace" | "campaignPart">;
  /** Each member's outcome is a review outcome, as a single card's delivery is. */
  metrics: Pick<Metrics, "reviews">;
  logger: Logger;
}

export type CampaignActionResult = {
  campaignId: string;
  done: number;
  failed: number;
  /** Members whose target was gone (an author who had left the server): nothing done to them. */
  gone?: number;
};

/** The job that applies a decided campaign's action; `slot` coalesces late copies. */
export async function enqueueCampaignAction(
  outbound: Queue<DeliveryJob>,
  campaignId: string,
  late = false,
): Promise<void> {
  if (!late) {
    await outbound.add("campaign", { reviewId: campaignId }, { jobId: `campaign-${campaignId}` });
    return;
  }
  const now = Date.now();
  const slot = Math.floor(now / LATE_COPIES_EVERY_MS);
  await outbound.add(
    "campaign",
    { reviewId: campaignId },
    { jobId: `campaign-${campaignId}-${slot}`, delay: (slot + 1) * LATE_COPIES_EVERY_MS - now },
  );
}

/** The label a released member gets: its own best one other than spam. */
function notSpamLabel(review: Review): Label {
  const scores = review.classification.scores;
  let best: Label = "feedback_request";
  for (const label of LABELS) {
    if (label !== "spam" && scores[label] > scores[best]) best = label;
  }
  return best;
}

/** Members the decision has yet to reach; an Undo of timeouts also reaches those timed out. */
async function loadMembers(
  deps: CampaignActionDeps,
  campaignId: string,
  lifting: boolean,
): Promise<Review[]> {
  const ids = await deps.campaigns.members(campaignId);
  const members: Review[] = [];
  const timedOut = (r: Review) =>
    r.status === "sent" && r.moderation?.type === "timeout" && r.moderation.seconds > 0;
  // In slices: a campaign may hold thousands.
  for (let i = 0; i < ids.length; i += 100) {
    const slice = await Promise.all(ids.slice(i, i + 100).map((id) => deps.store.get(id)));
    for (const review of slice) {
      if (review?.status === "pending" || (lifting && review && timedOut(review))) {
        members.push(review);
      }
    }
  }
  return members;
}

async function moderateAll(
  adapter: PlatformAdapter,
  members: Review[],
  action: ModerationAction,
  turn: Turn,
): Promise<Map<string, DeliveryResult>> {
  if (adapter.moderateMany) return adapter.moderateMany(members, action, turn);
  const results = new Map<string, DeliveryResult>();
  for (const member of members) {
    results.set(
      member.id,
      adapter.moderate
        ? await adapter.moderate(member, action, turn)
        : { status: "failed", reason: "this platform cannot moderate" },
    );
  }
  return results;
}

/**
 * The campaign's action on its members, except those whose author it has timed out and still is:
 * a late copy from such an author (sent just before their timeout reached them) would only restart
 * it and spend a turn. An author whose timeout has ended since is timed out again.
 */
async function moderateOnce(
  deps: CampaignActionDeps,
  campaignId: string,
  adapter: PlatformAdapter,
  members: Review[],
  action: ModerationAction,
  turn: Turn,
): Promise<{ results: Map<string, DeliveryResult>; skipped: Set<string> }> {
  const timingOut = action.type === "timeout" && action.seconds > 0;
  const startedAt = Date.now();
  const authors = [...new Set(members.map(timeoutKey))];
  const until = timingOut
    ? await deps.campaigns.timeoutsOf(campaignId, authors)
    : new Map<string, number>();
  const skipped = new Set(
    members.filter((m) => (until.get(timeoutKey(m)) ?? 0) > startedAt).map((m) => m.id),
  );
  const acted = members.filter((m) => !skipped.has(m.id));
  const results = await moderateAll(adapter, acted, action, turn);
  for (const id of skipped) results.set(id, { status: "delivered" });
  if (timingOut) {
    // Counted from before the first call: never later than the end Discord holds.
    const timedOut = acted.filter((m) => results.get(m.id)?.status === "delivered");
    await deps.campaigns.recordTimeouts(
      campaignId,
      [...new Set(timedOut.map(timeoutKey))],
      startedAt + action.seconds * 1000,
    );
  }
  return { results, skipped };
}

export function createCampaignActionProcessor(deps: CampaignActionDeps) {
  /**
   * A member with a card of its own (the first copy, carded before the campaign formed) shows
   * the campaign's decision there too. Best effort: the decision stands either way.
   */
  async function refreshOwnCard(member: Review): Promise<void> {
    if (!member.card) return;
    await deps.adapters
      .get(member.message.platform)
      ?.updateCard(member)
      .catch((err: Error) =>
        deps.logger.warn({ reviewId: member.id, err: err.message }, "updating the card failed"),
      );
  }

  const hold = createCampaignHold(deps.redis);

  /** The job holds its campaign while it acts; one that finds it held waits, no attempt spent. */
  return async function applyCampaign(
    job: Job<DeliveryJob>,
    token?: string,
  ): Promise<CampaignActionResult> {
    const key = deps.keys.campaignPart(job.data.reviewId, "hold");
    const jobId = job.id ?? job.data.reviewId;
    if (!(await hold.take(key, jobId))) await stepBack(job, token, Date.now() + HELD_RETRY_MS);
    try {
      // Each call renews the hold as it leaves: paced a turn apart (a timeout per author, 1.2 s),
      // a job on many authors outlasts CAMPAIGN_HOLD_MS.
      return await act(job, () => hold.take(key, jobId).then(() => undefined));
    } finally {
      await hold.release(key, jobId);
    }
  };

  async function act(
    job: Job<DeliveryJob>,
    renewHold: () => Promise<void>,
  ): Promise<CampaignActionResult> {
    const campaignId = job.data.reviewId;
    const campaign = await deps.store.get(campaignId);
    if (!campaign)
      throw new PermanentError("REVIEW_NOT_FOUND", `campaign ${campaignId} has expired`);
    const none = { campaignId, done: 0, failed: 0 };
    if (campaign.status === "pending") return none;
    const m = campaign.moderation;
    const lifting = m?.type === "timeout" && m.seconds === 0;
    const members = await loadMembers(deps, campaignId, lifting);
    if (members.length === 0) return none;
    const at = new Date().toISOString();
    const actor = campaign.decidedBy ?? "campaign";
    const detail = `campaign ${campaignId}`;
    let done = 0;
    let failed = 0;
    let gone = 0;
    /** Rejects a member that nothing is sent to or done for; false if it was decided already. */
    const close = async (member: Review): Promise<boolean> => {
      const closed = await deps.store.transition({
        reviewId: member.id,
        from: ["pending"],
        to: "rejected",
        audit: { at, actor, action: "reject", from: "pending", to: "rejected", detail },
        set: { decidedBy: actor, decidedAt: at },
      });
      if (closed.ok) await refreshOwnCard(closed.review);
      return closed.ok;
    };

    if (campaign.correctedLabel) {
      // "Not spam": each member leaves, keeps a correction, and is reviewed on its own.
      for (const member of members) {
        await deps.campaigns.leave(member, campaignId);
        const label = notSpamLabel(member);
        const draft =
          member.kind === "reply"
            ? await deps.responder.draft(member.message, { ...member.classification, label })
            : member.draft;
        const relabelled = await deps.store.relabel(member.id, label, draft, {
          at,
          actor,
          action: "relabel",
          from: "pending",
          to: "pending",
          label,
          detail,
        });
        if (!relabelled.ok) continue;
        done++;
        if (member.kind === "reply") {
          // The first copy, carded before the campaign formed, has its card redrawn.
          if (relabelled.review.card) await refreshOwnCard(relabelled.review);
          else await requestCard(deps.queues, relabelled.review);
        } else {
          // A watched channel's message that is not spam needs nobody.
          await close(member);
        }
      }
      // The card counts the members released, as it counts those other decisions acted on.
      await deps.campaigns.recordOutcome(campaignId, done, 0);
    } else if (campaign.status === "approved" && campaign.moderation) {
      const adapter = deps.adapters.get(campaign.message.platform);
      if (!adapter)
        throw new PermanentError("NO_ADAPTER", `no adapter for ${campaign.message.platform}`);
      const action = campaign.moderation;
      // The click's job and each late copies' job are separate jobs, perhaps on separate workers:
      // their calls into one channel (or server) take turns here, not by meeting the platform's 429.
      const paced = platformTurn(deps.pacer, deps.keys, adapter.platform);
      const turn: Turn = async (bucket, ms) => {
        await paced(bucket, ms);
        await renewHold();
      };
      const { results, skipped } = await moderateOnce(
        deps,
        campaignId,
        adapter,
        members,
        action,
        turn,
      );
      if (lifting) await deps.campaigns.forgetTimeouts(campaignId);
      let retry: string | undefined;
      for (const member of members) {
        const result = results.get(member.id);
        if (!result || result.status === "retry") {
          retry = result?.reason ?? "not attempted";
          continue;
        }
        const to = result.status === "delivered" ? "sent" : "failed";
        const wasGone = result.status === "failed" && result.gone === true;
        const recorded = await deps.store.transition({
          reviewId: member.id,
          from: lifting ? ["pending", "sent"] : ["pending"],
          to,
          audit: {
            at,
            actor,
            action: "moderate",
            from: "pending",
            to,
            detail: skipped.has(member.id)
              ? `${action.type} (author timed out already), ${detail}`
              : wasGone
                ? `${action.type} not done (${result.reason}), ${detail}`
                : `${action.type}, ${detail}`,
          },
          set: {
            decidedBy: actor,
            decidedAt: at,
            moderation: action,
            ...(to === "sent"
              ? { sentAt: at }
              : { failure: (result as { reason: string }).reason }),
          },
          gone: wasGone,
        });
        if (!recorded.ok) continue;
        await refreshOwnCard(recorded.review);
        deps.metrics.reviews.inc({ outcome: wasGone ? "gone" : to });
        if (to === "sent") done++;
        else if (wasGone) gone++;
        else failed++;
      }
      await deps.campaigns.recordOutcome(campaignId, done, failed, lifting, gone);
      // Members left pending are tried again by the retry, with the platform's wait.
      if (retry) throw new Error(`some copies could not be handled yet: ${retry}`);
    } else {
      // Reject all (DMs) or Ignore (a watched channel): nothing reaches anyone.
      for (const member of members) if (await close(member)) done++;
      await deps.campaigns.recordOutcome(campaignId, done, 0);
    }
    const updated = await deps.store.get(campaignId);
    if (updated) await requestCard(deps.queues, updated);
    deps.logger.info({ campaignId, done, failed, gone }, "campaign decision applied");
    return { campaignId, done, failed, ...(gone > 0 ? { gone } : {}) };
  }
}
