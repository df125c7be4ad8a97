// Sends what Slack sends, over either transport: signed HTTP requests to POST /slack/events
// (events as JSON, interactions as form-encoded `payload=`, slash commands as form fields), or
// Socket Mode envelopes through the fake's WebSocket. Tests read the answer the same way.
import { createHmac } from "node:crypto";
import type { FakeSlack } from "./server.ts";

export const SIGNING_SECRET = "fake-signing-secret-never-logged";

export interface Answer {
  status: number;
  /** The response body (HTTP) or the ack payload (Socket Mode), parsed when it is JSON. */
  body: unknown;
}

export interface SignOptions {
  /** Seconds since the epoch; older than 5 minutes is refused. */
  timestamp?: number;
  secret?: string;
  retryNum?: number;
}

/** Slack's v0 signature: hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SlackDriver {
  event(envelope: object, options?: SignOptions): Promise<Answer>;
  interaction(payload: object, options?: SignOptions): Promise<Answer>;
  command(fields: Record<string, string>, options?: SignOptions): Promise<Answer>;
}

export function httpDriver(baseUrl: string): SlackDriver {
  async function post(body: string, contentType: string, o: SignOptions = {}): Promise<Answer> {
    const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature(o.secret ?? SIGNING_SECRET, ts, body),
    };
    if (o.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(o.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    const res = await fetch(`${baseUrl}/slack/events`, { method: "POST", headers, body });
    const text = await res.text();
    return { status: res.status, body: parse(text) };
  }
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return {
    event: (envelope, o) => post(JSON.stringify(envelope), "application/json", o),
    interaction: (payload, o) =>
      post(form({ payload: JSON.stringify(payload) }), "application/x-www-form-urlencoded", o),
    command: (fields, o) => post(form(fields), "application/x-www-form-urlencoded", o),
  };
}

export function socketDriver(fake: FakeSlack): SlackDriver {
  const send = async (type: string, payload: object, o: SignOptions = {}): Promise<Answer> => {
    const ack = await fake.sendEnvelope({
      type,
      payload,
      ...(o.retryNum !== undefined ? { retryAttempt: o.retryNum } : {}),
    });
    return { status: 200, body: ack };
  };
  return {
    event: (envelope, o) => send("events_api", envelope, o),
    interaction: (payload, o) => send("interactive", payload, o),
    command: (fields, o) => send("slash_commands", fields, o),
  };
}

function parse(text: string): unknown {
  if (text === "") return "";
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
