// A Slack card cuts what it quotes in Slack's characters (code points: an emoji is one) and only
// between graphemes, with the real Bolt client against a fake Slack that refuses blocks past Block
// Kit's limits as Slack does. Counted in UTF-16 units, an emoji-heavy message was shown in half
// the room Slack gives it, and its marker counted each emoji left out twice; cut by code point, a
// family or a flag was split across two sections, and the Home tab's preview could end on half an
// emoji, which Slack cannot take.
import { describe, expect, it } from "vitest";
import { REVIEWER, type SlackHarness, slackPerTest } from "./fakes/slack/harness.ts";
import { appHomeOpened, eventEnvelope } from "./fakes/slack/payloads.ts";
import type { StoredMessage } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";

const HEADPHONES = "🎧"; // one character, two UTF-16 units
const FAMILY = "👩‍👩‍👧‍👦"; // one grapheme of seven characters (four people, three joiners)
const FLAG = "🇫🇷"; // one grapheme of two characters (regional indicators)

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

type Section = { type: string; text?: { text: string } };

/** The texts of the sections that follow the section saying `title`, up to the next other block. */
function sectionsAfter(card: StoredMessage, title: string): string[] {
  const blocks = (card.blocks ?? []) as Section[];
  const from = blocks.findIndex((b) => b.type === "section" && b.text?.text === title);
  const out: string[] = [];
  for (const b of blocks.slice(from + 1)) {
    if (b.type !== "section" || !b.text) break;
    out.push(b.text.text);
  }
  return out;
}

const characters = (text: string) => [...text].length;

function expectNoRefusal(harness: SlackHarness) {
  expect(harness.fake.refused).toEqual([]);
}

describe("a Slack card's quote, in Slack's characters", () => {
  it("shows a DM of 6,000 emoji whole, each section within Slack's 3,000 characters", async () => {
    const harness = await start();
    const { card } = await harness.dmAndCard(HEADPHONES.repeat(6000));
    const sections = sectionsAfter(card, "*Message*");
    const shown = sections.join("").replaceAll(">", "");
    expect(shown).toMatch(new RegExp(`^(?:${HEADPHONES})+$`, "u"));
    expect(characters(shown)).toBe(6000);
    for (const s of sections) expect(characters(s)).toBeLessThanOrEqual(3000);
    // Filled as far as Slack allows: a quote mark and 2,999 emoji, not 1,499.
    expect(characters(sections[0] ?? "")).toBe(3000);
    expectNoRefusal(harness);
  });

  it("splits a long run of family emoji between two families, never inside one", async () => {
    const harness = await start();
    const { card } = await harness.dmAndCard(FAMILY.repeat(500));
    const sections = sectionsAfter(card, "*Message*");
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s).toMatch(new RegExp(`^>(?:${FAMILY})+$`, "u"));
    expect(characters(sections.join("").replaceAll(">", ""))).toBe(500 * 7);
    expectNoRefusal(harness);
  });

  it("cuts a long draft of flags between flags, and counts what it leaves out in characters", async () => {
    const harness = await start({
      responder: {
        draft: async () => ({ kind: "collab_concrete", text: FLAG.repeat(3500), source: "llm" }),
      },
    });
    const { card } = await harness.dmAndCard("would you mix my EP? budget $900");
    const sections = sectionsAfter(card, "*Draft reply*");
    expect(sections).toHaveLength(2);
    const [whole, last] = sections as [string, string];
    const flagsOnly = new RegExp(`^(?:${FLAG})+$`, "u");
    expect(whole).toMatch(flagsOnly);
    expect(characters(whole)).toBe(3000);
    const marker = /\n… _\(cut: ([\d,]+) more characters not shown\)_$/.exec(last);
    const shown = last.slice(0, marker?.index);
    expect(shown).toMatch(flagsOnly);
    expect(characters(last)).toBeLessThanOrEqual(3000);
    // 7,000 characters in all: what the marker says is left is exactly what is not shown.
    const left = Number(marker?.[1]?.replace(",", ""));
    expect(left).toBe(7000 - characters(whole) - characters(shown));
    expectNoRefusal(harness);
  });
});

describe("the Home tab's preview of an open review", () => {
  it("ends on a whole emoji, so Slack takes the view", async () => {
    const harness = await start();
    const text = `${"x".repeat(79)}${HEADPHONES.repeat(10)}`;
    await harness.dmAndCard(text);
    await harness.driver.event(eventEnvelope(appHomeOpened(REVIEWER)));
    const published = await eventually(() => harness.fake.callsTo("views.publish")[0]);
    const view = JSON.stringify(published.args.view);
    expect(view).toContain("x".repeat(79));
    expectNoRefusal(harness);
  });
});
