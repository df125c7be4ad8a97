// The local model answers first; the LLM is asked only when the local model is unsure, and if
// the LLM fails in any way the local answer stands. `source` tells the review card who answered.
import { z } from "zod";
import { LlmError } from "../src/llm-chat.ts";
import type { Classifier, ClassifyInput } from "../src/ports.ts";
import type { Classification, Signals } from "../src/types.ts";

export const name = "cascade";

export const cascadeOptionsSchema = z.object({
  /** The LLM is asked when the local confidence is strictly below this. */
  threshold: z.number().min(0).max(1).default(0.75),
});
export type CascadeOptions = z.input<typeof cascadeOptionsSchema>;

export const SOURCE_LOCAL_ONLY = "local (llm failed)";

/** What the cascade did, for a logger; never carries message text. */
export type CascadeEvent =
  | { event: "local_confident"; confidence: number; threshold: number }
  | { event: "llm_answered"; localConfidence: number; threshold: number; ms: number }
  | {
      event: "llm_failed";
      localConfidence: number;
      threshold: number;
      ms: number;
      code: string;
      status?: number;
    };

/** e.g. `(e) => logger[e.event === "llm_failed" ? "warn" : "debug"](e, "cascade")`. */
export type CascadeLog = (event: CascadeEvent) => void;

export interface CascadeDeps extends CascadeOptions {
  local: Classifier;
  llm: Classifier;
  log?: CascadeLog;
}

export class CascadeClassifier implements Classifier {
  readonly name = name;
  readonly threshold: number;
  readonly #local: Classifier;
  readonly #llm: Classifier;
  readonly #log: CascadeLog;

  constructor(deps: CascadeDeps) {
    this.threshold = cascadeOptionsSchema.parse({ threshold: deps.threshold }).threshold;
    this.#local = deps.local;
    this.#llm = deps.llm;
    this.#log = deps.log ?? (() => {});
  }

  async classify(input: ClassifyInput, signals?: Signals): Promise<Classification> {
    const local = await this.#local.classify(input, signals);
    const threshold = this.threshold;
    if (local.confidence >= threshold) {
      this.#log({ event: "local_confident", confidence: local.confidence, threshold });
      return { ...local, source: "local" };
    }

    const started = performance.now();
    try {
      const llm = await this.#llm.classify(input, signals);
      this.#log({
        event: "llm_answered",
        localConfidence: local.confidence,
        threshold,
        ms: ms(started),
      });
      return { ...llm, source: "llm" };
    } catch (err) {
      const failure = describe(err);
      this.#log({
        event: "llm_failed",
        localConfidence: local.confidence,
        threshold,
        ms: ms(started),
        code: failure.code,
        ...(failure.status === undefined ? {} : { status: failure.status }),
      });
      return {
        ...local,
        reasons: [
          ...local.reasons,
          `the LLM was unavailable (${failure.why}), so the local model's answer stands`,
        ],
        source: SOURCE_LOCAL_ONLY,
      };
    }
  }
}

function describe(err: unknown): { code: string; status?: number; why: string } {
  if (!(err instanceof LlmError)) return { code: "LLM_ERROR", why: "error" };
  const why: Record<LlmError["code"], string> = {
    LLM_TIMEOUT: "timed out",
    LLM_HTTP: `HTTP ${err.status ?? "error"}`,
    LLM_NETWORK: "unreachable",
    LLM_EMPTY: "empty answer",
    LLM_TRUNCATED: "answer cut off",
    LLM_MALFORMED: "malformed answer",
    LLM_NOT_CHAT: `HTTP ${err.status ?? "answer"} that is not a chat completion`,
    LLM_TOO_LONG: "answer too long",
  };
  return {
    code: err.code,
    ...(err.status === undefined ? {} : { status: err.status }),
    why: why[err.code],
  };
}

function ms(started: number): number {
  return Math.round(performance.now() - started);
}
