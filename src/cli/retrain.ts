// Learning from reviewers: retrain on corpus + reviewer corrections, and replace the model in use
// only if the retrained one does better on the corrections, each predicted by a model that did not
// see it (k folds). Too few corrections decide nothing, and the summary says so. The replaced model
// is kept beside the new one (model.prev.json) so `model rollback` can put it back.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import { CORPUS_DIR, loadExamples } from "../../classifiers/datasets.ts";
import { loadModel, ModelLoadError, SHIPPED_MODEL } from "../../classifiers/local.ts";
import { evaluate } from "../../classifiers/metrics.ts";
import { encodeModel } from "../../classifiers/model-codec.ts";
import { stratifiedFolds } from "../../classifiers/random.ts";
import { type Example, toInput, trainModel } from "../../classifiers/train.ts";
import { ConfigError, parseConfig } from "../config.ts";
import { createKeys } from "../keys.ts";
import { modelId } from "../model-id.ts";
import { createRedis, type RedisClient } from "../redis.ts";
import { redisErrorText, redisWhere } from "../redis-check.ts";
import { createReviewReports } from "../review-reports.ts";
import { isLabel } from "../types.ts";
import type { ModelChoice } from "./model-choice.ts";

export class RetrainError extends Error {
  override readonly name = "RetrainError";
}

/**
 * Fewer corrections than this decide nothing: on a handful, one message flips the verdict. With 20,
 * a candidate must get about three more right than the current model to beat it on macro-F1.
 */
export const MIN_CORRECTIONS = 20;
const FOLDS = 5;

export interface ModelScore {
  macroF1: number;
  /** Corrections it labels as the reviewer did. */
  correct: number;
}

export interface RetrainOutcome {
  replaced: boolean;
  /** False when there were too few corrections to compare the two models. */
  decided: boolean;
  corrections: number;
  /** Stored corrections that were not well-formed and were left out. */
  skipped: number;
  /** The model in use before: the target file, or the shipped model until a first retrain. */
  current: { path: string; id: string } & Partial<ModelScore>;
  candidate: ({ id?: string } & ModelScore) | null;
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
  target: ModelChoice;
  seed: number;
  env: NodeJS.ProcessEnv;
  /** What the model learns besides the corrections (default: the shipped corpus). */
  corpus?: string;
}): Promise<RetrainOutcome> {
  const { corrections, skipped } = await readCorrections(options.env);
  if (corrections.length === 0)
    throw new RetrainError("no reviewer corrections in Redis yet: relabel some cards first");
  const target = options.target.path;
  const currentPath = existsSync(target) ? target : SHIPPED_MODEL;
  const currentText = readModelText(currentPath);
  const current = await loadModel(currentPath).catch((err: unknown) => {
    throw err instanceof ModelLoadError ? new RetrainError(err.message) : err;
  });
  const base = {
    corrections: corrections.length,
    skipped,
    modelPath: target,
    previousPath: null,
    current: { path: currentPath, id: modelId(currentText) },
  };
  if (corrections.length < MIN_CORRECTIONS) {
    return {
      ...base,
      replaced: false,
      decided: false,
      candidate: null,
      summary: `too few corrections to decide: ${corrections.length} (at least ${MIN_CORRECTIONS} are needed to tell a better model from luck); kept the current model (${currentPath})`,
    };
  }

  // The model that would ship learns from everything; each fold's candidate leaves its fold out
  // (with the features the full one chose, so each fold trains once) and predicts it.
  const corpus = loadExamples(options.corpus ?? CORPUS_DIR);
  const full = trainModel([...corpus, ...corrections], { seed: options.seed });
  const truth = corrections.map((e) => e.label);
  const outOfFold: string[] = new Array(corrections.length);
  for (const fold of stratifiedFolds(truth, FOLDS, options.seed)) {
    if (fold.length === 0) continue;
    const held = new Set(fold);
    const model = trainModel([...corpus, ...corrections.filter((_, i) => !held.has(i))], {
      seed: options.seed,
      features: full.featurizer.config,
    });
    for (const i of fold) outOfFold[i] = model.predict(toInput(corrections[i] as Example)).label;
  }
  const score = (predicted: string[]): ModelScore => ({
    macroF1: evaluate(truth, predicted).macroF1,
    correct: predicted.filter((p, i) => p === truth[i]).length,
  });
  const was = score(corrections.map((e) => current.predict(toInput(e)).label));
  const now = score(outOfFold);
  const replaced = now.macroF1 > was.macroF1;
  const scores = `macro-F1 on the ${corrections.length} corrections, each held back from the retrained model: ${now.macroF1.toFixed(3)} retrained (${now.correct} right) vs ${was.macroF1.toFixed(3)} current (${was.correct} right)`;
  const decided = { ...base, decided: true, current: { ...base.current, ...was } };
  if (!replaced) {
    return {
      ...decided,
      replaced,
      candidate: now,
      summary: `kept the current model (${currentPath}): ${scores}`,
    };
  }

  const text = encodeModel(full);
  // The model it replaces, even the shipped one on a first retrain, so rollback can return to it.
  installModel(target, text, currentPath);
  const prev = previousPath(target);
  return {
    ...decided,
    replaced,
    candidate: { id: modelId(text), ...now },
    previousPath: prev,
    summary: `replaced ${target} with model ${modelId(text)} (${scores}); the previous model is at ${prev}`,
  };
}

