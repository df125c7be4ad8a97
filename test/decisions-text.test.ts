// What a reviewer's edit becomes: sent as written (not trimmed), and measured the way the
// platforms measure it (code points, so an emoji is one character).
import { afterEach, describe, expect, it } from "vitest";
import { editedText } from "../src/decisions.ts";
import type { Responder } from "../src/ports.ts";
import { codePointLength } from "../src/text.ts";
import { eventually, ingestForCard, startTestApp, type TestApp } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { MemoryAdapter } from "./helpers/memory-adapter.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

let running: TestApp | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

async function pendingReview(responder?: Responder) {
  const adapter = new MemoryAdapter();
  running = await startTestApp({
    name: "decisions-text",
    adapters: [adapter],
    classifier: fixedClassifier("collaboration"),
    ...(responder ? { responder } : {}),
  });
  const ctx = running.app.ctx;
  const card = await ingestForCard(ctx, adapter, dm(CONCRETE_COLLAB));
  return { adapter, ctx, id: card.id };
}

describe("an edited reply", () => {
  it("is sent with its leading indentation, dropping only the trailing blank lines", async () => {
    const { adapter, ctx, id } = await pendingReview();
    const result = await ctx.decide({
      reviewId: id,
      action: "edit",
      actor: "r",
      text: "    indented code line\nsecond line\n",
    });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries[0]?.text).toBe("    indented code line\nsecond line");
    expect((await ctx.getReview(id))?.finalText).toBe("    indented code line\nsecond line");
  });

  it("keeps inner blank lines and trailing spaces, and drops trailing blank lines", () => {
    expect(editedText("  a\n\n  b  \n  \n\n")).toBe("  a\n\n  b  ");
    expect(editedText("a\r\nb\r\n")).toBe("a\nb");
    expect(editedText("\n\nstarts after blank lines")).toBe("\n\nstarts after blank lines");
  });

  it("is still refused when blank", async () => {
    const { ctx, id } = await pendingReview();
    const result = await ctx.decide({ reviewId: id, action: "edit", actor: "r", text: " \n\t\n" });
    expect(result.ok === false && result.code).toBe("invalid_text");
    expect((await ctx.getReview(id))?.status).toBe("pending");
  });

  it("of 2,000 emoji fits Discord's 2,000, and 2,001 is refused as 2,001", async () => {
    const { adapter, ctx, id } = await pendingReview();
    const over = await ctx.decide({
      reviewId: id,
      action: "edit",
      actor: "r",
      text: "🎉".repeat(2001),
    });
    expect(over.ok === false && over.message).toMatch(/\(it is 2001\)/);
    const fits = "🎉".repeat(2000);
    const result = await ctx.decide({ reviewId: id, action: "edit", actor: "r", text: fits });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
    expect(adapter.deliveries[0]?.text).toBe(fits);
  });
});

describe("a platform that counts UTF-16 units", () => {
  it("has its own measure applied to edits", async () => {
    const adapter = new (class extends MemoryAdapter {
      replyLength(text: string) {
        return text.length;
      }
    })();
    running = await startTestApp({
      name: "decisions-text",
      adapters: [adapter],
      classifier: fixedClassifier("collaboration"),
    });
    const ctx = running.app.ctx;
    const card = await ingestForCard(ctx, adapter, dm(CONCRETE_COLLAB));
    const text = "🎉".repeat(1001);
    const result = await ctx.decide({ reviewId: card.id, action: "edit", actor: "r", text });
    expect(result.ok === false && result.message).toMatch(/\(it is 2002\)/);
  });
});

describe("approving a draft", () => {
  it("measures the draft in code points too", async () => {
    const emoji: Responder = {
      draft: async () => ({
        kind: "collab_vague" as const,
        text: "🎉".repeat(1500),
        source: "template" as const,
      }),
    };
    const { adapter, ctx, id } = await pendingReview(emoji);
    const result = await ctx.decide({ reviewId: id, action: "approve", actor: "r" });
    expect(result.ok).toBe(true);
    await eventually(() => adapter.deliveries.length === 1);
  });
});

describe("codePointLength", () => {
  it("counts a surrogate pair as one and a lone surrogate as one", () => {
    expect(codePointLength("")).toBe(0);
    expect(codePointLength("abc")).toBe(3);
    expect(codePointLength("🎉🎉")).toBe(2);
    expect(codePointLength("a🎉b")).toBe(3);
    expect(codePointLength("\ud83c")).toBe(1);
    expect(codePointLength("\udf89\ud83c")).toBe(2);
    const mixed = "é👩‍👩‍👧x\ud83c";
    expect(codePointLength(mixed)).toBe([...mixed].length);
  });
});
