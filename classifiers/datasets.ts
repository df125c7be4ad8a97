// Reading labelled files: our JSON lines (a `text`, or a conversation's `messages`), the YouTube
// Spam Collection CSV and the SMS Spam Collection. A bad line never stops the reader: each one is
// kept with its file, line number and reason, and the good lines are read on (the CLI prints them
// all and exits non-zero; training refuses to run on a corpus that has any).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Platform } from "../src/types.ts";
import type { Example } from "./train.ts";

export type Format = "jsonl" | "youtube" | "sms";
export const FORMATS: readonly Format[] = ["jsonl", "youtube", "sms"];

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));

/** A line that could not be read, and why; `line` counts from 1 (absent: the whole file). */
export interface BadLine {
  file: string;
  line?: number;
  reason: string;
}

export interface Dataset {
  examples: Example[];
  bad: BadLine[];
}

export interface ReadOptions {
  format?: Format;
  /** The labels a line may carry (a model's labels): any other label makes it a bad line. */
  labels?: readonly string[];
}

export const describeBadLine = (b: BadLine) =>
  b.line === undefined ? `${b.file}: ${b.reason}` : `${b.file}:${b.line}: ${b.reason}`;

/** Thrown by loadExamples, which wants every line good; lists every bad one. */
export class DatasetError extends Error {
  override readonly name = "DatasetError";
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly bad: readonly BadLine[];
  /** Every bad line, or (as before) one file, line and problem. */
  constructor(bad: readonly BadLine[] | string, line?: number, problem?: string) {
    const list: readonly BadLine[] =
      typeof bad === "string"
        ? [{ file: bad, ...(line === undefined ? {} : { line }), reason: problem ?? "bad data" }]
        : bad;
    const shown = list.slice(0, 20).map(describeBadLine);
    if (list.length > shown.length)
      shown.push(`... and ${list.length - shown.length} more bad lines`);
    super(shown.join("\n"));
    this.bad = list;
    const first = list[0] ?? { file: "<data>", reason: "no examples" };
    this.file = first.file;
    this.line = first.line;
    this.problem = first.reason;
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

/**
 * Reads a file, or every *.jsonl file under a directory in path order, keeping the good lines and
 * a list of the bad ones.
 */
export function readDataset(path: string, options: ReadOptions = {}): Dataset {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return { examples: [], bad: [{ file: path, reason: "no such file or directory" }] };
  }
  if (isDir) {
    // Every *.jsonl below it, sub-folders included, in path order.
    const files = (readdirSync(path, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".jsonl"))
      .sort();
    if (files.length === 0)
      return { examples: [], bad: [{ file: path, reason: "no .jsonl files in directory" }] };
    const all: Dataset = { examples: [], bad: [] };
    for (const f of files) {
      const one = readDataset(join(path, f), options);
      all.examples.push(...one.examples);
      all.bad.push(...one.bad);
    }
    return all;
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "unreadable";
    return { examples: [], bad: [{ file: path, reason: `cannot read it (${code})` }] };
  }
  const fmt = options.format ?? detectFormat(path, text);
  const data =
    fmt === "jsonl"
      ? readJsonl(text, path)
      : fmt === "sms"
        ? readSms(text, path)
        : readYoutube(text, path);
  if (options.labels) data.examples = knownLabelsOnly(data, options.labels);
  if (data.examples.length === 0 && data.bad.length === 0)
    data.bad.push({ file: path, reason: "no examples" });
  return data;
}

/** Moves lines whose label is not among `labels` to the bad lines. */
function knownLabelsOnly(data: Dataset, labels: readonly string[]): Example[] {
  const kept: Example[] = [];
  for (const e of data.examples) {
    if (labels.includes(e.label)) kept.push(e);
    else
      data.bad.push({
        file: e.source?.file ?? "<data>",
        ...(e.source ? { line: e.source.line } : {}),
        reason: `unknown label "${e.label.slice(0, 40)}" (known: ${labels.join(", ")})`,
      });
  }
  data.bad.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : 0));
  return kept;
}

/** Like readDataset, but any bad line throws a DatasetError that lists them all. */
export function loadExamples(path: string, format?: Format): Example[] {
  const data = readDataset(path, format ? { format } : {});
  if (data.bad.length > 0) throw new DatasetError(data.bad);
  return data.examples;
}

const PLATFORMS = new Set(["console", "discord", "slack"]);
const CONTEXTS = new Set(["dm", "channel"]);

