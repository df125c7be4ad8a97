// The Discord adapter: the gateway in (DMs and watched channels -> InboundMessage, clicks ->
// decisions) and REST out (cards, replies, moderation). It decides nothing itself.
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  REST,
  Routes,
} from "discord.js";
import type { Logger } from "pino";
import type { AdapterContext, DeliveryResult, PlatformAdapter, Turn } from "../../src/ports.ts";
import type { CardRef, ModerationAction, Review } from "../../src/types.ts";
import {
  type BulkOptions,
  type BulkResult,
  deleteMessages,
  timeoutMembers,
} from "./bulk-moderation.ts";
import { NO_MENTIONS, renderCard } from "./cards.ts";
import { COMMANDS, handleCommand } from "./commands.ts";
import { MAX_REPLY } from "./components.ts";
import type { DiscordConfig } from "./config.ts";
import { renderExpiredCard } from "./expired-card.ts";
import { toInbound } from "./inbound.ts";
import { handleCardInteraction } from "./interactions.ts";
import { inviteUrl } from "./invite.ts";
import { moderateMany } from "./moderate-many.ts";
import { moderate, sendReply } from "./outbound.ts";
import { createReviewers, type Reviewers } from "./reviewers.ts";

/** How long start() waits for the gateway's READY before giving up. */
const READY_TIMEOUT_MS = 30_000;

export class DiscordAdapter implements PlatformAdapter {
  readonly platform = "discord" as const;
  readonly maxReplyLength = MAX_REPLY;
  /** Discord lets a bot create about 5 messages per 5 s in one channel (edits likewise). */
  readonly cardPaceMs = 1000;
  private client: Client | null = null;
  /**
   * Cards go through a REST client of their own, never the gateway client's: Client.destroy()
   * drops that one's token, and jobs still running after stop() (a card being posted, a delivered
   * reply's card edit) need a working one.
   */
  private restClient: REST | null = null;
  /**
   * Replies and moderation go through their own REST client that neither sleeps on a 429 nor
   * retries a 5xx: the outbound queue retries with backoff, honouring retry_after.
   */
  private readonly outbound: REST;
  private readonly reviewers: Reviewers;
  /** The links the owner configured: no card warns of them (the core's, from start). */
  private ownerLinks: readonly string[] = [];

  constructor(
    private readonly config: DiscordConfig,
    private readonly logger: Logger,
  ) {
    this.outbound = new REST({
      api: config.apiUrl,
      retries: 0,
      rejectOnRateLimit: () => true,
    }).setToken(config.token);
    this.reviewers = createReviewers(config.reviewerIds, config.reviewerRoleId);
  }

