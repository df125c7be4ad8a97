// `collab-triage train`: a model from labelled files, or a retrain of the one in use with the
// reviewers' corrections; and the --format option eval reads too.
import { existsSync, readFileSync, statSync } from "node:fs";
import {
  type BadLine,
  detectFormat,
  FORMATS,
  type Format,
  readDataset,
} from "../../classifiers/datasets.ts";
import { encodeModel } from "../../classifiers/model-codec.ts";
import { type Example, trainModel } from "../../classifiers/train.ts";
import { LABELS } from "../types.ts";
import { allowOnly, type ParsedArgs, parseArgs, UsageError } from "./args.ts";
import { CliError, fileUnusable, type Io, plainBad, reportBad } from "./io.ts";
import { type ModelChoice, writeChoice } from "./model-choice.ts";
import { installModel, type RetrainOutcome, retrainWithCorrections } from "./retrain.ts";

export async function train(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, ["out", "format", "seed", "model", "corpus"]);
  const seed = seedOf(args);
  const json = args.flags.has("json");
  if (args.flags.has("include-corrections")) {
    allowOnly(args, ["json", "include-corrections"], ["model", "seed", "corpus"]);
    if (args.positionals.length > 0)
      throw new UsageError(
        "--include-corrections trains on the corpus (or --corpus DIR) and the corrections; give no FILE",
      );
    const corpus = args.options.get("corpus");
    const target = writeChoice(args.options.get("model"), env);
    const outcome = await retrainWithCorrections({
      target,
      seed,
      env,
      ...(corpus ? { corpus } : {}),
    });
    io.stdout.write(
      json ? `${JSON.stringify(outcome)}\n` : `${outcome.summary}${botNote(outcome, target)}\n`,
    );
    return 0;
  }
  allowOnly(args, ["json"], ["out", "format", "seed"]);
  const out = args.options.get("out");
  if (args.positionals.length === 0)
    throw new UsageError("train needs at least one FILE or directory");
  if (!out) throw new UsageError("train needs --out PATH");
  const fmt = format(args);
  const data = { examples: [] as Example[], bad: [] as BadLine[] };
  for (const path of args.positionals) {
    const one = readDataset(path, {
      ...(fmt ? { format: fmt } : {}),
      // The bot runs only a model of its own labels; the spam/ham benchmark formats keep theirs.
      ...(benchmarkFormat(path, fmt) ? {} : { labels: LABELS }),
    });
    data.examples.push(...one.examples);
    data.bad.push(...one.bad);
  }
  const examples = data.examples;
  if (examples.length === 0) fileUnusable(data.bad);
  const bad = reportBad(io, json, data.bad);
  const labels = new Set(examples.map((e) => e.label));
  if (labels.size < 2)
    throw new CliError(
      `training needs two or more labels; the good lines hold ${labels.size === 0 ? "none" : `only ${[...labels].join(", ")}`}`,
      data.bad,
    );
  warnFewExamples(io, examples);
  const model = trainModel(examples, { seed });
  const text = encodeModel(model);
  // A model already there is kept as a retrain keeps it, so `model rollback` can undo this.
  const previous = installModel(out, text, existsSync(out) ? out : null);
  const summary = {
    out,
    ...(previous ? { previousPath: previous } : {}),
    examples: examples.length,
    labels: model.meta.counts,
    temperature: model.temperature,
    bytes: Buffer.byteLength(text),
    seed,
    ...(bad ? { badLines: data.bad.map(plainBad) } : {}),
  };
  io.stdout.write(
    json
      ? `${JSON.stringify(summary)}\n`
      : `trained on ${summary.examples} examples (${Object.entries(summary.labels ?? {})
          .map(([l, n]) => `${l} ${n}`)
          .join(", ")}); wrote ${out} (${(summary.bytes / 1024).toFixed(0)} KiB)${
          previous
            ? `; the model it replaced is at ${previous} (model rollback --model ${out})`
            : ""
        }${bad ? `; ${data.bad.length} bad lines left out (above)` : ""}\n`,
  );
  return bad ? 1 : 0;
}

/**
 * Fewer examples than this of a label make a model that mostly guesses it; training goes on (a
 * quick try is fine) but says so.
 */
const FEW_EXAMPLES = 20;

function warnFewExamples(io: Io, examples: readonly Example[]): void {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const few = [...counts]
    .filter(([, n]) => n < FEW_EXAMPLES)
    .sort(([a], [b]) => a.localeCompare(b));
  if (few.length === 0) return;
  io.stderr.write(
    `collab-triage: warning: few examples of ${few.map(([l, n]) => `${l} (${n})`).join(", ")}; with fewer than ${FEW_EXAMPLES} of a label the model mostly guesses it (training anyway)\n`,
  );
}

/** What the outcome means for the bot, which reads MODEL_PATH (or the shipped model without it). */
function botNote(outcome: RetrainOutcome, target: ModelChoice): string {
  if (target.from === "data folder")
    return outcome.replaced
      ? `\nThe bot reads this model once MODEL_PATH=${outcome.modelPath} is in .env (restart it).`
      : "";
  if (outcome.replaced)
    return "\nA running bot reading this file picks it up within seconds (`kill -HUP <pid>`: at once).";
  return target.from === "MODEL_PATH" && !existsSync(target.path)
    ? `\nMODEL_PATH=${target.path} does not exist yet, and the bot will not start with it: unset MODEL_PATH until a retrain writes it.`
    : "";
}

/** The YouTube and SMS collections are spam/ham by definition: their labels are not checked. */
function benchmarkFormat(path: string, fmt: Format | undefined): boolean {
  if (fmt) return fmt !== "jsonl";
  try {
    // A directory is read for its *.jsonl files; a file's format is guessed as readDataset does.
    return (
      !statSync(path).isDirectory() && detectFormat(path, readFileSync(path, "utf8")) !== "jsonl"
    );
  } catch {
    return false; // readDataset reports the missing file
  }
}

export function format(args: ParsedArgs): Format | undefined {
  const value = args.options.get("format");
  if (value === undefined) return undefined;
  if (!(FORMATS as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  return value as Format;
}

function seedOf(args: ParsedArgs): number {
  const value = args.options.get("seed");
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError("--seed must be a whole number");
  return n;
}
