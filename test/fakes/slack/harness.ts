// One whole app on the real Redis with the real Bolt App against the fake Slack, over HTTP (the
// app's own server) or Socket Mode, plus the people of a test and helpers to read cards.
import { afterEach } from "vitest";
import { parseSlackConfig } from "../../../adapters/slack/config.ts";
import { SlackAdapter } from "../../../adapters/slack/slack-adapter.ts";
import type { Classifier, Responder } from "../../../src/ports.ts";
import type { ReviewStatus } from "../../../src/types.ts";
import { eventually, startRig, type TestApp } from "../../helpers/app.ts";
import { captureLogger } from "../../helpers/capture.ts";
import {
  type Answer,
  httpDriver,
  SIGNING_SECRET,
  type SlackDriver,
  socketDriver,
} from "./driver.ts";
import { blockActions, eventEnvelope, imMessage, type Via } from "./payloads.ts";
import {
  type ApiCall,
  type FakeSlack as Fake,
  FakeSlack,
  type FakeSlackOptions,
  type StoredMessage,
  TOKENS,
} from "./server.ts";

export const REVIEW_CHANNEL = "CREVIEWS01";
export const REVIEWER = "UREVIEWER1";
export const STRANGER = "USTRANGER1";
export const SENDER = { id: "USENDER01", dm: "DSENDER01", name: "Maya Torres" } as const;

/** The fake Slack and an adapter pointed at it: no app yet. */
export interface SlackRig {
  fake: Fake;
  adapter: SlackAdapter;
  /** Everything the adapter (and Bolt through it) logged. */
  adapterLogs(): string;
}

export interface SlackHarness extends SlackRig {
  driver: SlackDriver;
  test: TestApp;
  /** Review cards in the review channel, in posting order, as they read now. */
  cards(): StoredMessage[];
  /** A card as it reads now. */
  latest(card: StoredMessage): StoredMessage;
  /** Resolves once the inbound queue has nothing left to do, so "no card" is a real answer. */
  idle(): Promise<void>;
  /** A DM from the sender (or as given) and the card it leads to, as first posted. */
  dmAndCard(text: string, options?: DmOptions): Promise<{ card: StoredMessage; reviewId: string }>;
  /** A click on one of a card's buttons by `user`. */
  click(user: string, card: StoredMessage, action: string): Promise<Answer>;
  status(reviewId: string): Promise<ReviewStatus | undefined>;
  /** chat.postMessage calls to one channel (the sender's DM unless told). */
  postsTo(channel?: string): ApiCall[];
  stop(): Promise<void>;
}

export interface DmOptions {
  via?: Via;
  channel?: string;
  user?: string;
  /** Sent as a reply in the thread under this ts. */
  threadTs?: string;
}

export interface HarnessOptions {
  mode?: "http" | "socket";
  classifier?: Classifier;
  /** Drafts of the test's choosing (a long one, say) instead of the templates. */
  responder?: Responder;
  userToken?: boolean;
  env?: Record<string, string>;
  /** Rate limits other than Slack's (null lifts one); `fake.limits` changes them later. */
  limits?: FakeSlackOptions["limits"];
}

export async function createSlackRig(
  options: Pick<HarnessOptions, "mode" | "userToken" | "limits"> = {},
): Promise<SlackRig> {
  // The fake first: the adapter calls auth.test as it starts.
  const fake = await FakeSlack.start(options.limits ? { limits: options.limits } : {});
  fake.users.set(SENDER.id, { name: "maya", real_name: "Maya T.", display_name: SENDER.name });
  const logs = captureLogger();
  const config = parseSlackConfig({
    SLACK_BOT_TOKEN: TOKENS.bot,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
    SLACK_REVIEWER_IDS: `${REVIEWER}, UREVIEWER2`,
    ...(options.mode === "socket" ? { SLACK_APP_TOKEN: TOKENS.app } : {}),
    ...(options.userToken ? { SLACK_USER_TOKEN: TOKENS.user } : {}),
  });
  // Retries 0: a scripted failure reaches the adapter at once instead of being retried inside.
  const adapter = new SlackAdapter(config, logs.logger, {
    clientOptions: { retryConfig: { retries: 0 } },
  });
  return { fake, adapter, adapterLogs: logs.text };
}

