// What Slack sends an app, shaped as Slack shapes it: Events API envelopes, block_actions and
// view_submission payloads, slash command fields. Only the fields Bolt and the adapter read.
import { randomUUID } from "node:crypto";
import { BOT, OWNER, TEAM } from "./server.ts";

let tsCounter = 0;

/** A fresh message ts, as Slack writes them. */
export function nextTs(): string {
  tsCounter += 1;
  return `${Math.floor(Date.now() / 1000) - 60}.${String(100000 + tsCounter).padStart(6, "0")}`;
}

export interface ImMessage {
  type: "message";
  channel_type: "im";
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  team?: string;
  subtype?: string;
  bot_id?: string;
  /** A reply in a thread carries its parent's ts; a parent with replies carries its own. */
  thread_ts?: string;
  files?: Array<{ id: string; name: string }>;
  event_ts: string;
}

export function imMessage(fields: Partial<ImMessage> & { user?: string } = {}): ImMessage {
  const ts = fields.ts ?? nextTs();
  return {
    type: "message",
    channel_type: "im",
    channel: "DSENDER01",
    user: "USENDER01",
    text: "hello",
    team: TEAM,
    ...fields,
    ts,
    event_ts: ts,
  };
}

/** Through whose installation Slack delivers the event: the bot's, or the owner's user token. */
export type Via = "bot" | "owner";

export function eventEnvelope(event: object, options: { eventId?: string; via?: Via } = {}) {
  const viaOwner = options.via === "owner";
  return {
    token: "verification-token-unused",
    team_id: TEAM,
    api_app_id: "AFAKEAPP",
    event,
    type: "event_callback",
    event_id: options.eventId ?? `Ev${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM,
        user_id: viaOwner ? OWNER.userId : BOT.userId,
        is_bot: !viaOwner,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

export interface CardLocation {
  channel: string;
  ts: string;
  /** What Slack puts in a click's `message`: the card's text, blocks and last edit. */
  message?: { text?: string | undefined; blocks?: unknown[] | undefined; edited?: unknown };
}

/** A click on a card's button, or a pick in its select (`selected`). */
export function blockActions(
  user: string,
  card: CardLocation,
  actionId: string,
  options: { selected?: string } = {},
) {
  const action =
    options.selected === undefined
      ? { type: "button", action_id: actionId, block_id: "b", value: actionId }
      : {
          type: "static_select",
          action_id: actionId,
          block_id: "b",
          selected_option: {
            text: { type: "plain_text", text: options.selected },
            value: options.selected,
          },
        };
  return {
    type: "block_actions",
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
    api_app_id: "AFAKEAPP",
    token: "verification-token-unused",
    container: {
      type: "message",
      message_ts: card.ts,
      channel_id: card.channel,
      is_ephemeral: false,
    },
    trigger_id: `${Date.now()}.trigger.${randomUUID().slice(0, 8)}`,
    team: { id: TEAM, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: card.channel, name: "reviews" },
    message: {
      type: "message",
      subtype: "bot_message",
      bot_id: BOT.botId,
      ts: card.ts,
      text: card.message?.text ?? "card",
      ...(card.message?.blocks ? { blocks: card.message.blocks } : {}),
      ...(card.message?.edited ? { edited: card.message.edited } : {}),
    },
    response_url: "http://127.0.0.1:9/never-called",
    actions: [{ ...action, action_ts: `${Date.now() / 1000}` }],
  };
}

/** Submitting the Edit modal with `text` in its one input. */
export function viewSubmission(
  user: string,
  view: { callback_id: string; private_metadata?: string },
  text: string,
) {
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "fake" },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
    api_app_id: "AFAKEAPP",
    token: "verification-token-unused",
    trigger_id: `${Date.now()}.trigger`,
    view: {
      id: "VEDIT",
      team_id: TEAM,
      type: "modal",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? "",
      state: { values: { reply: { text: { type: "plain_text_input", value: text } } } },
      hash: "h",
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

export function slashCommand(user: string, text: string): Record<string, string> {
  return {
    token: "verification-token-unused",
    team_id: TEAM,
    team_domain: "fake",
    channel_id: "CSOMEWHERE",
    channel_name: "general",
    user_id: user,
    user_name: user.toLowerCase(),
    command: "/triage",
    text,
    api_app_id: "AFAKEAPP",
    response_url: "http://127.0.0.1:9/never-called",
    trigger_id: `${Date.now()}.trigger`,
  };
}

export function appHomeOpened(user: string) {
  return { type: "app_home_opened", user, channel: `D${user}`, tab: "home", event_ts: nextTs() };
}
