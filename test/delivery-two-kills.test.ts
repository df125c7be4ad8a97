// Two crashes in a row while a reply is being sent, played against `npm start` with the fake Slack:
// the first process dies after Slack took the reply and before it was recorded, the second while
// it looks for that reply. The third finds it: one reply, and a card that says Sent. BullMQ's
// default (a job that stalls twice is failed) had the bot mark such reviews "Not delivered".
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { httpDriver, SIGNING_SECRET } from "./fakes/slack/driver.ts";
import {
  actionsOf,
  location,
  REVIEW_CHANNEL,
  REVIEWER,
  SENDER,
  textOf,
} from "./fakes/slack/harness.ts";
import { blockActions, eventEnvelope, imMessage } from "./fakes/slack/payloads.ts";
import { FakeSlack, TOKENS } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { startMain } from "./helpers/main-process.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const prefix = freshPrefix("two-kills");

afterAll(async () => {
  const redis = connect();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("two crashes in a row while a reply is sent", () => {
  it("lose nothing and double nothing: the third process finds the reply and records it", async () => {
    const fake = await FakeSlack.start();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      SLACK_BOT_TOKEN: TOKENS.bot,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
      SLACK_REVIEWER_IDS: REVIEWER,
      SLACK_API_URL: fake.apiUrl,
      CLASSIFIER: "rules",
      LOG_LEVEL: "warn",
    };
    const start = async () => {
      const proc = startMain(prefix, env, 120_000);
      await eventually(
        () =>
          fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          ),
        // Three cold starts of tsx: on a loaded 2-core machine one took past 20 s.
        45_000,
      );
      return proc;
    };
    const replyPosts = () =>
      fake.callsTo("chat.postMessage").filter((c) => c.args.channel === SENDER.dm);
    const lookups = () =>
      fake.callsTo("conversations.history").filter((c) => c.args.channel === SENDER.dm);
    try {
      // The card goes through; the reply is stored by Slack and its answer never comes.
      fake.script("chat.postMessage", { apply: true }, { apply: true, hang: true });
      // The second process's look for it never comes back either.
      fake.script("conversations.history", { hang: true });

      const first = await start();
      const driver = httpDriver(base);
      await driver.event(eventEnvelope(imMessage({ text: CONCRETE_COLLAB })));
      const card = await eventually(() => fake.messagesIn(REVIEW_CHANNEL)[0], 45_000);
      await driver.interaction(
        blockActions(REVIEWER, location(card), actionsOf(card).approve ?? ""),
      );
      await eventually(() => replyPosts().length === 1, 10_000);
      first.child.kill("SIGKILL");
      await first.exited;

      const second = await start();
      await eventually(() => lookups().length === 1, 30_000);
      second.child.kill("SIGKILL");
      await second.exited;

      const third = await start();
      const sent = await eventually(() => {
        const now = fake.messagesIn(REVIEW_CHANNEL)[0];
        return now && textOf(now).includes("✅ Sent") ? now : undefined;
      }, 30_000);
      third.child.kill("SIGTERM");
      await third.exited;

      expect(textOf(sent)).not.toContain("Not delivered");
      expect(replyPosts()).toHaveLength(1);
      expect(fake.messagesIn(SENDER.dm).filter((m) => m.bot_id)).toHaveLength(1);
      expect(lookups()).toHaveLength(2);
    } finally {
      await fake.stop();
    }
  }, 300_000);
});
