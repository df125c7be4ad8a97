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
import { describeRatio, growth, LINEAR_GROWTH } from "./helpers/growth.ts";
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
        // Before: up to 1.4 s on 40,000 characters, quadratic: 160,000 took 16 times as long.
        // Now about 2-4 times (not 10,000 against 40,000: a fast reading of 10,000 characters
        // stays in the CPU's first cache, and 40,000 measured 8-13 times as long in checkInbound).
        const g = growth(fn, (scale) => make(160_000 * scale));
        expect(g.ratio, describeRatio(`${name} on "${shape}": 160,000 vs 40,000`, g)).toBeLessThan(
          LINEAR_GROWTH,
        );
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
