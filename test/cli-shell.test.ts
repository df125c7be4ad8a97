// The command's rough edges as a new user meets them in a shell: empty messages, --help on each
// command, --version, the accepted platforms, one error per problem, and training that replaces a
// model or learns from too few examples.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { runBin } from "./helpers/cli-process.ts";

const cwd = mkdtempSync(join(tmpdir(), "ct-cli-shell-"));
// Each run starts Node, tsx and the model: a second or more on a busy machine, several per test.
const SLOW = 60_000;

describe("classify", () => {
  it(
    "refuses an empty message as piped input does: usage, exit 2",
    async () => {
      for (const empty of ["", "   "]) {
        const { code, stdout, stderr } = await runBin(["classify", empty], cwd);
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toMatch(/^collab-triage: classify got an empty message/);
      }
    },
    SLOW,
  );
});

describe("--help and --version", () => {
  const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

  it(
    "prints each command's own usage on --help or -h, and exits 0",
    async () => {
      for (const [command, flag] of [
        ["classify", "--help"],
        ["eval", "-h"],
        ["train", "--help"],
        ["model", "-h"],
      ] as const) {
        const { code, stdout, stderr } = await runBin([command, flag], cwd);
        expect(code).toBe(0);
        expect(stderr).toBe("");
        expect(stdout).toMatch(new RegExp(`^Usage:\\n {2}collab-triage ${command} `));
        // Its own usage, not the whole list.
        const others = ["classify", "eval", "train", "model"].filter((c) => c !== command);
        for (const other of others) expect(stdout).not.toContain(`collab-triage ${other} `);
      }
    },
    SLOW,
  );

  it('takes -h after "--" as a message, not as a request for help', async () => {
    const { code, stdout } = await runBin(["classify", "--json", "--", "-h"], cwd);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).messages).toBe(1);
  });

  it(
    "prints the package version on --version and -v",
    async () => {
      for (const flag of ["--version", "-v"]) {
        const { code, stdout } = await runBin([flag], cwd);
        expect(code).toBe(0);
        expect(stdout).toBe(`${version}\n`);
      }
    },
    SLOW,
  );
});

describe("--platform", () => {
  it(
    "names in its error the platforms the help lists, and accepts each",
    async () => {
      const help = (await runBin(["classify", "--help"], cwd)).stdout;
      const listed = help.match(/--platform ([a-z|]+)\]/)?.[1]?.split("|") ?? [];
      expect(listed.sort()).toEqual(["console", "discord", "slack"]);
      const wrong = await runBin(["classify", "hi", "--platform", "teams"], cwd);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/^collab-triage: --platform must be one of (.+)\n/);
      const named = wrong.stderr.match(/must be one of (.+)\n/)?.[1]?.split(", ") ?? [];
      expect(named.sort()).toEqual(listed);
      for (const platform of listed)
        expect((await runBin(["classify", "hi", "--platform", platform], cwd)).code).toBe(0);
    },
    SLOW,
  );
});

describe("a file that cannot be read", () => {
  it(
    "is one error, with nothing after it about lines, for eval and train",
    async () => {
      const missing = join(cwd, "nope.jsonl");
      for (const argv of [
        ["eval", missing],
        ["train", missing, "--out", join(cwd, "never.json")],
      ]) {
        const { code, stderr } = await runBin(argv, cwd);
        expect(code).toBe(1);
        expect(stderr).toBe(`collab-triage: ${missing}: no such file or directory\n`);
      }
    },
    SLOW,
  );
});

describe("train FILE --out", () => {
  /** The first `n` corpus examples of each label, as a JSONL file. */
  function corpusFile(name: string, n: number): string {
    const seen = new Map<string, number>();
    const rows = loadExamples(CORPUS_DIR).filter((e) => {
      seen.set(e.label, (seen.get(e.label) ?? 0) + 1);
      return (seen.get(e.label) ?? 0) <= n;
    });
    const file = join(cwd, name);
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n"));
    return file;
  }

  it(
    "warns on stderr of labels with few examples, and still trains",
    async () => {
      const out = join(cwd, "few.json");
      const { code, stderr } = await runBin(
        ["train", corpusFile("five.jsonl", 5), "--out", out],
        cwd,
      );
      expect(code).toBe(0);
      expect(stderr).toBe(
        "collab-triage: warning: few examples of collaboration (5), feedback_request (5), spam (5); with fewer than 20 of a label the model mostly guesses it (training anyway)\n",
      );
      expect(JSON.parse(readFileSync(out, "utf8")).meta.examples).toBe(15);
    },
    SLOW,
  );

  it(
    "keeps the model it replaces, so model rollback puts it back",
    async () => {
      const out = join(cwd, "replaced", "model.json");
      const first = await runBin(["train", corpusFile("small.jsonl", 20), "--out", out], cwd);
      expect(first.stderr).toBe("");
      const original = readFileSync(out, "utf8");
      const second = await runBin(
        ["train", corpusFile("more.jsonl", 30), "--out", out, "--json"],
        cwd,
      );
      expect(second.code).toBe(0);
      const prev = join(cwd, "replaced", "model.prev.json");
      expect(JSON.parse(second.stdout).previousPath).toBe(prev);
      expect(readFileSync(out, "utf8")).not.toBe(original);
      expect(readFileSync(prev, "utf8")).toBe(original);
      const rolled = await runBin(["model", "rollback", "--model", out], cwd);
      expect(rolled.code).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(original);
    },
    SLOW,
  );
});
