// The two fake platforms behind one face for the fault suite: send a DM as sender n, read the
// cards, approve one, count the replies each sender got, and make the platform slow or failing
// for the next posts. Slack events go over HTTP and are retried until the bot answers 200, as
// Slack retries an unacknowledged event; a Discord DM is dispatched only while the bot holds a
// gateway session (a DM sent to a dead session is Discord's to replay, not the bot's to lose).
import { randomUUID } from "node:crypto";
import { DiscordDriver } from "../fakes/discord/driver.ts";
import { actionsOf as discordActions } from "../fakes/discord/harness.ts";
import { snowflake, user } from "../fakes/discord/payloads.ts";
import { FakeDiscord } from "../fakes/discord/server.ts";
import { httpDriver, SIGNING_SECRET } from "../fakes/slack/driver.ts";
import { location, actionsOf as slackActions, textOf } from "../fakes/slack/harness.ts";
import { blockActions, eventEnvelope, imMessage } from "../fakes/slack/payloads.ts";
import { FakeSlack, TOKENS } from "../fakes/slack/server.ts";

export interface Card {
  /** The platform's id of the card message. */
  id: string;
  reviewId: string;
  approvable: boolean;
}

export interface FaultPlatform {
  name: "slack" | "discord";
  /** What `npm start` needs to reach this fake (PORT and Redis come from the test). */
  env: Record<string, string>;
  /** Called once the bot at `base` is healthy (Discord: once its gateway session is up). */
  ready(base: string): Promise<void>;
  /** A DM from sender `n`; answers the message id the bot will store. */
  dm(n: number, text: string): Promise<string>;
  cards(): Card[];
  approve(card: Card): Promise<void>;
  /** How many messages the bot wrote in sender n's DM. */
  repliesTo(n: number): number;
  /** Reply posts (to any sender) the platform has seen, answered or not. */
  replyPosts(): number;
  /** The next `count` reply posts hang: applied by the platform first, or not at all. */
  hangReplies(count: number, applied: boolean): void;
  /** The next card post hangs: applied by the platform first, or not at all (the default). */
  hangCard(applied?: boolean): void;
  /** Card posts the platform has seen, answered or not. */
  cardPosts(): number;
  /** The next `count` posts of any kind fail with 429 or 503, spread over one in three. */
  flaky(count: number): void;
  stop(): Promise<void>;
}

const REVIEW_CHANNEL = "CREVIEWS01";
const REVIEWER = "UREVIEWER1";