  async start(ctx: AdapterContext): Promise<void> {
    this.ownerLinks = ctx.ownerLinks ?? [];
    this.restClient = new REST({ api: this.config.apiUrl }).setToken(this.config.token);
    // A worker only renders cards and delivers: REST needs no gateway session.
    if (!ctx.listen) return;
    const client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        GatewayIntentBits.MessageContent,
      ],
      // DM channels are not cached before their first message; without this those are dropped.
      partials: [Partials.Channel],
      rest: { api: this.config.apiUrl },
      allowedMentions: NO_MENTIONS,
    });
    this.client = client;
    client.on(Events.MessageCreate, (msg) => void this.onMessage(ctx, msg));
    client.on(Events.InteractionCreate, (i) => void this.onInteraction(ctx, i));
    client.on(Events.Error, (err) =>
      this.logger.warn({ err: err.message }, "discord client error"),
    );
    client.on(Events.Warn, (warning) => this.logger.warn({ warning }, "discord client warning"));

    // Listen before login: READY can arrive before login() resolves.
    let timer: NodeJS.Timeout | undefined;
    const ready = new Promise<Client<true>>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no READY from the Discord gateway within ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      client.once(Events.ClientReady, resolve);
    });
    try {
      await client.login(this.config.token);
      await this.afterReady(await ready);
    } catch (err) {
      await client.destroy();
      this.client = null;
      throw explainLoginFailure(err as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  private async afterReady(client: Client<true>): Promise<void> {
    const appId = client.application.id;
    this.logger.info(
      { user: client.user.tag, guilds: client.guilds.cache.size },
      "connected to Discord",
    );
    if (client.guilds.cache.size === 0) {
      this.logger.warn(
        { inviteUrl: inviteUrl(appId) },
        `the bot is in no server yet: invite it with ${inviteUrl(appId)}`,
      );
    }
    try {
      await client.rest.put(Routes.applicationCommands(appId), { body: COMMANDS });
    } catch (err) {
      // Cards and clicks work without the command; say so and go on.
      this.logger.warn({ err: (err as Error).message }, "could not register /triage");
    }
  }

  /**
   * Ends the gateway session, so no new messages or clicks arrive. The REST clients stay usable:
   * the app closes its workers after its adapters, and their jobs still post and edit cards.
   */
  async stop(): Promise<void> {
    await this.client?.destroy();
    this.client = null;
    // Only timers: the REST clients keep working without them.
    for (const rest of [this.restClient, this.outbound]) {
      rest?.clearHashSweeper();
      rest?.clearHandlerSweeper();
    }
  }

  private get rest(): REST {
    if (!this.restClient) throw new Error("the Discord adapter is not started");
    return this.restClient;
  }

  async presentCard(review: Review): Promise<CardRef> {
    const posted = (await this.rest.post(Routes.channelMessages(this.config.reviewChannelId), {
      // A retry after a lost answer (or a dead worker's lapsed claim) within Discord's nonce window
      // gets the card already posted back, not a second card. Not the reply's nonce: both are ours.
      body: {
        ...renderCard(review, this.ownerLinks),
        nonce: `c-${review.id}`,
        enforce_nonce: true,
      },
    })) as { id: string; channel_id: string };
    return { channelId: posted.channel_id, messageId: posted.id };
  }

  async updateCard(review: Review): Promise<void> {
    const card = review.card;
    if (!card?.channelId || !card.messageId) {
      this.logger.warn({ reviewId: review.id }, "review has no Discord card to update");
      return;
    }
    await this.replaceCard(
      { channelId: card.channelId, messageId: card.messageId },
      renderCard(review, this.ownerLinks),
      review.id,
    );
  }

  async clearCard(card: CardRef): Promise<void> {
    if (!card.channelId || !card.messageId) return;
    await this.replaceCard(
      { channelId: card.channelId, messageId: card.messageId },
      renderExpiredCard(null),
    );
  }

  /** Edits a card message to `body` (a review's card, or the note of a review that is gone). */
  async replaceCard(
    card: { channelId: string; messageId: string },
    body: Record<string, unknown>,
    reviewId?: string,
  ): Promise<void> {
    try {
      await this.rest.patch(Routes.channelMessage(card.channelId, card.messageId), { body });
    } catch (err) {
      // A card someone deleted (or a channel the bot lost) will not come back by retrying.
      if (err instanceof DiscordAPIError && (err.status === 404 || err.status === 403)) {
        this.logger.warn({ reviewId, err: err.message }, "card could not be updated");
        return;
      }
      throw err;
    }
  }

  deliver(review: Review, text: string, options?: { retry?: boolean }): Promise<DeliveryResult> {
    return sendReply(this.outbound, review, text, options);
  }

  moderate(review: Review, action: ModerationAction, turn?: Turn): Promise<DeliveryResult> {
    return moderate(this.outbound, review, action, turn ? { turn } : {});
  }

  /**
   * One order for a campaign's copies: bulk deletes per channel, one timeout per author. Through
   * the REST client that waits out rate limits; each delete also waits for its turn in the channel.
   */
  moderateMany(
    reviews: Review[],
    action: ModerationAction,
    turn?: Turn,
  ): Promise<Map<string, DeliveryResult>> {
    return moderateMany(this.rest, reviews, action, turn ? { turn } : {});
  }

  /** Deletes a campaign's messages in one channel: bulk where Discord allows, counted. */
  deleteMessages(
    channelId: string,
    messageIds: readonly string[],
    options?: BulkOptions,
  ): Promise<BulkResult> {
    return deleteMessages(this.rest, channelId, messageIds, options);
  }

  /** Times out a campaign's authors in one server for `seconds`, counted. */
  timeoutMembers(
    guildId: string,
    userIds: readonly string[],
    seconds: number,
    options?: BulkOptions,
  ): Promise<BulkResult> {
    return timeoutMembers(this.rest, guildId, userIds, seconds, options);
  }

  private async onMessage(ctx: AdapterContext, msg: Message): Promise<void> {
    const translated = toInbound(msg, {
      botUserId: this.client?.user?.id ?? null,
      watchChannelIds: this.config.watchChannelIds,
      reviewChannelId: this.config.reviewChannelId,
    });
    if (!translated.ok) {
      this.logger.trace({ messageId: msg.id, reason: translated.reason }, "message not triaged");
      return;
    }
    try {
      const result = await ctx.ingest(translated.message);
      if (result.status !== "queued") {
        this.logger.warn({ messageId: msg.id, reason: result.reason }, "message not queued");
      }
    } catch (err) {
      this.logger.error({ messageId: msg.id, err: (err as Error).message }, "ingest failed");
    }
  }

  private async onInteraction(ctx: AdapterContext, interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) {
        await handleCommand(interaction, {
          ctx,
          reviewers: this.reviewers,
          guildId: () => this.reviewGuildId(),
        });
        return;
      }
      await handleCardInteraction(interaction, {
        ctx,
        reviewers: this.reviewers,
        updateCard: (review) => this.updateCard(review),
        replaceCard: (card, body) => this.replaceCard(card, body),
        logger: this.logger,
      });
    } catch (err) {
      this.logger.error(
        { interactionId: interaction.id, err: (err as Error).message },
        "interaction failed",
      );
      // Tell the reviewer rather than leave a silent click; best effort, Discord may be the problem.
      if (interaction.isRepliable() && (interaction.deferred || interaction.replied)) {
        await interaction
          .followUp({
            content: "Something went wrong; nothing was decided. Try again in a moment.",
            flags: MessageFlags.Ephemeral,
            allowedMentions: NO_MENTIONS,
          })
          .catch(() => {});
      }
    }
  }

  private reviewGuildId(): string | null {
    const channel = this.client?.channels.cache.get(this.config.reviewChannelId);
    return channel && "guildId" in channel ? channel.guildId : null;
  }
}

/** The two start failures people meet first, in words that say what to change. */
function explainLoginFailure(err: Error): Error {
  const text = `${(err as { code?: string }).code ?? ""} ${err.message}`;
  if (/DisallowedIntents|disallowed intents|privileged intent/i.test(text)) {
    return new Error(
      "Discord refused the Message Content intent: turn on Bot -> Privileged Gateway Intents -> Message Content Intent in the Developer Portal",
    );
  }
  if (/TokenInvalid|invalid token|401/i.test(text)) {
    return new Error(
      "Discord refused DISCORD_TOKEN: copy the bot token again from Bot -> Reset Token",
    );
  }
  return err;
}
