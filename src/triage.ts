// Triage: classify -> draft -> store -> campaign or card. A conversation is triaged as a whole once
// its quiet window has passed (a job whose count a newer message overtook is dropped: the newer job
// triages it all); a watched channel's message is triaged alone, at once. Spam whose text others
// also got goes to its campaign instead of a card of its own.
import type { Job } from "bullmq";
import type { Logger } from "pino";
import { conversationInput } from "../classifiers/conversation.ts";
import type { AutoModerator } from "./auto-moderation.ts";
import type { Campaigns } from "./campaigns.ts";
import type { Conversations } from "./conversations.ts";
import type { QuietWindow } from "./group.ts";
import type { Metrics } from "./metrics.ts";
import type { Classifier, Responder, ReviewStore } from "./ports.ts";
import { requestCard } from "./presenter.ts";
import type { ConversationJob, Queues } from "./queues.ts";
import {
  type Classification,
  conversationText,
  type Draft,
  effectiveLabel,
  type InboundMessage,
  type Label,
  type PreviousReview,
  type Review,
  type Signals,
} from "./types.ts";

export interface TriageDeps {
  store: ReviewStore;
  conversations: Conversations;
  campaigns: Campaigns;
  classifier: Classifier;
  responder: Responder;
  queues: Pick<Queues, "present">;
  metrics: Metrics;
  window: QuietWindow;
  /** A pending campaign gained a member: automatic moderation may decide it (MODERATION_AUTO). */
  autoModerate: AutoModerator;
  /** A decided campaign gained a member: apply its action to it (coalesced by the caller). */
  applyCampaign(campaignId: string): Promise<void>;
  logger: Logger;
}

export type TriageOutcome =
  | { status: "carded" | "campaign"; reviewId: string; label: Label }
  | { status: "stale" | "decided"; reviewId: string }
  | { status: "ignored"; reason: string };

const NO_REPLY: Draft = { kind: "spam_none", text: null, source: "template" };

/** One message standing for a conversation, for the responder and the classifier's extras. */
export function asOneMessage(messages: readonly InboundMessage[]): InboundMessage {
  const latest = messages[messages.length - 1] as InboundMessage;
  if (messages.length === 1) return latest;
  const input = conversationInput(messages.map((m) => m.text));
  // Every message's note: a file sent early in the burst is still sent.
  const notes = messages.flatMap((m) => (m.note ? [m.note] : []));
  return {
    ...latest,
    text: input.text,
    links: [...new Set(messages.flatMap((m) => m.links))],
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  };
}

