import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CascadeClassifier, type CascadeEvent, SOURCE_LOCAL_ONLY } from "../classifiers/cascade.ts";
import { LlmClassifier } from "../classifiers/llm.ts";
import type { Classifier } from "../src/ports.ts";
import type { Classification, Label } from "../src/types.ts";
import { type FakeChatServer, reply, startChatServer } from "./fakes/chat-server.ts";

/** Stands in for the local model: the cascade's routing is under test, not the model. */
function localDouble(label: Label, confidence: number): Classifier & { calls: number } {
  const rest = (1 - confidence) / 2;
  const double = {
    name: "local",
    calls: 0,
    async classify(): Promise<Classification> {
      double.calls += 1;
      return {
        label,
        confidence,
        scores: {
          spam: label === "spam" ? confidence : rest,
          feedback_request: label === "feedback_request" ? confidence : rest,
          collaboration: label === "collaboration" ? confidence : rest,
        },
        reasons: ["the local double says so"],
        source: "local",
      };
    },
  };
  return double;
}

let server: FakeChatServer;
let events: CascadeEvent[];
beforeEach(async () => {
  server = await startChatServer();
  events = [];
});
afterEach(async () => {
  await server.close();
});

/**
 * The LLM's time limit: room for an answer on a loaded 2-core machine (200 ms, once the limit for
 * every case, was passed before the fake server had even read the request), and short only where
 * the fake never answers.
 */
const ANSWER_MS = 2000;
const HANG_MS = 200;

function cascade(local: Classifier, threshold?: number, timeoutMs = ANSWER_MS): CascadeClassifier {
  const llm = new LlmClassifier({ baseURL: server.baseURL, model: "fake-model", timeoutMs });
  return new CascadeClassifier({
    local,
    llm,
    log: (e) => events.push(e),
    ...(threshold === undefined ? {} : { threshold }),
  });
}

const LLM_COLLAB = reply.json({
  label: "collaboration",
  confidence: 0.85,
  reasons: ["names a project and a budget"],
});

describe("CascadeClassifier", () => {
  it("keeps a confident local answer and never asks the LLM", async () => {
    const result = await cascade(localDouble("spam", 0.9)).classify({ text: "free nitro" });

    expect(server.requests).toHaveLength(0);
    expect(result).toMatchObject({ label: "spam", confidence: 0.9, source: "local" });
    expect(events).toEqual([{ event: "local_confident", confidence: 0.9, threshold: 0.75 }]);
  });

  it("keeps a local answer exactly at the threshold", async () => {
    await cascade(localDouble("spam", 0.75)).classify({ text: "x" });
    expect(server.requests).toHaveLength(0);
  });

  it("asks the LLM below the threshold and says the LLM answered", async () => {
    server.script(LLM_COLLAB);
    const result = await cascade(localDouble("spam", 0.5)).classify({
      text: "We'd love you on our EP, $800",
    });

    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body?.messages[1]?.content).toContain("We'd love you on our EP");
    expect(result).toMatchObject({ label: "collaboration", confidence: 0.85, source: "llm" });
    expect(events[0]).toMatchObject({ event: "llm_answered", localConfidence: 0.5 });
  });

  it("honours a custom threshold", async () => {
    server.script(LLM_COLLAB);
    const strict = cascade(localDouble("spam", 0.9), 0.95);
    expect((await strict.classify({ text: "x" })).source).toBe("llm");
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ["a timeout", reply.hang(), "LLM_TIMEOUT", "timed out"],
    ["HTTP 500", reply.status(500), "LLM_HTTP", "HTTP 500"],
    ["HTTP 429", reply.status(429), "LLM_HTTP", "HTTP 429"],
    ["malformed JSON", reply.content('{"label": "spam", "confid'), "LLM_MALFORMED", "malformed"],
    [
      "a wrong label",
      reply.json({ label: "networking", confidence: 0.9, reasons: [] }),
      "LLM_MALFORMED",
      "malformed",
    ],
    [
      "an HTML page with status 200",
      reply.raw(200, "text/html; charset=utf-8", "<!doctype html><title>Sign in</title>"),
      "LLM_NOT_CHAT",
      "HTTP 200 that is not a chat completion",
    ],
  ])("keeps the local answer on %s and says the LLM failed", async (_, scripted, code, why) => {
    server.script(scripted);
    const local = localDouble("feedback_request", 0.6);
    const timeoutMs = scripted.kind === "hang" ? HANG_MS : ANSWER_MS;
    const result = await cascade(local, undefined, timeoutMs).classify({
      text: "thoughts on my track?",
    });

    expect(server.requests).toHaveLength(1);
    expect(result.label).toBe("feedback_request");
    expect(result.confidence).toBe(0.6);
    expect(result.source).toBe(SOURCE_LOCAL_ONLY);
    expect(result.reasons[0]).toBe("the local double says so");
    expect(result.reasons.at(-1)).toContain("LLM was unavailable");
    expect(result.reasons.at(-1)).toContain(why);
    expect(events[0]).toMatchObject({ event: "llm_failed", code, localConfidence: 0.6 });
  });

  it("keeps the local answer when the LLM server is gone", async () => {
    await server.close();
    const result = await cascade(localDouble("collaboration", 0.4)).classify({ text: "x" });
    expect(result.source).toBe(SOURCE_LOCAL_ONLY);
    expect(events[0]).toMatchObject({ event: "llm_failed" });
    server = await startChatServer(); // for afterEach
  });

  it("keeps the local answer when any other classifier throws", async () => {
    const broken: Classifier = {
      name: "broken",
      classify: () => Promise.reject(new Error("boom")),
    };
    const result = await new CascadeClassifier({
      local: localDouble("spam", 0.1),
      llm: broken,
    }).classify({ text: "x" });
    expect(result).toMatchObject({ label: "spam", source: SOURCE_LOCAL_ONLY });
  });

  it("asks the local model once per message and passes the signals on", async () => {
    server.script(LLM_COLLAB);
    const local = localDouble("spam", 0.2);
    await cascade(local).classify(
      { text: "x" },
      { firstContact: true, duplicateRecipients: 3, accountAgeDays: 2 },
    );
    expect(local.calls).toBe(1);
    expect(server.requests[0]?.body?.messages[1]?.content).toContain("in 24 h: 3");
  });

  it.each([
    ["empty", ""],
    ["huge", "spam ".repeat(200_000)],
    ["binary", "\u0000\u0001\uD800\uFFFF\u0007 \uDFFF"],
  ])("answers well-formed for %s text, whether or not the LLM copes", async (_, text) => {
    server.script(
      reply.json({ label: "spam", confidence: 0.6, reasons: ["odd"] }),
      reply.status(500),
    );
    for (let i = 0; i < 2; i++) {
      const result = await cascade(localDouble("spam", 0.3)).classify({ text });
      expect(["llm", SOURCE_LOCAL_ONLY]).toContain(result.source);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
      expect(Object.values(result.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      expect(result.reasons.length).toBeGreaterThan(0);
    }
    // Both requests reached the server as JSON: the text was made well-formed and cut.
    expect(server.requests.map((r) => r.body === undefined)).toEqual([false, false]);
    expect(server.requests[0]?.body?.messages[1]?.content.length).toBeLessThan(5000);
  });

  it("rejects a threshold outside 0..1", () => {
    expect(() => cascade(localDouble("spam", 0.5), 1.5)).toThrow();
  });
});
