// Small interfaces between the core and what plugs into it. Each has a plain default beside it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { CardTimes, MissingReview } from "./missing-review.ts";
import type {
  AuditEntry,
  CardRef,
  Classification,
  Context,
  Decision,
  Draft,
  InboundMessage,
  Label,
  ModerationAction,
  Platform,
  PreviousReview,
  Review,
  ReviewStatus,
  Signals,
} from "./types.ts";

/** What a classifier reads: an InboundMessage fits, and so does bare text from the CLI. */
export interface ClassifyInput {
  text: string;
  /**
   * A conversation's messages in order, oldest first, when it has more than one (one sender's DM
   * burst and follow-ups); `text` is then those messages joined with "\n". See conversationInput.
   */
  messages?: string[];
  platform?: Platform;
  context?: Context;
  links?: string[];
  author?: { name: string };
}

export interface Classifier {
  readonly name: string;
  classify(input: ClassifyInput, signals?: Signals): Promise<Classification>;
}

export interface Responder {
  draft(message: InboundMessage, classification: Classification): Promise<Draft>;
}

export type DeliveryResult =
  | { status: "delivered"; ref?: string }
  /**
   * Retrying cannot help (DMs closed, channel gone): the review is marked failed and the card says
   * why. `gone`: what the action was on no longer exists (the author left the server), so nothing
   * was done and nothing is left to do: not a failure a reviewer could fix.
   */
  | { status: "failed"; reason: string; gone?: true }
  /** Transient (rate limit, 5xx, network): the outbound job is retried with backoff. */
  | { status: "retry"; reason: string; retryAfterMs?: number };

export type IngestResult =
  | { status: "queued"; reviewId: string }
  | { status: "ignored"; reason: string }
  | { status: "invalid"; reason: string };

export type DecideFailure =
  | "not_found"
  | "not_pending"
  | "invalid_text"
  | "invalid_label"
  | "nothing_to_send"
  | "not_moderation"
  /** The card's Approve showed an older draft than the stored one: nothing was sent. */
  | "draft_changed"
  /** The decision is recorded but its send could not be queued: deciding again queues it. */
  | "not_queued";

export type DecideResult =
  | { ok: true; review: Review }
  | { ok: false; code: DecideFailure; message: string; review?: Review };

export interface Stats {
  days: number;
  /** Reviews by the label that counts: a reviewer's correction wins over the classifier. */
  byLabel: Record<string, number>;
  /**
   * Where reviews ended: sent, failed, gone (a moderation whose target was gone, nothing done),
   * rejected, and approved ones still "sending".
   */
  byOutcome: Record<string, number>;
  /**
   * Per label the classifier gave: how many reviews it labelled so, and how many of those
   * reviewers corrected. Their ratio is a live precision.
   */
  byClassifier: Record<string, { labelled: number; corrected: number }>;
}

/** Extra HTTP routes on the shared server (Slack's events endpoint uses it). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Where triage stands with a queued message. `ignored`: it finished and needed no card (a
 * watched channel's message that is not spam); `failed`: it ran out of attempts.
 */
export type TriageState =
  | { status: "pending" }
  | { status: "carded"; reviewId: string }
  | { status: "ignored"; reason: string }
  | { status: "failed"; reason: string };

