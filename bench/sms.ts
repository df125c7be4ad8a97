// `npm run bench:sms`: the SMS Spam Collection, split on the first tab, deduplicated before a
// stratified 70/30 split, 10 seeds; natural's Bayes beside it. Wanted: spam F1 >= 0.93.
import { loadExamples } from "../classifiers/datasets.ts";
import { dedupe, f3, mean, sharedFile } from "./shared-data.ts";
import { HEADER, runSplits, summarize } from "./split-bench.ts";

const file = sharedFile("sms-spam/SMSSpamCollection");
const examples = dedupe(loadExamples(file, "sms"));
const SEEDS = Number(process.env.BENCH_SEEDS ?? 10);
console.log(
  `SMS Spam Collection (${file}), ${examples.length} distinct texts, ${SEEDS} seeds, 70/30\n`,
);
console.log(HEADER);
const runs = runSplits(examples, SEEDS);
console.log(summarize("sms", runs));
const f = mean(runs.map((r) => r.f1));
console.log(`\nmean spam F1 ${f3(f)} (target >= 0.93: ${f >= 0.93 ? "met" : "NOT met"})`);
