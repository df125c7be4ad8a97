// The Slack flood: spam DMs from as many new users as messages while genuine DMs arrive; the real
// app (real Bolt over HTTP, the adapter as production builds it) against the rate-limited fake
// Slack. A reviewer clicks as cards appear: a card's "reject all" button if it has one, else Reject.
import { pino } from "pino";
import { slackModule } from "../adapters/slack/index.ts";
import { reviewIdFor } from "../src/ids.ts";
import { httpDriver, SIGNING_SECRET } from "../test/fakes/slack/driver.ts";
import { blockActions, eventEnvelope, imMessage } from "../test/fakes/slack/payloads.ts";
import { FakeSlack, type StoredMessage, TEAM, TOKENS } from "../test/fakes/slack/server.ts";
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

const REVIEW_CHANNEL = "CREVIEWS01";
const REVIEWER = "UREVIEWER1";
/** How long a click waits for the app's answer before the reviewer moves on. */
const CLICK_TIMEOUT_MS = 3000;

export async function slackFlood(scale: Scale): Promise<Report> {
  const fake = await FakeSlack.start();
  const spammers = Array.from(
    { length: scale.accounts },
    (_, i) => `USPAM${String(i).padStart(5, "0")}`,
  );
  const senders = Array.from({ length: scale.genuine }, (_, i) => `UGENUINE${i}`);
  for (const id of [...spammers, ...senders]) {
    fake.users.set(id, { name: id.toLowerCase(), display_name: `Person ${id.slice(-4)}` });
  }
  const adapter = slackModule.create(
    {
      SLACK_BOT_TOKEN: TOKENS.bot,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
      SLACK_REVIEWER_IDS: REVIEWER,
    },
    pino({ level: "silent" }),
  );
  const test = await startTestApp({
    name: "bench-flood-slack",
    adapters: [adapter],
    classifier: await defaultClassifier(),
    env: productionEnv(),
    backoffMs: 1000,
    http: true,
  });
  const driver = httpDriver(`http://127.0.0.1:${test.app.port}`);
  try {
    const spamReviews: string[] = [];
    const sentAt = new Array<number>(scale.genuine).fill(0);
    const cardAt = new Array<number | null>(scale.genuine).fill(null);
    const started = Date.now();
    const seenCard = new Set<string>();
    const clicked = new Set<string>();
    const clickTimes: number[] = [];
    const shownReviews = new Map<string, number>();
    const inFlight = new Set<Promise<unknown>>();
    let nameless = 0;

    const look = () => {
      for (const card of fake.messagesIn(REVIEW_CHANNEL)) {
        const text = textOf(card);
        if (!seenCard.has(card.ts)) {
          seenCard.add(card.ts);
          // The card names the sender as "name (id)": "U123 (U123)" when users.info gave no name.
          if (/\b(U[A-Z0-9]+) \(\1\)/.test(text)) nameless += 1;
          const reviewId = /review `(r[0-9a-f]+)`/.exec(text)?.[1];
          if (reviewId) shownReviews.set(reviewId, (shownReviews.get(reviewId) ?? 0) + 1);
          for (let n = 0; n < scale.genuine; n++) {
            if (cardAt[n] === null && text.includes(genuineKey(n))) cardAt[n] = Date.now();
          }
        }
        if (clicked.has(card.ts) || !text.toLowerCase().includes(SPAM_MARKER)) continue;
        const action = floodAction(card);
        if (!action) continue;
        clicked.add(card.ts);
        clickTimes.push(Date.now());
        const click = Promise.race([
          driver.interaction(
            blockActions(REVIEWER, { channel: card.channel, ts: card.ts }, action),
          ),
          sleep(CLICK_TIMEOUT_MS),
        ]).catch(() => {});
        inFlight.add(click);
        void click.finally(() => inFlight.delete(click));
      }
    };
    /** Spam DMs whose review is decided (rejected, or anything but pending). */
    const decided = async () => {
      let n = 0;
      for (const id of spamReviews) {
        const status = (await test.app.store.get(id))?.status;
        if (status && status !== "pending") n += 1;
      }
      return n;
    };

    let flooding = true;
    const flood = play(schedule(scale), started, (e) => {
      const user =
        e.kind === "spam" ? (spammers[e.n % spammers.length] as string) : (senders[e.n] as string);
      const event = imMessage({
        text: e.kind === "spam" ? spamText(e.n) : genuineText(e.n),
        channel: `D${user.slice(1)}`,
        user,
      });
      if (e.kind === "spam") {
        spamReviews.push(
          reviewIdFor({ platform: "slack", workspace: TEAM, id: `${event.channel}:${event.ts}` }),
        );
      } else {
        sentAt[e.n] = Date.now();
      }
      // Slack does not wait for one event's answer before sending the next.
      // The app answers within its ack budget (2.5 s); the race only keeps the bench bounded.
      const sent = Promise.race([driver.event(eventEnvelope(event)), sleep(10_000)]).catch(
        () => {},
      );
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
    }).finally(() => {
      flooding = false;
    });
    let clearedAt: number | null = null;
    let lastCheck = 0;
    while (Date.now() - started < scale.capMs) {
      look();
      // Reading every review is dearer than a look: twice a second.
      if (!flooding && cardAt.every((t) => t !== null) && Date.now() - lastCheck > 500) {
        lastCheck = Date.now();
        if ((await decided()) === scale.spam) {
          clearedAt = Date.now();
          break;
        }
      }
      await sleep(25);
    }
    await flood;
    await Promise.all(inFlight);
    const reviewPosts = fake
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === REVIEW_CHANNEL && !c.rateLimited).length;
    const inOrder = cardAt.every((t, i) => i === 0 || (t ?? Infinity) >= (cardAt[i - 1] ?? 0));
    return {
      scenario: "Slack flood",
      scale,
      genuineMs: cardAt.map((t, i) => (t === null ? null : t - (sentAt[i] ?? 0))),
      genuineInOrder: inOrder,
      reviewPosts,
      limited: Object.fromEntries(fake.limits.refused),
      clicks: clickTimes.length,
      firstClickMs: clickTimes.length ? (clickTimes[0] as number) - started : null,
      lastClickMs: clickTimes.length ? (clickTimes.at(-1) as number) - started : null,
      clearedMs: clearedAt === null ? null : clearedAt - started,
      cleared: await decided(),
      doubledCards: [...shownReviews.values()].reduce((sum, n) => sum + n - 1, 0),
      namelessCards: nameless,
      capped: clearedAt === null,
    };
  } finally {
    await test.stop();
    await fake.stop();
  }
}

type Block = {
  type: string;
  text?: { text?: string };
  fields?: Array<{ text?: string }>;
  elements?: Array<{ text?: string | { text?: string }; action_id?: string }>;
};

/** The button a reviewer clearing the flood clicks: "reject all" where offered, else Reject. */
function floodAction(card: StoredMessage): string | null {
  const buttons = ((card.blocks ?? []) as Block[])
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.action_id);
  const said = (e: (typeof buttons)[number]) =>
    `${e.action_id} ${typeof e.text === "object" ? (e.text.text ?? "") : (e.text ?? "")}`.toLowerCase();
  const all = buttons.find((e) => /reject/.test(said(e)) && /\ball\b|[-_:]all\b/.test(said(e)));
  const one = buttons.find((e) => (e.action_id ?? "").split(":")[1] === "reject");
  return (all ?? one)?.action_id ?? null;
}

function textOf(card: StoredMessage): string {
  const parts: string[] = [card.text ?? ""];
  for (const b of (card.blocks ?? []) as Block[]) {
    if (b.text?.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text ?? "");
    for (const e of b.elements ?? []) if (typeof e.text === "string") parts.push(e.text);
  }
  return parts.join("\n");
}
