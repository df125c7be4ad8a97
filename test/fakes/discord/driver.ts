// What people do on Discord, as gateway dispatches: write a DM, post in a channel, click a card
// button, pick from a select, submit the Edit modal, run /triage. Returns what a test needs to
// find the bot's answer among the recorded REST calls.
import {
  attachment,
  type MessagePayload,
  member,
  message,
  snowflake,
  token,
  type UserPayload,
} from "./payloads.ts";
import type { FakeDiscord, RestCall } from "./server.ts";

export interface Sent {
  interactionId: string;
  token: string;
}

export interface Actor {
  user: UserPayload;
  roles?: string[];
}

export class DiscordDriver {
  private readonly dmChannels = new Map<string, string>();

  constructor(readonly fake: FakeDiscord) {}

  dmChannelOf(u: UserPayload): string {
    let id = this.dmChannels.get(u.id);
    if (!id) {
      id = snowflake();
      this.dmChannels.set(u.id, id);
    }
    return id;
  }

  /** A DM to the bot. `channel_type: 1` is what lets discord.js keep it. */
  dm(author: UserPayload, content: string, extra: Record<string, unknown> = {}): MessagePayload {
    const msg = message({ channel_id: this.dmChannelOf(author), author, content, ...extra });
    this.fake.gateway.dispatch("MESSAGE_CREATE", { ...msg, channel_type: 1 });
    return msg;
  }

  /** A post in a server channel (the watched one unless told otherwise). */
  post(
    author: UserPayload,
    content: string,
    extra: Record<string, unknown> = {},
    channelId = this.fake.guild.watchChannelId,
  ): MessagePayload {
    const msg = message({
      channel_id: channelId,
      guild_id: this.fake.guild.id,
      author,
      content,
      member: memberFields(author),
      ...extra,
    });
    this.fake.messages.set(msg.id, msg);
    this.fake.gateway.dispatch("MESSAGE_CREATE", { ...msg, channel_type: 0 });
    return msg;
  }

  /** The same message again: a resumed session replaying it, or a second replica seeing it. */
  replay(msg: MessagePayload): void {
    const dm = msg.guild_id === undefined;
    this.fake.gateway.dispatch("MESSAGE_CREATE", { ...msg, channel_type: dm ? 1 : 0 });
  }

  /** An edit of an earlier message. */
  edit(msg: MessagePayload, content: string): void {
    const dm = msg.guild_id === undefined;
    this.fake.gateway.dispatch("MESSAGE_UPDATE", {
      ...msg,
      content,
      edited_timestamp: new Date().toISOString(),
      channel_type: dm ? 1 : 0,
    });
  }

  withAttachments(...names: string[]): Record<string, unknown> {
    return { attachments: names.map(attachment) };
  }

  click(cardId: string, customId: string, actor: Actor): Sent {
    return this.component(cardId, { custom_id: customId, component_type: 2 }, actor);
  }

  select(cardId: string, customId: string, value: string, actor: Actor): Sent {
    return this.component(
      cardId,
      { custom_id: customId, component_type: 3, values: [value] },
      actor,
    );
  }

  submitModal(cardId: string, customId: string, text: string, actor: Actor): Sent {
    const data = {
      custom_id: customId,
      components: [{ type: 1, components: [{ type: 4, custom_id: "text", value: text }] }],
    };
    return this.interaction(5, data, actor, this.card(cardId));
  }

  command(subcommand: "pending" | "stats", actor: Actor): Sent {
    const data = {
      id: snowflake(),
      name: "triage",
      type: 1,
      options: [{ type: 1, name: subcommand }],
    };
    return this.interaction(2, data, actor, undefined);
  }

  /** The bot's answers to one interaction: its callback, follow-ups and reply edits. */
  answers(sent: Sent): RestCall[] {
    return this.fake.calls.filter(
      (c) =>
        c.path.startsWith(`/interactions/${sent.interactionId}/${sent.token}/`) ||
        c.path.startsWith(`/webhooks/${this.fake.appId}/${sent.token}`),
    );
  }

  private component(cardId: string, data: Record<string, unknown>, actor: Actor): Sent {
    return this.interaction(3, data, actor, this.card(cardId));
  }

  private card(cardId: string): MessagePayload {
    const card = this.fake.messages.get(cardId);
    if (!card) throw new Error(`no card ${cardId} in the fake`);
    return card;
  }

  private interaction(
    type: number,
    data: Record<string, unknown>,
    actor: Actor,
    msg: MessagePayload | undefined,
  ): Sent {
    const sent = { interactionId: snowflake(), token: token() };
    const { guild } = this.fake;
    this.fake.gateway.dispatch("INTERACTION_CREATE", {
      id: sent.interactionId,
      application_id: this.fake.appId,
      type,
      data,
      guild_id: guild.id,
      channel_id: guild.reviewChannelId,
      channel: { id: guild.reviewChannelId, type: 0, guild_id: guild.id, name: "reviews" },
      member: member(actor.user, actor.roles ?? []),
      token: sent.token,
      version: 1,
      app_permissions: "2248473465835073",
      locale: "en-US",
      guild_locale: "en-US",
      // Without these two discord.js throws inside its handler and no event fires.
      entitlements: [],
      authorizing_integration_owners: { "0": guild.id },
      context: 0,
      attachment_size_limit: 8_388_608,
      ...(msg ? { message: msg } : {}),
    });
    return sent;
  }
}

function memberFields(author: UserPayload) {
  const { user: _user, ...rest } = member(author);
  return rest;
}
