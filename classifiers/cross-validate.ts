// k-fold cross-validation of the trainer: each fold is predicted by a model trained on the others.
import { groupedFolds, groupIds } from "./groups.ts";
import { stratifiedFolds } from "./random.ts";
import { type Example, type TrainOptions, toInput, trainModel } from "./train.ts";

export interface FoldPrediction {
  index: number;
  /** Which fold held it out. */
  fold: number;
  actual: string;
  predicted: string;
  /** Probability of each label, in `labels` order. */
  probs: number[];
}

export interface CrossValidation {
  labels: string[];
  predictions: FoldPrediction[];
  /** How many groups the examples formed (grouped folds only). */
  groups?: number;
}

export type Split = "grouped" | "random";

export function crossValidate(
  examples: readonly Example[],
  options: Partial<TrainOptions> & { folds?: number; split?: Split; foldSeed?: number } = {},
): CrossValidation {
  const { folds: k = 5, split = "grouped", foldSeed = 42, ...train } = options;
  const labels = examples.map((e) => e.label);
  let groups: number | undefined;
  let folds: number[][];
  if (split === "grouped") {
    const ids = groupIds(examples);
    groups = new Set(ids).size;
    folds = groupedFolds(labels, ids, k, foldSeed);
  } else folds = stratifiedFolds(labels, k, foldSeed);
  const predictions: FoldPrediction[] = [];
  let modelLabels: string[] = [];
  for (const [f, fold] of folds.entries()) {
    const test = new Set(fold);
    const model = trainModel(
      examples.filter((_, i) => !test.has(i)),
      train,
    );
    modelLabels = model.labels;
    for (const i of fold) {
      const e = examples[i] as Example;
      const p = model.predict(toInput(e));
      predictions.push({ index: i, fold: f, actual: e.label, predicted: p.label, probs: p.probs });
    }
  }
  return { labels: modelLabels, predictions, ...(groups === undefined ? {} : { groups }) };
}
