// `npm run bench:dev`: the grouped cross-validation of the corpus (the honest estimate), beside the
// shipped model on the dev messages and the dev conversations (never trained on). Wanted: macro-F1
// >= 0.90 (>= 0.90 on conversations), spam precision >= 0.97, collaboration recall >= 0.93, and
// the grouped CV within 0.03 of the dev-set figure. BENCH_CV=0 skips the cross-validation.
import { crossValidate } from "../classifiers/cross-validate.ts";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { LocalClassifier } from "../classifiers/local.ts";
import { evaluate, formatReport, type Report } from "../classifiers/metrics.ts";
import { toInput } from "../classifiers/train.ts";
import { LABELS } from "../src/types.ts";
import { SHARED_DATA, sharedPath } from "./shared-data.ts";

const f3 = (x: number | undefined) => (x ?? 0).toFixed(3);
const line = (name: string, r: Report) =>
  `${name.padEnd(34)} macro-F1 ${f3(r.macroF1)}  spam P ${f3(r.labels.spam?.precision)}  collab P ${f3(r.labels.collaboration?.precision)} R ${f3(r.labels.collaboration?.recall)}`;

const summary: string[] = [];
let cvF1: number | undefined;
if (process.env.BENCH_CV !== "0") {
  const corpus = loadExamples(CORPUS_DIR);
  const started = performance.now();
  const cv = crossValidate(corpus);
  const report = evaluate(
    cv.predictions.map((p) => p.actual),
    cv.predictions.map((p) => p.predicted),
    LABELS,
  );
  cvF1 = report.macroF1;
  console.log(
    `grouped 5-fold CV on the corpus: ${corpus.length} items in ${cv.groups} groups (batch-mates and near-copies in one fold), ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  console.log(formatReport(report));
  summary.push(line("corpus, grouped CV", report));
}

const classifier = await LocalClassifier.load();
let devF1: number | undefined;
let convF1: number | undefined;
const checks: Array<[string, number, number]> = [];
for (const [name, relative] of [
  ["dev messages", "dev/messages.jsonl"],
  ["dev conversations", "dev/conversations.jsonl"],
] as const) {
  const file = sharedPath(relative);
  if (!file) {
    console.log(
      `\n${name}: MISSING: ${SHARED_DATA}${relative} is not there (it lives in ../shared beside the repository); not scored`,
    );
    continue;
  }
  const examples = loadExamples(file, "jsonl");
  const report = evaluate(
    examples.map((e) => e.label),
    examples.map((e) => classifier.predict(toInput(e)).label),
    LABELS,
  );
  console.log(`\n${name}: ${file} (${examples.length}), shipped model\n`);
  console.log(formatReport(report));
  summary.push(line(`${name}, shipped model`, report));
  if (relative === "dev/messages.jsonl") {
    devF1 = report.macroF1;
    checks.push(
      ["dev macro-F1", report.macroF1, 0.9],
      ["dev spam precision", report.labels.spam?.precision ?? 0, 0.97],
      ["dev collaboration recall", report.labels.collaboration?.recall ?? 0, 0.93],
    );
  } else {
    convF1 = report.macroF1;
    checks.push(["dev conversations macro-F1", report.macroF1, 0.9]);
  }
}

console.log(`\n${summary.join("\n")}\n`);
for (const [name, value, target] of checks) {
  console.log(
    `${name} ${value.toFixed(4)} (wanted >= ${target}: ${value >= target ? "met" : "NOT met"})`,
  );
}
if (cvF1 !== undefined && devF1 !== undefined) {
  const gap = Math.abs(devF1 - cvF1);
  console.log(
    `grouped CV ${f3(cvF1)} vs dev ${f3(devF1)}: gap ${f3(gap)} (wanted <= 0.03: ${gap <= 0.03 ? "met" : "NOT met"}; trust the grouped figure)`,
  );
}
if (convF1 === undefined && devF1 === undefined) console.log("the dev sets were not scored");
