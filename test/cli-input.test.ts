// The CLI on imperfect input: every bad line named and the rest still scored, unknown labels,
// JSON errors, conversations (several arguments, stdin, `messages` lines), the text report.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";

async function run(argv: string[], stdin?: string) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdin !== undefined ? { stdin: Readable.from([stdin]) } : {}),
  };
  const code = await main(argv, io, {});
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "ct-cli-input-"));
const jsonl = (name: string, rows: unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n"));
  return file;
};

const SPAM = { text: "@everyone free nitro: dlscord-gift.com/claim", label: "spam" };
const FEEDBACK = {
  text: "what do you think of my mix? any tips on the low end?",
  label: "feedback_request",
};
const COLLAB = {
  text: "would you be up for a paid remix of my track in May? budget $500",
  label: "collaboration",
};

describe("eval and train on bad lines", () => {
  it("eval names every bad line, scores the good ones, and exits 1", async () => {
    const file = jsonl("bad.jsonl", [SPAM, '{"text": "no label"}', FEEDBACK, "not json", COLLAB]);
    const { code, stdout, stderr } = await run(["eval", file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2: missing string field \`label\``);
    expect(stderr).toContain(`${file}:4: not valid JSON`);
    expect(stdout).toMatch(/^accuracy /);
    expect(stdout).toMatch(/spam\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+1\n/);
  });

  it("eval refuses a label the model does not know, naming its line", async () => {
    const offer = { text: "we have an offer for your band", label: "offer" };
    const file = jsonl("offer.jsonl", [SPAM, FEEDBACK, offer, COLLAB]);
    const { code, stdout } = await run(["eval", file, "--json"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.badLines).toEqual([
      { file, line: 3, reason: expect.stringMatching(/unknown label "offer"/) },
    ]);
    expect(Object.keys(report.confusion)).not.toContain("offer");
    expect(report.labels.spam.support + report.labels.collaboration.support).toBe(2);
  });

  it("train refuses unknown labels by line, trains on the rest, and exits 1", async () => {
    const rows = [SPAM, FEEDBACK, COLLAB, { text: "hello there", label: "greeting" }];
    const file = jsonl("train.jsonl", [...rows, ...rows, ...rows]);
    const out = join(dir, "trained.json");
    const { code, stdout } = await run(["train", file, "--out", out, "--json"]);
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.badLines.map((b: { line: number }) => b.line)).toEqual([4, 8, 12]);
    expect(summary.examples).toBe(9);
    expect(Object.keys(summary.labels).sort()).toEqual([
      "collaboration",
      "feedback_request",
      "spam",
    ]);
  });
});

describe("errors with --json", () => {
  it("a usage error is a JSON object on stdout, exit 2", async () => {
    const { code, stdout, stderr } = await run(["eval", "--json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      error: { kind: "usage", message: "eval needs exactly one FILE" },
    });
  });

  it("a missing model is a JSON object naming --model", async () => {
    const { code, stdout } = await run(["classify", "hi", "--json", "--model", "/missing.json"]);
    expect(code).toBe(1);
    const { error } = JSON.parse(stdout);
    expect(error.kind).toBe("model");
    expect(error.message).toMatch(/^--model \/missing\.json: the file does not exist/);
  });

  it("a file with no good line is a JSON object listing its bad lines", async () => {
    const file = jsonl("allbad.jsonl", ["nope", '{"text": 1}']);
    const { code, stdout } = await run(["eval", file, "--json"]);
    expect(code).toBe(1);
    const { error } = JSON.parse(stdout);
    expect(error.badLines.map((b: { line: number }) => b.line)).toEqual([1, 2]);
  });
});

describe("conversations", () => {
  const burst = ["hey!", "I love your work!", "I'd like to work with you, where can I reach you?"];

  it("classify reads several arguments as one conversation", async () => {
    const alone = JSON.parse((await run(["classify", "--json", "hey!"])).stdout);
    const together = JSON.parse((await run(["classify", "--json", ...burst])).stdout);
    expect(alone.messages).toBe(1);
    expect(together.messages).toBe(3);
    expect(together.label).toBe("collaboration");
    expect(together.scores).not.toEqual(alone.scores);
  });

  it("classify --conversation reads stdin lines as the same conversation", async () => {
    const fromArgs = JSON.parse((await run(["classify", "--json", ...burst])).stdout);
    const piped = await run(["classify", "--conversation", "--json"], `${burst.join("\n")}\n\n`);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(fromArgs);
  });

  it("classify --conversation with arguments too is a usage error", async () => {
    const { code, stderr } = await run(["classify", "--conversation", "hi"], "");
    expect(code).toBe(2);
    expect(stderr).toMatch(/not both/);
  });

  it("eval scores a `messages` line as the conversation classify sees", async () => {
    const file = jsonl("conv.jsonl", [{ messages: burst, label: "feedback_request" }]);
    const { code, stdout } = await run(["eval", file, "--json"]);
    const classified = JSON.parse((await run(["classify", "--json", ...burst])).stdout);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.confusion.feedback_request[classified.label]).toBe(1);
  });
});

describe("the text report", () => {
  it("prints whole label names in the confusion table", async () => {
    const file = jsonl("names.jsonl", [SPAM, FEEDBACK, COLLAB]);
    const { stdout } = await run(["eval", file]);
    const table = stdout.slice(stdout.indexOf("confusion"));
    const header = table.split("\n")[1] ?? "";
    expect(header.trim().split(/\s+/)).toEqual(["collaboration", "feedback_request", "spam"]);
  });
});
