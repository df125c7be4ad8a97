// A fake Discord on one 127.0.0.1 port: REST under /api/v10 and the gateway over ws, so the real
// discord.js Client logs into it. Every REST call is recorded (method, path, body) for assertions,
// and tests can script failures for the next matching call. Discord's rate limits are enforced (see
// discord-limits.ts): 429s with Discord's headers and body, counted by route in `limits.refused`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { Limit } from "../rate-limits.ts";
import { type DiscordLimit, DiscordLimits } from "./discord-limits.ts";
import { FakeGateway } from "./gateway.ts";
import {
  type GuildSetup,
  guildCreate,
  type MessagePayload,
  message,
  snowflake,
  snowflakeTime,
  type UserPayload,
  user,
} from "./payloads.ts";

export interface RestCall {
  method: string;
  /** The path below /api/v10, e.g. /channels/123/messages. */
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON is read freely in assertions.
  body: any;
  /** Whether the request carried the bot token. */
  authorized: boolean;
  /** Refused with a 429 (nothing was done). */
  rateLimited?: true;
}

export interface ScriptedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Do the work first and fail only the answer (a response lost after Discord acted). */
  afterCommit?: boolean;
}

export interface FakeDiscordOptions {
  /** False: the bot is in no server (READY lists no guilds). */
  inGuild?: boolean;
  /** Refuse the token (401 on every authorized call) or the privileged intents (close 4014). */
  refuse?: "token" | "intents";
  /** Limits other than Discord's (see discord-limits.ts); null lifts one. */
  limits?: Partial<Record<DiscordLimit, Limit | null>>;
}

/** Bulk delete refuses messages older than this (Discord: two weeks). */
const BULK_DELETE_MAX_AGE_MS = 14 * 86_400_000;

