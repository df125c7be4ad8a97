// The Slack adapter: Bolt in (DMs -> InboundMessage, clicks -> decisions) and the Web API out
// (cards, replies). It decides nothing itself.
import { webApi } from "@slack/bolt";
import type { Logger } from "pino";
import type { AdapterContext, DeliveryResult, PlatformAdapter } from "../../src/ports.ts";
import { safeUrl } from "../../src/redis-check.ts";
import type { CardRef, Review } from "../../src/types.ts";
import { type BoltHandle, createBoltApp, NotQueued } from "./bolt-app.ts";
import { boltLogger } from "./bolt-logger.ts";
import { renderCard } from "./cards.ts";
import type { SlackConfig } from "./config.ts";
import { MAX_REPLY } from "./edit-modal.ts";
import { type CardBody, renderExpiredCard } from "./expired-card.ts";
import { type EventEnvelope, type Identities, type MessageEvent, toInbound } from "./inbound.ts";
import { SenderNames, type SenderNamesOptions } from "./names.ts";
import { rateLimitWait, sendReply } from "./outbound.ts";
import { homeView, STATS_DAYS } from "./reports.ts";
import { CARD_EVENT_TYPE, findTagged, tag } from "./tagged.ts";

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface SlackAdapterOptions {
  /** Extra WebClient options, e.g. `{ retryConfig: { retries: 0 } }` in tests. */
  clientOptions?: webApi.WebClientOptions;
  /** Cache and pace of senders' names (tests tighten them). */
  names?: SenderNamesOptions;
}

/** Rate limits a card waits out in place before triage's own retries take over. */
const CARD_RATE_LIMIT_WAITS = 5;

/** How many review-channel messages since the review began a retry looks through for its card. */
const CARD_LOOKBACK = 200;

/** An ISO time a second early, as a Slack ts (`oldest` for history). */
function slackTs(iso: string): string {
  return (Math.floor(Date.parse(iso) / 1000) - 1).toFixed(6);
}

/** How soon after a card expired the reviewers' Home tabs are published again (and at most how often). */
const HOME_REFRESH_MS = 10_000;

/** How long start-up waits for auth.test before it gives up on SLACK_API_URL. */
const START_TIMEOUT_MS = 10_000;

/**
 * The name is looked up before the DM is queued, inside the event's acknowledgement budget
 * (ACK_BUDGET_MS): a slow or rate-limited users.info shows the id instead of holding the ack.
 */
const NAME_TIMEOUT_MS = 700;

export class SlackAdapter implements PlatformAdapter {
  readonly platform = "slack" as const;
  /** In code points, the core's default: Slack counts the same (see slackLength), so no replyLength. */
  readonly maxReplyLength = MAX_REPLY;
  /**
   * chat.postMessage takes about one message a second per channel, and chat.update is Tier 3
   * (about 50 a minute): one card call every 1.2 s keeps the review channel under both.
   */
  readonly cardPaceMs = 1200;
  /** Card updates, views and notes: the usual client, which retries and waits out rate limits. */
  private readonly web: WebClient;
  /**
   * Replies and new cards go through clients that neither sleep on a rate limit nor retry: a post
   * repeated blindly could show twice. The queues retry (honouring Retry-After), looking first.
   */
  private readonly outboundBot: WebClient;
  private readonly outboundUser: WebClient | null;
  /** users.info while an event waits for its ack: no retries, no rate-limit sleeps, a timeout. */
  private readonly lookup: WebClient;
  private readonly clientOptions: webApi.WebClientOptions;
  private bolt: BoltHandle | null = null;
  /** For republishing reviewers' Home tabs once cards expired (any role renders cards). */
  private ctx: AdapterContext | null = null;
  private homeRefresh: NodeJS.Timeout | null = null;
  private readonly names: SenderNames;

  constructor(
    private readonly config: SlackConfig,
    private readonly logger: Logger,
    options: SlackAdapterOptions = {},
  ) {
    this.clientOptions = {
      slackApiUrl: config.apiUrl,
      logger: boltLogger(logger),
      // The default (ten retries over 30 minutes) would hold a triage worker, or the start, that
      // long; the queue retries a failed card anyway.
      retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
      ...options.clientOptions,
    };
    this.web = new webApi.WebClient(config.botToken, this.clientOptions);
    const outbound = {
      ...this.clientOptions,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    };
    this.outboundBot = new webApi.WebClient(config.botToken, outbound);
    this.outboundUser = config.userToken ? new webApi.WebClient(config.userToken, outbound) : null;
    this.lookup = new webApi.WebClient(config.botToken, { ...outbound, timeout: NAME_TIMEOUT_MS });
    this.names = new SenderNames(this.lookup, {
      timeoutMs: NAME_TIMEOUT_MS,
      onError: (userId, err) =>
        logger.debug({ userId, err }, "users.info failed; the card shows the id"),
      ...options.names,
    });
  }

