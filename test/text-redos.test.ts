// Strangers choose the text: the regexes run on it must take time linear in its length, or one
// crafted 40,000-character Slack message stalls the bot for everyone.
import { describe, expect, it } from "vitest";
import { escapeMarkdownWithin } from "../adapters/discord/escape.ts";
import { slackLinks } from "../adapters/slack/inbound.ts";
import { checkInbound } from "../src/inbound.ts";
import { collabDetails } from "../src/responder/details.ts";
import { withoutLinks } from "../src/responder/language.ts";
import { hasLink, linksIn } from "../src/responder/links.ts";
import { asksPrice } from "../src/responder/price-ask.ts";
import { adviceQuestion } from "../src/responder/reading.ts";
import { namesWorkAtHand, saysWhereItIs } from "../src/responder/shown.ts";
import { findLinks, sanitizeText } from "../src/text.ts";
import { dm } from "./helpers/messages.ts";

/** Runs of what the link and budget patterns can chain without ever completing a match. */
const CRAFTED: Record<string, (n: number) => string> = {
  "a.": (n) => "a.".repeat(n / 2),
  "a-": (n) => "a-".repeat(n / 2),
  "1.": (n) => "1.".repeat(n / 2),
  "1,": (n) => "1,".repeat(n / 2),
  "x-1.": (n) => "x-1.".repeat(n / 4),
  "http then dots": (n) => `http://x${".".repeat(n - 9)}a`,
};

/** Shapes aimed at the adapters' own parsers, run on those only (each shape costs suite time). */
const CRAFTED_FOR_ADAPTERS: Record<string, (n: number) => string> = {
  "unclosed Slack links": (n) => "<http://a".repeat(n / 9),
  "one < then >": (n) => `<${">".repeat(n - 1)}`,
  backslashes: (n) => "\\".repeat(n),
};

const FUNCTIONS: Record<string, (text: string) => unknown> = {
  findLinks,
  linksIn,
  hasLink,
  collabDetails,
  asksPrice,
  adviceQuestion,
  saysWhereItIs,
  namesWorkAtHand: (text) => namesWorkAtHand(text, true, "en"),
  withoutLinks,
  sanitizeText,
  checkInbound: (text) => checkInbound({ ...dm(""), text }),
};

const ADAPTER_FUNCTIONS: Record<string, (text: string) => unknown> = {
  slackLinks,
  // A Discord card's room: what it escapes stops there, whatever the text's length.
  escapeMarkdownWithin: (text) => escapeMarkdownWithin(text, 4096),
};

/**
 * Fastest of a few runs, in ms of this process's CPU time (the file runs in a process of its own,
 * vitest's default forks pool): the least disturbed by GC, and not stretched by waiting for a
 * core. On a loaded 2-core machine wall-clock time failed both checks: one 40,000-character run
 * took 129 ms, and 160,000 characters looked 7-12 times slower than 40,000, since a run longer
 * than the scheduler's slice waits for its next turn and a short one does not. CPU time: 2-3.
 */
function fastest(f: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe("regexes on inbound text take linear time", () => {
  const cases = [
    ...Object.entries(FUNCTIONS).map(([name, fn]) => [name, fn, CRAFTED] as const),
    ...Object.entries(ADAPTER_FUNCTIONS).map(
      ([name, fn]) => [name, fn, { ...CRAFTED, ...CRAFTED_FOR_ADAPTERS }] as const,
    ),
  ];
  for (const [name, fn, shapes] of cases) {
    it(`${name} on crafted 40,000-character messages`, () => {
      for (const [shape, make] of Object.entries(shapes)) {
        const small = make(40_000);
        // A tenth of the text first, so the big run does not pay for compiling and optimising the
        // code and patterns (20-50 ms on a loaded machine, whatever the text's length); a
        // quadratic pattern still takes a hundredth of its 40,000-character time here.
        fn(make(4_000));
        // ~1 ms once linear; before, up to 1.4 s (quadratic). One run first: it fails fast.
        const once = fastest(() => fn(small), 1);
        expect(once, `${name} on "${shape}" x 40,000`).toBeLessThan(50);
        // Four times the input may take about four times as long, not sixteen.
        const big = make(160_000);
        const ratio = (fastest(() => fn(big)) + 1) / (fastest(() => fn(small)) + 1);
        expect(ratio, `${name} on "${shape}": 160,000 vs 40,000`).toBeLessThan(8);
      }
    });
  }
});

describe("the linear patterns find what the old ones did", () => {
  it("Slack links: the URL of each closed <…>, its label dropped, only http(s)", () => {
    expect(
      slackLinks("see <https://a.example/x?y=1&amp;z=2|here> and <http://b.example> <mailto:x@y>"),
    ).toEqual(["https://a.example/x?y=1&z=2", "http://b.example"]);
    expect(slackLinks("<http://a<http://b.example|b> <https://c d> <https://a.example>")).toEqual([
      "http://b.example",
      "https://a.example",
    ]);
    expect(slackLinks(`${"<http://a".repeat(3)}`)).toEqual([]);
  });

  it("links: scheme or www inside a run, word boundaries, broken runs, trailing punctuation", () => {
    expect(findLinks("foo.www.bar")).toEqual(["www.bar"]);
    expect(findLinks("_foo-bar.com")).toEqual(["-bar.com"]);
    expect(findLinks("x..foo.com")).toEqual(["foo.com"]);
    expect(findLinks("see example.com/path).")).toEqual(["example.com/path"]);
    expect(findLinks("a.b.c-https://x.y/z, and docs.example.io.")).toEqual([
      "https://x.y/z",
      "docs.example.io",
    ]);
    expect(findLinks("foo.common.org and foo.comx-y.zzz")).toEqual(["foo.common.org", "foo.com"]);
    expect(findLinks(`${"a.".repeat(5000)}com`)).toEqual([`${"a.".repeat(5000)}com`]);
    expect(findLinks(`${"a.".repeat(5000)} www.x.y`)).toEqual(["www.x.y"]);
  });

  it("language: a link's words are blanked out, whole, wherever it starts", () => {
    expect(withoutLinks("hoi, zie mijn.site/werk en https://x.y/z?a=1 graag")).toBe(
      "hoi, zie   en   graag",
    );
    expect(withoutLinks("(kijk:foo.nl/a) en foo.nl")).toBe("  en foo.nl");
  });

  it("budgets: a number without a currency is skipped, the next one is found", () => {
    expect(collabDetails("1.2.3.4 then 500 usd")).toEqual({ date: "1.2", budget: "500 usd" });
    expect(collabDetails("v1.2.3 release, $1,200k budget").budget).toBe("$1,200k");
    expect(collabDetails("1.1.1.1.1").budget).toBeUndefined();
    expect(collabDetails(`${"1.".repeat(5000)} 20k usd`).budget).toBe("20k usd");
  });
});
