// The Block Kit pieces every Slack card is made of, shared by the review card and the campaign
// card so both read alike.
import { LIMITS, slackCut } from "./mrkdwn.ts";

export type Block = { type: string; [key: string]: unknown };

export function header(text: string): Block {
  return { type: "header", text: { type: "plain_text", text: slackCut(text, LIMITS.header) } };
}

export function section(text: string): Block {
  return { type: "section", text: mrkdwn(text) };
}

export function context(text: string): Block {
  return { type: "context", elements: [mrkdwn(text)] };
}

/** Callers pass only our own words or text already escaped. */
export function mrkdwn(text: string): { type: "mrkdwn"; text: string } {
  return { type: "mrkdwn", text };
}

export function button(text: string, id: string, style?: "primary" | "danger", value = id): Block {
  return {
    type: "button",
    action_id: id,
    text: { type: "plain_text", text },
    value,
    ...(style ? { style } : {}),
  };
}
