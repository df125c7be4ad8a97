// The `collab-triage` command line: classify, eval, train, model rollback. A composition root like
// src/main.ts, so it may import classifiers/. Returns the exit code: 0 done, 1 failed, 2 usage.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { DatasetError, FORMATS, type Format, loadExamples } from "../../classifiers/datasets.ts";
import { loadModel, ModelLoadError, SHIPPED_MODEL } from "../../classifiers/local.ts";
import { evaluate, formatReport } from "../../classifiers/metrics.ts";
import { encodeModel } from "../../classifiers/model-codec.ts";
import { type Example, toInput, trainModel } from "../../classifiers/train.ts";
import { allowOnly, type ParsedArgs, parseArgs, UsageError } from "./args.ts";
import { RetrainError, retrainWithCorrections, rollback } from "./retrain.ts";

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: collab-triage <command> [options]

  classify "text" [--model PATH] [--platform discord|slack] [--context dm|channel] [--json]
  eval FILE [--model PATH] [--format jsonl|youtube|sms] [--json]
  train FILE|DIR... --out PATH [--format jsonl|youtube|sms] [--seed N] [--json]
  train --include-corrections [--model PATH] [--seed N] [--json]
  model rollback [--model PATH] [--json]

A two-label eval file (e.g. spam/ham) is scored spam vs the rest.
--include-corrections reads reviewer relabels from Redis (REDIS_URL, QUEUE_PREFIX).`;

export async function main(argv: string[], io: Io = process, env = process.env): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "classify":
        return await classify(rest, io);
      case "eval":
        return await evalCommand(rest, io);
      case "train":
        return await train(rest, io, env);
      case "model":
        return await modelCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`collab-triage: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (
      err instanceof DatasetError ||
      err instanceof ModelLoadError ||
      err instanceof RetrainError
    ) {
      io.stderr.write(`collab-triage: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`collab-triage: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

async function classify(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["model", "platform", "context"]);
  allowOnly(args, ["json"], ["model", "platform", "context"]);
  if (args.positionals.length === 0)
    throw new UsageError('classify needs the text, e.g. classify "hi"');
  const platform = args.options.get("platform");
  const context = args.options.get("context");
  if (platform !== undefined && !["discord", "slack", "console"].includes(platform))
    throw new UsageError("--platform must be discord, slack or console");
  if (context !== undefined && !["dm", "channel"].includes(context))
    throw new UsageError("--context must be dm or channel");
  const model = await loadModel(args.options.get("model") ?? SHIPPED_MODEL);
  const example = { text: args.positionals.join(" "), label: "", platform, context } as Example;
  const p = model.predict(toInput(example));
  const scores = Object.fromEntries(model.labels.map((l, i) => [l, p.probs[i] ?? 0]));
  if (args.flags.has("json")) {
    const result = {
      label: p.label,
      confidence: p.confidence,
      scores,
      reasons: p.reasons,
      source: "local",
    };
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const lines = [
    `${p.label} (confidence ${p.confidence.toFixed(2)})`,
    `scores: ${model.labels.map((l, i) => `${l} ${(p.probs[i] ?? 0).toFixed(3)}`).join(", ")}`,
    "reasons:",
    ...p.reasons.map((r) => `  - ${r}`),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function evalCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["model", "format"]);
  allowOnly(args, ["json"], ["model", "format"]);
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError("eval needs exactly one FILE");
  const examples = loadExamples(file, format(args));
  const model = await loadModel(args.options.get("model") ?? SHIPPED_MODEL);
  const fileLabels = [...new Set(examples.map((e) => e.label))].sort();
  // A spam/other file against a model with other labels: score spam vs the rest.
  const other =
    fileLabels.length === 2 && fileLabels.includes("spam")
      ? fileLabels.find((l) => l !== "spam")
      : undefined;
  const mapped = (label: string) =>
    other !== undefined && !fileLabels.includes(label)
      ? label === "spam"
        ? "spam"
        : other
      : label;
  const predicted = examples.map((e) => mapped(model.predict(toInput(e)).label));
  const order =
    other !== undefined ? ["spam", other] : [...new Set([...model.labels, ...fileLabels])].sort();
  const report = evaluate(
    examples.map((e) => e.label),
    predicted,
    order,
  );
  io.stdout.write(
    args.flags.has("json") ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`,
  );
  return 0;
}

async function train(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, ["out", "format", "seed", "model"]);
  const seed = seedOf(args);
  if (args.flags.has("include-corrections")) {
    allowOnly(args, ["json", "include-corrections"], ["model", "seed"]);
    if (args.positionals.length > 0)
      throw new UsageError("--include-corrections trains on the corpus; give no FILE");
    const outcome = await retrainWithCorrections({
      modelPath: args.options.get("model") ?? SHIPPED_MODEL,
      seed,
      env,
    });
    io.stdout.write(
      args.flags.has("json") ? `${JSON.stringify(outcome)}\n` : `${outcome.summary}\n`,
    );
    return 0;
  }
  allowOnly(args, ["json"], ["out", "format", "seed"]);
  const out = args.options.get("out");
  if (args.positionals.length === 0)
    throw new UsageError("train needs at least one FILE or directory");
  if (!out) throw new UsageError("train needs --out PATH");
  const examples = args.positionals.flatMap((f) => loadExamples(f, format(args)));
  const labels = new Set(examples.map((e) => e.label));
  if (labels.size < 2)
    throw new UsageError(
      `training needs two or more labels; the files hold only ${[...labels].join(", ")}`,
    );
  const model = trainModel(examples, { seed });
  const text = encodeModel(model);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const summary = {
    out,
    examples: examples.length,
    labels: model.meta.counts,
    temperature: model.temperature,
    bytes: Buffer.byteLength(text),
    seed,
  };
  io.stdout.write(
    args.flags.has("json")
      ? `${JSON.stringify(summary)}\n`
      : `trained on ${summary.examples} examples (${Object.entries(summary.labels ?? {})
          .map(([l, n]) => `${l} ${n}`)
          .join(", ")}); wrote ${out} (${(summary.bytes / 1024).toFixed(0)} KiB)\n`,
  );
  return 0;
}

async function modelCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ["model"]);
  allowOnly(args, ["json"], ["model"]);
  const [sub, ...extra] = args.positionals;
  if (sub !== "rollback" || extra.length > 0)
    throw new UsageError('the model command takes "rollback"');
  const outcome = rollback(args.options.get("model") ?? SHIPPED_MODEL);
  io.stdout.write(args.flags.has("json") ? `${JSON.stringify(outcome)}\n` : `${outcome.summary}\n`);
  return 0;
}

function format(args: ParsedArgs): Format | undefined {
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
