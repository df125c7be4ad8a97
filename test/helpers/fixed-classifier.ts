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

/**
 * A fixed classifier that holds every classification until the test releases it, so a job is in
 * flight while the test stops an adapter or the app. `started` is true once one is held.
 */
export function heldClassifier(label: Label) {
  const fixed = fixedClassifier(label);
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = {
    started: false,
    release: () => release(),
    classifier: {
      name: "held",
      async classify(...args: Parameters<Classifier["classify"]>) {
        held.started = true;
        await gate;
        return fixed.classify(...args);
      },
    } satisfies Classifier,
  };
  return held;
}
