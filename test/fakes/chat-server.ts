// A fake OpenAI-compatible server on 127.0.0.1: speaks POST /v1/chat/completions, records every
// request, and answers as each test scripts it, so the real `openai` client runs end to end.
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

export type ChatReply =
  /** A normal completion whose assistant message is `content`. */
  | { kind: "content"; content: string; finishReason?: "stop" | "length" }
  /** An HTTP error with an OpenAI-style error body. */
  | { kind: "status"; status: number; message?: string }
  /** Accept the request and never answer, to trigger the client's timeout. */
  | { kind: "hang" }
  /** Any body with any content type: a proxy's HTML page, a half-written JSON answer. */
  | { kind: "raw"; status: number; contentType: string; body: string };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: ChatBody | undefined;
}

export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string };
  temperature?: number;
  [key: string]: unknown;
}

export interface FakeChatServer {
  /** e.g. http://127.0.0.1:PORT/v1, ready for the openai client's baseURL. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Replies used in order, one per request; when they run out, `fallback` answers. */
  script(...replies: ChatReply[]): void;
  /** The reply for every request once the script is used up (default: HTTP 500). */
  setFallback(reply: ChatReply): void;
  close(): Promise<void>;
}

export const reply = {
  content: (content: string): ChatReply => ({ kind: "content", content }),
  json: (value: unknown): ChatReply => ({ kind: "content", content: JSON.stringify(value) }),
  status: (status: number): ChatReply => ({ kind: "status", status }),
  hang: (): ChatReply => ({ kind: "hang" }),
  raw: (status: number, contentType: string, body: string): ChatReply => ({
    kind: "raw",
    status,
    contentType,
    body,
  }),
};

export async function startChatServer(): Promise<FakeChatServer> {
  const requests: RecordedRequest[] = [];
  const queue: ChatReply[] = [];
  let fallback: ChatReply = { kind: "status", status: 500, message: "no reply scripted" };
  let counter = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = parseBody(raw);
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });

      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        send(res, 404, { error: { message: `no route ${req.method} ${req.url}`, type: "x" } });
        return;
      }
      const next = queue.shift() ?? fallback;
      switch (next.kind) {
        case "hang":
          return; // The client gives up; close() ends the socket.
        case "raw":
          res.writeHead(next.status, {
            "content-type": next.contentType,
            "content-length": Buffer.byteLength(next.body),
          });
          res.end(next.body);
          return;
        case "status":
          send(res, next.status, {
            error: { message: next.message ?? `scripted ${next.status}`, type: "server_error" },
          });
          return;
        case "content":
          counter += 1;
          send(res, 200, {
            id: `chatcmpl-fake-${counter}`,
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model: body?.model ?? "fake",
            choices: [
              {
                index: 0,
                message: { role: "assistant", content: next.content, refusal: null },
                logprobs: null,
                finish_reason: next.finishReason ?? "stop",
              },
            ],
            usage: {
              prompt_tokens: raw.length,
              completion_tokens: 1,
              total_tokens: raw.length + 1,
            },
          });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => queue.push(...replies),
    setFallback: (r) => {
      fallback = r;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging requests hold their sockets open; end them so close() returns.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function parseBody(raw: string): ChatBody | undefined {
  try {
    return JSON.parse(raw) as ChatBody;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}