export function createTriage(deps: TriageDeps) {
  async function classify(messages: InboundMessage[], signals: Signals): Promise<Classification> {
    const latest = messages[messages.length - 1] as InboundMessage;
    const input = conversationInput(
      messages.map((m) => m.text),
      {
        platform: latest.platform,
        context: latest.context,
        links: [...new Set(messages.flatMap((m) => m.links))],
        author: { name: latest.author.name },
      },
    );
    const started = performance.now();
    const classification = await deps.classifier.classify(input, signals);
    deps.metrics.classifySeconds.observe(
      { classifier: deps.classifier.name },
      (performance.now() - started) / 1000,
    );
    return classification;
  }

  /** Campaign or card, for a review just stored. Idempotent: a retried job does it again safely. */
  async function settle(review: Review, duplicates: number): Promise<TriageOutcome> {
    const label = effectiveLabel(review);
    if (label === "spam") {
      const joined = await deps.campaigns.join(review, conversationText(review), duplicates > 0);
      if (joined) {
        await requestCard(deps.queues, {
          id: joined.campaignId,
          kind: "campaign",
          platform: review.message.platform,
          hasCard: joined.hasCard,
          spam: true,
        });
        if (joined.status !== "pending") await deps.applyCampaign(joined.campaignId);
        else await deps.autoModerate(review, joined);
        return { status: "campaign", reviewId: review.id, label };
      }
    } else if (review.campaignId) {
      // A held conversation whose new message made it more than spam leaves the campaign.
      await deps.campaigns.leave(review, review.campaignId);
      const left = await deps.store.get(review.id);
      if (left) review = left;
    }
    await requestCard(deps.queues, review);
    return { status: "carded", reviewId: review.id, label };
  }

  async function previousOf(id: string | undefined): Promise<PreviousReview | undefined> {
    if (!id) return undefined;
    const earlier = await deps.store.get(id);
    if (!earlier) return undefined;
    return {
      id: earlier.id,
      status: earlier.status,
      label: effectiveLabel(earlier),
      ...(earlier.finalText !== undefined ? { finalText: earlier.finalText } : {}),
      ...(earlier.sentAt ? { sentAt: earlier.sentAt } : {}),
      ...(earlier.decidedAt ? { decidedAt: earlier.decidedAt } : {}),
    };
  }

  /** The triage job of a DM conversation. */
  async function conversation(job: Job<ConversationJob>): Promise<TriageOutcome> {
    const { reviewId, count } = job.data;
    const state = await deps.conversations.read(reviewId);
    if (!state) return { status: "decided", reviewId };
    // A newer message has its own job, later: it triages everything, unless this conversation
    // has waited its longest already (a steady stream still gets its card).
    const overdue =
      state.dirtySince !== undefined && Date.now() >= state.dirtySince + deps.window.maxWaitMs;
    if (state.count > count && !overdue) return { status: "stale", reviewId };
    if (state.status !== "pending") return { status: "decided", reviewId };

    const classification = await classify(state.messages, state.signals);
    // A reviewer's correction stands through new messages; the draft follows it.
    const label = state.correctedLabel ?? classification.label;
    const draft = await deps.responder.draft(asOneMessage(state.messages), {
      ...classification,
      label,
    });
    const previous = await previousOf(state.previousId);
    const saved = await deps.store.saveTriage(reviewId, {
      count: state.count,
      createdAt: state.createdAt,
      kind: "reply",
      classification,
      draft,
      ...(previous ? { previous } : {}),
    });
    if (!saved.ok) {
      return saved.reason === "moved"
        ? { status: "stale", reviewId }
        : { status: "decided", reviewId };
    }
    const latest = state.messages[state.messages.length - 1] as InboundMessage;
    if (saved.newMessages > 0) {
      deps.metrics.messages.inc(
        { platform: latest.platform, label: classification.label },
        saved.newMessages,
      );
    }
    // The review as stored, built here rather than read back.
    const review: Review = {
      id: reviewId,
      kind: "reply",
      status: "pending",
      message: latest,
      messages: state.messages,
      messageCount: state.count,
      classification,
      draft,
      createdAt: state.createdAt,
      updatedAt: new Date().toISOString(),
      ...(state.correctedLabel ? { correctedLabel: state.correctedLabel } : {}),
      ...(previous ? { previous } : {}),
      ...(state.campaignId ? { campaignId: state.campaignId } : {}),
      ...(state.card ? { card: state.card } : {}),
    };
    return settle(review, state.signals.duplicateRecipients);
  }

  /** A watched channel's message: spam gets a moderation review, the rest is left alone. */
  async function channelMessage(
    message: InboundMessage,
    reviewId: string,
    signals: Signals,
  ): Promise<TriageOutcome> {
    const existing = await deps.store.get(reviewId);
    if (existing) return settle(existing, signals.duplicateRecipients);
    const classification = await classify([message], signals);
    deps.metrics.messages.inc({ platform: message.platform, label: classification.label });
    if (classification.label !== "spam") {
      deps.logger.debug({ label: classification.label }, "channel message is not spam; no card");
      return { status: "ignored", reason: `channel message labelled ${classification.label}` };
    }
    const now = new Date().toISOString();
    const created = await deps.store.create({
      id: reviewId,
      kind: "moderation",
      status: "pending",
      message,
      classification,
      draft: NO_REPLY,
      createdAt: now,
      updatedAt: now,
    });
    return settle(created.review, signals.duplicateRecipients);
  }

  return { conversation, channelMessage };
}
