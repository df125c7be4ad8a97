// Reading .env: one function for `npm start` and the `collab-triage` command, so both see the same
// settings (QUEUE_PREFIX, MODEL_PATH, RETENTION_DAYS...) from the same file.
import { existsSync } from "node:fs";
import { ConfigError } from "./config.ts";

/**
 * Loads `file` (default .env in the working directory) into `process.env` when it exists.
 * A variable already set in the environment wins over the file, as with Node's --env-file.
 */
export function loadDotEnv(file = ".env"): void {
  if (!existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError([`${file}: cannot read it (${code ?? (err as Error).message})`]);
  }
}
