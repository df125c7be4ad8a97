// The adapter contract's driver for Slack over HTTP: the contract's DMs and clicks as signed
// requests to the app's /slack/events, its view of cards and replies from the fake's Web API log.
import {
  type AdapterDriver,
  type CardAction,
  type ContractCard,
  type DriverOps,
  type DriverWords,
  lazyDriver,
  type Person,
} from "../../helpers/adapter-contract.ts";
import { eventually } from "../../helpers/app.ts";
import { SIGNING_SECRET } from "./driver.ts";
import {
  actionsOf,
  location,
  REVIEWER,
  reviewIdOf,
  SENDER,
  type SlackHarness,
  STRANGER,
  startSlack,
  textOf,
} from "./harness.ts";
import {
  blockActions,
  eventEnvelope,
  type ImMessage,
  imMessage,
  viewSubmission,
} from "./payloads.ts";
import { type StoredMessage, TOKENS } from "./server.ts";

/** Live mentions as Slack's event text writes them: any of them left unescaped would notify. */
const LIVE_MENTIONS = ["<!channel>", "<!here>", "<!everyone>", "<@U0BOSS>"];

export const SLACK_WORDS: DriverWords = {
  mentions: LIVE_MENTIONS.join(" "),
  refusal: "SLACK_REVIEWER_IDS",
  secrets: [TOKENS.bot, SIGNING_SECRET],
};

export function slackContractDriver(): AdapterDriver {
  return lazyDriver(SLACK_WORDS, async ({ classifier }) => {
    const harness = await startSlack({ classifier, mode: "http" });
    return { ops: slackOps(harness), stop: () => harness.stop() };
  });
}

/** The contract's operations over a running harness (alone in its app, or beside Discord). */
export function slackOps(h: Omit<SlackHarness, "stop">): DriverOps {
  const { fake, driver } = h;
  const sent = new Map<string, ImMessage>();
  const people: Record<Person, string> = {
    reviewer: REVIEWER,
    secondReviewer: "UREVIEWER2",
    stranger: STRANGER,
  };
  const personOf = (id: unknown) =>
    (Object.keys(people) as Person[]).find((p) => people[p] === id) ?? "someone else";

  const card = (index: number): StoredMessage => {
    const found = h.cards()[index];
    if (!found) throw new Error(`no card ${index}`);
    return found;
  };
  // By id, not by the button: a decided card has none, but a reviewer's open client may still.
  const click = (index: number, action: CardAction, as: Person) => {
    const c = card(index);
    return driver.interaction(
      blockActions(people[as], location(c), `review:${action}:${reviewIdOf(c)}`),
    );
  };

  return {
    app: () => h.test,
    async sendDm(text) {
      const event = imMessage({ text, channel: SENDER.dm, user: SENDER.id });
      sent.set(event.ts, event);
      const answer = await driver.event(eventEnvelope(event));
      if (answer.status !== 200) throw new Error(`Slack event answered ${answer.status}`);
      return { key: event.ts };
    },
    async redeliver(dm) {
      const event = sent.get(dm.key);
      if (!event) throw new Error(`no DM ${dm.key}`);
      // The same message under a new event id, as when it reaches two subscriptions.
      const answer = await driver.event(eventEnvelope(event));
      if (answer.status !== 200) throw new Error(`Slack event answered ${answer.status}`);
    },
    cards: () => h.cards().map(contractCard),
    async click(index, action, as) {
      await click(index, action, as);
    },
    async edit(index, text, as) {
      const before = fake.callsTo("views.open").length;
      await click(index, "edit", as);
      const opened = await eventually(() => fake.callsTo("views.open")[before]);
      const view = opened.args.view as { callback_id: string; private_metadata?: string };
      await driver.interaction(viewSubmission(people[as], view, text));
    },
    // What the sender reads: Slack's three escapes undone.
    replies: () => h.postsTo(SENDER.dm).map((c) => unescapeSlack(c.args.text as string)),
    notes: () =>
      fake
        .callsTo("chat.postEphemeral")
        .map((c) => ({ to: personOf(c.args.user), text: String(c.args.text) })),
    editorsOpened: () => fake.callsTo("views.open").length,
    calls: () => fake.calls.length,
    pings: () =>
      fake.calls
        .filter((c) => ["chat.postMessage", "chat.update", "chat.postEphemeral"].includes(c.method))
        .filter((c) => {
          const written = `${c.args.text ?? ""}${JSON.stringify(c.args.blocks ?? "")}`;
          return LIVE_MENTIONS.some((m) => written.includes(m));
        })
        .map((c) => `${c.method} ${String(c.args.channel)}`),
    nameOf: (person) => `<@${people[person]}>`,
    logs: () => `${h.adapterLogs()}${h.test.logs()}`,
  };
}

function contractCard(card: StoredMessage): ContractCard {
  const text = textOf(card);
  const label = /\*Label\*\n\*([^*]+)\*/.exec(text)?.[1];
  return {
    reviewId: reviewIdOf(card),
    label: label?.toLowerCase().replace(/ /g, "_"),
    // Slack's three escapes undone: what a reader of the card sees.
    text: unescapeSlack(text),
    actions: Object.keys(actionsOf(card)),
  };
}

function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
