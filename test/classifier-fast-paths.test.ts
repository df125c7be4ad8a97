// The shortcuts of the local model's predict path answer as the plain code would: the small table
// of bucket counts, the table that skips the Unicode normalisation passes, and the script scan.
import { describe, expect, it } from "vitest";
import { BucketCounts } from "../classifiers/bucket-counts.ts";
import { DEFAULT_FEATURES, Featurizer } from "../classifiers/features.ts";
import { Model } from "../classifiers/model.ts";
import { decodeModel, encodeModel } from "../classifiers/model-codec.ts";
import { KEEPS_NFD, KEEPS_NFKC, keepsForm } from "../classifiers/quick-check.ts";
import { rng } from "../classifiers/random.ts";
import { unknownScriptShare } from "../classifiers/scripts.ts";

const ZERO_WIDTH = /\u034F|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Random text over characters that the passes fold, combine, reorder or drop, and ones they keep. */
function trickyTexts(count: number, seed: number): string[] {
  const random = rng(seed);
  const pieces = [
    ..."aZ09 .-?!é'’“”—…ßİΣσςΩ",
    "e\u0301",
    "\u0301",
    "\u2126",
    "ｆ",
    "\u{1D41F}",
    "ﬁ",
    "①",
    "²",
    "\u200b",
    "\u200d",
    "\u00ad",
    "\u034f",
    "\ufeff",
    "か",
    "\u3099",
    "が",
    "\u1100",
    "\u1161",
    "\u11a8",
    "가",
    "🎵",
    "❤\ufe0f",
    "👍🏽",
    "\ud83c",
    "\udfb5",
    "Привет",
    "你好",
    "한",
    "ก",
    "א",
    "ا",
    "\u2003",
    "\u20d0",
    "、",
  ];
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => pieces[Math.floor(random() * pieces.length)] as string,
    ).join(""),
  );
}

describe("Unicode quick check", () => {
  it("says a text keeps its form only when the passes leave it as it is", () => {
    let kept = 0;
    for (const text of trickyTexts(20_000, 3)) {
      if (keepsForm(text, KEEPS_NFKC)) {
        kept++;
        expect(text.toWellFormed().normalize("NFKC").replace(ZERO_WIDTH, "")).toBe(text);
      }
      if (keepsForm(text, KEEPS_NFD))
        expect(
          text
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .normalize("NFC"),
        ).toBe(text);
    }
    // The shortcut is taken for some of them, not only for plain ASCII.
    expect(kept).toBeGreaterThan(100);
  });

  it("keeps ASCII, punctuation and emoji, and sends letters that fold through the passes", () => {
    expect(keepsForm("plain text, 100% ok?!", KEEPS_NFKC)).toBe(true);
    expect(keepsForm("love it ❤️ — “great” 👍🏽", KEEPS_NFKC)).toBe(true);
    expect(keepsForm("love it ❤️ — “great” 👍🏽", KEEPS_NFD)).toBe(true);
    expect(keepsForm("café", KEEPS_NFKC)).toBe(true);
    expect(keepsForm("café", KEEPS_NFD)).toBe(false);
    expect(keepsForm("ｆｒｅｅ", KEEPS_NFKC)).toBe(false);
    expect(keepsForm("fr\u200bee", KEEPS_NFKC)).toBe(false);
    expect(keepsForm("\ud83c alone", KEEPS_NFKC)).toBe(false);
  });
});

describe("script share", () => {
  // The share as the regexes alone work it out, without the scan that rules most texts out.
  const UNKNOWN =
    /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Armenian}\p{Script=Georgian}]/gu;
  const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
  function share(text: string): number {
    const letters = count(text, /\p{L}/gu);
    if (letters === 0) return 0;
    const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
    return (count(text, UNKNOWN) + (kana ? 0 : count(text, /\p{Script=Han}/gu))) / letters;
  }

  it("is the share the regexes give, for any text", () => {
    for (const text of trickyTexts(5_000, 4)) expect(unknownScriptShare(text)).toBe(share(text));
  });
});

describe("bucket counts", () => {
  it("counts each bucket from its first value, in the order first counted, past its first size", () => {
    const counts = new BucketCounts();
    const random = rng(9);
    for (let round = 0; round < 3; round++) {
      const expected = new Map<number, { value: number; source: number }>();
      for (let n = 0; n < 5_000; n++) {
        const bucket = Math.floor(random() * 3_000) * 7;
        const first = n % 2 === 0 ? 1 : 2;
        counts.count(bucket, first, n);
        const had = expected.get(bucket);
        if (had) had.value++;
        else expected.set(bucket, { value: first, source: n });
      }
      expect(counts.size).toBe(expected.size);
      [...expected].forEach(([bucket, { value, source }], at) => {
        expect(counts.buckets[at]).toBe(bucket);
        expect(counts.values[at]).toBe(value);
        expect(counts.sources[at]).toBe(source);
      });
      counts.clear();
      expect(counts.size).toBe(0);
    }
  });
});

describe("model weights", () => {
  it("are made on demand: hashed rows at their int16 steps, named rows as given, saved as read", () => {
    const c = 3;
    const { dim, namedBase } = new Featurizer(DEFAULT_FEATURES);
    const random = rng(13);
    const given = Float32Array.from({ length: dim * c }, () => (random() - 0.5) * 4);
    const model = new Model({
      labels: ["a", "b", "c"],
      features: DEFAULT_FEATURES,
      temperature: 1,
      bias: new Float64Array(c),
      weights: given,
      meta: {},
    });
    const { hashed, scale } = model.scoring;
    const weights = model.weights;
    expect(weights.length).toBe(dim * c);
    for (let i = 0; i < 5_000; i++) {
      const at = Math.floor(random() * namedBase * c);
      expect(weights[at]).toBe(Math.fround((hashed[at] as number) * (scale[at % c] as number)));
      expect(Math.abs((weights[at] as number) - (given[at] as number))).toBeLessThanOrEqual(
        (scale[at % c] as number) / 2 + 1e-6,
      );
    }
    expect(weights.subarray(namedBase * c)).toEqual(given.subarray(namedBase * c));
    const file = encodeModel(model);
    expect(encodeModel(decodeModel(file))).toBe(file);
  });
});
