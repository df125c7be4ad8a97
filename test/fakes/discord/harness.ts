// One whole app on the real Redis with the real discord.js client logged into the fake Discord,
// plus the people of a test (a listed reviewer, a reviewer by role, a stranger, a sender).
import { afterEach, expect } from "vitest";
import { discordModule } from "../../../adapters/discord/index.ts";
import type { Classifier, PlatformAdapter, Responder } from "../../../src/ports.ts";
import type { Review } from "../../../src/types.ts";
import { eventually, startRig, type TestApp } from "../../helpers/app.ts";
import { captureLogger } from "../../helpers/capture.ts";
import { type Actor, DiscordDriver, type Sent } from "./driver.ts";
import { type MessagePayload, snowflake, type UserPayload, user } from "./payloads.ts";
import { FakeDiscord, type FakeDiscordOptions, type RestCall } from "./server.ts";

export const TOKEN = "fake-bot-token-never-logged";

/** The fake Discord, an adapter pointed at it and the people of a test: no app yet. */
export interface DiscordRig {
  fake: FakeDiscord;
  adapter: PlatformAdapter;
  reviewer: Actor;
  roleReviewer: Actor;
  stranger: Actor;
  /** Everything the adapter logged. */
  adapterLogs(): string;
}

export interface DiscordHarness extends DiscordRig {
  driver: DiscordDriver;
  test: TestApp;
  /** Review cards the bot posted, in order, as they read now (edits applied). */
  cards(): MessagePayload[];
  /** A card as it reads now. */
  latest(card: MessagePayload): MessagePayload;
  /** The stored review, which must exist. */
  review(id: string): Promise<Review>;
  /** A DM (from a three-day-old account unless told) and its card, once the review records it. */
  dmAndCard(text: string, sender?: UserPayload): Promise<DmAndCard>;
  /** The ephemeral notes the bot sent in answer to one interaction (replies and follow-ups). */
  notes(sent: Sent): string[];
  stop(): Promise<void>;
}

export interface DmAndCard {
  sender: UserPayload;
  msg: MessagePayload;
  card: MessagePayload;
  reviewId: string;
}

export interface HarnessOptions {
  classifier?: Classifier;
  /** Drafts of the test's choosing (a model's, say) instead of the templates. */
  responder?: Responder;
  inGuild?: boolean;
  /** Core settings, e.g. ROLE. */
  env?: Record<string, string>;
  /** Rate limits other than Discord's (null lifts one); `fake.limits` changes them later. */
  limits?: FakeDiscordOptions["limits"];
}

const DAY = 86_400_000;

