// The `collab-triage` command line: classify, eval, train, model rollback. A composition root like
// src/main.ts, so it may import classifiers/. Returns the exit code: 0 done, 1 failed (or some
// input lines were bad), 2 usage. With --json, what goes wrong is a JSON object too.
import { existsSync, readFileSync, statSync } from "node:fs";
import { conversationInput } from "../../classifiers/conversation.ts";
import {
  type BadLine,
  DatasetError,
  describeBadLine,
  detectFormat,
  FORMATS,
  type Format,
  readDataset,
} from "../../classifiers/datasets.ts";
import { ModelLoadError } from "../../classifiers/local.ts";
import { evaluate, formatReport } from "../../classifiers/metrics.ts";
import { encodeModel } from "../../classifiers/model-codec.ts";
import { type Example, toInput, trainModel } from "../../classifiers/train.ts";
import { ConfigError } from "../config.ts";
import { loadDotEnv } from "../env.ts";
import { type Context, LABELS, PLATFORMS, type Platform } from "../types.ts";
import { allowOnly, type ParsedArgs, parseArgs, UsageError } from "./args.ts";
import {
  loadChosen,
  type ModelChoice,
  ModelChoiceError,
  readChoice,
  writeChoice,
} from "./model-choice.ts";
import {
  installModel,
  RetrainError,
  type RetrainOutcome,
  retrainWithCorrections,
  rollback,
} from "./retrain.ts";
import { readStdinLines } from "./stdin.ts";
import { packageVersion } from "./version.ts";

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadableStream;
}

const MODEL_READ = "The model is --model, else MODEL_PATH, else the shipped one.";
const FILES = `JSON lines carry "text" (or a conversation's "messages") and "label"; a bad line is
reported with its number and the rest still runs (exit 1).`;

/** Each command's lines and what they need said; `collab-triage COMMAND --help` prints one. */
const COMMAND_USAGE = {
  classify: {
    lines: `  classify "message" ["next message" ...] [--model PATH] [--platform ${PLATFORMS.join("|")}] [--context dm|channel] [--json]
  classify --conversation [...]       the messages on stdin, one a line`,
    note: `Several messages are classified as one conversation, as the bot does with one sender's burst.
${MODEL_READ}`,
  },
  eval: {
    lines: "  eval FILE [--model PATH] [--format jsonl|youtube|sms] [--json]",
    note: `${FILES}
A two-label file (e.g. spam/ham) is scored spam vs the rest.
${MODEL_READ}`,
  },
  train: {
    lines: `  train FILE|DIR... --out PATH [--format jsonl|youtube|sms] [--seed N] [--json]
  train --include-corrections [--model PATH] [--corpus DIR] [--seed N] [--json]`,
    note: `${FILES}
A model at --out is kept beside it (NAME.prev.json) for \`model rollback\`.
--include-corrections reads reviewer relabels from Redis (REDIS_URL, QUEUE_PREFIX, RETENTION_DAYS,
from the environment or .env) and writes to --model, else MODEL_PATH, else
~/.local/share/collab-triage/model.json, never into the checkout.`,
  },
  model: {
    lines: "  model rollback [--model PATH] [--json]",
    note: `Puts back the model kept before the last train or retrain (NAME.prev.json); a second rollback
undoes it. The model is --model, else MODEL_PATH, else ~/.local/share/collab-triage/model.json.`,
  },
} as const;

const USAGE = `Usage: collab-triage <command> [options]

${Object.values(COMMAND_USAGE)
  .map((c) => c.lines)
  .join("\n")}
  <command> --help                    one command's usage
  --version

Several messages are classified as one conversation, as the bot does with one sender's burst.
JSON lines carry "text" (or a conversation's "messages") and "label"; a bad line is reported with
its number and the rest still runs (exit 1). A two-label eval file (e.g. spam/ham) is scored spam
vs the rest. The model is --model, else MODEL_PATH, else the shipped one. Settings come from the
environment and .env, as for npm start: --include-corrections reads reviewer relabels from Redis
(REDIS_URL, QUEUE_PREFIX, RETENTION_DAYS) and writes to --model, else MODEL_PATH, else
~/.local/share/collab-triage/model.json, never into the checkout.`;

