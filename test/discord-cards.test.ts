// Discord review cards as pure functions of a review: what untrusted text (the sender's, an LLM's)
// can and cannot make the card show.
import { describe, expect, it } from "vitest";
import { embedLength, LIMITS, renderCard } from "../adapters/discord/cards.ts";
import { escapeMarkdownWithin } from "../adapters/discord/escape.ts";
import type { Draft, Review } from "../src/types.ts";
import { dm } from "./helpers/messages.ts";

const MASKED = "[yourbank.com/login](https://evil.example/steal)";

function review(text: string, overrides: Partial<Review> = {}, draft: Partial<Draft> = {}): Review {
  const at = new Date().toISOString();
  return {
    id: "r1",
    kind: "reply",
    status: "pending",
    message: dm(text, { platform: "discord", author: { id: "42", name: "Maya" } }),
    classification: {
      label: "collaboration",
      confidence: 0.9,
      scores: { spam: 0.05, feedback_request: 0.05, collaboration: 0.9 },
      reasons: ["asks to work together"],
      source: "llm",
    },
    draft: { kind: "collab_vague", text: "Hi Maya, tell me more.", source: "llm", ...draft },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

function embeds(r: Review) {
  return renderCard(r).embeds;
}

function fieldValue(r: Review, name: string): string {
  const f = embeds(r)
    .flatMap((e) => e.fields ?? [])
    .find((x) => x.name.includes(name));
  if (!f) throw new Error(`no field ${name}`);
  return f.value;
}

describe("a Discord card", () => {
  it("shows an LLM's reasons with their markdown escaped, so a masked link cannot hide its address", () => {
    const r = review("hello");
    r.classification.reasons = [`log in at ${MASKED} to **verify**`];
    const why = fieldValue(r, "Why");
    expect(why).toContain("\\[yourbank.com/login\\](https://evil.example/steal)");
    expect(why).toContain("\\*\\*verify\\*\\*");
  });

  it("shows the note (attachment and sticker names) escaped", () => {
    const r = review("hello");
    r.message.note = `attachment ${MASKED} ||spoiler||`;
    const note = fieldValue(r, "Note");
    expect(note).toContain("\\[yourbank.com/login\\]");
    expect(note).toContain("\\|\\|spoiler\\|\\|");
  });

  it("shows the draft as typed, a masked link with its address, and flags the link the sender never wrote", () => {
    const r = review("hi, can we work together?", {}, { text: `Sure! Start here: ${MASKED}` });
    const [, draft] = embeds(r);
    expect(draft?.description).toBe(
      "Sure! Start here: \\[yourbank.com/login\\](https://evil.example/steal)",
    );
    const flag = fieldValue(r, "Links the sender never wrote");
    expect(flag).toContain("evil.example/steal");
  });

  it("flags no link the sender wrote themselves, nor one in a template or in a reviewer's edit", () => {
    const own = review(
      "my EP is at https://www.maya.example/ep",
      {},
      { text: "Will listen to maya.example/ep" },
    );
    expect(embeds(own)[1]?.fields ?? []).toEqual([]);
    const template = review("hello", {}, { text: "See https://owner.example", source: "template" });
    expect(embeds(template)[1]?.fields ?? []).toEqual([]);
    const edited = review("hello", { status: "edited", finalText: "See https://mine.example" });
    expect(embeds(edited)[1]?.fields ?? []).toEqual([]);
  });

  it("keeps a 4,000-character DM of backslashes and a long escaped draft within Discord's limits", () => {
    const r = review("\\".repeat(4000), {}, { text: "*".repeat(2000) });
    r.classification.reasons = ["_".repeat(2000)];
    const all = embeds(r);
    for (const e of all)
      expect((e.description ?? "").length).toBeLessThanOrEqual(LIMITS.description);
    expect(all.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.total);
    const quoted = all[0]?.description ?? "";
    // Whole escapes only: an odd run of backslashes before the marker would escape the marker.
    expect(quoted).toMatch(/^>>> (\\\\)+… \(cut: 3,\d\d\d more characters not shown\)$/);
    expect(quoted.length).toBeGreaterThan(990);
  });
});

describe("escapeMarkdownWithin", () => {
  it("leaves bare links as typed and escapes list and heading starts only at a line's start", () => {
    expect(escapeMarkdownWithin("see https://a.example/x_y*z now_", 100)).toBe(
      "see https://a.example/x_y*z now\\_",
    );
    expect(escapeMarkdownWithin("# big\n  - item\n1. one\nnot-a # list 2.5", 100)).toBe(
      "\\# big\n  \\- item\n1\\. one\nnot-a # list 2.5",
    );
    expect(escapeMarkdownWithin("<@123> <t:1:f>", 100)).toBe("\\<@123\\> \\<t:1:f\\>");
    // Not an address Discord would link (it starts inside a word): a masked link in it stays dead.
    expect(escapeMarkdownWithin("xhttps://a/[bank](https://evil)", 100)).toBe(
      "xhttps://a/\\[bank\\](https://evil)",
    );
    expect(escapeMarkdownWithin("https://a/[bank](https://evil)", 100)).toBe(
      "https://a/\\[bank\\](https://evil)",
    );
  });

  it("cuts on whole characters, never through an emoji or an escape", () => {
    const out = escapeMarkdownWithin("😀".repeat(20), 12);
    expect(out).toBe("😀😀… (cut)");
    expect(escapeMarkdownWithin("ab", 2)).toBe("ab");
    expect(escapeMarkdownWithin("*".repeat(10), 20)).toBe("\\*".repeat(10));
    expect(escapeMarkdownWithin("*".repeat(11), 20)).toBe(`${"\\*".repeat(6)}… (cut)`);
    // Counted, an emoji left out is one character, as an escape shown is one.
    expect(escapeMarkdownWithin("😀".repeat(30), 50, true)).toBe(
      `${"😀".repeat(6)}… (cut: 24 more characters not shown)`,
    );
    expect(escapeMarkdownWithin("*".repeat(50), 50, true)).toBe(
      `${"\\*".repeat(6)}… (cut: 44 more characters not shown)`,
    );
  });
});