  async start(ctx: AdapterContext): Promise<void> {
    this.ctx = ctx;
    // A worker only renders cards and delivers through the Web API: no receiver.
    if (!ctx.listen) return;
    const identities = await this.identify();
    this.logger.info(
      {
        botUserId: identities.botUserId,
        ownerUserId: identities.ownerUserId,
        mode: this.config.appToken ? "socket" : "http",
      },
      "connected to Slack",
    );
    this.bolt = createBoltApp(ctx, {
      ctx,
      client: this.web,
      reviewerIds: this.config.reviewerIds,
      workspace: identities.workspace,
      updateCard: (review) => this.updateCard(review),
      replaceCard: (where, card) => this.replaceCard(where, card),
      logger: this.logger,
      config: this.config,
      identities,
      clientOptions: this.clientOptions,
      boltLogger: boltLogger(this.logger),
      onMessage: (event, envelope) => this.onMessage(ctx, identities, event, envelope),
    });
    await this.bolt.start();
  }

  async stop(): Promise<void> {
    if (this.homeRefresh) clearTimeout(this.homeRefresh);
    this.homeRefresh = null;
    await this.bolt?.stop();
    this.bolt = null;
  }

  /**
   * Who the bot (and the owner, in user-token mode) is, which also proves the tokens work and that
   * SLACK_API_URL answers. Once, with no retries and a timeout: a wrong URL fails the start in
   * seconds, where the usual client would retry for five minutes.
   */
  private async identify(): Promise<Identities> {
    const once = new webApi.WebClient(this.config.botToken, {
      ...this.clientOptions,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: START_TIMEOUT_MS,
    });
    const bot = await once.auth.test().catch((err: unknown) => {
      throw explain(err, "SLACK_BOT_TOKEN", this.config.apiUrl);
    });
    let ownerUserId: string | null = null;
    if (this.config.userToken) {
      const owner = await once.auth.test({ token: this.config.userToken }).catch((err: unknown) => {
        throw explain(err, "SLACK_USER_TOKEN", this.config.apiUrl);
      });
      ownerUserId = owner.user_id ?? null;
    }
    if (!bot.user_id || !bot.bot_id) {
      throw new Error("SLACK_BOT_TOKEN is not a bot token: auth.test named no bot user");
    }
    if (!bot.team_id) throw new Error("SLACK_BOT_TOKEN: auth.test named no team");
    const workspace = {
      teamId: bot.team_id,
      enterpriseId: bot.enterprise_id || null,
      orgWide: bot.is_enterprise_install === true,
    };
    return { botUserId: bot.user_id, botId: bot.bot_id, ownerUserId, workspace };
  }

