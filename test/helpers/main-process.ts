// `npm start` as a user runs it: a real process (src/main.ts), piped stdin and collected output.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** The Node flags `npm start` gives the bot (package.json), so tests and the soak run the same. */
const START_FLAGS = (() => {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start ?? "").split(" ");
  return words.slice(1, words.indexOf("--import"));
})();

/**
 * Starts the bot under `prefix` in lines mode. stdin stays open, as under a supervisor, until the
 * test ends it; a process still running after `limitMs` is killed, so a hang fails instead of
 * hanging the test run. The limit is for hangs, not a speed check: on a loaded 2-core machine the
 * start alone (tsx compiling src/, the model loading) takes 5-10 s, and a piped line waits out
 * the 2 s conversation window too. Under the 30 s the tests that call this give themselves.
 */
export function startMain(
  prefix: string,
  env: Record<string, string>,
  limitMs = 25_000,
  args: string[] = [],
) {
  const child = spawn(
    process.execPath,
    [...START_FLAGS, "--import", "tsx", "src/main.ts", ...args],
    {
      env: { PATH: process.env.PATH ?? "", QUEUE_PREFIX: prefix, CONSOLE_MODE: "lines", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const out = { stdout: "", stderr: "" };
  child.stdout.on("data", (c) => {
    out.stdout += String(c);
  });
  child.stderr.on("data", (c) => {
    out.stderr += String(c);
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), limitMs);
  const exited = new Promise<number | null>((resolve) =>
    child.on("close", (code) => {
      clearTimeout(killer);
      resolve(code);
    }),
  );
  return { child, out, exited };
}
