// A fake Slack on 127.0.0.1: the Web API methods the adapter calls (recorded with their arguments
// and the token that made them, and scriptable per method), plus a Socket Mode WebSocket endpoint
// that apps.connections.open points to. Start it before the adapter: Bolt talks to it at once.
// Slack's rate limits are enforced (see slack-limits.ts), 429s counted by method in `limits.refused`,
// and so are Block Kit's lengths (block-limits.ts): a card past them is refused as Slack refuses it.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import type { Limit } from "../rate-limits.ts";
import { keptText, messageProblems, type Problem, viewProblems } from "./block-limits.ts";
import { type SlackLimit, SlackLimits } from "./slack-limits.ts";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | null;
  /** Refused with a 429 (nothing was done). */
  rateLimited?: true;
}

export interface FakeSlackOptions {
  /** Limits other than Slack's (see slack-limits.ts); null lifts one. */
  limits?: Partial<Record<SlackLimit, Limit | null>>;
}

/** One scripted answer: a status (429, 500), headers (Retry-After), a body (ok: false, error). */
export interface Scripted {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  /** Apply the call as usual (store the message) and only then answer as scripted (or as usual). */
  apply?: boolean;
  /** Runs once the call is applied, before the answer: what else happened meanwhile. */
  meanwhile?: () => void;
  /** Never answer (after applying, with `apply`): the caller waits until it gives up or dies. */
  hang?: boolean;
}

export interface StoredMessage {
  ts: string;
  channel: string;
  text?: string;
  blocks?: unknown[];
  metadata?: ReplyMetadata;
  user?: string;
  bot_id?: string;
  /** Set on a reply in a thread: the parent's ts. */
  thread_ts?: string;
  /** Set by chat.update, as Slack marks an edited message: who edited it and when. */
  edited?: { user: string; ts: string };
}

export interface ReplyMetadata {
  event_type?: string;
  event_payload?: Record<string, unknown>;
}

export const TEAM = "T0FAKETEAM";
export const BOT = { userId: "UBOTUSER", botId: "BBOTID" } as const;
export const OWNER = { userId: "UOWNER01" } as const;
export const TOKENS = {
  bot: "xoxb-fake-bot-token-never-logged",
  user: "xoxp-fake-user-token-never-logged",
  app: "xapp-fake-app-token-never-logged",
} as const;

