// `npx tsx bench/cv.ts [key=value ...]`: 5-fold cross-validation of the trainer on the shipped
// corpus only, to choose features and hyperparameters without touching the dev set. Folds are
// grouped (batch-mates and near-copies stay together, see classifiers/groups.ts); `split=random`
// gives the old random folds, for comparison. CV_NOT_SCORED=prefix keeps the items of corpus files
// whose names start with it in the folds (trained on when not held out) but leaves them out of the
// scores: a new batch of data is then judged by what it does for the items that were already
// there, not by how hard its own items are. CV_CONVERSATIONS=1 also prints the scores of the
// conversations alone (the items of more than one message).
import { basename } from "node:path";
import { crossValidate, type Split } from "../classifiers/cross-validate.ts";
import { CORPUS_DIR, loadExamples } from "../classifiers/datasets.ts";
import { DEFAULT_FEATURES } from "../classifiers/features.ts";
import { evaluate } from "../classifiers/metrics.ts";
import { DEFAULT_TRAIN, type TrainOptions } from "../classifiers/train.ts";

const overrides: Record<string, number> = {};
let split: Split = "grouped";
for (const arg of process.argv.slice(2)) {
  const [key, value] = arg.split("=");
  if (key === "split") split = value === "random" ? "random" : "grouped";
  else if (key && value !== undefined) overrides[key] = Number(value);
}
const features = { ...DEFAULT_FEATURES };
const options: Partial<TrainOptions> = { ...DEFAULT_TRAIN };
// Without feature overrides the trainer chooses among its FEATURE_CHOICES, as it does in use.
delete options.features;
for (const [key, value] of Object.entries(overrides)) {
  if (key in features) {
    (features as unknown as Record<string, number>)[key] = value;
    options.features = features;
  } else (options as unknown as Record<string, number>)[key] = value;
}

const examples = loadExamples(CORPUS_DIR);
const started = performance.now();
const cv = crossValidate(examples, { ...options, split });
const notScored = process.env.CV_NOT_SCORED;
const scored = cv.predictions.filter(
  (p) => !notScored || !basename(examples[p.index]?.source?.file ?? "").startsWith(notScored),
);
const actual = scored.map((p) => p.actual);
const predicted = scored.map((p) => p.predicted);
let nll = 0;
// Calibration: confidence (the top probability) against how often the label was right, in ten bins.
const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
for (const p of scored) {
  nll -= Math.log(Math.max(1e-12, p.probs[cv.labels.indexOf(p.actual)] ?? 0));
  // The chosen label's probability: under the spam threshold it need not be the highest.
  const confidence = p.probs[cv.labels.indexOf(p.predicted)] ?? 0;
  const bin = bins[Math.min(9, Math.floor(confidence * 10))];
  if (bin) {
    bin.n++;
    bin.confidence += confidence;
    bin.correct += p.predicted === p.actual ? 1 : 0;
  }
}
const r = evaluate(actual, predicted);
// Expected calibration error: the bins' |accuracy - confidence|, weighted by their share.
const ece = bins.reduce((sum, b) => sum + Math.abs(b.correct - b.confidence) / actual.length, 0);
if (process.env.CV_CALIBRATION) {
  for (const [i, b] of bins.entries()) {
    if (b.n > 0) {
      console.log(
        `confidence ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: n=${b.n} mean=${(b.confidence / b.n).toFixed(3)} right=${(b.correct / b.n).toFixed(3)}`,
      );
    }
  }
}
if (process.env.CV_CONFUSION) console.log(JSON.stringify(r.confusion));
if (process.env.CV_ERRORS) {
  for (const p of scored)
    if (p.predicted !== p.actual)
      console.log(
        `${p.actual} -> ${p.predicted}: ${JSON.stringify(examples[p.index]?.text.slice(0, 160))}`,
      );
}
const spam = r.labels.spam;
const collab = r.labels.collaboration;
console.log(
  JSON.stringify(overrides),
  `${split} n=${examples.length}${scored.length < examples.length ? ` scored=${scored.length}` : ""}${cv.groups ? ` groups=${cv.groups}` : ""} macroF1=${r.macroF1.toFixed(4)} acc=${r.accuracy.toFixed(4)} mcc=${r.mcc.toFixed(4)}`,
  `spamP=${spam?.precision.toFixed(3)} spamR=${spam?.recall.toFixed(3)} collabP=${collab?.precision.toFixed(3)} collabR=${collab?.recall.toFixed(3)}`,
  `nll=${(nll / actual.length).toFixed(4)} ece=${ece.toFixed(4)} ${((performance.now() - started) / 1000).toFixed(1)}s`,
);
if (process.env.CV_CONVERSATIONS === "1") {
  const conversations = scored.filter((p) => (examples[p.index]?.messages?.length ?? 1) > 1);
  const c = evaluate(
    conversations.map((p) => p.actual),
    conversations.map((p) => p.predicted),
  );
  console.log(
    `conversations n=${conversations.length} macroF1=${c.macroF1.toFixed(4)}`,
    `spamP=${c.labels.spam?.precision.toFixed(3)} spamR=${c.labels.spam?.recall.toFixed(3)} collabP=${c.labels.collaboration?.precision.toFixed(3)} collabR=${c.labels.collaboration?.recall.toFixed(3)}`,
  );
}
