// Core settings, parsed once from the environment, failing with a message a person can act on.
// Each adapter parses its own variables beside its code (adapters/*/config.ts).
import { z } from "zod";
import { HOST_PORT, urlOptions } from "./redis.ts";
import { safeUrl } from "./redis-check.ts";
import { LANGUAGES } from "./responder/language.ts";
import { loadTemplates, TemplateError, type Templates } from "./responder/templates.ts";

/** "a, b,,c" -> ["a", "b", "c"], each checked by `item`: people paste lists with spaces and stray commas. */
export function commaList(item: z.ZodString) {
  return z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce
  .number({ message: "must be a port number" })
  .int("must be a whole number")
  .min(0, "must be 0-65535")
  .max(65535, "must be 0-65535");

export const configSchema = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { message: "must start with redis:// or rediss://", abort: true })
    // ioredis parses it as a WHATWG URL; say so here rather than fail later on connect.
    .refine((v) => URL.canParse(v), {
      message: "is not a valid URL (percent-encode @ / ? # in a password, e.g. %40 for @)",
    })
    .default("redis://127.0.0.1:6379"),
  /** Cluster mode, and the nodes to learn the cluster from; REDIS_URL's host is then not used. */
  REDIS_CLUSTER_NODES: commaList(z.string().regex(HOST_PORT, "each must be host:port")),
  /** A primary that Sentinel watches: the sentinels' addresses and the name they know it by. */
  REDIS_SENTINELS: commaList(z.string().regex(HOST_PORT, "each must be host:port")),
  REDIS_SENTINEL_NAME: z.string().trim().min(1).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, "must be 1-40 letters, digits, _ or -")
    .default("triage"),
  PORT: port.default(3000),
  /**
   * Set: /healthz and /metrics move off PORT (which faces Slack) to a port of their own, on
   * METRICS_HOST, as Prometheus exporters do. Unset: PORT serves them too.
   */
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().trim().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_MESSAGE_TEXT: bool.default(false),
  /** Signs the drafts; left empty, the signature line is left out. */
  OWNER_NAME: z.string().trim().default(""),
  OWNER_ABOUT: z.string().trim().default(""),
  /** Drafts to senders writing in a language the templates lack are in this one. */
  OWNER_LANGUAGE: z
    .enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(", ")}` })
    .default("en"),
  RETENTION_DAYS: z.coerce
    .number({ message: "must be a number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1")
    .max(3650, "must be at most 3650")
    .default(30),
  ROLE: z.enum(["all", "ingest", "worker"]).default("all"),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  REPLY_TEMPLATES: z.string().optional(),
  FEEDBACK_POLICY: z.enum(["yes", "no"]).default("yes"),
  SPAM_REPLY: z.enum(["none", "decline"]).default("none"),
  CLASSIFIER: z.enum(["local", "rules", "llm", "cascade"]).default("local"),
  MODEL_PATH: z.string().optional(),
  CASCADE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.75),
  RESPONDER: z.enum(["template", "llm"]).default("template"),
  LLM_BASE_URL: z.url({ message: "must be a URL such as http://127.0.0.1:11434/v1" }).optional(),
  LLM_MODEL: z.string().min(1).optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
  CONSOLE_MODE: z.enum(["auto", "interactive", "lines", "demo"]).default("auto"),
  /** Automatic moderation of raids in watched channels: off, or the action to take. */
  MODERATION_AUTO: z.enum(["off", "delete", "timeout"]).default("off"),
  MODERATION_AUTO_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.9),
  MODERATION_AUTO_MIN_COPIES: z.coerce.number().int().min(2).max(10_000).default(5),
  MODERATION_AUTO_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(60, "must be 60 (a minute) to 2419200 (28 days, Discord's most)")
    .max(2_419_200, "must be 60 (a minute) to 2419200 (28 days, Discord's most)")
    .default(3600),
  /** Show on the campaign card what automatic moderation would have done, and do nothing. */
  MODERATION_DRY_RUN: bool.default(false),
  /** A DM conversation is triaged this long after its latest message (people write in bursts). */
  CONVERSATION_QUIET_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "must be 0-60000")
    .max(60_000, "must be 0-60000")
    .default(2000),
  /** ...but its card waits at most this long after the first message it does not show yet. */
  CONVERSATION_MAX_WAIT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int("must be a whole number of milliseconds")
    .min(0, "must be 0-300000")
    .max(300_000, "must be 0-300000")
    .default(10_000),
});

export type Config = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Turns zod issues into lines such as "PORT: must be 0-65535 (got "70000")". */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  env: Record<string, string | undefined>,
): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    const got = env[name];
    // Values of secret-looking variables are never echoed back, and URLs (or anything that
    // could be one) lose their user info and query, where passwords go.
    const urlish = got !== undefined && (/URL/.test(name) || /@|:\/\//.test(got));
    const shown =
      got === undefined || /TOKEN|SECRET|KEY|PASS/.test(name)
        ? ""
        : ` (got "${urlish ? safeUrl(got) : got}")`;
    return `${name}: ${issue.message}${shown}`;
  });
}

export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable (FOO= in .env) means "not set", as most tools read it.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const result = configSchema.safeParse(present);
  if (!result.success) throw new ConfigError(describeIssues(result.error.issues, env));
  const config = result.data;
  const needsLlm =
    config.CLASSIFIER === "llm" || config.CLASSIFIER === "cascade" || config.RESPONDER === "llm";
  if (needsLlm && (!config.LLM_BASE_URL || !config.LLM_MODEL)) {
    throw new ConfigError([
      "LLM_BASE_URL and LLM_MODEL: required when CLASSIFIER is llm or cascade, or RESPONDER is llm",
    ]);
  }
  const sentinels = config.REDIS_SENTINELS.length > 0;
  if (config.REDIS_CLUSTER_NODES.length > 0 && sentinels) {
    throw new ConfigError(["REDIS_CLUSTER_NODES and REDIS_SENTINELS: set one or the other"]);
  }
  if (sentinels !== (config.REDIS_SENTINEL_NAME !== undefined)) {
    throw new ConfigError([
      sentinels
        ? "REDIS_SENTINEL_NAME: required with REDIS_SENTINELS (the primary's name in sentinel.conf)"
        : "REDIS_SENTINELS: required with REDIS_SENTINEL_NAME (host:port of each sentinel)",
    ]);
  }
  if (config.REDIS_CLUSTER_NODES.length > 0 && urlOptions(config.REDIS_URL).db !== undefined) {
    throw new ConfigError(["REDIS_URL: a Redis Cluster has only database 0 (drop the /N)"]);
  }
  // Read now, so a missing or mistyped file stops the start here, named, not in the responder.
  if (config.REPLY_TEMPLATES) loadReplyTemplates(config.REPLY_TEMPLATES);
  return Object.freeze(config);
}

/** The reply templates with REPLY_TEMPLATES's file over them; a bad file is a ConfigError. */
export function loadReplyTemplates(path: string | undefined): Templates {
  try {
    return loadTemplates(path);
  } catch (err) {
    if (err instanceof TemplateError) throw new ConfigError([`REPLY_TEMPLATES: ${err.message}`]);
    throw err;
  }
}