/**
 * Writes a model to `target` whole (a reader never sees half a file), first keeping `replaced`, the
 * model in use, as the previous one `model rollback` returns to. Returns where it was kept.
 */
export function installModel(target: string, text: string, replaced: string | null): string | null {
  mkdirSync(dirname(target), { recursive: true });
  const prev = replaced === null ? null : previousPath(target);
  if (replaced !== null) copyFileSync(replaced, previousPath(target));
  const tmp = `${target}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, target);
  return prev;
}

/** Swaps the model with the one kept before the last train or retrain, so a second rollback undoes it. */
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

function readModelText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new RetrainError(
      `cannot read the current model at ${path} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
}

async function readCorrections(
  env: NodeJS.ProcessEnv,
): Promise<{ corrections: Example[]; skipped: number }> {
  let config: ReturnType<typeof parseConfig>;
  try {
    // Only what reading corrections needs: an LLM setting missing here is none of train's business.
    const { REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS, REDIS_SENTINEL_NAME } = env;
    config = parseConfig({
      REDIS_URL,
      REDIS_CLUSTER_NODES,
      REDIS_SENTINELS,
      REDIS_SENTINEL_NAME,
      QUEUE_PREFIX: env.QUEUE_PREFIX,
      RETENTION_DAYS: env.RETENTION_DAYS,
    });
  } catch (err) {
    if (err instanceof ConfigError) throw new RetrainError(err.message);
    throw err;
  }
  let redis: RedisClient | undefined;
  try {
    // Inside the try: the constructor throws on a URL it cannot parse, with the URL in the message.
    redis = createRedis(config, { failFastMs: 3000 });
    redis.on("error", () => {});
    await redis.connect();
    const rows = await createReviewReports(redis, createKeys(config.QUEUE_PREFIX), {
      retentionDays: config.RETENTION_DAYS,
    }).corrections();
    // The latest correction of a text wins; rows that are not well-formed are counted and skipped.
    const byText = new Map<string, Example>();
    let skipped = 0;
    for (const row of rows) {
      if (typeof row?.text !== "string" || row.text.trim() === "" || !isLabel(row.label)) {
        skipped++;
        continue;
      }
      byText.set(row.text, {
        text: row.text,
        label: row.label,
        ...(row.platform ? { platform: row.platform } : {}),
        ...(row.context ? { context: row.context } : {}),
      });
    }
    return { corrections: [...byText.values()], skipped };
  } catch (err) {
    throw new RetrainError(
      `cannot read corrections from ${redisWhere(config)}: ${redisErrorText(err, config.REDIS_URL)}`,
    );
  } finally {
    redis?.disconnect();
  }
}
