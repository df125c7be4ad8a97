// `npm run bench:youtube`: the YouTube Spam Collection, per video: CONTENT only (DATE leaks the
// label in the Eminem file), deduplicated, stratified 70/30, 10 seeds; natural's Bayes beside it.
// The TubeSpam paper's best per video averages F 0.965 and MCC 0.932.
import { readdirSync } from "node:fs";
import { loadExamples } from "../classifiers/datasets.ts";
import { dedupe, mean, SHARED_DATA, sharedFile } from "./shared-data.ts";
import { HEADER, runSplits, type SplitScores, summarize } from "./split-bench.ts";

const dir = sharedFile("youtube-spam");
const files = readdirSync(dir)
  .filter((f) => /^Youtube0\d-.*\.csv$/.test(f))
  .sort();
const SEEDS = 10;
console.log(
  `YouTube Spam Collection (${SHARED_DATA}youtube-spam), ${SEEDS} seeds per video, 70/30\n`,
);
console.log(HEADER);
const perVideo: SplitScores[][] = [];
for (const file of files) {
  const examples = dedupe(loadExamples(`${dir}/${file}`, "youtube"));
  const runs = runSplits(examples, SEEDS);
  perVideo.push(runs);
  console.log(summarize(`${file.replace(/\.csv$/, "")} (${examples.length})`, runs));
}
const all = perVideo.flat();
console.log(summarize("mean", all));
const f = mean(perVideo.map((runs) => mean(runs.map((r) => r.f1))));
const mcc = mean(perVideo.map((runs) => mean(runs.map((r) => r.mcc))));
console.log(
  `\nmean F1 ${f.toFixed(4)} (target >= 0.965: ${f >= 0.965 ? "met" : "NOT met"}), mean MCC ${mcc.toFixed(4)} (target >= 0.932: ${mcc >= 0.932 ? "met" : "NOT met"})`,
);