  async presentCard(review: Review, options: { retry?: boolean } = {}): Promise<CardRef> {
    const channel = this.config.reviewChannelId;
    // Only a retry looks: a lookup per card would spend the history rate limit in a DM flood.
    if (options.retry) {
      const found = await findTagged(
        this.web,
        { channel, oldest: slackTs(review.createdAt), limit: CARD_LOOKBACK },
        CARD_EVENT_TYPE,
        review.id,
      ).catch((err: Error) => {
        // A second card is better than none: an app installed without the history scopes posts.
        this.logger.warn(
          { reviewId: review.id, err: err.message },
          "could not look for an earlier card (channels:history, groups:history); posting",
        );
        return null;
      });
      if (found) return { channel, ts: found };
    }
    const card = renderCard(review, this.ctx?.ownerLinks);
    const post = () =>
      this.outboundBot.chat.postMessage({
        channel,
        text: card.text,
        blocks: card.blocks as never,
        unfurl_links: false,
        unfurl_media: false,
        metadata: tag(CARD_EVENT_TYPE, review.id),
      });
    // Only a rate limit is retried here: Slack refused that post, so posting again is safe. A 5xx
    // or a dropped connection may come after Slack stored the card; triage retries those, looking first.
    for (let waits = 0; ; waits++) {
      try {
        const posted = await post();
        if (!posted.ts || !posted.channel) throw new Error("chat.postMessage returned no ts");
        return { channel: posted.channel, ts: posted.ts };
      } catch (err) {
        const wait = rateLimitWait(err);
        if (wait === null || waits >= CARD_RATE_LIMIT_WAITS) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait ?? 1000));
      }
    }
  }

  async updateCard(review: Review): Promise<void> {
    const ref = review.card;
    if (!ref?.channel || !ref.ts) {
      this.logger.warn({ reviewId: review.id }, "review has no Slack card to update");
      return;
    }
    // A sender whose name could not be looked up when the DM came (users.info paced or limited)
    // is named on the next edit, if the look-up works now.
    const card = renderCard(await this.withName(review), this.ctx?.ownerLinks);
    await this.replaceCard({ channel: ref.channel, ts: ref.ts }, card, review.id);
    if (review.cardExpiredAt) this.refreshHomesSoon();
  }

  async clearCard(card: CardRef): Promise<void> {
    if (!card.channel || !card.ts) return;
    await this.replaceCard({ channel: card.channel, ts: card.ts }, renderExpiredCard(null));
    this.refreshHomesSoon();
  }

  /**
   * A published Home tab keeps the open reviews as they were, text included: once cards expire,
   * the reviewers' tabs are published again without them. One timer for a whole sweep, so a sweep
   * of many cards costs each reviewer one views.publish per HOME_REFRESH_MS.
   */
  private refreshHomesSoon(): void {
    if (this.homeRefresh || !this.ctx) return;
    const ctx = this.ctx;
    this.homeRefresh = setTimeout(() => {
      this.homeRefresh = null;
      this.republishHomes(ctx).catch((err: Error) =>
        this.logger.warn({ err: err.message }, "Home tabs not republished after cards expired"),
      );
    }, HOME_REFRESH_MS);
    this.homeRefresh.unref();
  }

  private async republishHomes(ctx: AdapterContext): Promise<void> {
    const [reviews, stats] = await Promise.all([ctx.pending(20, "slack"), ctx.stats(STATS_DAYS)]);
    for (const user of this.config.reviewerIds) {
      await this.web.views.publish({
        user_id: user,
        view: homeView(reviews, stats, { reviewer: true }) as never,
      });
    }
  }

  /** Edits a card message (a review's card, or the note of a review that is gone). */
  async replaceCard(
    where: { channel: string; ts: string },
    card: CardBody,
    reviewId?: string,
  ): Promise<void> {
    try {
      await this.web.chat.update({
        channel: where.channel,
        ts: where.ts,
        text: card.text,
        blocks: card.blocks as never,
      });
    } catch (err) {
      // A deleted card (or a channel the bot left) will not come back by retrying.
      const code = (err as { data?: { error?: string } }).data?.error;
      if (
        code &&
        ["message_not_found", "channel_not_found", "cant_update_message"].includes(code)
      ) {
        this.logger.warn({ reviewId, code }, "card could not be updated");
        return;
      }
      throw err;
    }
  }

  async deliver(
    review: Review,
    text: string,
    options: { retry?: boolean } = {},
  ): Promise<DeliveryResult> {
    if (review.message.meta?.replyAs === "user") {
      // The DM is the owner's: only the owner's token can answer in it.
      if (!this.outboundUser) {
        return {
          status: "failed",
          reason: "this DM was to the owner, but SLACK_USER_TOKEN is no longer set",
        };
      }
      return sendReply(this.outboundUser, review, text, options);
    }
    return sendReply(this.outboundBot, review, text, options);
  }

  private async onMessage(
    ctx: AdapterContext,
    identities: Identities,
    event: MessageEvent,
    envelope: EventEnvelope,
  ): Promise<void> {
    const translated = toInbound(event, envelope, identities);
    if (!translated.ok) {
      this.logger.trace({ ts: event.ts, reason: translated.reason }, "message not triaged");
      return;
    }
    const message = translated.message;
    message.author.name = await this.nameOf(message.author.id);
    try {
      const result = await ctx.ingest(message);
      if (result.status !== "queued") {
        this.logger.warn({ messageId: message.id, reason: result.reason }, "message not queued");
      }
    } catch (err) {
      this.logger.error({ messageId: message.id, err: (err as Error).message }, "ingest failed");
      // Not acknowledged, so Slack sends it again.
      throw new NotQueued("ingest failed");
    }
  }

  /** The sender's display name, or their id when users.info is over the pace, limited or fails. */
  private nameOf(userId: string): Promise<string> {
    return this.names.nameOf(userId);
  }

  /**
   * A sender's name for a card edit, when the card went out with their id: null while users.info
   * is still over the pace or failing. `isNameMissing` says whether a card needs it.
   */
  private async withName(review: Review): Promise<Review> {
    const author = review.message.author;
    if (!this.names.isMissing(author.id)) return review;
    const name = await this.names.resolveName(author.id).catch(() => null);
    return name
      ? { ...review, message: { ...review.message, author: { ...author, name } } }
      : review;
  }

  resolveName(userId: string): Promise<string | null> {
    return this.names.resolveName(userId);
  }

  isNameMissing(userId: string): boolean {
    return this.names.isMissing(userId);
  }
}

/**
 * A failed auth.test at start, in words that say which variable to fix (never a token): the token
 * Slack refused, or SLACK_API_URL when nothing there answered like Slack's Web API.
 */
function explain(err: unknown, variable: string, apiUrl: string): Error {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  const code = e.data?.error;
  if (code === "invalid_auth" || code === "not_authed" || code === "token_revoked") {
    return new Error(
      `Slack refused ${variable} (${code}): copy the token again from the app's settings`,
    );
  }
  if (e.code === webApi.ErrorCode.RequestError || e.code === webApi.ErrorCode.HTTPError) {
    const why = e.code === webApi.ErrorCode.HTTPError ? e.message : "no answer";
    return new Error(
      `SLACK_API_URL: Slack's Web API did not answer at ${safeUrl(apiUrl)} (${why}; waited at most ${START_TIMEOUT_MS / 1000} s). Leave it unset for https://slack.com/api/`,
    );
  }
  return new Error(`Slack auth.test failed for ${variable}: ${e.message ?? String(err)}`);
}
