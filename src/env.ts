// Reading .env: one function for `npm start` and the `collab-triage` command, so both see the same
// settings (QUEUE_PREFIX, MODEL_PATH, RETENTION_DAYS...) from the same file.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { ConfigError } from "./config.ts";

/**
 * Loads `file` (default .env in the working directory) into `process.env` when it exists.
 * A variable already set in the environment wins over the file, as with Node's --env-file.
 * A line that is not a setting is named (file and line, never its text: it may hold a secret)
 * through `warn`, and left out.
 */
export function loadDotEnv(
  file = ".env",
  warn: (message: string) => void = (m) => process.stderr.write(`collab-triage: ${m}\n`),
): void {
  if (!existsSync(file)) return;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError([`${file}: cannot read it (${code ?? (err as Error).message})`]);
  }
  const { settings, invalid } = settingLines(text);
  for (const line of invalid) warn(`${file}:${line}: not a NAME=value setting; ignored`);
  for (const [name, value] of Object.entries(parseEnv(settings)))
    if (process.env[name] === undefined) process.env[name] = value;
}

const SETTING = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*(.*)$/;

/**
 * The file with every line that is not a setting, comment or blank made blank, and those lines'
 * numbers. Left in, Node's parser would read such a line into the next one's name, so the next
 * setting (`NOT A VAR` then `QUEUE_PREFIX=x`) would be lost too. A quoted value may run on over
 * several lines: those lines are its, not settings of their own.
 */
function settingLines(text: string): { settings: string; invalid: number[] } {
  const lines = text.split("\n");
  const invalid: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const value = SETTING.exec(line)?.[1];
    if (value === undefined) {
      invalid.push(i + 1);
      lines[i] = "";
      continue;
    }
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === "`") && !value.slice(1).includes(quote)) {
      // Runs on to the line that closes the quote, if one does.
      const end = lines.findIndex((l, j) => j > i && l.includes(quote));
      if (end > i) i = end;
    }
  }
  return { settings: lines.join("\n"), invalid };
}
