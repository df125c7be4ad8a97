// The same adapter over Socket Mode (SLACK_APP_TOKEN set): the fake's WebSocket says hello,
// sends envelopes, and the client acks each one. Plus the worker role, which has no receiver.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  location,
  REVIEWER,
  reviewIdOf,
  SENDER,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import {
  blockActions,
  eventEnvelope,
  imMessage,
  slashCommand,
  viewSubmission,
} from "./fakes/slack/payloads.ts";
import { TOKENS } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const startSlack = slackPerTest({ classifier: fixedClassifier("collaboration") });

describe("Socket Mode", () => {
  it("runs the whole flow: DM -> one card -> approve -> one reply", async () => {
    const harness = await startSlack({ mode: "socket" });
    // The socket was opened with the app-level token.
    expect(harness.fake.callsTo("apps.connections.open")[0]?.token).toBe(TOKENS.app);

    const event = imMessage({ text: CONCRETE_COLLAB });
    const ack = await harness.driver.event(eventEnvelope(event));
    expect(ack.status).toBe(200);
    // A redelivery of the same envelope, as Slack retries: still one card.
    await harness.driver.event(eventEnvelope(event), { retryNum: 1 });
    await eventually(() => harness.cards().length === 1);
    // A control DM sent last: once its card is up and the queue is idle, all above was handled.
    await harness.dmAndCard("control message", { channel: "DCONTROL1", user: "UCONTROL1" });
    await harness.idle();
    expect(harness.cards()).toHaveLength(2);
    const first = structuredClone(harness.cards()[0]);
    if (!first) throw new Error("no card");
    expect(textOf(first)).toContain("Would you mix it?");
    const firstId = reviewIdOf(first);
    const draft = (await harness.test.app.store.get(firstId))?.draft.text;
    await harness.driver.interaction(
      blockActions(REVIEWER, location(first), actionsOf(first).approve ?? ""),
    );
    await eventually(async () => (await harness.test.app.store.get(firstId))?.status === "sent");
    const replies = harness.fake
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === SENDER.dm);
    expect(replies.map((c) => c.args.text)).toEqual([draft]);
    await eventually(() => {
      const now = harness.cards().find((c) => c.ts === first.ts);
      return now !== undefined && Object.keys(actionsOf(now)).length === 0;
    });
  });

  it("answers in the ack payload: modal errors and the slash command", async () => {
    const harness = await startSlack({ mode: "socket" });
    const { card } = await harness.dmAndCard(CONCRETE_COLLAB);
    const empty = await harness.driver.interaction(
      viewSubmission(REVIEWER, { callback_id: actionsOf(card).edit ?? "" }, ""),
    );
    expect(empty.body).toMatchObject({ response_action: "errors" });
    const pending = await harness.driver.command(slashCommand(REVIEWER, "pending"));
    expect(pending.body).toMatchObject({ response_type: "ephemeral" });
    expect(JSON.stringify(pending.body)).toContain("Open reviews (1)");
  });
});

describe("the worker role", () => {
  it("opens no receiver but still posts cards and delivers through the Web API", async () => {
    const harness = await startSlack({ env: { ROLE: "worker" } });
    expect(harness.fake.callsTo("auth.test")).toHaveLength(0);
    const res = await fetch(`http://127.0.0.1:${harness.test.app.port}/slack/events`, {
      method: "POST",
      body: "{}",
    });
    expect(res.status).toBe(404);

    // A replica in the ingest role queued this DM; this worker presents and delivers it.
    const queued = await harness.test.app.ctx.ingest({
      id: `${SENDER.dm}:1700000000.000100`,
      platform: "slack",
      workspace: "T0FAKETEAM",
      channel: SENDER.dm,
      context: "dm",
      author: { id: SENDER.id, name: SENDER.name },
      text: CONCRETE_COLLAB,
      links: [],
      receivedAt: new Date().toISOString(),
      meta: { ts: "1700000000.000100", replyAs: "bot" },
    });
    if (queued.status !== "queued") throw new Error(queued.status);
    await eventually(async () => (await harness.test.app.store.get(queued.reviewId))?.card);
    const decided = await harness.test.app.ctx.decide({
      reviewId: queued.reviewId,
      action: "approve",
      actor: `slack:${REVIEWER}`,
    });
    expect(decided.ok).toBe(true);
    await eventually(
      async () => (await harness.test.app.store.get(queued.reviewId))?.status === "sent",
    );
    expect(harness.fake.messagesIn(SENDER.dm)).toHaveLength(1);
  });
});
