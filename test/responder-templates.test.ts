// REPLY_TEMPLATES: a bad file stops the start with a message naming the variable, as the README says.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.ts";
import { createResponder } from "../src/responder/index.ts";
import { loadTemplates, TemplateError, templateDraft } from "../src/responder/templates.ts";
import { configRefusal } from "./helpers/config.ts";
import { startMain } from "./helpers/main-process.ts";
import { dm } from "./helpers/messages.ts";

const dir = mkdtempSync(join(tmpdir(), "ct-templates-"));
const mine = join(dir, "mine.md");
writeFileSync(mine, "My replies.\n\n## feedback_no\nSorry {sender}, not this month.\n");
const typo = join(dir, "typo.md");
writeFileSync(typo, "My replies.\n## feedback_maybe\nHm.\n");
const placeholder = join(dir, "placeholder.md");
writeFileSync(placeholder, "## feedback_no\nHi {sender},\nno thanks, {nonsense}.\n");
const empty = join(dir, "empty.md");
writeFileSync(empty, "Mine.\n\n## feedback_no\n\n## spam_decline\nNo.\n");
// Every line has {about}, which is empty in a draft in another language than the owner's.
const aboutOnly = join(dir, "about-only.md");
writeFileSync(
  aboutOnly,
  "## collab_vague.es\n{about}\n\n## collab_vague\nHey {sender}!\n{about}\n",
);

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
      `REPLY_TEMPLATES: ${typo}:2: unknown template "feedback_maybe" (known: collab_concrete, collab_vague, collab_asked, collab_quote, collab_offer, feedback_yes, feedback_question, feedback_no, spam_decline; add .es, .pt, .fr, .de, .it, .nl, .pl, .tr, .id, .ja, .pt-PT for another language)`,
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

  it("an unknown placeholder or an empty section is refused at load, naming the file and line", () => {
    expect(problems({ REPLY_TEMPLATES: placeholder })).toEqual([
      `REPLY_TEMPLATES: ${placeholder}:3: unknown placeholder "{nonsense}" (known: {sender}, {owner}, {about}, {details}, {ask_brief}, {question}, {praised}, {sent}, {concern}, {unpaid}, {priced}, {said}, {brief}, {soon}, {physical}, and {if_…} / {unless_…} of each)`,
    ]);
    expect(problems({ REPLY_TEMPLATES: empty })).toEqual([
      `REPLY_TEMPLATES: ${empty}:3: template "feedback_no" is empty`,
    ]);
    expect(() => loadTemplates(placeholder)).toThrow(TemplateError);
  });

  it("an owner's collab_concrete written before {ask_brief} still drafts as written", () => {
    const old = join(dir, "old-brief.md");
    writeFileSync(
      old,
      "## collab_concrete\nHi {sender}, thanks for {details}.\nSend a brief (scope, timeline, budget)?\n",
    );
    const options = {
      ownerName: "Alex",
      ownerAbout: "",
      feedbackPolicy: "yes" as const,
      spamReply: "none" as const,
      templates: loadTemplates(old),
    };
    const reply = templateDraft(options, dm("We need a mixing engineer in April, budget $500"), {
      label: "collaboration",
    });
    expect(reply.text).toBe(
      "Hi Maya, thanks for the mixing engineer role, the timing and the budget.\nSend a brief (scope, timeline, budget)?",
    );
    // And the new placeholder is one the loader knows.
    const mine = join(dir, "new-brief.md");
    writeFileSync(mine, "## collab_concrete\nHi {sender}, send me {ask_brief}.\n");
    const ep = "Our label is releasing an EP in April, budget $1,800.";
    const filled = templateDraft({ ...options, templates: loadTemplates(mine) }, dm(ep), {
      label: "collaboration",
    });
    expect(filled.text).toBe("Hi Maya, send me what you need from me.");
  });

  it("a draft whose every line was dropped is the shipped section instead, never empty", () => {
    const templates = loadTemplates(aboutOnly);
    const options = {
      ownerName: "Alex",
      ownerAbout: "",
      feedbackPolicy: "yes" as const,
      spamReply: "none" as const,
      templates,
    };
    const es = templateDraft(options, dm("Hola! ¿Quieres colaborar conmigo en un tema?"), {
      label: "collaboration",
    });
    expect(es.text).toMatch(/^Hola Maya, gracias por escribirme\./);
    expect(es.text).toContain("- Alex");
    // A section that keeps a line is the owner's, as written.
    const en = templateDraft(options, dm("hey, want to work together on something?"), {
      label: "collaboration",
    });
    expect(en.text).toBe("Hey Maya!");
  });
});
