import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cleanHtml,
  DatasetError,
  loadExamples,
  parseCsv,
  parseJsonl,
  parseSms,
  parseYoutube,
  readDataset,
  readJsonl,
  readYoutube,
} from "../classifiers/datasets.ts";
import { toInput } from "../classifiers/train.ts";

function thrown(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return err as DatasetError;
  }
  throw new Error("expected a DatasetError");
}

describe("youtube CSV", () => {
  const CSV = [
    "COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS",
    'c1,Ann,2015-01-01,"hello, world",0',
    'c2,"Bob ""B"" Smith",,"check my channel',
    'second line, ""quoted""",1',
    "c3,Cy,2015-01-02,plain text&#39;s fine<br />ok,0",
  ].join("\n");

  it("reads quoted fields with commas, doubled quotes and newlines, CONTENT only", () => {
    expect(parseYoutube(CSV)).toEqual([
      { text: "hello, world", label: "ham" },
      { text: 'check my channel\nsecond line, "quoted"', label: "spam" },
      { text: "plain text's fine\nok", label: "ham" },
    ]);
  });

  it("keeps the line where each record starts", () => {
    expect(parseCsv(CSV).map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it("names the line of a bad CLASS, counting lines inside quoted fields", () => {
    const bad = CSV.replace("plain text&#39;s fine<br />ok,0", "plain,maybe");
    const err = thrown(() => parseYoutube(bad, "videos.csv"));
    expect(err.message).toMatch(/^videos\.csv:5: CLASS must be 0 or 1/);
  });

  it("names the line of an unterminated quote", () => {
    expect(thrown(() => parseCsv('A,B\n1,"open\n2,3\n', "x.csv")).line).toBe(2);
  });

  it("decodes HTML entities and drops tags", () => {
    expect(cleanHtml('see <a href="http://x.co">http://x.co</a> &amp; more&#x21;\uFEFF')).toBe(
      "see  http://x.co  & more!",
    );
  });
});

describe("sms", () => {
  it('splits on the first tab only and treats " as an ordinary character', () => {
    expect(parseSms('ham\tsay "hi"\tto her\nspam\t"WIN" now\n')).toEqual([
      { label: "ham", text: 'say "hi"\tto her' },
      { label: "spam", text: '"WIN" now' },
    ]);
  });

  it("names the line without a tab", () => {
    expect(thrown(() => parseSms("ham\tok\nno tab here\n", "sms.txt")).message).toBe(
      "sms.txt:2: expected `label<TAB>text`",
    );
  });
});

describe("jsonl", () => {
  it("reads text, label, platform and context and ignores other fields", () => {
    const line = JSON.stringify({
      text: "hi",
      label: "spam",
      platform: "slack",
      context: "dm",
      language: "en",
    });
    expect(parseJsonl(`${line}\n\n`)).toEqual([
      { text: "hi", label: "spam", platform: "slack", context: "dm" },
    ]);
  });

  it("names the line of broken JSON and of a missing label", () => {
    expect(thrown(() => parseJsonl('{"text":"a","label":"x"}\n{oops\n', "c.jsonl")).message).toBe(
      "c.jsonl:2: not valid JSON",
    );
    expect(thrown(() => parseJsonl('\n{"text":"a"}\n', "c.jsonl")).line).toBe(2);
  });

  it("loads every .jsonl file of a directory and detects formats by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-datasets-"));
    writeFileSync(join(dir, "b.jsonl"), '{"text":"b","label":"y"}\n');
    writeFileSync(join(dir, "a.jsonl"), '{"text":"a","label":"x"}\n');
    expect(loadExamples(dir).map((e) => e.text)).toEqual(["a", "b"]);
    writeFileSync(join(dir, "sms"), "spam\tWIN\n");
    expect(loadExamples(join(dir, "sms"))).toMatchObject([{ label: "spam", text: "WIN" }]);
    expect(thrown(() => loadExamples(join(dir, "missing.jsonl"))).message).toMatch(/no such file/);
  });
});

