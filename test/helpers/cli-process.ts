// `collab-triage` as a shell runs it: bin/collab-triage.js in a real process, in a chosen working
// directory (where it reads .env), with only PATH and HOME from the test's environment.
import { spawn } from "node:child_process";
import { resolve } from "node:path";

const BIN = resolve("bin/collab-triage.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBin(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  stdin = "",
): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...argv], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += String(c)));
  child.stderr.on("data", (c) => (stderr += String(c)));
  child.stdin.end(stdin);
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}
