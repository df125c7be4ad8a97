// A whole app on the real Redis under a fresh prefix, with any adapters: what pipeline and adapter
// tests start from. Logs are captured, so tests can also assert what never reaches them.
import { Writable } from "node:stream";
import { RulesClassifier } from "../../classifiers/rules.ts";
import { type App, createApp } from "../../src/app.ts";
import { parseConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import type { AdapterContext, Classifier, PlatformAdapter, Responder } from "../../src/ports.ts";
import { createTemplateResponder, loadTemplates } from "../../src/responder/templates.ts";
import type { InboundMessage, Review } from "../../src/types.ts";
import { trapUnhandled } from "./capture.ts";
import type { MemoryAdapter } from "./memory-adapter.ts";
import { connect, dropPrefix, freshPrefix, REDIS_URL } from "./redis.ts";

export interface TestApp {
  app: App;
  prefix: string;
  /** Everything the app logged, as text. */
  logs(): string;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  name: string;
  adapters: PlatformAdapter[];
  env?: Record<string, string>;
  classifier?: Classifier;
  responder?: Responder;
  http?: boolean;
  backoffMs?: number;
  /** Share a prefix with another app (ROLE=ingest beside ROLE=worker). */
  prefix?: string;
}

export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const prefix = options.prefix ?? freshPrefix(options.name);
  const config = parseConfig({
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    PORT: "0",
    LOG_LEVEL: "debug",
    OWNER_NAME: "Alex",
    OWNER_ABOUT: "I produce electronic music and mix records for indie artists.",
    // Short, so a DM's card comes quickly; tests of the window set their own.
    CONVERSATION_QUIET_MS: "40",
    CONVERSATION_MAX_WAIT_MS: "1000",
    ...options.env,
  });
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(
    { level: config.LOG_LEVEL, logMessageText: config.LOG_MESSAGE_TEXT },
    sink,
  );
  const app = createApp({
    config,
    adapters: options.adapters,
    classifier: options.classifier ?? new RulesClassifier(),
    responder:
      options.responder ??
      createTemplateResponder({
        ownerName: config.OWNER_NAME,
        ownerAbout: config.OWNER_ABOUT,
        feedbackPolicy: config.FEEDBACK_POLICY,
        spamReply: config.SPAM_REPLY,
        templates: loadTemplates(),
      }),
    logger,
    backoffMs: options.backoffMs ?? 20,
    http: options.http ?? false,
    host: "127.0.0.1",
  });
  await app.start();
  return {
    app,
    prefix,
    logs: () => chunks.join(""),
    async stop() {
      await app.stop();
      const redis = connect();
      await dropPrefix(redis, prefix);
      await redis.quit();
    },
  };
}

/** Polls until `check` returns a value that is not undefined/false, or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  ms = 5000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Ingests a message and waits for its card on the in-memory adapter. */
export async function ingestForCard(
  ctx: AdapterContext,
  adapter: MemoryAdapter,
  message: InboundMessage,
): Promise<Review> {
  const queued = await ctx.ingest(message);
  if (queued.status !== "queued") throw new Error(queued.reason);
  return eventually(() => adapter.cards.find((c) => c.id === queued.reviewId));
}

/** A fake platform and an adapter pointed at it, before any app runs. */
export interface Rig {
  fake: { stop(): Promise<void> };
  adapter: PlatformAdapter;
}

/**
 * Starts a rig and one app around its adapter, collecting unhandled rejections (errors inside a
 * platform client's event handling surface only there). If start-up fails, what started stops.
 * `stop()` stops the app and the fake, and fails when anything was left unhandled.
 */
export async function startRig<R extends Rig>(
  makeRig: () => Promise<R>,
  options: Omit<TestAppOptions, "adapters">,
): Promise<{ rig: R; test: TestApp; stop(): Promise<void> }> {
  const trap = trapUnhandled();
  const rig = await makeRig().catch((err: unknown) => {
    trap.dispose();
    throw err;
  });
  let test: TestApp;
  try {
    test = await startTestApp({ ...options, adapters: [rig.adapter] });
  } catch (err) {
    trap.dispose();
    await rig.adapter.stop();
    await rig.fake.stop();
    throw err;
  }
  return {
    rig,
    test,
    async stop() {
      await test.stop();
      await rig.fake.stop();
      trap.release();
    },
  };
}

/** Jobs on the outbound queue that act on a review (sends, moderation), not the housekeeping schedule. */
export async function outboundWork(app: App): Promise<number> {
  const jobs = await app.queues.outbound.getJobs([
    "waiting",
    "active",
    "delayed",
    "prioritized",
    "completed",
    "failed",
  ]);
  return jobs.filter((job) => job && job.name !== "housekeeping").length;
}