describe("bad lines", () => {
  it("reads on past every bad line and names each with its line number and reason", () => {
    const text = [
      '{"text":"a","label":"spam"}',
      "{oops",
      '{"label":"spam"}',
      "",
      '{"text":"b","label":"collaboration"}',
      '{"messages":[],"label":"spam"}',
      '{"text":"c"}',
    ].join("\n");
    const data = readJsonl(text, "c.jsonl");
    expect(data.examples.map((e) => e.text)).toEqual(["a", "b"]);
    expect(data.bad).toEqual([
      { file: "c.jsonl", line: 2, reason: "not valid JSON" },
      { file: "c.jsonl", line: 3, reason: "missing string field `text` (or `messages`)" },
      { file: "c.jsonl", line: 6, reason: "`messages` must be a non-empty array of strings" },
      { file: "c.jsonl", line: 7, reason: "missing string field `label`" },
    ]);
  });

  it("lists every bad line in the error of the strict reader", () => {
    const err = thrown(() =>
      parseJsonl('{oops\n{"text":"a","label":"x"}\n{"text":1}\n', "c.jsonl"),
    );
    expect(err.message).toBe(
      "c.jsonl:1: not valid JSON\nc.jsonl:3: missing string field `text` (or `messages`)",
    );
    expect(err.bad).toHaveLength(2);
  });

  it("makes an unknown label a bad line when the known labels are given", () => {
    const dir = mkdtempSync(join(tmpdir(), "ct-datasets-"));
    const file = join(dir, "eval.jsonl");
    writeFileSync(
      file,
      '{"text":"a","label":"spam"}\n{"text":"b","label":"offer"}\n{"text":"c","label":"collaboration"}\n',
    );
    const data = readDataset(file, { labels: ["spam", "feedback_request", "collaboration"] });
    expect(data.examples.map((e) => e.text)).toEqual(["a", "c"]);
    expect(data.bad).toEqual([
      {
        file,
        line: 2,
        reason: 'unknown label "offer" (known: spam, feedback_request, collaboration)',
      },
    ]);
    // Without known labels (training a new model) any label is a label.
    expect(readDataset(file).examples).toHaveLength(3);
  });

  it("keeps the good rows of a CSV with a bad CLASS and a short row", () => {
    const csv = "CONTENT,CLASS\nhello,0\nbad,maybe\nshort\nspam me,1\n";
    const data = readYoutube(csv, "v.csv");
    expect(data.examples.map((e) => [e.text, e.label])).toEqual([
      ["hello", "ham"],
      ["spam me", "spam"],
    ]);
    expect(data.bad.map((b) => b.line)).toEqual([3, 4]);
  });

  it("says a missing path is missing instead of throwing", () => {
    expect(readDataset("/nonexistent/x.jsonl").bad).toEqual([
      { file: "/nonexistent/x.jsonl", reason: "no such file or directory" },
    ]);
  });
});

describe("conversations and batches", () => {
  it("reads `messages` as a conversation, scored the way the bot builds one", () => {
    const line = JSON.stringify({
      messages: ["hey!", "love your mixes", "want to work on my EP?"],
      label: "collaboration",
      platform: "discord",
      batch: 7,
    });
    const [e] = parseJsonl(line);
    expect(e).toEqual({
      text: "hey!\nlove your mixes\nwant to work on my EP?",
      messages: ["hey!", "love your mixes", "want to work on my EP?"],
      label: "collaboration",
      platform: "discord",
      batch: "7",
    });
    expect(toInput(e as NonNullable<typeof e>)).toEqual({
      text: "hey!\nlove your mixes\nwant to work on my EP?",
      messages: ["hey!", "love your mixes", "want to work on my EP?"],
      platform: "discord",
    });
  });

  it("reads a one-message conversation as a plain message", () => {
    const [e] = parseJsonl('{"messages":["collab?"],"label":"collaboration"}');
    expect(e).toEqual({ text: "collab?", label: "collaboration" });
    expect(toInput(e as NonNullable<typeof e>)).toEqual({ text: "collab?" });
  });
});
