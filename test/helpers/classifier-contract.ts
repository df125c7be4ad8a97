// The contract every classifier keeps, as one reusable suite (the way hono runs one router suite
// over every router): call it from a test file with a name and a factory.
import { describe, expect, it } from "vitest";
import type { Classifier } from "../../src/ports.ts";
import { type Classification, LABELS } from "../../src/types.ts";

const ODD_TEXTS: Array<[string, string]> = [
  ["empty text", ""],
  ["only whitespace", " \n\t  "],
  ["huge text", "free nitro and a paid collab? ".repeat(20_000)],
  [
    "binary text",
    Array.from({ length: 2048 }, (_, i) => String.fromCharCode((i * 37) % 256)).join(""),
  ],
  ["broken surrogates", "\uD800 hi \uDFFF there \uD83D"],
  ["only emoji", "🔥🔥🔥🙏✨"],
];

const MESSAGES = [
  "@everyone free nitro for 3 months: dlscord-gift.com/claim",
  "what do you think of my mix?? drive.google.com/file/d/1xYz-mix-v3",
  "hey! would you mix my EP in April? budget is $900, full credit",
];

function expectWellFormed(result: Classification): void {
  expect(LABELS).toContain(result.label);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  const sum = LABELS.reduce((s, l) => s + result.scores[l], 0);
  expect(sum).toBeCloseTo(1, 6);
  for (const l of LABELS) expect(result.scores[l]).toBeGreaterThanOrEqual(0);
  expect(result.reasons.length).toBeGreaterThan(0);
  for (const r of result.reasons) expect(r.trim()).not.toBe("");
  expect(typeof result.source).toBe("string");
}

/** Runs the classifier contract; `make` is called once per test. */
export function classifierContract(
  name: string,
  make: () => Classifier | Promise<Classifier>,
): void {
  describe(`${name} keeps the classifier contract`, () => {
    it("names itself", async () => {
      const classifier = await make();
      expect(classifier.name.length).toBeGreaterThan(0);
    });

    it.each(MESSAGES)("gives a well-formed classification of %j", async (text) => {
      expectWellFormed(await (await make()).classify({ text }));
    });

    it.each(ODD_TEXTS)("never throws on %s", async (_what, text) => {
      expectWellFormed(await (await make()).classify({ text, platform: "discord", context: "dm" }));
    });

    it("accepts signals", async () => {
      const classifier = await make();
      expectWellFormed(
        await classifier.classify(
          { text: MESSAGES[0] as string, links: ["https://dlscord-gift.com/claim"] },
          { firstContact: true, duplicateRecipients: 7, accountAgeDays: 1 },
        ),
      );
    });
  });
}
