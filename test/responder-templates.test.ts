// REPLY_TEMPLATES: a bad file stops the start with a message naming the variable, as the README says.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";
import { createResponder } from "../src/responder/index.ts";
import { configRefusal } from "./helpers/config.ts";
import { startMain } from "./helpers/main-process.ts";
import { dm } from "./helpers/messages.ts";

const dir = mkdtempSync(join(tmpdir(), "ct-templates-"));
const mine = join(dir, "mine.md");
writeFileSync(mine, "My replies.\n\n## feedback_no\nSorry {sender}, not this month.\n");
const typo = join(dir, "typo.md");
writeFileSync(typo, "My replies.\n## feedback_maybe\nHm.\n");

function problems(env: Record<string, string>): string[] {
  return configRefusal(env).problems;
}

describe("REPLY_TEMPLATES", () => {
  it("a missing file is a ConfigError naming the variable and the path, not a raw ENOENT", () => {
    expect(problems({ REPLY_TEMPLATES: "/nope/replies.md" })).toEqual([
      "REPLY_TEMPLATES: cannot read /nope/replies.md (no such file)",
    ]);
    expect(problems({ REPLY_TEMPLATES: dir })).toEqual([
      `REPLY_TEMPLATES: cannot read ${dir} (it is a directory)`,
    ]);
  });

  it("an unknown section keeps its line number and names the variable", () => {
    expect(problems({ REPLY_TEMPLATES: typo })).toEqual([
      `REPLY_TEMPLATES: ${typo}:2: unknown template "feedback_maybe" (known: collab_concrete, collab_vague, feedback_yes, feedback_question, feedback_no, spam_decline; add .es, .pt, .fr, .de, .it, .nl, .pl, .tr, .id, .ja for another language)`,
    ]);
  });

  it("createResponder throws the same ConfigError for a file gone since the config was read", () => {
    const config = { ...parseConfig({}), REPLY_TEMPLATES: "/nope/replies.md" };
    expect(() => createResponder(config, pino({ level: "silent" }))).toThrow(ConfigError);
    expect(() => createResponder(config, pino({ level: "silent" }))).toThrow(
      /REPLY_TEMPLATES: cannot read \/nope\/replies\.md \(no such file\)/,
    );
  });

  it("a good file is read and its sections replace the shipped ones", async () => {
    const config = parseConfig({ REPLY_TEMPLATES: mine, FEEDBACK_POLICY: "no" });
    const responder = createResponder(config, pino({ level: "silent" }));
    const draft = await responder.draft(dm("any tips?"), {
      label: "feedback_request",
      confidence: 0.9,
      scores: { collaboration: 0.05, feedback_request: 0.9, spam: 0.05 },
      reasons: ["asks for tips"],
      source: "rules",
    });
    expect(draft.text).toMatch(/not this month/);
  });

  it("npm start stops with exit 2 and one line naming it, no stack trace", async () => {
    const { out, exited } = startMain("templates", { REPLY_TEMPLATES: "/nope/replies.md" });
    const code = await exited;
    const stderr = out.stderr;
    expect(code).toBe(2);
    expect(stderr).toContain("REPLY_TEMPLATES: cannot read /nope/replies.md (no such file)");
    expect(stderr).not.toMatch(/ENOENT|\n\s+at /);
  }, 30_000);
});