export async function createDiscordRig(
  options: Pick<HarnessOptions, "inGuild" | "limits"> = {},
): Promise<DiscordRig> {
  const fake = await FakeDiscord.start({
    inGuild: options.inGuild ?? true,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const reviewer = { user: user("Rita Reviewer") };
  const roleReviewer = { user: user("Rolf Roleholder"), roles: [fake.guild.reviewerRoleId] };
  const stranger = { user: user("Sam Stranger") };
  const logs = captureLogger();
  const adapter = discordModule.create(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
      DISCORD_REVIEWER_IDS: `${reviewer.user.id}, 123456789012345678`,
      DISCORD_REVIEWER_ROLE_ID: fake.guild.reviewerRoleId,
      DISCORD_WATCH_CHANNEL_IDS: fake.guild.watchChannelId,
    },
    logs.logger,
  );
  return { fake, adapter, reviewer, roleReviewer, stranger, adapterLogs: logs.text };
}

export async function startDiscord(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const { rig, test, stop } = await startRig(() => createDiscordRig(options), {
    name: "discord",
    ...(options.classifier ? { classifier: options.classifier } : {}),
    ...(options.responder ? { responder: options.responder } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  return { ...discordHarnessOn(rig, test), stop };
}

/** The harness over a rig whose adapter runs in `test` (perhaps beside other adapters). */
export function discordHarnessOn(rig: DiscordRig, test: TestApp): Omit<DiscordHarness, "stop"> {
  const { fake } = rig;
  const driver = new DiscordDriver(fake);
  // Map order is posting order, and an edit keeps its place.
  const cards = () => [...fake.messages.values()].filter(isCard(fake));
  const review = async (id: string) => {
    const found = await test.app.store.get(id);
    if (!found) throw new Error(`no review ${id}`);
    return found;
  };

  return {
    ...rig,
    driver,
    test,
    cards,
    latest: (card) => fake.messages.get(card.id) ?? card,
    review,
    async dmAndCard(text, sender) {
      const from = sender ?? user("Maya Torres", { id: snowflake(new Date(Date.now() - 3 * DAY)) });
      const before = cards().length;
      const msg = driver.dm(from, text);
      const card = await eventually(() => cards()[before]);
      const reviewId = reviewIdOf(card);
      // The review records its card just after Discord answers the post.
      await eventually(async () => (await test.app.store.get(reviewId))?.card);
      return { sender: from, msg, card, reviewId };
    },
    notes: (sent) =>
      driver
        .answers(sent)
        .map((c) => {
          if (!/\/callback$/.test(c.path)) return c.body;
          // Of the callbacks, only a message reply (type 4) is a note.
          return c.body?.type === 4 ? c.body.data : undefined;
        })
        .filter((d) => d && typeof d.content === "string" && (d.flags & 64) === 64)
        .map((d) => d.content as string),
  };
}

/**
 * One harness per test: `start()` starts it, and after the test it is stopped and every message the
 * bot wrote is checked to ping no one (allowed_mentions parse []), whatever the test did.
 */
export function discordPerTest(
  defaults: HarnessOptions = {},
): (options?: HarnessOptions) => Promise<DiscordHarness> {
  let current: DiscordHarness | null = null;
  afterEach(async () => {
    const harness = current;
    current = null;
    if (!harness) return;
    const writes = messageWrites(harness.fake);
    await harness.stop();
    for (const call of writes) expect(allowedMentionsOf(call), call.path).toEqual({ parse: [] });
  });
  return async (options = {}) => {
    current = await startDiscord({ ...defaults, ...options });
    return current;
  };
}

function isCard(fake: FakeDiscord) {
  return (m: MessagePayload) =>
    m.channel_id === fake.guild.reviewChannelId && m.author.id === fake.bot.id && !m.webhook_id;
}

/** The component ids on a card, by action: { approve: "review:approve:r…", … }. */
export function actionsOf(card: MessagePayload): Record<string, string> {
  const rows = (card.components ?? []) as Array<{ components: Array<{ custom_id?: string }> }>;
  const ids = rows.flatMap((r) => r.components.map((c) => c.custom_id ?? ""));
  return Object.fromEntries(ids.map((id) => [id.split(":")[1] ?? "", id]));
}

/** Every component on a card, flattened. */
export function componentsOf(card: MessagePayload): Array<Record<string, unknown>> {
  const rows = (card.components ?? []) as Array<{ components: Array<Record<string, unknown>> }>;
  return rows.flatMap((r) => r.components);
}

/** All the text of a card's embeds, for "the card says …" assertions. */
export function textOf(card: MessagePayload): string {
  const embeds = (card.embeds ?? []) as Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  return embeds
    .flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? "",
    ])
    .join("\n");
}

/**
 * A card's text as a reader sees it: Discord drops a backslash before ASCII punctuation, which is
 * how cards show markdown in untrusted text as typed.
 */
export function shownText(card: MessagePayload): string {
  return textOf(card).replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** The review id a card's components carry. */
export function reviewIdOf(card: MessagePayload): string {
  const id = Object.values(actionsOf(card))[0]?.split(":")[2];
  if (!id) throw new Error("card has no review components");
  return id;
}

/**
 * Every REST call in which the bot posts or edits message content: channel messages, interaction
 * replies and updates (callback types 4 and 7), follow-ups and reply edits.
 */
export function messageWrites(fake: FakeDiscord): RestCall[] {
  return fake.calls.filter((c) => {
    if (c.method !== "POST" && c.method !== "PATCH") return false;
    if (/^\/channels\/\d+\/messages(\/\d+)?$/.test(c.path)) return true;
    if (/^\/webhooks\//.test(c.path)) return true;
    return /\/callback$/.test(c.path) && (c.body?.type === 4 || c.body?.type === 7);
  });
}

/** allowed_mentions of a write, wherever the endpoint puts it. */
export function allowedMentionsOf(call: RestCall): unknown {
  return /\/callback$/.test(call.path)
    ? call.body?.data?.allowed_mentions
    : call.body?.allowed_mentions;
}
