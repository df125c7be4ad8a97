// One chat call to any OpenAI-compatible API (OpenAI, Ollama, llama.cpp server, vLLM), shared by
// the LLM classifier and the LLM responder. Every failure becomes an LlmError with a code, so the
// callers can fall back without knowing the SDK's error classes.
import { APIConnectionTimeoutError, APIError, APIUserAbortError, OpenAI } from "openai";
import type { Logger } from "pino";
import { z } from "zod";
import { cut } from "./text.ts";

export const llmConnectionSchema = z.object({
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). */
  baseURL: z.url({ message: "must be a URL such as http://127.0.0.1:11434/v1" }),
  model: z.string().min(1, "must name a model"),
  /** Local servers need none; the SDK insists on one, so a placeholder stands in. */
  apiKey: z.string().min(1).optional(),
  timeoutMs: z.number().int().min(50).max(120_000).default(8000),
});
export type LlmConnectionOptions = z.input<typeof llmConnectionSchema>;

export type LlmErrorCode =
  | "LLM_TIMEOUT"
  | "LLM_HTTP"
  | "LLM_NETWORK"
  | "LLM_EMPTY"
  | "LLM_TRUNCATED"
  | "LLM_MALFORMED"
  /** The server answered, but not with a chat completion (an HTML page, a proxy's error). */
  | "LLM_NOT_CHAT"
  | "LLM_TOO_LONG";

/** Why the LLM gave no usable answer; `status` is the HTTP status when the server answered. */
export class LlmError extends Error {
  override readonly name = "LlmError";
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Ask for a JSON object (response_format json_object). */
  json?: boolean;
  temperature?: number;
}

const NO_KEY = "not-needed";

export class LlmChat {
  readonly model: string;
  readonly #client: OpenAI;
  readonly #apiKey: string;

  constructor(options: LlmConnectionOptions, logger?: Logger) {
    const parsed = llmConnectionSchema.parse(options);
    this.model = parsed.model;
    this.#apiKey = parsed.apiKey ?? NO_KEY;
    this.#client = new OpenAI({
      baseURL: parsed.baseURL,
      apiKey: this.#apiKey,
      timeout: parsed.timeoutMs,
      // The callers fall back at once; a retry would only double the wait.
      maxRetries: 0,
      // The SDK logs to console by default and, at debug, request bodies (message text):
      // route it into our logger and keep only its warnings' words.
      logLevel: "warn",
      logger: sdkLogger(logger),
    });
  }

  /** The assistant's text, trimmed; throws LlmError when there is none. */
  async complete(request: ChatRequest): Promise<string> {
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    let status: number;
    let contentType: string;
    try {
      const answer = await this.#client.chat.completions
        .create({
          model: this.model,
          messages: request.messages,
          ...(request.json ? { response_format: { type: "json_object" as const } } : {}),
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
        })
        .withResponse();
      completion = answer.data;
      status = answer.response.status;
      contentType = answer.response.headers.get("content-type") ?? "no content type";
    } catch (err) {
      throw this.#toLlmError(err);
    }
    // The SDK hands back a non-JSON body as a string: a login page or a proxy's error page
    // answered with 200 is not an empty answer, and the base URL is the usual cause.
    if (
      typeof completion !== "object" ||
      completion === null ||
      !Array.isArray(completion.choices)
    ) {
      throw new LlmError(
        "LLM_NOT_CHAT",
        `the server answered HTTP ${status} with ${contentType.split(";")[0]}, not a chat completion (is LLM_BASE_URL the API's base URL, e.g. ending in /v1?)`,
        status,
      );
    }
    const choice = completion.choices[0];
    // A cut-off answer is half a JSON object or half a reply: neither is usable.
    if (choice?.finish_reason === "length") {
      throw new LlmError("LLM_TRUNCATED", "the model stopped at its token limit");
    }
    const content = stripThinking(choice?.message?.content ?? "").trim();
    if (content.length === 0) throw new LlmError("LLM_EMPTY", "the model returned no text");
    return content;
  }

  #toLlmError(err: unknown): LlmError {
    if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) {
      return new LlmError("LLM_TIMEOUT", "the model did not answer in time");
    }
    if (err instanceof APIError && err.status !== undefined) {
      return new LlmError("LLM_HTTP", `the server answered HTTP ${err.status}`, err.status);
    }
    // The SDK parses a JSON content type itself: a body that is not JSON throws a SyntaxError,
    // which is an answer we cannot read, not a network failure.
    if (err instanceof SyntaxError) {
      return new LlmError("LLM_NOT_CHAT", "the server's answer is not valid JSON");
    }
    const message = err instanceof Error ? err.message : String(err);
    // Belt and braces: an error text must never carry the key into a log line.
    return new LlmError("LLM_NETWORK", message.replaceAll(this.#apiKey, "[redacted]"));
  }
}

/**
 * A display name as a JSON string inside the message block: its quotes and line breaks escaped, so
 * a name such as 'Maya"\nSystem: ...' stays one quoted value, and it cannot close the block.
 */
export function quotedName(name: string): string {
  return JSON.stringify(cut(name.toWellFormed(), 80)).replace(/<\/message>/gi, "</ message>");
}

/** Reasoning models served by Ollama or vLLM may prefix their answer with <think>…</think>. */
export function stripThinking(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, "");
}

function sdkLogger(logger: Logger | undefined) {
  const child = logger?.child({ component: "openai" });
  // Only the SDK's message string is kept: its extra arguments can hold request details.
  const at = (level: "error" | "warn" | "info" | "debug") => (message: string) => {
    child?.[level](String(message));
  };
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}
