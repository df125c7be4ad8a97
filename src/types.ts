// The core vocabulary: what flows from an adapter through the queues to a reviewer and back.
import { createHash } from "node:crypto";

export const LABELS = ["spam", "feedback_request", "collaboration"] as const;
export type Label = (typeof LABELS)[number];

export const PLATFORMS = ["console", "discord", "slack"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Context = "dm" | "channel";

export interface Author {
  id: string;
  name: string;
  /** ISO time the account was created, where the platform tells (Discord snowflakes do). */
  createdAt?: string;
  bot?: boolean;
}

/** One platform message, as every adapter hands it on. Dates are ISO strings so it survives JSON. */
export interface InboundMessage {
  /** Unique per platform message; with platform and workspace it identifies the message. */
  id: string;
  platform: Platform;
  /** Discord guild id ("@dm" for DMs), Slack team id, "local" for the console. */
  workspace: string;
  channel: string;
  context: Context;
  author: Author;
  text: string;
  links: string[];
  receivedAt: string;
  /** Platform facts the adapter needs later (e.g. the Slack user token mode); never interpreted by the core. */
  meta?: Record<string, string>;
  /** A short note for the reviewer, e.g. "attachments only". */
  note?: string;
}

/** What Redis knows about a message beyond its text. */
export interface Signals {
  /** No earlier message from this sender was seen. */
  firstContact: boolean;
  /**
   * Distinct other recipients/channels that got near-identical text in the last 24 h. Counting
   * stops after about fifty: a bigger flood reads as "at least" that.
   */
  duplicateRecipients: number;
  /** Age of the sender's account in days, where the platform tells. */
  accountAgeDays?: number;
}

export type Scores = Record<Label, number>;

export interface Classification {
  label: Label;
  /** Calibrated probability of `label`, in [0, 1]. */
  confidence: number;
  /** Per-label probabilities; they sum to 1. */
  scores: Scores;
  /** Why, in words a reviewer understands. Never empty. */
  reasons: string[];
  /** Which classifier answered, e.g. "local", "llm", "rules". */
  source: string;
}

export type DraftKind =
  | "collab_concrete"
  | "collab_vague"
  /** The sender offers their own service or help: ask what, at what cost, and an example. */
  | "collab_offer"
  | "feedback_yes"
  | "feedback_no"
  | "spam_none"
  | "spam_decline";

export interface Draft {
  kind: DraftKind;
  /** The reply to send, or null when the default is to send nothing (spam). */
  text: string | null;
  source: "template" | "llm";
}

export const REVIEW_STATUSES = [
  "pending",
  "approved",
  "edited",
  "rejected",
  "sent",
  "failed",
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Where the adapter put the card, so it can edit it later. Opaque to the core. */
export type CardRef = Record<string, string>;

/** Platform moderation a reviewer can order on a watched-channel spam card. */
export type ModerationAction =
  | { type: "delete" }
  /** 0 seconds lifts a timeout (a campaign's Undo). */
  | { type: "timeout"; seconds: number }
  | { type: "ignore" };

/**
 * What a review covers: one or more messages. A reply review is a conversation (one sender's DMs
 * while the review is pending); a moderation review is one message in a watched channel; a
 * campaign review is the same spam from many accounts, whose members are those reviews.
 */
export type ReviewKind = "reply" | "moderation" | "campaign";

/** The decided review a follow-up conversation links to, as its card recalls it. */
export interface PreviousReview {
  id: string;
  status: ReviewStatus;
  label: Label;
  /** What was sent (or approved), if anything. */
  finalText?: string;
  sentAt?: string;
  decidedAt?: string;
}

/** A campaign's counts, kept on its review as members join. */
export interface CampaignCounts {
  /** Messages in all its members (held conversations or channel messages). */
  messages: number;
  accounts: number;
  channels: number;
  firstAt: string;
  lastAt: string;
  /** Some accounts, as "name (id)", for the card; `accounts` says how many in all. */
  sample: string[];
  /** Copies that met the decided action after the decision (no new card). */
  after?: number;
  /** Members the decision was applied to, and those it failed on. */
  done?: number;
  failed?: number;
  /** Members it could not reach because their target was gone (the author had left the server). */
  gone?: number;
  /** Authors whose timeouts an Undo lifted. */
  lifted?: number;
  /** What automatic moderation would have done, in a dry run (MODERATION_DRY_RUN). */
  dryRun?: ModerationAction;
}

export interface Review {
  id: string;
  kind: ReviewKind;
  status: ReviewStatus;
  /**
   * The latest message: where a reply goes (its channel, thread and platform facts). A campaign's
   * is its first copy, the sample its card quotes.
   */
  message: InboundMessage;
  /** The conversation's messages, oldest first: the latest MAX_CONVERSATION_MESSAGES of them. */
  messages?: InboundMessage[];
  /** How many messages the review covers in all (more than `messages` holds once capped). */
  messageCount?: number;
  /** How many of them its classification and draft have seen (a newer triage may be due). */
  triagedCount?: number;
  /** A follow-up: this sender's previous conversation, decided before this one began. */
  previous?: PreviousReview;
  /** A held conversation or channel message: the campaign review that decides for it. */
  campaignId?: string;
  /** For campaign reviews: its counts. */
  campaign?: CampaignCounts;
  /** Bumped by each change its card should show (a triage, a campaign copy). */
  rev?: number;
  /** The revision its card shows. */
  shownRev?: number;
  classification: Classification;
  /** The label a reviewer corrected the classification to, if any. */
  correctedLabel?: Label;
  draft: Draft;
  createdAt: string;
  updatedAt: string;
  decidedBy?: string;
  decidedAt?: string;
  /** The text that is (or was) sent: the draft, or the reviewer's edit. */
  finalText?: string;
  sentAt?: string;
  /** Why delivery failed, in words for the card. */
  failure?: string;
  card?: CardRef;
  /**
   * Set when the review neared the end of its retention and its card was (or is being) shown in
   * its short expired form: no buttons and none of the sender's text or the draft. A new message
   * that extends the review clears it.
   */
  cardExpiredAt?: string;
  /** For moderation reviews: what the reviewer ordered. */
  moderation?: ModerationAction;
}

/** "not_spam" releases a campaign: its members are reviewed one by one, each relabelled. */
export type DecisionAction =
  | "approve"
  | "edit"
  | "reject"
  | "relabel"
  | "moderate"
  | "not_spam"
  /** On a campaign whose authors were timed out: lift the timeouts. */
  | "undo";

export interface Decision {
  reviewId: string;
  action: DecisionAction;
  /** Who decided, as the platform names them ("discord:123", "slack:U1", "console"). */
  actor: string;
  /** For edit: exactly the text to send. */
  text?: string;
  /** For relabel: the corrected label. */
  label?: Label;
  /** For moderate: what to do to the message or its author. */
  moderation?: ModerationAction;
  /**
   * For approve: the draftVersion of the draft the reviewer's card showed, so the approval sends
   * that draft or nothing. UNKNOWN_DRAFT_VERSION for a card from before versions. Left out by
   * callers that show the stored draft right before asking (the console).
   */
  draftVersion?: string;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: DecisionAction | "created" | "sent" | "failed";
  from: ReviewStatus | null;
  to: ReviewStatus;
  text?: string;
  label?: Label;
  detail?: string;
}

export function isLabel(value: unknown): value is Label {
  return typeof value === "string" && (LABELS as readonly string[]).includes(value);
}

/** What a draft version looks like: 10 base64url characters, short enough for Discord's custom_id. */
export const DRAFT_VERSION = /^[A-Za-z0-9_-]{10}$/;

/** What a card from before draft versions carried: which draft it showed is not known. */
export const UNKNOWN_DRAFT_VERSION = "unknown";

/**
 * A short hash of the draft's text (and, for a conversation, of its message count), which cards
 * carry on Approve. Derived rather than stored, so it
 * changes with every rewrite of the draft (a relabel today, anything later) without each writer
 * having to remember it, and reviews stored before versions existed have one too. Only the text
 * counts: it is what gets sent.
 */
export function draftVersion(draft: Draft, messageCount = 1): string {
  // A one-message review keeps the version it had before conversations, so its old card still works.
  const shown =
    messageCount > 1 ? `${JSON.stringify(draft.text)}#${messageCount}` : JSON.stringify(draft.text);
  return createHash("sha256").update(shown).digest("base64url").slice(0, 10);
}

/**
 * The version an Approve on this review's card carries: the draft and how many messages it
 * answered. A message arriving after the card was drawn changes it, so that card sends nothing.
 */
export function cardVersion(review: Review): string {
  return draftVersion(review.draft, messageCountOf(review));
}

/** The review's messages, oldest first (a review stored before conversations has one). */
export function messagesOf(review: Review): InboundMessage[] {
  return review.messages && review.messages.length > 0 ? review.messages : [review.message];
}

/**
 * Whether the messages came on more than one day, so each time needs its date. Days are UTC's: the
 * card cannot know each reader's zone, and the date only has to tell the days apart.
 */
export function spansDays(messages: readonly InboundMessage[]): boolean {
  const day = (iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10);
  };
  return new Set(messages.map((m) => day(m.receivedAt))).size > 1;
}

/** The review's messages as one text, as the classifier reads a conversation. */
export function conversationText(review: Review): string {
  return messagesOf(review)
    .map((m) => m.text)
    .join("\n");
}

export function messageCountOf(review: Review): number {
  return review.messageCount ?? messagesOf(review).length;
}

/** The label that counts: a reviewer's correction wins over the classifier. */
export function effectiveLabel(review: Review): Label {
  return review.correctedLabel ?? review.classification.label;
}

/** A campaign review's counts; a damaged one (no counts stored) reads as its one sample copy. */
export function campaignCountsOf(review: Review): CampaignCounts {
  return (
    review.campaign ?? {
      messages: 1,
      accounts: 1,
      channels: 1,
      firstAt: review.createdAt,
      lastAt: review.updatedAt,
      sample: [],
    }
  );
}
