// `[CV_EXCLUDE=regex] npx tsx bench/cv-errors.ts [--texts]`: where the grouped cross-validation
// errs, by corpus file, by batch theme (the batch id without its trailing number), by language and
// by confusion pair, to see which kinds of message cost spam precision and collaboration recall.
// Corpus only: the dev set is never read here. --texts also prints each wrong item with its batch.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { crossValidate } from "../classifiers/cross-validate.ts";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { evaluate, type Report } from "../classifiers/metrics.ts";
import type { Example } from "../classifiers/train.ts";

const examples = loadExamples(CORPUS_DIR);
const cv = crossValidate(examples);

// The language is in the raw line, not in Example: read it back by file and line.
const lines = new Map<string, string[]>();
function language(e: Example): string {
  if (!e.source) return "?";
  let file = lines.get(e.source.file);
  if (!file) {
    file = readFileSync(e.source.file, "utf8").split("\n");
    lines.set(e.source.file, file);
  }
  try {
    return (JSON.parse(file[e.source.line - 1] ?? "{}") as { language?: string }).language ?? "?";
  } catch {
    return "?";
  }
}

type Tally = { n: number; wrong: number; pairs: Map<string, number> };
const tables = {
  file: new Map<string, Tally>(),
  theme: new Map<string, Tally>(),
  language: new Map<string, Tally>(),
};
function count(table: Map<string, Tally>, key: string, pair: string | null) {
  let t = table.get(key);
  if (!t) {
    t = { n: 0, wrong: 0, pairs: new Map() };
    table.set(key, t);
  }
  t.n++;
  if (pair) {
    t.wrong++;
    t.pairs.set(pair, (t.pairs.get(pair) ?? 0) + 1);
  }
}

// CV_EXCLUDE (a regex on the file name) keeps those files in the folds but out of the tables and
// of the second score: the same items before and after a corpus grows.
const exclude = process.env.CV_EXCLUDE ? new RegExp(process.env.CV_EXCLUDE) : null;
const excluded = (e: Example) => exclude?.test(basename(e.source?.file ?? "")) ?? false;

const short = (l: string) => (l === "collaboration" ? "C" : l === "feedback_request" ? "F" : "S");
const wrong: string[] = [];
for (const p of cv.predictions) {
  const e = examples[p.index] as Example;
  if (excluded(e)) continue;
  const pair = p.predicted === p.actual ? null : `${short(p.actual)}>${short(p.predicted)}`;
  const theme = (e.batch ?? "-").replace(/[-_]?\d+$/, "");
  count(tables.file, e.source ? basename(e.source.file) : "?", pair);
  count(tables.theme, theme, pair);
  count(tables.language, language(e), pair);
  if (pair)
    wrong.push(
      `${pair} [${e.batch}] p=${(p.probs[cv.labels.indexOf(p.predicted)] ?? 0).toFixed(2)} ${JSON.stringify(e.text.slice(0, 200))}`,
    );
}

for (const [name, table] of Object.entries(tables)) {
  console.log(`\n== by ${name} (n, wrong, error rate, pairs)`);
  const rows = [...table.entries()].filter(([, t]) => t.wrong > 0);
  rows.sort((a, b) => b[1].wrong - a[1].wrong);
  for (const [key, t] of rows.slice(0, name === "theme" ? 60 : 40)) {
    const pairs = [...t.pairs.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}:${v}`)
      .join(" ");
    console.log(
      `${key.padEnd(34)} ${String(t.n).padStart(5)} ${String(t.wrong).padStart(4)} ${(t.wrong / t.n).toFixed(2)}  ${pairs}`,
    );
  }
}
// The scores of all items, and of the items in files not matching CV_EXCLUDE.
const f3 = (x: number | undefined) => (x ?? 0).toFixed(3);
const line = (name: string, r: Report, n: number) =>
  `${name.padEnd(22)} n=${String(n).padStart(5)} macro-F1 ${f3(r.macroF1)}  spam P ${f3(r.labels.spam?.precision)} R ${f3(r.labels.spam?.recall)}  collab P ${f3(r.labels.collaboration?.precision)} R ${f3(r.labels.collaboration?.recall)}  feedback P ${f3(r.labels.feedback_request?.precision)} R ${f3(r.labels.feedback_request?.recall)}`;
const score = (keep: (e: Example) => boolean) => {
  const kept = cv.predictions.filter((p) => keep(examples[p.index] as Example));
  const report = evaluate(
    kept.map((p) => p.actual),
    kept.map((p) => p.predicted),
  );
  return [report, kept.length] as const;
};
console.log(`\n${line("all", ...score(() => true))}`);
if (exclude) console.log(line(`files not ${exclude}`, ...score((e) => !excluded(e))));
if (process.argv.includes("--texts")) {
  console.log("\n== wrong items");
  for (const w of wrong.sort()) console.log(w);
}
