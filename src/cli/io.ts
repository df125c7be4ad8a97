// What the commands share of their output: where it goes, the error a user can act on, and the
// bad lines of an input file, reported as they are found or kept for the JSON answer.
import { type BadLine, describeBadLine } from "../../classifiers/datasets.ts";

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadableStream;
}

/** An error the user can act on, with the bad lines that led to it, if any. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly bad: readonly BadLine[] = [],
  ) {
    super(message);
  }
}

export const plainBad = (b: BadLine) => ({
  file: b.file,
  ...(b.line ? { line: b.line } : {}),
  reason: b.reason,
});

/**
 * With no example read, when only whole files were at fault (missing, unreadable, empty), that is
 * the error: said once, with nothing after it about lines.
 */
export function fileUnusable(bad: readonly BadLine[]): void {
  if (bad.length > 0 && bad.every((b) => b.line === undefined))
    throw new CliError(bad.map(describeBadLine).join("; "), bad);
}

/** Bad lines on stderr (or kept for the JSON answer); true when there were any. */
export function reportBad(io: Io, json: boolean, bad: readonly BadLine[]): boolean {
  if (!json) for (const b of bad) io.stderr.write(`collab-triage: ${describeBadLine(b)}\n`);
  return bad.length > 0;
}
