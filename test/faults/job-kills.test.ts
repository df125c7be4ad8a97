// Two kills in a row during the same job, against `npm start` with the fake Slack: a card post
// that hangs twice, a card that Slack posted and never confirmed, and a triage whose LLM call hangs
// twice. BullMQ fails a job that stalls more than maxStalledCount times (default 1); a triage or
// card job given up on that way would leave a message with no review or no card.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { report, settle } from "./bot.ts";
import { collabText, type Scene, scene } from "./scene.ts";

let current: Scene | null = null;
let llm: Server | null = null;
afterEach(async () => {
  await current?.stop();
  current = null;
  llm?.closeAllConnections();
  llm?.close();
  llm = null;
});

/** An OpenAI-compatible chat endpoint whose first `hangs` calls never answer. */
async function fakeLlm(hangs: number) {
  let calls = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (!req.url?.endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      calls += 1;
      if (calls <= hangs) return;
      const content = JSON.stringify({
        label: "collaboration",
        confidence: 0.9,
        reasons: ["asks to work together on a paid project"],
      });
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          id: `chatcmpl-${calls}`,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "fake",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  llm = server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    calls: () => calls,
  };
}

describe("two kills in a row during the same job (slack)", () => {
  it("a card post that hangs twice is posted once by the third process", async () => {
    const s = await scene("slack");
    current = s;
    const { platform, bot } = s;
    platform.hangCard();
    platform.hangCard();
    await platform.dm(0, collabText(0));
    for (let kill = 1; kill <= 2; kill++) {
      // The card post is in Slack's hands (hanging): the process dies during the card job.
      const posting = await settle(90_000, () => platform.cardPosts() >= kill);
      expect(posting, bot.output()).toBe(true);
      await bot.kill();
      await bot.start();
    }
    const carded = await settle(90_000, () => platform.cards().length >= 1);
    await new Promise((r) => setTimeout(r, 2000));
    const counts = { kills: 2, cardPosts: platform.cardPosts(), cards: platform.cards().length };
    report("card job killed twice (slack)", counts);
    expect(carded, bot.output()).toBe(true);
    expect(counts.cards).toBe(1);
  }, 200_000);

  it("a card Slack posted but never confirmed is not posted again", async () => {
    const s = await scene("slack");
    current = s;
    const { platform, bot } = s;
    platform.hangCard(true);
    await platform.dm(0, collabText(0));
    expect(await settle(30_000, () => platform.cards().length >= 1), bot.output()).toBe(true);
    await bot.kill();
    await bot.start();
    // The review has no card recorded: the requeued presenter job comes back for it, looks in
    // the channel before posting, and records the card it finds.
    const recorded = await settle(60_000, async () => {
      const [key] = await s.redis.admin.keys(`{${s.prefix}}:review:*`);
      return !!key && (await s.redis.admin.hexists(key, "card")) === 1;
    });
    await new Promise((r) => setTimeout(r, 2000));
    const counts = { kills: 1, cardPosts: platform.cardPosts(), cards: platform.cards().length };
    report("card posted, unconfirmed, killed (slack)", counts);
    expect(recorded, bot.output()).toBe(true);
    expect(counts.cards).toBe(1);
  }, 200_000);

  it("a triage whose LLM call hangs twice is triaged by the third process", async () => {
    const model = await fakeLlm(2);
    const s = await scene("slack", {
      CLASSIFIER: "llm",
      LLM_BASE_URL: model.url,
      LLM_MODEL: "fake",
      LLM_API_KEY: "fake-llm-key-never-logged",
      LLM_TIMEOUT_MS: "120000",
    });
    current = s;
    const { platform, bot } = s;
    const sent = await platform.dm(0, collabText(0));
    for (let kill = 1; kill <= 2; kill++) {
      const asking = await settle(90_000, () => model.calls() >= kill);
      expect(asking, bot.output()).toBe(true);
      await bot.kill();
      await bot.start();
    }
    const carded = await settle(90_000, () => platform.cards().length >= 1);
    const counts = { kills: 2, llmCalls: model.calls(), cards: platform.cards().length };
    report("triage job killed twice (slack)", counts);
    expect(carded, bot.output()).toBe(true);
    expect(counts.cards).toBe(1);
    expect(sent).toBeTruthy();
  }, 200_000);
});
