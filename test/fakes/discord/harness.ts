// One whole app on the real Redis with the real discord.js client logged into the fake Discord,
// plus the people of a test (a listed reviewer, a reviewer by role, a stranger, a sender).
import { Writable } from "node:stream";
import { discordModule } from "../../../adapters/discord/index.ts";
import { createLogger } from "../../../src/logger.ts";
import type { Classifier } from "../../../src/ports.ts";
import { startTestApp, type TestApp } from "../../helpers/app.ts";
import { type Actor, DiscordDriver } from "./driver.ts";
import { type MessagePayload, user } from "./payloads.ts";
import { FakeDiscord, type RestCall } from "./server.ts";

export const TOKEN = "fake-bot-token-never-logged";

export interface DiscordHarness {
  fake: FakeDiscord;
  driver: DiscordDriver;
  test: TestApp;
  reviewer: Actor;
  roleReviewer: Actor;
  stranger: Actor;
  /** Everything the adapter logged. */
  adapterLogs(): string;
  /** Review cards the bot posted, in order, as they read now (edits applied). */
  cards(): MessagePayload[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  classifier?: Classifier;
  inGuild?: boolean;
  /** Core settings, e.g. ROLE. */
  env?: Record<string, string>;
}

export async function startDiscord(options: HarnessOptions = {}): Promise<DiscordHarness> {
  // Errors inside discord.js's event handling surface only here: collect them, fail on stop.
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);

  const fake = await FakeDiscord.start({ inGuild: options.inGuild ?? true });
  const reviewer = { user: user("Rita Reviewer") };
  const roleReviewer = { user: user("Rolf Roleholder"), roles: [fake.guild.reviewerRoleId] };
  const stranger = { user: user("Sam Stranger") };
  const chunks: string[] = [];
  const logger = createLogger(
    { level: "trace", logMessageText: false },
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
  );
  const adapter = discordModule.create(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
      DISCORD_REVIEWER_IDS: `${reviewer.user.id}, 123456789012345678`,
      DISCORD_REVIEWER_ROLE_ID: fake.guild.reviewerRoleId,
      DISCORD_WATCH_CHANNEL_IDS: fake.guild.watchChannelId,
    },
    logger,
  );
  let test: TestApp;
  try {
    test = await startTestApp({
      name: "discord",
      adapters: [adapter],
      ...(options.classifier ? { classifier: options.classifier } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
  } catch (err) {
    process.off("unhandledRejection", onUnhandled);
    await adapter.stop();
    await fake.stop();
    throw err;
  }

  return {
    fake,
    driver: new DiscordDriver(fake),
    test,
    reviewer,
    roleReviewer,
    stranger,
    adapterLogs: () => chunks.join(""),
    // Map order is posting order, and an edit keeps its place.
    cards: () => [...fake.messages.values()].filter(isCard(fake)),
    async stop() {
      await test.stop();
      await fake.stop();
      process.off("unhandledRejection", onUnhandled);
      if (unhandled.length > 0) {
        throw new Error(`unhandled rejections inside the app: ${unhandled.map(String).join("; ")}`);
      }
    },
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
