// A classifier whose answer the test decides, for tests of what happens after classification.
import type { Classifier } from "../../src/ports.ts";
import { LABELS, type Label } from "../../src/types.ts";

export function fixedClassifier(label: Label, confidence = 0.9): Classifier & { label: Label } {
  const classifier = {
    name: "fixed",
    label,
    async classify() {
      const rest = (1 - confidence) / (LABELS.length - 1);
      const scores = Object.fromEntries(
        LABELS.map((l) => [l, l === classifier.label ? confidence : rest]),
      ) as Record<Label, number>;
      return {
        label: classifier.label,
        confidence,
        scores,
        reasons: [`fixed to ${classifier.label} by the test`],
        source: "fixed",
      };
    },
  };
  return classifier;
}
