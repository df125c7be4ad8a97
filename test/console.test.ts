import { describe, expect, it } from "vitest";
import { eventually } from "./helpers/app.ts";
import { consolePerTest } from "./helpers/console.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";
import { freshPrefix } from "./helpers/redis.ts";

const consoles = consolePerTest();
const startConsole = consoles.start;

describe("the console adapter, interactive", () => {
  it("shows the card and delivers the exact draft once on approve", async () => {
    const { adapter, input, out } = await startConsole("interactive");
    input.write(`${JSON.stringify({ text: CONCRETE_COLLAB, author: "Maya Torres" })}\n`);
    await eventually(() => out().includes("[a]pprove"));
    expect(out()).toMatch(/Label: {4}Collaboration/);
    expect(out()).toMatch(/Draft: {4}Hi Maya/);
    input.write("a\n");
    await eventually(() => out().includes("✓ sent to Maya Torres"));
    expect(adapter.delivered).toHaveLength(1);
    const review = await consoles.current()?.app.store.get(adapter.delivered[0]?.reviewId ?? "");
    expect(adapter.delivered[0]?.text).toBe(review?.draft.text);
    expect(review?.status).toBe("sent");
  });

  it("sends exactly the edited text", async () => {
    const { adapter, input, out } = await startConsole("interactive");
    input.write(`${CONCRETE_COLLAB}\n`);
    await eventually(() => out().includes("[a]pprove"));
    // Several lines, ended by ".", shown back, and sent only once confirmed.
    input.write("e\nThanks! Send me the stems\n  and let's talk Thursday.\n.\nn\n");
    await eventually(() => out().includes("(not sent)"));
    expect(adapter.delivered).toEqual([]);
    input.write("e\nThanks! Send me the stems\n  and let's talk Thursday.\n.\ny\n");
    await eventually(() => out().includes("✓ sent"));
    expect(adapter.delivered.map((d) => d.text)).toEqual([
      "Thanks! Send me the stems\n  and let's talk Thursday.",
    ]);
    // What is printed as sent is exactly the reply, not indented.
    expect(out()).toContain(":\nThanks! Send me the stems\n  and let's talk Thursday.");
  });

  it("sends nothing on reject", async () => {
    const { adapter, input, out } = await startConsole("interactive");
    input.write(`${CONCRETE_COLLAB}\n`);
    await eventually(() => out().includes("[a]pprove"));
    input.write("r\n");
    await eventually(() => out().includes("rejected: nothing was sent"));
    await new Promise((r) => setTimeout(r, 100));
    expect(adapter.delivered).toEqual([]);
  });

  it("takes each typed message as a new stranger's, and +text as the same sender's", async () => {
    const { input, out } = await startConsole("interactive", fixedClassifier("spam"));
    input.write("free followers here, cheap: growfast.example.com\n");
    await eventually(() => out().includes("[a]pprove"));
    input.write("r\n");
    await eventually(() => out().includes("rejected"));
    input.write("hey, are you taking commissions this month?\n");
    await eventually(() => out().split("[a]pprove").length === 3);
    // Not the spam sender writing again: no warning about "their" earlier conversation.
    expect(out()).not.toContain("Earlier:");
    input.write("+ I can pay $300\n");
    await eventually(() => out().includes("Messages:"));
  });

  it("shows a spam campaign's card when a copy joins one, and takes the decision on it", async () => {
    const { input, out } = await startConsole("interactive", fixedClassifier("spam"));
    const copy = "free nitro for 3 months, claim now: dlscord-gift.com/claim";
    input.write(`${JSON.stringify({ text: copy, author: "bot1" })}\n`);
    await eventually(() => out().includes("[a]pprove"));
    input.write("s\n");
    input.write(`${JSON.stringify({ text: copy, author: "bot2" })}\n`);
    await eventually(() => out().split("[a]pprove").length === 3, 15_000);
    expect(out()).toMatch(/Campaign:/);
    input.write("r\n");
    await eventually(() => out().includes("rejected"));
  });

  it("shows a new draft after a relabel", async () => {
    const { input, out } = await startConsole("interactive");
    input.write("what do you think of my mix? soundcloud.com/jo/mix-v2\n");
    await eventually(() => out().includes("[a]pprove"));
    input.write("l\n3\n");
    await eventually(() => out().includes("relabelled from"));
    expect(out()).toMatch(/Label: {4}Collaboration \(relabelled from/);
  });
});

describe("answers the interactive console did not take", () => {
  it("relabels by a label's name or the start of one, and asks again for one it does not know", async () => {
    const { input, out } = await startConsole("interactive", fixedClassifier("feedback_request"));
    input.write("what do you think of my mix? soundcloud.com/jo/mix-v2\n");
    await eventually(() => out().includes("[a]pprove"));
    input.write("l\nmusic\ncollab\n");
    await eventually(() => out().includes("relabelled from"));
    expect(out()).toContain("! pick 1, 2, 3 or a label's name > ");
    expect(out()).toMatch(/Label: {4}Collaboration \(relabelled from Feedback request/);
    input.write("l\nspam\n");
    await eventually(() => /Label: {4}Spam \(relabelled from/.test(out()));
  });

  it("answers a key it does not know with a one-line hint, not the whole card again", async () => {
    const { input, out, adapter } = await startConsole("interactive");
    input.write(`${CONCRETE_COLLAB}\n`);
    await eventually(() => out().includes("[a]pprove"));
    input.write("x\n");
    await eventually(() => out().includes("! answer a, e, r, l or s, or +text > "));
    input.write("a\n");
    await eventually(() => out().includes("✓ sent"));
    expect(out().match(/Label: /g)).toHaveLength(1);
    expect(adapter.delivered).toHaveLength(1);
  });
});

describe("a channel message that needs no card", () => {
  const CHANNEL_LINE = JSON.stringify({
    text: "what do you think of my mix? soundcloud.com/jo/mix-v2",
    author: "Jo",
    context: "channel",
  });

  it("piped: prints why there is no card at once, instead of waiting for the card timeout", async () => {
    const { input, out, err, adapter } = await startConsole(
      "lines",
      fixedClassifier("feedback_request"),
    );
    const started = Date.now();
    input.end(`${CHANNEL_LINE}\n${CONCRETE_COLLAB}\n`);
    await adapter.finished;
    // The card timeout is 10 s: a console waiting on a card that never comes would take that long.
    expect(Date.now() - started).toBeLessThan(5_000);
    const results = out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(results).toEqual([
      {
        line: 1,
        reviewId: expect.stringMatching(/^r[0-9a-f]{20}$/),
        ignored: "channel message labelled feedback_request",
      },
      expect.objectContaining({ line: 2, label: "feedback_request" }),
    ]);
    expect(err()).toBe("");
  });

  it("interactive: says in one line there is no card and asks for the next message", async () => {
    const { input, out } = await startConsole("interactive", fixedClassifier("feedback_request"));
    input.write(`${CHANNEL_LINE}\n`);
    await eventually(() => out().includes("(no card: channel message labelled feedback_request)"));
    input.write(`${CONCRETE_COLLAB}\n`);
    await eventually(() => out().includes("[a]pprove"));
    expect(out()).not.toContain("no card after");
  });
});

describe("the console adapter, piped", () => {
  it("prints every line's result when spam copies form a campaign, and ends", async () => {
    const { input, out, adapter } = await startConsole("lines");
    const copy = "free nitro for 3 months, claim now: dlscord-gift.com/claim";
    input.end(
      [
        JSON.stringify({ text: copy, author: "bot1" }),
        JSON.stringify({ text: copy, author: "bot2" }),
        JSON.stringify({
          text: "what do you think of my mix? soundcloud.com/jo/mix",
          author: "Jo",
        }),
      ].join("\n"),
    );
    await adapter.finished;
    const results = out()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { lines: number[]; label: string; campaign?: string });
    expect(results.map((r) => r.lines)).toEqual([[1], [2], [3]]);
    // Both copies on one campaign (their own cards would never come: the console waited forever).
    expect(results[0]?.campaign).toBeDefined();
    expect(results[1]?.campaign).toBe(results[0]?.campaign);
    expect(results[2]?.label).toBe("feedback_request");
  });

  it("keeps each run's conversations apart: a sender's earlier run is not joined", async () => {
    const prefix = freshPrefix("console-runs");
    for (let run = 1; run <= 2; run++) {
      const { input, out, adapter } = await startConsole("lines", undefined, prefix);
      input.end(
        `${JSON.stringify({ text: "would you mix my EP? budget $900", author: "Maya" })}\n`,
      );
      await adapter.finished;
      // One message each time: the first run's (still pending) conversation stays the first's.
      expect(JSON.parse(out().trim())).toMatchObject({ messages: 1, lines: [1] });
      // The first run's keys stay (its app stopped, the prefix kept); afterEach drops both.
      if (run === 1) await consoles.current()?.app.stop();
    }
  });

  it("prints one JSON result per conversation and an error per bad line, losing nothing", async () => {
    const { input, out, err, adapter } = await startConsole("lines");
    const lines = [
      "hey! would you mix my EP in April? budget is $900",
      "",
      "   ",
      '{"text": "free nitro for everyone: dlscord-gift.com/claim", "author": "x"',
      '{"author": "no text here"}',
      '{"text": 42}',
      `${"a very long message ".repeat(2500)}`,
      "nul\u0000bytes and a broken surrogate \ud800 in here, what do you think of my beat?",
      '{"text": "   "}',
      '{"text": "love your work, let\'s collab sometime?", "author": {"id": "u9", "name": "Kai"}}',
    ];
    input.end(`${lines.join("\n")}\n`);
    await adapter.finished;
    const results = out()
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            line: number;
            lines: number[];
            messages: number;
            label: string;
            reasons: string[];
          },
      );
    // Plain lines come from one (nameless) sender at once: one conversation, as the bot groups a
    // burst; Kai's line is another.
    expect(results.map((r) => r.lines)).toEqual([[1, 7, 8], [10]]);
    expect(results.map((r) => r.messages)).toEqual([3, 1]);
    // A plain line has no sender name, so no made-up one in the greeting; a JSON author is used.
    const drafts = results.map((r) => (r as unknown as { draft: string | null }).draft ?? "");
    expect(drafts[0]).toMatch(/^Hi there\b/);
    expect(drafts[1]).toMatch(/^Hi Kai\b/);
    for (const r of results) {
      expect(["spam", "feedback_request", "collaboration"]).toContain(r.label);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    const errors = err().trim().split("\n");
    expect(errors).toEqual([
      expect.stringMatching(/^line 4: not valid JSON/),
      'line 5: a JSON line needs "text" as a string',
      'line 6: a JSON line needs "text" as a string',
      "line 9: empty message: there is no text to triage",
    ]);
    const stored = await consoles
      .current()
      ?.app.store.get((results[0] as unknown as { reviewId: string }).reviewId);
    const [, long, cleaned] = stored?.messages ?? [];
    expect(cleaned?.text).not.toContain("\u0000");
    expect(cleaned?.text.isWellFormed()).toBe(true);
    expect(long?.text.length).toBe(20_000);
    expect(long?.note).toBe("text was cut to fit");
  });
});
