// Reading labelled files: our JSON lines, the YouTube Spam Collection CSV and the SMS Spam
// Collection. Labels are whatever the files hold. A bad file fails with its name and line number.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Platform } from "../src/types.ts";
import type { Example } from "./train.ts";

export type Format = "jsonl" | "youtube" | "sms";
export const FORMATS: readonly Format[] = ["jsonl", "youtube", "sms"];

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));

export class DatasetError extends Error {
  override readonly name = "DatasetError";
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
  }
}

/** Guesses the format from the name, then from the first line. */
export function detectFormat(file: string, text: string): Format {
  if (/\.jsonl?$/i.test(file)) return "jsonl";
  if (/\.csv$/i.test(file)) return "youtube";
  const first = text.split("\n", 1)[0] ?? "";
  if (/^(?:ham|spam)\t/.test(first)) return "sms";
  if (first.startsWith("{")) return "jsonl";
  return "youtube";
}

/** Loads a file, or every *.jsonl file of a directory in name order. */
export function loadExamples(path: string, format?: Format): Example[] {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new DatasetError(path, undefined, "no such file or directory");
  }
  if (isDir) {
    const files = readdirSync(path)
      .filter((f) => f.endsWith(".jsonl"))
      .sort();
    if (files.length === 0) throw new DatasetError(path, undefined, "no .jsonl files in directory");
    return files.flatMap((f) => loadExamples(join(path, f), format));
  }
  const text = readFileSync(path, "utf8");
  const fmt = format ?? detectFormat(path, text);
  const examples =
    fmt === "jsonl"
      ? parseJsonl(text, path)
      : fmt === "sms"
        ? parseSms(text, path)
        : parseYoutube(text, path);
  if (examples.length === 0) throw new DatasetError(path, undefined, "no examples");
  return examples;
}

const PLATFORMS = new Set(["console", "discord", "slack"]);
const CONTEXTS = new Set(["dm", "channel"]);

export function parseJsonl(text: string, file = "<jsonl>"): Example[] {
  const out: Example[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new DatasetError(file, i + 1, "not valid JSON");
    }
    if (typeof row !== "object" || row === null || Array.isArray(row))
      throw new DatasetError(file, i + 1, "expected a JSON object");
    if (typeof row.text !== "string")
      throw new DatasetError(file, i + 1, "missing string field `text`");
    if (typeof row.label !== "string" || row.label.trim() === "")
      throw new DatasetError(file, i + 1, "missing string field `label`");
    out.push({
      text: row.text,
      label: row.label.trim(),
      ...(typeof row.platform === "string" && PLATFORMS.has(row.platform)
        ? { platform: row.platform as Platform }
        : {}),
      ...(typeof row.context === "string" && CONTEXTS.has(row.context)
        ? { context: row.context as Context }
        : {}),
    });
  });
  return out;
}

/** `label<TAB>text`, split on the first tab; quotes are ordinary characters. */
export function parseSms(text: string, file = "<sms>"): Example[] {
  const out: Example[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const tab = line.indexOf("\t");
    if (tab <= 0) throw new DatasetError(file, i + 1, "expected `label<TAB>text`");
    out.push({ label: line.slice(0, tab).trim(), text: line.slice(tab + 1) });
  });
  return out;
}

/** The YouTube Spam Collection: CONTENT only (never AUTHOR or DATE), CLASS 1 = spam, 0 = ham. */
export function parseYoutube(text: string, file = "<csv>"): Example[] {
  const records = parseCsv(text, file);
  const header = records[0];
  if (!header) throw new DatasetError(file, 1, "empty file");
  const names = header.fields.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toUpperCase(),
  );
  const content = names.indexOf("CONTENT");
  const cls = names.indexOf("CLASS");
  if (content < 0 || cls < 0)
    throw new DatasetError(file, 1, "header needs CONTENT and CLASS columns");
  return records.slice(1).map((r) => {
    const value = (r.fields[cls] ?? "").trim();
    if (value !== "0" && value !== "1")
      throw new DatasetError(file, r.line, `CLASS must be 0 or 1, got "${value.slice(0, 20)}"`);
    return { text: cleanHtml(r.fields[content] ?? ""), label: value === "1" ? "spam" : "ham" };
  });
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string, file = "<csv>"): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new DatasetError(file, quoteLine, "unterminated quoted field");
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  const width = records[0]?.fields.length ?? 0;
  for (const r of records) {
    if (r.fields.length !== width)
      throw new DatasetError(file, r.line, `expected ${width} fields, got ${r.fields.length}`);
  }
  return records;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** YouTube comments carry HTML: entities, <br />, and <a href> wrappers around the visible link. */
export function cleanHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]{0,500}>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code =
          e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\uFEFF/g, "")
    .trim();
}