/** Why a JSON line cannot be an example, or its example. */
function jsonExample(line: string): Omit<Example, "source"> | string {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof row !== "object" || row === null || Array.isArray(row))
    return "expected a JSON object";
  const r = row as Record<string, unknown>;
  let messages: string[] | undefined;
  if (r.messages !== undefined) {
    if (
      !Array.isArray(r.messages) ||
      r.messages.length === 0 ||
      !r.messages.every((m) => typeof m === "string")
    )
      return "`messages` must be a non-empty array of strings";
    messages = r.messages as string[];
  } else if (typeof r.text !== "string") return "missing string field `text` (or `messages`)";
  if (typeof r.label !== "string" || r.label.trim() === "") return "missing string field `label`";
  return {
    text: messages ? messages.join("\n") : (r.text as string),
    label: r.label.trim(),
    ...(messages && messages.length > 1 ? { messages } : {}),
    ...(typeof r.platform === "string" && PLATFORMS.has(r.platform)
      ? { platform: r.platform as Platform }
      : {}),
    ...(typeof r.context === "string" && CONTEXTS.has(r.context)
      ? { context: r.context as Context }
      : {}),
    ...(typeof r.batch === "string" || typeof r.batch === "number"
      ? { batch: String(r.batch) }
      : {}),
  };
}

export function readJsonl(text: string, file = "<jsonl>"): Dataset {
  const data: Dataset = { examples: [], bad: [] };
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const e = jsonExample(line);
    if (typeof e === "string") data.bad.push({ file, line: i + 1, reason: e });
    else data.examples.push({ ...e, source: { file, line: i + 1 } });
  });
  return data;
}

/** `label<TAB>text`, split on the first tab; quotes are ordinary characters. */
export function readSms(text: string, file = "<sms>"): Dataset {
  const data: Dataset = { examples: [], bad: [] };
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const tab = line.indexOf("\t");
    if (tab <= 0) data.bad.push({ file, line: i + 1, reason: "expected `label<TAB>text`" });
    else
      data.examples.push({
        label: line.slice(0, tab).trim(),
        text: line.slice(tab + 1),
        source: { file, line: i + 1 },
      });
  });
  return data;
}

/** The YouTube Spam Collection: CONTENT only (never AUTHOR or DATE), CLASS 1 = spam, 0 = ham. */
export function readYoutube(text: string, file = "<csv>"): Dataset {
  const { records, bad } = readCsv(text, file);
  const data: Dataset = { examples: [], bad };
  const header = records[0];
  if (!header) {
    if (bad.length === 0) bad.push({ file, line: 1, reason: "empty file" });
    return data;
  }
  const names = header.fields.map((h) =>
    h
      .replace(/^\uFEFF/, "")
      .trim()
      .toUpperCase(),
  );
  const content = names.indexOf("CONTENT");
  const cls = names.indexOf("CLASS");
  if (content < 0 || cls < 0) {
    bad.unshift({ file, line: 1, reason: "header needs CONTENT and CLASS columns" });
    return data;
  }
  for (const r of records.slice(1)) {
    const value = (r.fields[cls] ?? "").trim();
    if (value !== "0" && value !== "1")
      bad.push({ file, line: r.line, reason: `CLASS must be 0 or 1, got "${value.slice(0, 20)}"` });
    else
      data.examples.push({
        text: cleanHtml(r.fields[content] ?? ""),
        label: value === "1" ? "spam" : "ham",
        source: { file, line: r.line },
      });
  }
  bad.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return data;
}

/** The examples of a reader's answer, or a DatasetError listing its bad lines. */
function orThrow(data: Dataset): Example[] {
  if (data.bad.length > 0) throw new DatasetError(data.bad);
  return data.examples.map(({ source: _, ...e }) => e);
}

export const parseJsonl = (text: string, file?: string) => orThrow(readJsonl(text, file));
export const parseSms = (text: string, file?: string) => orThrow(readSms(text, file));
export const parseYoutube = (text: string, file?: string) => orThrow(readYoutube(text, file));

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function readCsv(
  text: string,
  file = "<csv>",
): { records: Array<{ line: number; fields: string[] }>; bad: BadLine[] } {
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
  const bad: BadLine[] = [];
  // An open quote swallows the rest of the file: that one record is bad, the others stand.
  if (quoted) bad.push({ file, line: quoteLine, reason: "unterminated quoted field" });
  else if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  const width = records[0]?.fields.length ?? 0;
  const good = records.filter((r) => {
    if (r.fields.length === width) return true;
    bad.push({ file, line: r.line, reason: `expected ${width} fields, got ${r.fields.length}` });
    return false;
  });
  return { records: good, bad };
}

export function parseCsv(text: string, file = "<csv>"): Array<{ line: number; fields: string[] }> {
  const { records, bad } = readCsv(text, file);
  if (bad.length > 0) throw new DatasetError(bad);
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