/** Everything an adapter may ask of the core. Adapters never touch Redis or a classifier. */
export interface AdapterContext {
  /** False when ROLE=worker: the adapter only renders cards and delivers, it does not listen for events. */
  readonly listen: boolean;
  readonly logger: Logger;
  /**
   * The links the owner configured (ownerLinks): a draft carrying one is not warned of as a link
   * the sender never wrote. Optional: contexts built without it know of none.
   */
  readonly ownerLinks?: readonly string[];
  ingest(message: InboundMessage): Promise<IngestResult>;
  /** How triage ended for a queued message (by the reviewId ingest returned): a card may never come. */
  triageState(reviewId: string): Promise<TriageState>;
  decide(decision: Decision): Promise<DecideResult>;
  getReview(id: string): Promise<Review | null>;
  /**
   * Why a clicked card's review is gone (expired, or lost by Redis), judged from when the platform
   * says the card was posted and last edited; a note for the card. Optional: contexts built
   * without it get a generic answer.
   */
  missingReview?(card: CardTimes): MissingReview;
  /** Undecided reviews, oldest first; `platform`: only those from there (a reviewer's own). */
  pending(limit?: number, platform?: Platform): Promise<Review[]>;
  stats(days: number): Promise<Stats>;
  route(method: string, path: string, handler: HttpHandler): void;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  /**
   * The longest reply the platform takes (Discord 2,000, Slack 4,000), in Unicode code points as
   * the platforms count (an emoji is one); edits and drafts are checked against it.
   */
  readonly maxReplyLength?: number;
  /** How the platform measures a reply against maxReplyLength, if not in code points. */
  replyLength?(text: string): number;
  /**
   * The least time between two card calls (posts and edits) in the review channel, across all
   * workers: the presenter keeps to it so the platform's rate limit is not the pacing mechanism.
   */
  readonly cardPaceMs?: number;
  start(ctx: AdapterContext): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts the review card. With `retry`, an earlier attempt may have posted it and died before
   * recording it: an adapter that can find that card returns it instead of posting a second.
   */
  presentCard(review: Review, options?: { retry?: boolean }): Promise<CardRef>;
  updateCard(review: Review): Promise<void>;
  /**
   * Redraws a card whose review is gone in the short expired form (goneCardText: no buttons, no
   * text of the sender's), from its address alone. Optional: without it such a card stays as it is.
   */
  clearCard?(card: CardRef): Promise<void>;
  /**
   * `retry`: an earlier attempt may have posted (it failed after sending, or its process died), so
   * the adapter looks on the platform before posting again. First attempts post at once.
   */
  deliver(review: Review, text: string, options?: { retry?: boolean }): Promise<DeliveryResult>;
  /**
   * One review's moderation order. Before its call the adapter awaits `turn` for that call's
   * rate-limit bucket, the same bucket moderateMany's calls take turns in. The turn may reject
   * (its time is too far off to wait for in a worker): moderate then rejects with that error as
   * it is, having called nothing.
   */
  moderate?(review: Review, action: ModerationAction, turn?: Turn): Promise<DeliveryResult>;
  /**
   * One action on many watched-channel messages (a campaign's): bulk where the platform has it.
   * A result per review id; a message already gone counts as delivered. Before each call the
   * adapter awaits `turn` for that call's rate-limit bucket, so every worker keeps to the limit.
   */
  moderateMany?(
    reviews: Review[],
    action: ModerationAction,
    turn?: Turn,
  ): Promise<Map<string, DeliveryResult>>;
}

/**
 * Waits for a call's turn in a platform's rate-limit bucket (a route in one channel or server, e.g.
 * "bulk-delete:123"): one call per `intervalMs`, across every worker process.
 */
export type Turn = (bucket: string, intervalMs: number) => Promise<void>;

export interface Transition {
  reviewId: string;
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  audit: AuditEntry;
  /**
   * Only if the stored draft is still this one: an approval sends the draft the reviewer saw, so
   * a relabel landing between decide()'s read and the transition must make it fail.
   */
  draft?: Draft;
  /** Only if the conversation still has this many messages (the card's Approve saw them all). */
  messageCount?: number;
  /**
   * A failure because what the action was on is gone (the author left the server): the stats
   * count it as gone, not failed, as its card does. Nothing was done, nor could be.
   */
  gone?: boolean;
  /** Fields to set with the transition. */
  set?: Partial<
    Pick<
      Review,
      | "decidedBy"
      | "decidedAt"
      | "finalText"
      | "sentAt"
      | "failure"
      | "moderation"
      | "correctedLabel"
    >
  >;
}

export type TransitionResult =
  | { ok: true; review: Review }
  | { ok: false; current: ReviewStatus | null; draftChanged?: true };

export interface ReviewStore {
  /** Creates the review unless one with this id exists; returns the stored one and whether it is new. */
  create(review: Review): Promise<{ review: Review; created: boolean }>;
  get(id: string): Promise<Review | null>;
  /** Atomic compare-and-set on the status (and the draft, when given), with an audit entry. */
  transition(t: Transition): Promise<TransitionResult>;
  /** Swaps classification label and draft while pending (a reviewer's relabel). */
  relabel(id: string, label: Label, draft: Draft, audit: AuditEntry): Promise<TransitionResult>;
  /**
   * Stores a conversation's triage (classification and draft) if it still has `count` messages
   * and is pending; the first one makes it a review. `newMessages`: messages not counted before.
   */
  saveTriage(id: string, result: TriageSave): Promise<SaveTriageResult>;
}

export interface TriageSave {
  count: number;
  /** When the conversation opened: its place in the pending list. */
  createdAt: string;
  kind: "reply" | "moderation";
  classification: Classification;
  draft: Draft;
  previous?: PreviousReview;
}

export type SaveTriageResult =
  | { ok: true; newMessages: number }
  /** gone: expired; decided: no longer pending; moved: a newer message came (a newer job follows). */
  | { ok: false; reason: "gone" | "decided" | "moved" };

export interface ReviewReports {
  pending(limit: number, platform?: Platform): Promise<Review[]>;
  stats(days: number): Promise<Stats>;
  audit(id: string): Promise<AuditEntry[]>;
  corrections(): Promise<
    Array<{ text: string; label: Label; platform: Platform; context: Context }>
  >;
}

export interface SignalSource {
  /** Records the message and returns what Redis knew before it; idempotent per message id. */
  observe(message: InboundMessage): Promise<Signals>;
}
