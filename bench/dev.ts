// `npm run bench:dev`: the shipped model on the dev set (never trained on). Wanted: macro-F1 >= 0.90,
// spam precision >= 0.97, collaboration recall >= 0.93.
import { loadExamples } from "../classifiers/datasets.ts";
import { LocalClassifier } from "../classifiers/local.ts";
import { evaluate, formatReport } from "../classifiers/metrics.ts";
import { toInput } from "../classifiers/train.ts";
import { LABELS } from "../src/types.ts";
import { sharedFile } from "./shared-data.ts";

const file = sharedFile("dev/messages.jsonl");
const examples = loadExamples(file, "jsonl");
const classifier = await LocalClassifier.load();
const report = evaluate(
  examples.map((e) => e.label),
  examples.map((e) => classifier.predict(toInput(e)).label),
  LABELS,
);
console.log(`dev set: ${file} (${examples.length} messages), shipped model\n`);
console.log(formatReport(report));
const checks: Array<[string, number, number]> = [
  ["macro-F1", report.macroF1, 0.9],
  ["spam precision", report.labels.spam?.precision ?? 0, 0.97],
  ["collaboration recall", report.labels.collaboration?.recall ?? 0, 0.93],
];
console.log("");
for (const [name, value, target] of checks) {
  console.log(
    `${name} ${value.toFixed(3)} (wanted >= ${target}: ${value >= target ? "met" : "NOT met"})`,
  );
}
