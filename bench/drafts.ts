// `npx tsx bench/drafts.ts OUT.jsonl [files...]`: the template responder's draft for every
// feedback request and collaboration of the corpus and of the hold-out files r15/r16 (or of the
// files named), drafted with the true label, one JSON line each. Run it before and after a
// responder change and diff the two: every changed draft is one to read. r17's drafts have been
// read for the responder (bench/holdout/README.md), so they are left out unless named.
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { loadReplyTemplates } from "../src/config.ts";
import { templateDraft } from "../src/responder/templates.ts";
import { findLinks } from "../src/text.ts";
import { asOneMessage } from "../src/triage.ts";
import type { InboundMessage } from "../src/types.ts";

const HOLDOUT = new URL("./holdout/", import.meta.url).pathname;
const [out, ...named] = process.argv.slice(2);
if (!out) {
  console.error("usage: npx tsx bench/drafts.ts OUT.jsonl [data files or folders...]");
  process.exit(2);
}
const sources =
  named.length > 0
    ? named
    : [CORPUS_DIR, ...["r15-a", "r15-b", "r16-a", "r16-b"].map((f) => join(HOLDOUT, `${f}.jsonl`))];

const options = {
  ownerName: "Alex",
  ownerAbout: "",
  feedbackPolicy: "yes" as const,
  spamReply: "none" as const,
  templates: loadReplyTemplates(undefined),
};
const lines: string[] = [];
const started = performance.now();
let drafted = 0;
for (const source of sources) {
  for (const example of loadExamples(source)) {
    if (example.label === "spam") continue;
    const texts = example.messages ?? [example.text];
    const messages: InboundMessage[] = texts.map((text, i) => ({
      id: `m${i}`,
      platform: example.platform ?? "discord",
      workspace: "@dm",
      channel: "dm",
      context: example.context ?? "dm",
      author: { id: "u1", name: "Sam" },
      text,
      links: findLinks(text),
      receivedAt: new Date(0).toISOString(),
    }));
    const draft = templateDraft(options, asOneMessage(messages), {
      label: example.label as "feedback_request" | "collaboration",
    });
    drafted++;
    const where = example.source ? `${basename(example.source.file)}:${example.source.line}` : "";
    lines.push(
      JSON.stringify({
        where,
        label: example.label,
        messages: texts,
        kind: draft.kind,
        draft: draft.text,
      }),
    );
  }
}
const micros = ((performance.now() - started) * 1000) / Math.max(1, drafted);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${drafted} drafts to ${out}; ${micros.toFixed(0)} µs each, reading included`);
