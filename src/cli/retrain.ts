// Learning from reviewers: retrain the shipped recipe on corpus + reviewer corrections, and keep
// the result only if it scores no worse on a seeded held-back part. The replaced model is kept
// beside the new one (model.prev.json) so `model rollback` can put it back.
import { copyFileSync, existsSync, renameSync, writeFileSync } from "node:fs";
import { Redis } from "ioredis";
import { CORPUS_DIR, loadExamples } from "../../classifiers/datasets.ts";
import { evaluate } from "../../classifiers/metrics.ts";
import type { Model } from "../../classifiers/model.ts";
import { encodeModel } from "../../classifiers/model-codec.ts";
import { stratifiedSplit } from "../../classifiers/random.ts";
import { type Example, toInput, trainModel } from "../../classifiers/train.ts";
import { ConfigError, parseConfig } from "../config.ts";
import { createKeys } from "../keys.ts";
import { redisErrorText, safeUrl } from "../redis-check.ts";
import { createReviewReports } from "../review-reports.ts";
import { isLabel } from "../types.ts";

export class RetrainError extends Error {
  override readonly name = "RetrainError";
}

/** The share of corpus and of corrections held back to compare the two models. */
const HELD_BACK = 0.2;

export interface RetrainOutcome {
  replaced: boolean;
  corrections: number;
  heldBack: number;
  /** Macro-F1 on the held-back part: corpus only (the current recipe) vs corpus + corrections. */
  baselineMacroF1: number;
  candidateMacroF1: number;
  modelPath: string;
  previousPath: string | null;
  summary: string;
}

export function previousPath(modelPath: string): string {
  return /\.[^./]+$/.test(modelPath)
    ? modelPath.replace(/(\.[^./]+)$/, ".prev$1")
    : `${modelPath}.prev`;
}

export async function retrainWithCorrections(options: {
  modelPath: string;
  seed: number;
  env: NodeJS.ProcessEnv;
}): Promise<RetrainOutcome> {
  const corrections = await readCorrections(options.env);
  if (corrections.length === 0)
    throw new RetrainError("no reviewer corrections in Redis yet: relabel some cards first");
  const corpus = loadExamples(CORPUS_DIR);

  // The same seeded split of each source for both models: only the corrections differ.
  const c = stratifiedSplit(
    corpus.map((e) => e.label),
    HELD_BACK,
    options.seed,
  );
  const r = stratifiedSplit(
    corrections.map((e) => e.label),
    HELD_BACK,
    options.seed,
  );
  const pick = (xs: Example[], idx: number[]) => idx.map((i) => xs[i] as Example);
  const held = [...pick(corpus, c.test), ...pick(corrections, r.test)];
  const baseline = trainModel(pick(corpus, c.train), { seed: options.seed });
  const candidate = trainModel([...pick(corpus, c.train), ...pick(corrections, r.train)], {
    seed: options.seed,
  });
  const baselineMacroF1 = macroF1(baseline, held);
  const candidateMacroF1 = macroF1(candidate, held);
  // Closer than one held-back message's worth is a tie, and a tie keeps the reviewers' corrections.
  const replaced = candidateMacroF1 >= baselineMacroF1 - 1 / held.length;
  const outcome = {
    replaced,
    corrections: corrections.length,
    heldBack: held.length,
    baselineMacroF1,
    candidateMacroF1,
    modelPath: options.modelPath,
    previousPath: null as string | null,
  };
  const scores = `macro-F1 on ${held.length} held-back messages: ${candidateMacroF1.toFixed(3)} with corrections vs ${baselineMacroF1.toFixed(3)} without`;
  if (!replaced) {
    return { ...outcome, summary: `kept the current model: ${scores}` };
  }
  // Accepted: the model that ships learns from everything, held-back part included.
  const text = encodeModel(trainModel([...corpus, ...corrections], { seed: options.seed }));
  const prev = previousPath(options.modelPath);
  if (existsSync(options.modelPath)) copyFileSync(options.modelPath, prev);
  const tmp = `${options.modelPath}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, options.modelPath);
  const kept = existsSync(prev) ? prev : null;
  return {
    ...outcome,
    previousPath: kept,
    summary: `replaced ${options.modelPath} (${corrections.length} corrections; ${scores})${kept ? `; the previous model is at ${kept}` : ""}`,
  };
}

/** Swaps the model with the one kept before the last retrain, so a second rollback undoes it. */
export function rollback(modelPath: string): { restored: string; from: string; summary: string } {
  const prev = previousPath(modelPath);
  if (!existsSync(prev)) throw new RetrainError(`no previous model at ${prev} to roll back to`);
  const tmp = `${modelPath}.tmp-${process.pid}`;
  if (existsSync(modelPath)) renameSync(modelPath, tmp);
  renameSync(prev, modelPath);
  if (existsSync(tmp)) renameSync(tmp, prev);
  return {
    restored: modelPath,
    from: prev,
    summary: `restored the previous model to ${modelPath}; the replaced one is now ${prev}`,
  };
}

function macroF1(model: Model, examples: readonly Example[]): number {
  return evaluate(
    examples.map((e) => e.label),
    examples.map((e) => model.predict(toInput(e)).label),
  ).macroF1;
}

async function readCorrections(env: NodeJS.ProcessEnv): Promise<Example[]> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig({ REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: env.QUEUE_PREFIX });
  } catch (err) {
    if (err instanceof ConfigError) throw new RetrainError(err.message);
    throw err;
  }
  let redis: Redis | undefined;
  try {
    // Inside the try: the constructor throws on a URL it cannot parse, with the URL in the message.
    redis = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 3000,
      retryStrategy: () => null,
    });
    redis.on("error", () => {});
    await redis.connect();
    const rows = await createReviewReports(redis, createKeys(config.QUEUE_PREFIX), {
      retentionDays: config.RETENTION_DAYS,
    }).corrections();
    // The latest correction of a text wins; rows that are not well-formed are skipped.
    const byText = new Map<string, Example>();
    for (const row of rows) {
      if (typeof row?.text !== "string" || row.text.trim() === "" || !isLabel(row.label)) continue;
      byText.set(row.text, {
        text: row.text,
        label: row.label,
        ...(row.platform ? { platform: row.platform } : {}),
        ...(row.context ? { context: row.context } : {}),
      });
    }
    return [...byText.values()];
  } catch (err) {
    throw new RetrainError(
      `cannot read corrections from Redis at ${safeUrl(config.REDIS_URL)}: ${redisErrorText(err, config.REDIS_URL)}`,
    );
  } finally {
    redis?.disconnect();
  }
}
