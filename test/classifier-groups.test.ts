import { describe, expect, it } from "vitest";
import { groupedFolds, groupIds } from "../classifiers/groups.ts";
import type { Example } from "../classifiers/train.ts";

const ex = (text: string, label: string, batch?: string): Example => ({
  text,
  label,
  ...(batch ? { batch } : {}),
});

describe("cross-validation groups", () => {
  it("puts near-copies, batch-mates and equal short texts in one group, others apart", () => {
    const examples = [
      ex(
        "We help agencies like yours scale to 50k a month with our proven outbound system",
        "spam",
      ),
      ex("We help studios like yours scale to 80k a month with our proven outbound system", "spam"),
      ex("could you listen to my mix and tell me what the low end needs", "feedback_request"),
      ex("I'm booking a festival stage in June and want you on the bill", "collaboration", "b1"),
      ex("totally different words about a zine swap", "collaboration", "b1"),
      ex("collab?", "collaboration"),
      ex("Collab?", "collaboration"),
    ];
    const ids = groupIds(examples);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[3]).toBe(ids[4]);
    expect(ids[5]).toBe(ids[6]);
    expect(new Set([ids[0], ids[2], ids[3], ids[5]]).size).toBe(4);
  });

  it("never splits a group across folds and keeps each label spread over the folds", () => {
    const labels: string[] = [];
    const groups: number[] = [];
    for (let g = 0; g < 60; g++)
      for (let j = 0; j <= g % 4; j++) {
        labels.push(["spam", "feedback_request", "collaboration"][g % 3] as string);
        groups.push(g);
      }
    const folds = groupedFolds(labels, groups, 5, 1);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    const foldOf = new Map<number, number>();
    folds.forEach((fold, f) => {
      for (const i of fold) {
        const g = groups[i] as number;
        expect(foldOf.get(g) ?? f).toBe(f);
        foldOf.set(g, f);
      }
    });
    for (const fold of folds)
      for (const label of ["spam", "feedback_request", "collaboration"])
        expect(fold.filter((i) => labels[i] === label).length).toBeGreaterThan(4);
  });
});
