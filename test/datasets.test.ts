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
} from "../classifiers/datasets.ts";

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
    expect(loadExamples(join(dir, "sms"))).toEqual([{ label: "spam", text: "WIN" }]);
    expect(thrown(() => loadExamples(join(dir, "missing.jsonl"))).message).toMatch(/no such file/);
  });
});
