// The `collab-triage` command line: classify, eval, train (train-command.ts), model rollback. A
// composition root like src/main.ts, so it may import classifiers/. Returns the exit code: 0 done,
// 1 failed (or some input lines were bad), 2 usage. With --json, what goes wrong is a JSON object too.
import { conversationInput } from "../../classifiers/conversation.ts";
import { type BadLine, DatasetError, readDataset } from "../../classifiers/datasets.ts";
import { ModelLoadError } from "../../classifiers/local.ts";
import { evaluate, formatReport } from "../../classifiers/metrics.ts";
import { toInput } from "../../classifiers/train.ts";
import { ConfigError } from "../config.ts";
import { loadDotEnv } from "../env.ts";
import { type Context, PLATFORMS, type Platform } from "../types.ts";
import { allowOnly, parseArgs, UsageError } from "./args.ts";
import { CliError, fileUnusable, type Io, plainBad, reportBad } from "./io.ts";
import { loadChosen, ModelChoiceError, readChoice, writeChoice } from "./model-choice.ts";
import { RetrainError, rollback } from "./retrain.ts";
import { readStdinLines } from "./stdin.ts";
import { format, train } from "./train-command.ts";
import { asksHelp, COMMAND_USAGE, commandUsage, USAGE } from "./usage.ts";
import { packageVersion } from "./version.ts";

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