type Envelope = { type: string; payload: unknown; retryAttempt?: number };

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  /** Messages by channel, in posting order; chat.update edits them in place. */
  readonly channels = new Map<string, StoredMessage[]>();
  readonly users = new Map<string, { name: string; real_name?: string; display_name?: string }>();
  /** Calls refused for what they carried (blocks or a view past Block Kit's limits), and why. */
  readonly refused: Array<{ method: string; problems: Problem[] }> = [];
  private readonly scripts = new Map<string, Scripted[]>();
  private readonly holds: Array<{ method: string; until: Promise<void> }> = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private socketWaiters: Array<() => void> = [];
  private tsCounter = 0;
  /** Slack's rate limits; `limits.set(method, …)` relaxes or tightens one, `limits.off()` all. */
  readonly limits: SlackLimits;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    options: FakeSlackOptions,
  ) {
    this.limits = new SlackLimits(options.limits);
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const fake = new FakeSlack(server, (server.address() as AddressInfo).port, options);
    server.on("request", (req, res) => void fake.onRequest(req, res));
    server.on("upgrade", (req, socket, head) => {
      if (!(req.url ?? "").startsWith("/socket")) {
        socket.destroy();
        return;
      }
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.onSocket(ws));
    });
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** The next call of `method` waits unanswered until the returned function is called. */
  holdNext(method: string): () => void {
    let release = () => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.push({ method, until });
    return release;
  }

  /** Answers for the next calls of a method, one each, before the usual answer resumes. */
  script(method: string, ...answers: Scripted[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers]);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A message someone else wrote in `channel` (the sender, in their DM), stored as Slack would. */
  receive(channel: string, user: string, text: string): StoredMessage {
    const msg: StoredMessage = { ts: this.nextTs(), channel, text, user };
    this.channels.set(channel, [...this.messagesIn(channel), msg]);
    return msg;
  }

  messagesIn(channel: string): StoredMessage[] {
    return this.channels.get(channel) ?? [];
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- Socket Mode -------------------------------------------------------------------------

  /** Resolves once a client holds an open socket. */
  connected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.socketWaiters.push(resolve));
  }

  /** Sends one envelope as Slack does and resolves with the client's ack payload. */
  sendEnvelope(envelope: Envelope): Promise<unknown> {
    const [ws] = this.sockets;
    if (!ws) return Promise.reject(new Error("no Socket Mode client is connected"));
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve) => this.acks.set(envelopeId, resolve));
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: envelope.type,
        payload: envelope.payload,
        accepts_response_payload: envelope.type !== "events_api",
        ...(envelope.retryAttempt !== undefined
          ? { retry_attempt: envelope.retryAttempt, retry_reason: "timeout" }
          : {}),
      }),
    );
    return acked;
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      const resolve = msg.envelope_id ? this.acks.get(msg.envelope_id) : undefined;
      if (resolve && msg.envelope_id) {
        this.acks.delete(msg.envelope_id);
        resolve(msg.payload ?? {});
      }
    });
    // Slack says hello first; only then does the client count as connected.
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" } }));
    for (const waiter of this.socketWaiters.splice(0)) waiter();
  }

  // ---- Web API -----------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/api\/([\w.]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (req.method !== "POST" || !match?.[1]) {
      res.writeHead(404).end();
      return;
    }
    const method = match[1];
    const raw = await readBody(req);
    const args = parseArgs(raw, String(req.headers["content-type"] ?? ""));
    const auth = String(req.headers.authorization ?? "");
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : ((args.token as string) ?? null);
    const call: ApiCall = { method, args, token };
    this.calls.push(call);
    const held = this.holds.findIndex((h) => h.method === method);
    if (held >= 0) await this.holds.splice(held, 1)[0]?.until;

    const refused = this.limits.check(method, args);
    if (refused) {
      call.rateLimited = true;
      return reply(res, refused);
    }
    const scripted = this.scripts.get(method)?.shift();
    if (scripted?.hang && !scripted.apply) return;
    if (scripted && !scripted.apply) return reply(res, scripted);
    const answer = this.answer(call);
    scripted?.meanwhile?.();
    if (scripted?.hang) return;
    // `{ apply: true }` alone lets one call through untouched (the card before a reply, say).
    if (scripted && (scripted.status !== undefined || scripted.body !== undefined)) {
      return reply(res, scripted);
    }
    reply(res, { body: answer });
  }

  private answer(call: ApiCall): Record<string, unknown> {
    const a = call.args;
    const who = this.identity(call.token);
    const refused = this.refusal(call);
    if (refused) return refused;
    // Past 40,000 characters Slack keeps the start, posts it and says so.
    const kept = typeof a.text === "string" ? keptText(a.text) : null;
    const text = kept ? { text: kept.text } : {};
    const warned = kept?.truncated
      ? { response_metadata: { warnings: ["message_truncated"] } }
      : {};
    switch (call.method) {
      case "auth.test":
        if (!who) return { ok: false, error: "invalid_auth" };
        return { ok: true, team_id: TEAM, team: "Fake", url: "https://fake.slack.com/", ...who };
      case "apps.connections.open":
        if (call.token !== TOKENS.app) return { ok: false, error: "invalid_auth" };
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomUUID()}` };
      case "chat.postMessage": {
        const channel = String(a.channel);
        const msg: StoredMessage = {
          ts: this.nextTs(),
          channel,
          ...text,
          ...(Array.isArray(a.blocks) ? { blocks: a.blocks } : {}),
          ...(a.metadata ? { metadata: a.metadata as ReplyMetadata } : {}),
          ...(typeof a.thread_ts === "string" ? { thread_ts: a.thread_ts } : {}),
          ...(who?.user_id ? { user: who.user_id } : {}),
          ...(who?.bot_id ? { bot_id: who.bot_id } : {}),
        };
        this.channels.set(channel, [...this.messagesIn(channel), msg]);
        return { ok: true, channel, ts: msg.ts, message: msg, ...warned };
      }
      case "chat.update": {
        const msg = this.messagesIn(String(a.channel)).find((m) => m.ts === a.ts);
        if (!msg) return { ok: false, error: "message_not_found" };
        if (kept) msg.text = kept.text;
        msg.blocks = Array.isArray(a.blocks) ? a.blocks : [];
        msg.edited = { user: BOT.userId, ts: this.nextTs() };
        return { ok: true, channel: msg.channel, ts: msg.ts, ...warned };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V${this.tsCounter}`, ...(a.view as object) } };
      case "conversations.history":
        // As Slack does: replies in a thread are not in the channel's history, only their parent.
        return this.listed(
          a,
          this.messagesIn(String(a.channel)).filter((m) => !m.thread_ts || m.thread_ts === m.ts),
        );
      case "conversations.replies":
        return this.listed(
          a,
          this.messagesIn(String(a.channel)).filter((m) => m.ts === a.ts || m.thread_ts === a.ts),
        );
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(a.users ?? "X").split(",")[0]}` } };
      case "users.info": {
        const user = this.users.get(String(a.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: a.user,
            name: user.name,
            real_name: user.real_name,
            profile: { display_name: user.display_name ?? "" },
          },
        };
      }
      default:
        return { ok: true };
    }
  }

  /** Slack's answer to blocks or a view past Block Kit's limits, or null when they are within. */
  private refusal(call: ApiCall): Record<string, unknown> | null {
    let problems: Problem[] = [];
    let error = "invalid_blocks";
    if (["chat.postMessage", "chat.update", "chat.postEphemeral"].includes(call.method)) {
      problems = messageProblems(call.args);
    } else if (call.method.startsWith("views.")) {
      problems = viewProblems(call.args.view);
      error = "invalid_arguments";
    }
    if (problems.length === 0) return null;
    this.refused.push({ method: call.method, problems });
    return {
      ok: false,
      error,
      errors: problems,
      response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) },
    };
  }

  /**
   * A history-like answer: newest first, after `oldest`, `limit` at a time from `cursor` (the
   * next_cursor of the page before), metadata on request.
   */
  private listed(a: Record<string, unknown>, all: StoredMessage[]): Record<string, unknown> {
    const oldest = Number(a.oldest ?? 0);
    const withMeta = a.include_all_metadata === true || a.include_all_metadata === "true";
    const limit = Number(a.limit ?? 100);
    const from = typeof a.cursor === "string" && a.cursor !== "" ? Number(a.cursor) : 0;
    const after = all.filter((m) => Number(m.ts) > oldest).reverse();
    const messages = after
      .slice(from, from + limit)
      .map(({ metadata, ...m }) => (withMeta && metadata ? { ...m, metadata } : m));
    const more = from + limit < after.length;
    return {
      ok: true,
      messages,
      has_more: more,
      ...(more ? { response_metadata: { next_cursor: String(from + limit) } } : {}),
    };
  }

  private identity(token: string | null): Record<string, string> | null {
    if (token === TOKENS.bot) return { user_id: BOT.userId, bot_id: BOT.botId, user: "triage" };
    if (token === TOKENS.user) return { user_id: OWNER.userId, user: "owner" };
    return null;
  }

  /** Slack timestamps: seconds with six digits, unique and increasing. */
  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, "0")}`;
  }
}

function reply(res: ServerResponse, answer: Scripted): void {
  const status = answer.status ?? 200;
  const body = answer.body ?? (status === 200 ? { ok: true } : { ok: false });
  res
    .writeHead(status, { "content-type": "application/json", ...answer.headers })
    .end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The Web API takes forms (objects sent as JSON strings) or JSON; both become plain objects. */
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return raw ? JSON.parse(raw) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