export async function startSlack(options: HarnessOptions = {}): Promise<SlackHarness> {
  const mode = options.mode ?? "http";
  const { rig, test, stop } = await startRig(() => createSlackRig({ ...options, mode }), {
    name: "slack",
    http: mode === "http",
    ...(options.classifier ? { classifier: options.classifier } : {}),
    ...(options.responder ? { responder: options.responder } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const driver =
    mode === "http" ? httpDriver(`http://127.0.0.1:${test.app.port}`) : socketDriver(rig.fake);
  return { ...slackHarnessOn(rig, test, driver), stop };
}

/** The harness over a rig whose adapter runs in `test` (perhaps beside other adapters). */
export function slackHarnessOn(
  rig: SlackRig,
  test: TestApp,
  driver: SlackDriver,
): Omit<SlackHarness, "stop"> {
  const { fake } = rig;
  const cards = () => fake.messagesIn(REVIEW_CHANNEL);
  return {
    ...rig,
    driver,
    test,
    cards,
    latest: (card) => cards().find((c) => c.ts === card.ts) ?? card,
    async idle() {
      await eventually(async () => {
        const counts = await test.app.queues.triage.getJobCounts("waiting", "active", "delayed");
        return Object.values(counts).every((n) => n === 0);
      });
    },
    async dmAndCard(text, o = {}) {
      const before = cards().length;
      const event = imMessage({
        text,
        channel: o.channel ?? SENDER.dm,
        user: o.user ?? SENDER.id,
        ...(o.threadTs ? { thread_ts: o.threadTs } : {}),
      });
      await driver.event(eventEnvelope(event, o.via ? { via: o.via } : {}));
      // A snapshot: the fake edits its stored card in place on chat.update.
      const card = structuredClone(await eventually(() => cards()[before]));
      const reviewId = reviewIdOf(card);
      // The review records its card just after Slack answers the post.
      await eventually(async () => (await test.app.store.get(reviewId))?.card);
      return { card, reviewId };
    },
    async click(user, card, action) {
      const id = actionsOf(card)[action];
      if (!id) throw new Error(`no ${action} on the card`);
      // Slack sends the card as it is now, not as the test last saw it.
      const now = fake.channels.get(card.channel)?.find((m) => m.ts === card.ts) ?? card;
      return driver.interaction(blockActions(user, location(now), id));
    },
    status: async (reviewId) => (await test.app.store.get(reviewId))?.status,
    postsTo: (channel = SENDER.dm) =>
      fake.callsTo("chat.postMessage").filter((c) => c.args.channel === channel),
  };
}

/** One harness per test: `start()` starts it, and it is stopped after the test. */
export function slackPerTest(
  defaults: HarnessOptions = {},
): (options?: HarnessOptions) => Promise<SlackHarness> {
  let current: SlackHarness | null = null;
  afterEach(async () => {
    const harness = current;
    current = null;
    await harness?.stop();
  });
  return async (options = {}) => {
    current = await startSlack({ ...defaults, ...options });
    return current;
  };
}

type AnyBlock = {
  type: string;
  text?: { text?: string };
  fields?: Array<{ text?: string }>;
  elements?: Array<{ text?: string | { text?: string }; action_id?: string }>;
};

/** All the text of a card's blocks, for "the card says …" assertions. */
export function textOf(card: StoredMessage): string {
  const blocks = (card.blocks ?? []) as AnyBlock[];
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.text?.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text ?? "");
    if (b.type === "context") {
      for (const e of b.elements ?? []) parts.push(typeof e.text === "string" ? e.text : "");
    }
  }
  return parts.join("\n");
}

/** The action ids on a card, by action: { approve: "review:approve:r…", … }. */
export function actionsOf(card: StoredMessage): Record<string, string> {
  const blocks = (card.blocks ?? []) as AnyBlock[];
  const ids = blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ""));
  return Object.fromEntries(ids.map((id) => [id.split(":")[1] ?? "", id]));
}

export function reviewIdOf(card: StoredMessage): string {
  const match = /review `(r[0-9a-f]+)`/.exec(textOf(card));
  if (!match?.[1]) throw new Error("no review id on the card");
  return match[1];
}

/** Where a card is, and the card as a click on it carries it (its blocks, when it was edited). */
export function location(card: StoredMessage) {
  const { channel, ts, text, blocks, edited } = card;
  return { channel, ts, message: { text, blocks, edited } };
}
