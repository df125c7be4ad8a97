// The adapter contract's driver for Discord: the contract's people and clicks as gateway
// dispatches to the real discord.js client, its view of cards and replies from the fake's REST log.
import {
  type AdapterDriver,
  type CardAction,
  type ContractCard,
  type DriverOps,
  type DriverWords,
  lazyDriver,
  type Note,
  type Person,
  type SentDm,
} from "../../helpers/adapter-contract.ts";
import { eventually } from "../../helpers/app.ts";
import type { Actor, Sent } from "./driver.ts";
import {
  allowedMentionsOf,
  componentsOf,
  type DiscordHarness,
  messageWrites,
  reviewIdOf,
  shownText,
  startDiscord,
  TOKEN,
} from "./harness.ts";
import { type MessagePayload, snowflake, user } from "./payloads.ts";

export const DISCORD_WORDS: DriverWords = {
  mentions: "@everyone @here <@&222222222222222222> <@111111111111111111>",
  refusal: "can't review this",
  secrets: [TOKEN],
};

export function discordContractDriver(): AdapterDriver {
  return lazyDriver(DISCORD_WORDS, async ({ classifier }) => {
    const harness = await startDiscord({ classifier });
    return { ops: discordOps(harness), stop: () => harness.stop() };
  });
}

/** The contract's operations over a running harness (alone in its app, or beside Slack). */
export function discordOps(h: Omit<DiscordHarness, "stop">): DriverOps {
  const { fake, driver } = h;
  const sender = user("Maya Torres", { id: snowflake(new Date(Date.now() - 3 * 86_400_000)) });
  const sent = new Map<string, MessagePayload>();
  const clicks: Array<{ sent: Sent; as: Person }> = [];
  const people: Record<Person, Actor> = {
    reviewer: h.reviewer,
    secondReviewer: h.roleReviewer,
    stranger: h.stranger,
  };
  const dmChannel = driver.dmChannelOf(sender);

  const card = (index: number): MessagePayload => {
    const found = h.cards()[index];
    if (!found) throw new Error(`no card ${index}`);
    return found;
  };
  const click = (index: number, action: CardAction, as: Person): Sent => {
    const c = card(index);
    const s = driver.click(c.id, `review:${action}:${reviewIdOf(c)}`, people[as]);
    clicks.push({ sent: s, as });
    return s;
  };

  return {
    app: () => h.test,
    async sendDm(text) {
      const msg = driver.dm(sender, text);
      sent.set(msg.id, msg);
      return { key: msg.id } satisfies SentDm;
    },
    async redeliver(dm) {
      const msg = sent.get(dm.key);
      if (!msg) throw new Error(`no DM ${dm.key}`);
      driver.replay(msg);
    },
    cards: () => h.cards().map(contractCard),
    async click(index, action, as) {
      click(index, action, as);
    },
    async edit(index, text, as) {
      const c = card(index);
      const opened = click(index, "edit", as);
      const modal = await eventually(() => driver.answers(opened).find((a) => a.body?.type === 9));
      driver.submitModal(c.id, modal.body.data.custom_id, text, people[as]);
    },
    replies: () =>
      fake
        .callsTo("POST", new RegExp(`^/channels/${dmChannel}/messages$`))
        .map((c) => c.body?.content as string),
    notes: () =>
      clicks.flatMap(({ sent: s, as }) => h.notes(s).map((text): Note => ({ to: as, text }))),
    editorsOpened: () =>
      fake.calls.filter((c) => /\/callback$/.test(c.path) && c.body?.type === 9).length,
    calls: () => fake.calls.length,
    pings: () =>
      messageWrites(fake)
        .filter((c) => JSON.stringify(allowedMentionsOf(c)) !== JSON.stringify({ parse: [] }))
        .map((c) => `${c.method} ${c.path}`),
    nameOf: (person) => `<@${people[person].user.id}>`,
    logs: () => `${h.adapterLogs()}${h.test.logs()}`,
  };
}

function contractCard(card: MessagePayload): ContractCard {
  const embeds = (card.embeds ?? []) as Array<{ fields?: Array<{ name: string; value: string }> }>;
  const labelField = embeds.flatMap((e) => e.fields ?? []).find((f) => f.name === "Label");
  return {
    reviewId: reviewIdOf(card),
    // The card shows the label's display name ("Feedback request"): back to its id.
    label: /^\*\*([^*]+)\*\*/
      .exec(labelField?.value ?? "")?.[1]
      ?.toLowerCase()
      .replace(/ /g, "_"),
    // Markdown the sender typed is escaped so it shows as typed: a reader sees it unescaped.
    text: shownText(card),
    actions: componentsOf(card)
      .filter((c) => c.disabled !== true && typeof c.custom_id === "string")
      .map((c) => (c.custom_id as string).split(":")[1] ?? ""),
  };
}
