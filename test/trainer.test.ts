import { describe, expect, it } from "vitest";
import { NAMED } from "../classifiers/message-features.ts";
import { decodeModel, encodeModel } from "../classifiers/model-codec.ts";
import { type Example, trainModel } from "../classifiers/train.ts";

const SPAM = [
  "buy cheap pills now",
  "cheap watches for sale",
  "win a free prize now",
  "cheap pills free shipping",
  "free prize click now",
];
const HAM = [
  "lunch tomorrow at noon?",
  "see you at the meeting",
  "can we talk tomorrow",
  "the meeting moved to noon",
  "talk to you at lunch",
];
const TINY: Example[] = [
  ...SPAM.map((text) => ({ text, label: "spam" })),
  ...HAM.map((text) => ({ text, label: "ham" })),
];

describe("trainer", () => {
  it("writes the same model bytes for the same data and seed", () => {
    const a = encodeModel(trainModel(TINY, { seed: 7 }));
    const b = encodeModel(trainModel(TINY, { seed: 7 }));
    expect(a).toBe(b);
  });

  it("depends on the seed", () => {
    // Enough examples for a calibration fold, so the seed also moves the held-out split.
    const many = Array.from({ length: 4 }, () => TINY).flat();
    expect(encodeModel(trainModel(many, { seed: 1 }))).not.toBe(
      encodeModel(trainModel(many, { seed: 2 })),
    );
  });

  it("learns a tiny separable set", () => {
    const model = trainModel(TINY, { seed: 3 });
    for (const e of TINY) expect(model.predict({ text: e.text }).label).toBe(e.label);
    expect(model.predict({ text: "free cheap pills" }).label).toBe("spam");
    expect(model.predict({ text: "meeting at lunch tomorrow?" }).label).toBe("ham");
  });

  it("keeps its labels and predictions through the model file", () => {
    const model = trainModel(TINY, { seed: 3 });
    const loaded = decodeModel(encodeModel(model));
    expect(loaded.labels).toEqual(["ham", "spam"]);
    for (const e of TINY) {
      const p = loaded.predict({ text: e.text });
      expect(p.label).toBe(e.label);
      expect(p.probs.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    }
  });

  it("refuses data with a single label", () => {
    expect(() => trainModel(SPAM.map((text) => ({ text, label: "spam" })))).toThrow(/two labels/);
  });

  it("explains a prediction with named features and words, never with nothing", () => {
    const model = trainModel(TINY, { seed: 3 });
    expect(model.predict({ text: "cheap pills" }).reasons.join(" ")).toMatch(
      /words like .*'(cheap|pills)'/,
    );
    expect(model.predict({ text: "" }).reasons.length).toBeGreaterThan(0);
  });

  it("holds a named feature shorter than the words, so a link in every spam is not spam alone", () => {
    // Every spam carries a link, no ham does: "has a link" alone would separate them. A stronger
    // L2 on the named features' rows (namedL2, a multiple of l2) leaves that to the words.
    const linked: Example[] = [
      ...SPAM.map((text, i) => ({ text: `${text} https://shop${i}.example/deal`, label: "spam" })),
      ...HAM.map((text) => ({ text, label: "ham" })),
    ];
    const linkLift = (namedL2?: number) => {
      const model = trainModel(linked, { seed: 3, l2: 1e-3, ...(namedL2 ? { namedL2 } : {}) });
      const row = model.featurizer.namedBase + NAMED.findIndex((f) => f.id === "link");
      const c = model.labels.length;
      const spam = model.labels.indexOf("spam");
      return (
        (model.weights[row * c + spam] as number) - (model.weights[row * c + 1 - spam] as number)
      );
    };
    const plain = linkLift(1);
    expect(plain).toBeGreaterThan(0.2);
    expect(linkLift()).toBeLessThan(plain / 3);
  });
});