type Json = Record<string, unknown>;
type Answer = [number, Json | Json[] | null];
// biome-ignore lint/suspicious/noExplicitAny: request bodies are JSON of many shapes.
type Handler = (m: RegExpMatchArray, body: any, method: string, query: URLSearchParams) => Answer;

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly bot: UserPayload = user("TriageBot", { bot: true });
  readonly appId = this.bot.id;
  readonly guild: GuildSetup = {
    id: snowflake(),
    reviewChannelId: snowflake(),
    watchChannelId: snowflake(),
    otherChannelId: snowflake(),
    reviewerRoleId: snowflake(),
  };
  /** Every message that exists, as last written (the bot's posts and edits included). */
  readonly messages = new Map<string, MessagePayload>();
  /** Messages deleted through REST (single deletes and bulk deletes alike). */
  readonly deleted: string[] = [];
  /** Members timed out: user id -> communication_disabled_until (null: timeout removed). */
  readonly timeouts = new Map<string, string | null>();
  /** Members who left the server: PATCH on them answers Unknown Member. */
  readonly departed = new Set<string>();
  /** Discord's rate limits; `limits.set(name, …)` relaxes or tightens one, `limits.off()` all. */
  readonly limits: DiscordLimits;
  readonly gateway: FakeGateway;
  private readonly failures: ScriptedFailure[] = [];
  private readonly holds: Array<{
    method: string;
    path: RegExp;
    until: Promise<void>;
    afterCommit: boolean;
  }> = [];
  /** channel + nonce -> message id, for enforce_nonce. */
  private readonly nonces = new Map<string, string>();

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly options: FakeDiscordOptions,
  ) {
    this.limits = new DiscordLimits(options.limits);
    this.gateway = new FakeGateway(wss, {
      ready: () => ({
        v: 10,
        user: this.bot,
        guilds: this.inGuild ? [{ id: this.guild.id, unavailable: true }] : [],
        session_id: `session${snowflake()}`,
        resume_gateway_url: this.gatewayUrl,
        application: { id: this.appId, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        user_settings: {},
        shard: [0, 1],
      }),
      guilds: () => (this.inGuild ? [guildCreate(this.guild, this.bot)] : []),
      refuseIdentify: options.refuse === "intents" ? 4014 : null,
    });
    server.on("request", (req, res) => void this.onRequest(req, res));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new FakeDiscord(server, wss, options);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private get inGuild(): boolean {
    return this.options.inGuild !== false;
  }

  /** The next call matching method and path fails as scripted (one failure per call). */
  failNext(failure: ScriptedFailure): void {
    this.failures.push(failure);
  }

  /**
   * The next call matching method and path is recorded but not answered until the returned
   * function is called: a request in flight while the test does something else (a shutdown).
   * `afterCommit`: Discord does the work first and only the answer is held (a crash after Discord
   * took a post and before the bot heard so).
   */
  holdNext(method: string, path: RegExp, options: { afterCommit?: boolean } = {}): () => void {
    let release = () => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.push({ method, path, until, afterCommit: options.afterCommit ?? false });
    return release;
  }

  callsTo(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  async stop(): Promise<void> {
    this.gateway.close();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    const path = url.pathname.replace(/^\/api\/v\d+/, "");
    const call: RestCall = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      body: raw ? JSON.parse(raw) : undefined,
      authorized: (req.headers.authorization ?? "").startsWith("Bot "),
    };
    this.calls.push(call);
    const index = this.holds.findIndex((h) => h.method === call.method && h.path.test(path));
    const held = index >= 0 ? this.holds.splice(index, 1)[0] : undefined;
    if (held && !held.afterCommit) await held.until;
    if (this.options.refuse === "token" && call.authorized) {
      return send(res, 401, { code: 0, message: "401: Unauthorized" });
    }
    const limit = this.limits.check(call.method, path);
    if (limit?.refused) {
      call.rateLimited = true;
      return send(res, 429, limit.refused, limit.headers);
    }
    const failed = this.failures.findIndex((f) => f.method === call.method && f.path.test(path));
    const failure = failed >= 0 ? this.failures.splice(failed, 1)[0] : undefined;
    if (failure && !failure.afterCommit)
      return send(res, failure.status, failure.body, failure.headers);
    const [status, body] = this.route(call);
    if (held?.afterCommit) await held.until;
    if (failure) return send(res, failure.status, failure.body, failure.headers);
    // Discord's X-RateLimit-* headers on every answer of a limited route, errors included.
    send(res, status, body, limit?.headers);
  }

  private route(call: RestCall): [number, Json | Json[] | null] {
    for (const [method, pattern, handle] of this.routes) {
      const m = call.path.match(pattern);
      if (m && (method === "*" || method === call.method)) {
        return handle(m, call.body, call.method, call.query);
      }
    }
    return [404, { code: 0, message: "404: Not Found" }];
  }

  private readonly routes: Array<[string, RegExp, Handler]> = [
    [
      "GET",
      /^\/gateway\/bot$/,
      () => [
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ],
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/commands$/,
      (m, body: Json[]) => [
        200,
        body.map((c) => ({ ...c, id: snowflake(), application_id: m[1] })),
      ],
    ],
    ["POST", /^\/channels\/(\d+)\/messages$/, (m, body) => [200, this.post(m[1] as string, body)]],
    [
      "POST",
      /^\/channels\/(\d+)\/messages\/bulk-delete$/,
      (m, body) => this.bulkDelete(m[1] as string, body),
    ],
    [
      "GET",
      /^\/channels\/(\d+)\/messages$/,
      (m, _body, _method, query) => [200, this.history(m[1] as string, query)],
    ],
    [
      "*",
      /^\/channels\/(\d+)\/messages\/(\d+)$/,
      (m, body, method) => this.existing(method, m[2] as string, body),
    ],
    [
      "PATCH",
      /^\/guilds\/(\d+)\/members\/(\d+)$/,
      (m, body) => this.editMember(m[2] as string, body),
    ],
    ["POST", /^\/interactions\/\d+\/[A-Za-z0-9]+\/callback$/, () => [204, null]],
    [
      "*",
      /^\/webhooks\/(\d+)\/[A-Za-z0-9]+(\/messages\/@original)?$/,
      // Follow-ups and reply edits of an interaction, answered as a message in the review channel.
      (m, body) => [
        200,
        {
          ...message({ channel_id: this.guild.reviewChannelId, author: this.bot, content: "" }),
          ...body,
          webhook_id: m[1],
        },
      ],
    ],
  ];

  /** PATCH or DELETE of a message the fake knows, as Discord does it; 10008 when it does not. */
  private existing(method: string, id: string, body: Json): Answer {
    const found = this.messages.get(id);
    if (!found) return [404, { code: 10008, message: "Unknown Message" }];
    if (method === "GET") return [200, found];
    if (method === "DELETE") {
      this.messages.delete(id);
      this.deleted.push(id);
      return [204, null];
    }
    return [200, this.edit(found, body)];
  }

  /**
   * POST bulk-delete as Discord answers it: 2 to 100 ids, none older than two weeks, or a 400 and
   * nothing deleted; ids that are unknown (or in another channel) are skipped silently.
   */
  private bulkDelete(channelId: string, body: Json): Answer {
    const ids = Array.isArray(body?.messages) ? (body.messages as unknown[]).map(String) : [];
    if (ids.length < 2 || ids.length > 100) {
      const reason = {
        code: "BASE_TYPE_BAD_LENGTH",
        message: "Must be between 2 and 100 in length.",
      };
      return [
        400,
        { code: 50035, message: "Invalid Form Body", errors: { messages: { _errors: [reason] } } },
      ];
    }
    if (ids.some((id) => Date.now() - snowflakeTime(id) > BULK_DELETE_MAX_AGE_MS)) {
      return [
        400,
        { code: 50034, message: "You can only bulk delete messages that are under 14 days old." },
      ];
    }
    for (const id of ids) {
      if (this.messages.get(id)?.channel_id !== channelId) continue;
      this.messages.delete(id);
      this.deleted.push(id);
    }
    return [204, null];
  }

  /** PATCH of a member: a timeout (communication_disabled_until) is recorded; 10007 if gone. */
  private editMember(userId: string, body: Json): Answer {
    if (this.departed.has(userId)) return [404, { code: 10007, message: "Unknown Member" }];
    if ("communication_disabled_until" in (body ?? {})) {
      const until = body.communication_disabled_until;
      this.timeouts.set(userId, typeof until === "string" ? until : null);
    }
    return [200, { user: user("member", { id: userId }), roles: [], ...body }];
  }

  /**
   * GET a channel's messages as Discord lists them: with `after`, the `limit` (default 50) oldest
   * after that id, newest first. Nonces are not listed: Discord returns them only on creation.
   */
  private history(channelId: string, query: URLSearchParams): Json[] {
    const after = BigInt(query.get("after") ?? "0");
    const limit = Number(query.get("limit") ?? 50);
    return [...this.messages.values()]
      .filter((msg) => msg.channel_id === channelId && BigInt(msg.id) > after)
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .slice(0, limit)
      .reverse()
      .map(({ nonce: _nonce, enforce_nonce: _enforce, ...msg }) => msg);
  }

  /**
   * Discord keeps a nonce for a few minutes only. False: every retry comes after that window (a
   * bot down longer), so a repeated post is a new message.
   */
  remembersNonces = true;

  private post(channelId: string, body: Json): MessagePayload {
    const nonce = typeof body.nonce === "string" ? body.nonce : null;
    const key = `${channelId}:${nonce}`;
    // enforce_nonce: a second post with the same nonce returns the first message, posts nothing.
    const earlier = nonce && body.enforce_nonce ? this.nonces.get(key) : undefined;
    const found = earlier ? this.messages.get(earlier) : undefined;
    if (found) return found;
    const posted = message({ channel_id: channelId, author: this.bot, content: "", ...body });
    this.messages.set(posted.id, posted);
    if (nonce && this.remembersNonces) this.nonces.set(key, posted.id);
    return posted;
  }

  private edit(existing: MessagePayload, body: Json): MessagePayload {
    const edited = { ...existing, ...body, edited_timestamp: new Date().toISOString() };
    this.messages.set(existing.id, edited);
    return edited;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204 || body === null) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
