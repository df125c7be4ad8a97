// Where text may be cut: between what shows as one character, as Unicode's grapheme rules (here
// Intl.Segmenter) say, for the emoji, flags and accented letters strangers write. canCutAt is a
// fast subset of those rules; these check it against the whole of them.
import { describe, expect, it } from "vitest";
import { canCutAt } from "../src/cut-points.ts";
import { cut } from "../src/text.ts";

const PIECES = [
  "a",
  " ",
  "\n",
  "é", // one code point
  "e\u0301", // e and a combining accent
  "日",
  "🎧",
  "👍🏽", // a skin tone
  "1️⃣", // a keycap
  "❤️", // a variation selector
  "🇫🇷",
  "🇩🇪",
  "👩‍👩‍👧‍👦", // joined by ZWJ
  "👨🏻‍❤️‍💋‍👨🏼", // ten code points
  "🏴󠁧󠁢󠁳󠁣󠁴󠁿", // a subdivision flag: tags
  "\r\n",
];

const SEGMENTER = new Intl.Segmenter("en", { granularity: "grapheme" });

function boundaries(text: string): Set<number> {
  return new Set([...[...SEGMENTER.segment(text)].map((s) => s.index), text.length]);
}

/** Every text of three pieces. */
function* triples(): Generator<string> {
  for (const a of PIECES) for (const b of PIECES) for (const c of PIECES) yield `${a}${b}${c}`;
}

describe("canCutAt", () => {
  it("allows a cut exactly where a grapheme ends, in every text of three of these pieces", () => {
    const wrong: string[] = [];
    for (const text of triples()) {
      const ends = boundaries(text);
      for (let i = 0; i <= text.length; i++) {
        if (canCutAt(text, i) !== ends.has(i)) wrong.push(`${JSON.stringify(text)} at ${i}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("pairs regional indicators from the start of their run", () => {
    const flags = "🇫🇷🇩🇪🇯🇵";
    const allowed = [...Array(flags.length + 1).keys()].filter((i) => canCutAt(flags, i));
    expect(allowed).toEqual([0, 4, 8, 12]);
  });
});

describe("cut", () => {
  it("ends between graphemes, in UTF-16 units by default and in code points when asked", () => {
    const families = "👩‍👩‍👧‍👦".repeat(3); // 7 code points, 11 UTF-16 units each
    expect(cut(families, 20, "…")).toBe("👩‍👩‍👧‍👦…");
    expect(cut(families, 20, "…", "codePoint")).toBe("👩‍👩‍👧‍👦👩‍👩‍👧‍👦…");
    expect(cut("🇫🇷🇫🇷🇫🇷", 5, "…", "codePoint")).toBe("🇫🇷🇫🇷…");
    expect(cut("🇫🇷🇫🇷🇫🇷", 6, "…")).toBe("🇫🇷…");
  });

  it("cuts a letter under a pile of accents where the room ends rather than dropping it whole", () => {
    const zalgo = `a${"\u0301".repeat(100)}`;
    const cutText = cut(zalgo, 50, "…", "codePoint");
    expect([...cutText]).toHaveLength(50);
  });
});
