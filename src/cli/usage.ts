// What the command line says about itself: the usage of all commands and of each one, and
// whether --help was asked for.
import { PLATFORMS } from "../types.ts";

const MODEL_READ = "The model is --model, else MODEL_PATH, else the shipped one.";
const FILES = `JSON lines carry "text" (or a conversation's "messages") and "label"; a bad line is
reported with its number and the rest still runs (exit 1).`;

/** Each command's lines and what they need said; `collab-triage COMMAND --help` prints one. */
export const COMMAND_USAGE = {
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

export const USAGE = `Usage: collab-triage <command> [options]

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

export function commandUsage(command: keyof typeof COMMAND_USAGE): string {
  const { lines, note } = COMMAND_USAGE[command];
  return `Usage:\n${lines.replace(/^ {2}/gm, "  collab-triage ")}\n\n${note}`;
}

/** --help or -h among the options (not after "--", where it would be a message). */
export function asksHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return argv.slice(0, end < 0 ? undefined : end).some((a) => a === "--help" || a === "-h");
}
