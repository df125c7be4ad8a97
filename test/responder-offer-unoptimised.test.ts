// Once a process has compiled over 1 MB of regexp code, V8 compiles every later regexp without
// its optimisations (the bot after a day of messages; the responder test file after its first
// 200 tests). The offer patterns must stay cheap there too: a lookbehind tried in each of their
// ~20 alternatives at every character made 48,000 characters of "ab — do " cost 1.4 s of CPU.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;

/** The child's script: the cost of the dashes text against the colons text of the same length. */
const SCRIPT = `
import { offersService } from "./src/responder/offer.ts";
import { costRatio } from "./test/helpers/growth.ts";
const dashes = \`\${"ab — do ".repeat(6_000)}?\`;
const colons = \`\${"ab: cd ".repeat(6_857)}?\`;
console.log(JSON.stringify(costRatio(() => offersService(dashes), () => offersService(colons))));
`;

describe("offersService with V8's regexp optimisations off", () => {
  it("reads a long two-byte text at about the cost of a one-byte one", () => {
    const out = execFileSync(
      process.execPath,
      ["--no-regexp-optimization", "--import", "tsx", "--input-type=module", "-e", SCRIPT],
      { cwd: ROOT, encoding: "utf8" },
    );
    const r = JSON.parse(out) as { ratio: number; firstMs: number; secondMs: number };
    // Before: 67 times (1,445 ms against 21.6). Now 4-5 times (57 ms against 12); optimised, the
    // two take 8 and 0.6 ms.
    expect(r.ratio, `${r.firstMs.toFixed(1)} ms / ${r.secondMs.toFixed(1)} ms`).toBeLessThan(20);
  });
});
