// The Discord raid: fresh accounts post near-identical scam messages in a watched channel while
// genuine DMs arrive; the real app (real discord.js) against the rate-limited fake Discord. A
// reviewer clicks as cards appear: a card's "delete all" button if it has one, else its Delete.
import { pino } from "pino";
import { discordModule } from "../adapters/discord/index.ts";
import { type Actor, DiscordDriver } from "../test/fakes/discord/driver.ts";
import { type MessagePayload, snowflake, user } from "../test/fakes/discord/payloads.ts";
import { FakeDiscord } from "../test/fakes/discord/server.ts";
import { startTestApp } from "../test/helpers/app.ts";
import {
  defaultClassifier,
  genuineKey,
  genuineText,
  play,
  productionEnv,
  type Report,
  type Scale,
  SPAM_MARKER,
  schedule,
  sleep,
  spamText,
} from "./flood-kit.ts";

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

export async function discordRaid(scale: Scale): Promise<Report> {
  const fake = await FakeDiscord.start();
  const reviewer: Actor = { user: user("Rita Reviewer") };
  const adapter = discordModule.create(
    {
      DISCORD_TOKEN: "bench-token",
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
      DISCORD_REVIEWER_IDS: reviewer.user.id,
      DISCORD_WATCH_CHANNEL_IDS: fake.guild.watchChannelId,
    },
    pino({ level: "silent" }),
  );
  const test = await startTestApp({
    name: "bench-flood-discord",
    adapters: [adapter],
    classifier: await defaultClassifier(),
    env: productionEnv(),
    backoffMs: 1000,
  });
  const driver = new DiscordDriver(fake);
  const { reviewChannelId } = fake.guild;
  try {
    // Fresh accounts (made an hour ago) for the raid; year-old ones for the genuine senders.
    const raiders = Array.from({ length: scale.accounts }, (_, i) =>
      user(`giftbot${i}`, { id: snowflake(new Date(Date.now() - HOUR)) }),
    );
    const senders = Array.from({ length: scale.genuine }, (_, i) =>
      user(`Sender ${i}`, { id: snowflake(new Date(Date.now() - YEAR)) }),
    );
    const spamIds: string[] = [];
    const sentAt = new Array<number>(scale.genuine).fill(0);
    const cardAt = new Array<number | null>(scale.genuine).fill(null);
    const started = Date.now();

    const cards = () =>
      [...fake.messages.values()].filter(
        (m) => m.channel_id === reviewChannelId && m.author.id === fake.bot.id && !m.webhook_id,
      );
    const clicked = new Set<string>();
    const seenCard = new Set<string>();
    const clickTimes: number[] = [];
    const shownReviews = new Map<string, number>();

    /** One pass of the watcher: note new cards, click the flood's. */
    const look = () => {
      for (const card of cards()) {
        const text = textOf(card);
        if (!seenCard.has(card.id)) {
          seenCard.add(card.id);
          const reviewId = reviewIdOf(card);
          if (reviewId) shownReviews.set(reviewId, (shownReviews.get(reviewId) ?? 0) + 1);
          for (let n = 0; n < scale.genuine; n++) {
            if (cardAt[n] === null && text.includes(genuineKey(n))) cardAt[n] = Date.now();
          }
        }
        if (clicked.has(card.id) || !text.toLowerCase().includes(SPAM_MARKER)) continue;
        const button = floodButton(card);
        if (!button) continue;
        clicked.add(card.id);
        clickTimes.push(Date.now());
        driver.click(card.id, button, reviewer);
      }
    };
    const gone = () => spamIds.filter((id) => !fake.messages.has(id)).length;
    const done = () =>
      spamIds.length === scale.spam && gone() === scale.spam && cardAt.every((t) => t !== null);

    let flooding = true;
    const flood = play(schedule(scale), started, (e) => {
      if (e.kind === "spam") {
        const author = raiders[e.n % raiders.length] as ReturnType<typeof user>;
        spamIds.push(driver.post(author, spamText(e.n)).id);
      } else {
        sentAt[e.n] = Date.now();
        driver.dm(senders[e.n] as ReturnType<typeof user>, genuineText(e.n));
      }
    }).finally(() => {
      flooding = false;
    });
    let clearedAt: number | null = null;
    while (Date.now() - started < scale.capMs) {
      look();
      if (!flooding && done()) {
        clearedAt = Date.now();
        break;
      }
      await sleep(25);
    }
    await flood;
    const reviewPosts = fake.calls.filter(
      (c) =>
        c.method === "POST" && c.path === `/channels/${reviewChannelId}/messages` && !c.rateLimited,
    ).length;
    const inOrder = cardAt.every((t, i) => i === 0 || (t ?? Infinity) >= (cardAt[i - 1] ?? 0));
    return {
      scenario: "Discord raid",
      scale,
      genuineMs: cardAt.map((t, i) => (t === null ? null : t - (sentAt[i] ?? 0))),
      genuineInOrder: inOrder,
      reviewPosts,
      limited: Object.fromEntries(fake.limits.refused),
      clicks: clickTimes.length,
      firstClickMs: clickTimes.length ? (clickTimes[0] as number) - started : null,
      lastClickMs: clickTimes.length ? (clickTimes.at(-1) as number) - started : null,
      clearedMs: clearedAt === null ? null : clearedAt - started,
      cleared: gone(),
      doubledCards: [...shownReviews.values()].reduce((sum, n) => sum + n - 1, 0),
      capped: clearedAt === null,
    };
  } finally {
    await test.stop();
    await fake.stop();
  }
}

type Component = { custom_id?: string; label?: string; type?: number };

function componentsOf(card: MessagePayload): Component[] {
  const rows = (card.components ?? []) as Array<{ components?: Component[] }>;
  return rows.flatMap((r) => r.components ?? []);
}

/** The button a reviewer clearing the flood clicks: "delete all" where offered, else Delete. */
function floodButton(card: MessagePayload): string | null {
  const buttons = componentsOf(card).filter((c) => c.type === 2 && c.custom_id);
  const said = (c: Component) => `${c.custom_id} ${c.label ?? ""}`.toLowerCase();
  const all = buttons.find((c) => /delete/.test(said(c)) && /\ball\b|[-_:]all\b/.test(said(c)));
  const one = buttons.find((c) => (c.custom_id ?? "").split(":")[1] === "delete");
  return (all ?? one)?.custom_id ?? null;
}

/** A card's review id, as its components carry it ("review:<action>:<id>…"). */
function reviewIdOf(card: MessagePayload): string | null {
  for (const c of componentsOf(card)) {
    const id = c.custom_id?.split(":")[2];
    if (id) return id;
  }
  return null;
}

function textOf(card: MessagePayload): string {
  const embeds = (card.embeds ?? []) as Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
  }>;
  return [
    card.content,
    ...embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join("\n");
}
