// The door into the pipeline: ids are checked strictly, but text only shown to a reviewer (the
// author's display name, the note) is cut when too long, never a reason to drop the message.
import { afterEach, describe, expect, it } from "vitest";
import { checkInbound, MAX_NAME, MAX_NOTE } from "../src/inbound.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

describe("checkInbound", () => {
  it("cuts an over-long display name instead of refusing the message", () => {
    const name = `Maya${"🎧".repeat(300)}`;
    const checked = checkInbound(dm(CONCRETE_COLLAB, { author: { id: "u1", name } }));
    if (!checked.ok) throw new Error(checked.reason);
    const kept = checked.message.author.name;
    expect(kept.length).toBeLessThanOrEqual(MAX_NAME);
    expect(kept.startsWith("Maya🎧")).toBe(true);
    expect(kept.endsWith("…")).toBe(true);
    // Cut on a code point, not through a surrogate pair.
    expect(kept.isWellFormed()).toBe(true);
    expect(kept).not.toContain("\ufffd");
    expect(checked.message.text).toBe(CONCRETE_COLLAB);
  });

  it("keeps a name at the limit as it is", () => {
    const name = "n".repeat(MAX_NAME);
    const checked = checkInbound(dm("hi", { author: { id: "u1", name } }));
    expect(checked.ok && checked.message.author.name).toBe(name);
  });

  it("cuts an over-long note (many attachment names) instead of refusing the message", () => {
    const note = `with 80 files: ${Array.from({ length: 80 }, (_, i) => `track-${i}.wav`).join(", ")}`;
    expect(note.length).toBeGreaterThan(MAX_NOTE);
    const checked = checkInbound(dm(CONCRETE_COLLAB, { note }));
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.message.note?.length).toBeLessThanOrEqual(MAX_NOTE);
    expect(checked.message.note?.startsWith("with 80 files: track-0.wav")).toBe(true);
  });

  it("still refuses an over-long id: ids are not display text", () => {
    const long = "x".repeat(201);
    expect(checkInbound(dm("hi", { id: long }))).toEqual({ ok: false, reason: "id: is too long" });
    const author = checkInbound(dm("hi", { author: { id: long, name: "Maya" } }));
    expect(author).toEqual({ ok: false, reason: "author.id: is too long" });
    expect(checkInbound(dm("hi", { channel: long })).ok).toBe(false);
  });
});

describe("ingest", () => {
  it("queues a message whose sender has a 300-character name, and its card shows the cut name", async () => {
    const adapter = new MemoryAdapter();
    running = await startTestApp({
      name: "inbound",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const name = "A".repeat(300);
    const queued = await running.app.ctx.ingest(
      dm(CONCRETE_COLLAB, { author: { id: "u7", name } }),
    );
    expect(queued.status).toBe("queued");
    if (queued.status !== "queued") return;
    const card = await eventually(() => adapter.cards.find((c) => c.id === queued.reviewId));
    expect(card.message.author.name).toBe(`${"A".repeat(MAX_NAME - 1)}…`);
    expect(card.message.author.id).toBe("u7");
  });
});

describe("names and notes", () => {
  it("lose control characters and bidi overrides, line breaks becoming spaces", () => {
    const name = "Maya\u0000\u001b[31m\u202Eevil\u202C\nTorres\u0085";
    const note = "with 1 file:\u0007 photo\r\n\u2066.jpg\u2069\t(2)";
    const checked = checkInbound(dm(CONCRETE_COLLAB, { author: { id: "u1", name }, note }));
    if (!checked.ok) throw new Error(checked.reason);
    expect(checked.message.author.name).toBe("Maya[31mevil Torres");
    expect(checked.message.note).toBe("with 1 file: photo .jpg (2)");
  });
});