function commandUsage(command: keyof typeof COMMAND_USAGE): string {
  const { lines, note } = COMMAND_USAGE[command];
  return `Usage:\n${lines.replace(/^ {2}/gm, "  collab-triage ")}\n\n${note}`;
}

/** --help or -h among the options (not after "--", where it would be a message). */
function asksHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return argv.slice(0, end < 0 ? undefined : end).some((a) => a === "--help" || a === "-h");
}

/** An error the user can act on, with the bad lines that led to it, if any. */
class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly bad: readonly BadLine[] = [],
  ) {
    super(message);
  }
}

/** The command as the shell runs it: .env first (as npm start reads it), then the command. */
export async function runFromShell(argv: string[]): Promise<number> {
  try {
    loadDotEnv();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return fail(process, argv.includes("--json"), "config", err.message, [], 2);
  }
  return main(argv, process, process.env);
}

export async function main(argv: string[], io: Io = process, env = process.env): Promise<number> {
  const [command, ...rest] = argv;
  const json = argv.includes("--json");
  if (command !== undefined && Object.hasOwn(COMMAND_USAGE, command) && asksHelp(rest)) {
    io.stdout.write(`${commandUsage(command as keyof typeof COMMAND_USAGE)}\n`);
    return 0;
  }
  try {
    switch (command) {
      case "classify":
        return await classify(rest, io, env);
      case "eval":
        return await evalCommand(rest, io, env);
      case "train":
        return await train(rest, io, env);
      case "model":
        return await modelCommand(rest, io, env);
      case "--version":
      case "-v":
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case "help": {
        // `help classify` as `classify --help`.
        const about = rest[0] ?? "";
        const known = Object.hasOwn(COMMAND_USAGE, about);
        io.stdout.write(`${known ? commandUsage(about as keyof typeof COMMAND_USAGE) : USAGE}\n`);
        return 0;
      }
      case undefined:
      case "--help":
      case "-h":
        io.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      if (json) return fail(io, json, "usage", err.message, [], 2);
      io.stderr.write(`collab-triage: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof CliError) return fail(io, json, "input", err.message, err.bad);
    if (err instanceof DatasetError) return fail(io, json, "input", err.message, err.bad);
    if (err instanceof ModelLoadError || err instanceof ModelChoiceError)
      return fail(io, json, "model", err.message);
    if (err instanceof RetrainError) return fail(io, json, "retrain", err.message);
    const message = (err as Error)?.stack ?? String(err);
    return fail(io, json, "internal", message);
  }
}

/**
 * Prints an error: one JSON object on stdout with --json (stdout is what a script reads), else one
 * line on stderr (bad lines were printed as they were found).
 */
function fail(
  io: Io,
  json: boolean,
  kind: string,
  message: string,
  bad: readonly BadLine[] = [],
  code = 1,
): number {
  if (json) {
    const error = { kind, message, ...(bad.length > 0 ? { badLines: bad.map(plainBad) } : {}) };
    io.stdout.write(`${JSON.stringify({ error })}\n`);
  } else {
    io.stderr.write(`collab-triage: ${message}\n`);
  }
  return code;
}

const plainBad = (b: BadLine) => ({
  file: b.file,
  ...(b.line ? { line: b.line } : {}),
  reason: b.reason,
});

/**
 * With no example read, when only whole files were at fault (missing, unreadable, empty), that is
 * the error: said once, with nothing after it about lines.
 */
function fileUnusable(bad: readonly BadLine[]): void {
  if (bad.length > 0 && bad.every((b) => b.line === undefined))
    throw new CliError(bad.map(describeBadLine).join("; "), bad);
}

/** Bad lines on stderr (or kept for the JSON answer); true when there were any. */
function reportBad(io: Io, json: boolean, bad: readonly BadLine[]): boolean {
  if (!json) for (const b of bad) io.stderr.write(`collab-triage: ${describeBadLine(b)}\n`);
  return bad.length > 0;
}

async function classify(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, ["model", "platform", "context"]);
  allowOnly(args, ["json", "conversation"], ["model", "platform", "context"]);
  const fromStdin = args.flags.has("conversation");
  if (fromStdin && args.positionals.length > 0)
    throw new UsageError(
      "give the messages as arguments or, with --conversation, on stdin; not both",
    );
  const platform = args.options.get("platform");
  const context = args.options.get("context");
  // The platforms the model knows; the help lists the same ones.
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform))
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(", ")}`);
  if (context !== undefined && !["dm", "channel"].includes(context))
    throw new UsageError("--context must be dm or channel");
  const texts = fromStdin
    ? (await readStdinLines(io.stdin ?? process.stdin)).filter((l) => l.trim() !== "")
    : args.positionals;
  // An empty argument (an unset "$MSG") has nothing to classify, as a blank stdin line has not.
  if (!fromStdin && texts.some((t) => t.trim() === ""))
    throw new UsageError('classify got an empty message; give its text, e.g. classify "hi"');
  if (texts.length === 0)
    throw new UsageError(
      fromStdin
        ? "--conversation read no messages on stdin (one message a line)"
        : 'classify needs the message, e.g. classify "hi" (several: one argument each)',
    );
  const model = await loadChosen(readChoice(args.options.get("model"), env));
  const input = conversationInput(texts, {
    ...(platform ? { platform: platform as Platform } : {}),
    ...(context ? { context: context as Context } : {}),
  });
  const p = model.predict(input);
  const scores = Object.fromEntries(model.labels.map((l, i) => [l, p.probs[i] ?? 0]));
  // The conversation's cap (latest 20 messages / 8,000 characters) may leave early ones out.
  const used = input.messages?.length ?? 1;
  if (args.flags.has("json")) {
    const result = {
      label: p.label,
      confidence: p.confidence,
      scores,
      reasons: p.reasons,
      source: "local",
      messages: texts.length,
      ...(used < texts.length ? { messagesRead: used } : {}),
    };
    io.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const lines = [
    `${p.label} (confidence ${p.confidence.toFixed(2)})${texts.length > 1 ? `, ${texts.length} messages as one conversation` : ""}`,
    ...(used < texts.length
      ? [`(the latest ${used} messages were read; the conversation cap)`]
      : []),
    `scores: ${model.labels.map((l, i) => `${l} ${(p.probs[i] ?? 0).toFixed(3)}`).join(", ")}`,
    "reasons:",
    ...p.reasons.map((r) => `  - ${r}`),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

async function evalCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, ["model", "format"]);
  allowOnly(args, ["json"], ["model", "format"]);
  const json = args.flags.has("json");
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError("eval needs exactly one FILE");
  const model = await loadChosen(readChoice(args.options.get("model"), env));
  const fmt = format(args);
  const options = fmt ? { format: fmt } : {};
  const all = readDataset(file, options);
  const fileLabels = [...new Set(all.examples.map((e) => e.label))].sort();
  // A spam/other file against a model with other labels: score spam vs the rest.
  const other =
    fileLabels.length === 2 && fileLabels.includes("spam")
      ? fileLabels.find((l) => l !== "spam" && !model.labels.includes(l))
      : undefined;
  // Otherwise a label the model never learned is a bad line: it would be scored as a class the
  // model cannot predict.
  const data = other === undefined ? readDataset(file, { ...options, labels: model.labels }) : all;
  const examples = data.examples;
  if (examples.length === 0) fileUnusable(data.bad);
  const bad = reportBad(io, json, data.bad);
  if (examples.length === 0) throw new CliError(`${file}: no line to score`, data.bad);
  const mapped = (label: string) =>
    other !== undefined && !fileLabels.includes(label)
      ? label === "spam"
        ? "spam"
        : other
      : label;
  const predicted = examples.map((e) => mapped(model.predict(toInput(e)).label));
  const order = other !== undefined ? ["spam", other] : [...model.labels].sort();
  const report = evaluate(
    examples.map((e) => e.label),
    predicted,
    order,
  );
  if (json) {
    const out = { ...report, ...(bad ? { badLines: data.bad.map(plainBad) } : {}) };
    io.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    io.stdout.write(`${formatReport(report)}\n`);
    if (bad) io.stderr.write(`collab-triage: ${data.bad.length} bad lines left out (above)\n`);
  }
  return bad ? 1 : 0;
}

async function train(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
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

async function modelCommand(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const args = parseArgs(argv, ["model"]);
  allowOnly(args, ["json"], ["model"]);
  const [sub, ...extra] = args.positionals;
  if (sub !== "rollback" || extra.length > 0)
    throw new UsageError('the model command takes "rollback"');
  const outcome = rollback(writeChoice(args.options.get("model"), env).path);
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
