import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel, ModelFormatError } from "../classifiers/model-codec.ts";
import { type Example, SPAM_THRESHOLD, trainModel } from "../classifiers/train.ts";

const DM: Example[] = [
  ...["free nitro click here", "buy followers cheap now", "win a free prize click now"].map(
    (text) => ({ text, label: "spam" }),
  ),
  ...["what do you think of my mix?", "any tips on my drawing?", "could you rate my song?"].map(
    (text) => ({ text, label: "feedback_request" }),
  ),
  ...["want to make a track together?", "I'd pay you for a logo", "let's co-write a song"].map(
    (text) => ({ text, label: "collaboration" }),
  ),
];

/** The same model with another spam threshold, as a model file written with it would load. */
function withThreshold(file: string, t: number) {
  return decodeModel(JSON.stringify({ ...JSON.parse(file), spamThreshold: t }));
}

describe("spam decision threshold", () => {
  const file = encodeModel(trainModel(DM, { seed: 1, spamThreshold: 0 }));
  // Spam by a short head (about 0.53 against 0.38 for collaboration).
  const text = "free logo";
  const plain = decodeModel(file);
  const p = plain.predict({ text });
  const spam = plain.labels.indexOf("spam");
  const pSpam = p.probs[spam] as number;

  it("says spam only at or above the threshold, else the likeliest other label", () => {
    expect(p.label).toBe("spam");
    const below = withThreshold(file, pSpam - 0.01).predict({ text });
    expect(below.label).toBe("spam");
    const above = withThreshold(file, Math.min(0.99, pSpam + 0.01)).predict({ text });
    expect(above.label).not.toBe("spam");
    // Probabilities stay the calibrated ones; the confidence is the chosen label's own.
    expect(above.probs).toEqual(p.probs);
    const others = p.probs.filter((_, k) => k !== spam);
    expect(above.confidence).toBeCloseTo(Math.max(...others), 12);
    expect(above.label).toBe(plain.labels[p.probs.indexOf(Math.max(...others))]);
  });

  it("tells the reviewer when spam was likelier but held back", () => {
    const held = withThreshold(file, Math.min(0.99, pSpam + 0.01)).predict({ text });
    expect(held.confidence).toBeLessThan(0.6);
    expect(held.reasons[0]).toMatch(/spam is likelier .* needed/);
  });

  it("is kept in the model file; a file without it decides by argmax", () => {
    expect(decodeModel(encodeModel(withThreshold(file, 0.7))).spamThreshold).toBe(0.7);
    const old = JSON.parse(file) as Record<string, unknown>;
    delete old.spamThreshold;
    expect(decodeModel(JSON.stringify(old)).spamThreshold).toBe(0);
    expect(() => withThreshold(file, 1.5)).toThrow(ModelFormatError);
  });

  it("defaults to the fitted threshold for the bot's labels and argmax for spam/ham", () => {
    expect(trainModel(DM, { seed: 1 }).spamThreshold).toBe(SPAM_THRESHOLD);
    const ham = DM.map((e) => ({ ...e, label: e.label === "spam" ? "spam" : "ham" }));
    expect(trainModel(ham, { seed: 1 }).spamThreshold).toBe(0);
  });
});
