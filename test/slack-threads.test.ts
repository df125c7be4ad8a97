// A DM sent as a reply in a thread is answered in that thread, not at the top of the DM; the
// look-before-posting after a lost answer searches that thread too.
import { describe, expect, it } from "vitest";
import { toInbound } from "../adapters/slack/inbound.ts";
import { REVIEWER, SENDER, type SlackHarness, slackPerTest } from "./fakes/slack/harness.ts";
import { eventEnvelope, imMessage, nextTs } from "./fakes/slack/payloads.ts";
import { BOT, TEAM } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

async function approveAndSend(harness: SlackHarness, threadTs?: string) {
  const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB, threadTs ? { threadTs } : {});
  await harness.click(REVIEWER, card, "approve");
  await eventually(async () => (await harness.status(reviewId)) === "sent");
  return reviewId;
}

describe("a DM sent in a thread", () => {
  it("is answered in that thread", async () => {
    const harness = await start();
    const parent = nextTs();
    await approveAndSend(harness, parent);
    const [reply] = harness.postsTo(SENDER.dm);
    expect(reply?.args.thread_ts).toBe(parent);
  });

  it("is answered at the top of the DM when it was not in a thread", async () => {
    const harness = await start();
    await approveAndSend(harness);
    expect(harness.postsTo(SENDER.dm)[0]?.args).not.toHaveProperty("thread_ts");
  });

  it("is not answered twice in its thread when Slack took the reply but the answer was lost", async () => {
    const harness = await start();
    harness.fake.script(
      "chat.postMessage",
      { apply: true },
      { apply: true, status: 500, body: { ok: false } },
    );
    const parent = nextTs();
    await approveAndSend(harness, parent);
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
    expect(harness.fake.messagesIn(SENDER.dm)).toHaveLength(1);
    // The thread's replies were searched: the channel's history does not list thread replies.
    const lookups = harness.fake.callsTo("conversations.replies");
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    expect(lookups.at(-1)?.args).toMatchObject({ channel: SENDER.dm, ts: parent });
  });
});

describe("the thread a DM is in", () => {
  const ids = {
    botUserId: BOT.userId,
    botId: BOT.botId,
    ownerUserId: null,
    workspace: { teamId: TEAM, enterpriseId: null, orgWide: false },
  };
  const metaOf = (event: ReturnType<typeof imMessage>) => {
    const translated = toInbound(event, eventEnvelope(event), ids);
    if (!translated.ok) throw new Error(translated.reason);
    return translated.message.meta;
  };

  it("is kept for a reply in a thread, and not for a thread's parent or a plain DM", () => {
    const parent = nextTs();
    expect(metaOf(imMessage({ thread_ts: parent }))).toMatchObject({ threadTs: parent });
    const own = nextTs();
    expect(metaOf(imMessage({ ts: own, thread_ts: own }))).not.toHaveProperty("threadTs");
    expect(metaOf(imMessage())).not.toHaveProperty("threadTs");
  });
});