export async function fakeSlack(): Promise<FaultPlatform> {
  const fake = await FakeSlack.start();
  let base = "";
  const dmOf = (n: number) => `DFAULT${n}`;
  const isReply = (channel: unknown) => typeof channel === "string" && channel.startsWith("DFAULT");
  return {
    name: "slack",
    env: {
      SLACK_BOT_TOKEN: TOKENS.bot,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
      SLACK_REVIEWER_IDS: REVIEWER,
      SLACK_API_URL: fake.apiUrl,
    },
    async ready(url) {
      base = url;
    },
    async dm(n, text) {
      const event = imMessage({ text, channel: dmOf(n), user: `UFAULT${n}` });
      const envelope = eventEnvelope(event);
      // Slack retries an event the app did not acknowledge; a process down refuses the connection.
      for (let attempt = 0; ; attempt++) {
        const answer = await httpDriver(base)
          .event(envelope, attempt > 0 ? { retryNum: Math.min(attempt, 3) } : {})
          .catch(() => ({ status: 0 }));
        if (answer.status === 200) return `${event.channel}:${event.ts}`;
        if (attempt > 200) throw new Error(`event for sender ${n} never acknowledged`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    cards() {
      return fake.messagesIn(REVIEW_CHANNEL).flatMap((m) => {
        if (m.thread_ts && m.thread_ts !== m.ts) return [];
        // A conversation's card names its review, a campaign's card its campaign.
        const reviewId = /(?:review|campaign) `([rc][0-9a-f]+)`/.exec(textOf(m))?.[1];
        return reviewId ? [{ id: m.ts, reviewId, approvable: !!slackActions(m).approve }] : [];
      });
    },
    async approve(card) {
      const m = fake.messagesIn(REVIEW_CHANNEL).find((c) => c.ts === card.id);
      const action = m && slackActions(m).approve;
      if (!m || !action) throw new Error(`card ${card.id} has no Approve`);
      await httpDriver(base).interaction(blockActions(REVIEWER, location(m), action));
    },
    repliesTo: (n) => fake.messagesIn(dmOf(n)).filter((m) => m.bot_id).length,
    replyPosts: () =>
      fake.callsTo("chat.postMessage").filter((c) => isReply(c.args.channel)).length,
    hangReplies(count, applied) {
      for (let i = 0; i < count; i++)
        fake.script("chat.postMessage", { apply: applied, hang: true });
    },
    hangCard(applied = false) {
      fake.script("chat.postMessage", { apply: applied, hang: true });
    },
    cardPosts: () =>
      fake.callsTo("chat.postMessage").filter((c) => c.args.channel === REVIEW_CHANNEL).length,
    flaky(count) {
      for (let i = 0; i < count; i++) {
        const fail =
          i % 6 === 0
            ? {
                status: 429,
                headers: { "retry-after": "1" },
                body: { ok: false, error: "ratelimited" },
              }
            : { status: 503, body: { ok: false, error: "service_unavailable" } };
        fake.script("chat.postMessage", i % 3 === 0 ? fail : { apply: true });
      }
    },
    stop: () => fake.stop(),
  };
}

export async function fakeDiscord(): Promise<FaultPlatform> {
  const fake = await FakeDiscord.start();
  // Every retry is taken to come after Discord forgot the nonce: only a look in the DM can tell.
  fake.remembersNonces = false;
  const driver = new DiscordDriver(fake);
  const reviewer = { user: user("Rita Reviewer") };
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
  const senders = new Map<number, ReturnType<typeof user>>();
  const sender = (n: number) => {
    let found = senders.get(n);
    if (!found) {
      found = user(`Sender ${n}`, { id: snowflake(threeDaysAgo) });
      senders.set(n, found);
    }
    return found;
  };
  const dmPath = /^\/channels\/(\d+)\/messages$/;
  const reviewPosts = new RegExp(`^/channels/${fake.guild.reviewChannelId}/messages$`);
  const isReplyPost = (path: string) => {
    const channel = dmPath.exec(path)?.[1];
    return channel !== undefined && channel !== fake.guild.reviewChannelId;
  };
  const replyPath = () => {
    const dms = [...senders.values()].map((s) => driver.dmChannelOf(s));
    return new RegExp(`^/channels/(${dms.join("|")})/messages$`);
  };
  const cardMessages = () =>
    [...fake.messages.values()].filter(
      (m) =>
        m.channel_id === fake.guild.reviewChannelId && m.author.id === fake.bot.id && !m.webhook_id,
    );
  return {
    name: "discord",
    env: {
      DISCORD_TOKEN: `fault-token-${randomUUID().slice(0, 8)}`,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
      DISCORD_REVIEWER_IDS: reviewer.user.id,
    },
    async ready() {
      const deadline = Date.now() + 20_000;
      while (fake.gateway.connected === 0) {
        if (Date.now() > deadline) throw new Error("the bot never opened a gateway session");
        await new Promise((r) => setTimeout(r, 50));
      }
      // READY and GUILD_CREATE go out on IDENTIFY; give discord.js a moment to take them in.
      await new Promise((r) => setTimeout(r, 500));
    },
    async dm(n, text) {
      const deadline = Date.now() + 30_000;
      while (fake.gateway.connected === 0) {
        if (Date.now() > deadline) throw new Error("no gateway session to send a DM through");
        await new Promise((r) => setTimeout(r, 50));
      }
      return driver.dm(sender(n), text).id;
    },
    cards() {
      return cardMessages().flatMap((m) => {
        const actions = discordActions(m);
        const reviewId = Object.values(actions)[0]?.split(":")[2];
        return reviewId ? [{ id: m.id, reviewId, approvable: !!actions.approve }] : [];
      });
    },
    async approve(card) {
      const m = fake.messages.get(card.id);
      const action = m && discordActions(m).approve;
      if (!action) throw new Error(`card ${card.id} has no Approve`);
      driver.click(card.id, action, reviewer);
    },
    repliesTo(n) {
      const channel = driver.dmChannelOf(sender(n));
      return [...fake.messages.values()].filter(
        (m) => m.channel_id === channel && m.author.id === fake.bot.id,
      ).length;
    },
    replyPosts: () => fake.calls.filter((c) => c.method === "POST" && isReplyPost(c.path)).length,
    hangReplies(count, applied) {
      for (let i = 0; i < count; i++) fake.holdNext("POST", replyPath(), { afterCommit: applied });
    },
    hangCard(applied = false) {
      fake.holdNext("POST", reviewPosts, { afterCommit: applied });
    },
    cardPosts: () =>
      fake.calls.filter((c) => c.method === "POST" && reviewPosts.test(c.path)).length,
    flaky(count) {
      // Arms one failure before every third post from now on, until `count` posts have passed.
      const posts = () => fake.calls.filter((c) => c.method === "POST" && dmPath.test(c.path));
      const start = posts().length;
      let armed = 0;
      const timer = setInterval(() => {
        const seen = posts().length - start;
        if (seen >= count) return clearInterval(timer);
        if (seen < armed * 3) return;
        fake.failNext(
          armed % 2 === 0
            ? {
                method: "POST",
                path: dmPath,
                status: 429,
                body: { message: "You are being rate limited.", retry_after: 1, global: false },
                headers: { "retry-after": "1", "x-ratelimit-scope": "user" },
              }
            : { method: "POST", path: dmPath, status: 503, body: { message: "unavailable" } },
        );
        armed += 1;
      }, 10);
    },
    stop: () => fake.stop(),
  };
}
