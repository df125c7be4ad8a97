// Delivering an approved reply through Slack's Web API: rate limits, refusals that no retry can
// fix, a retry after Slack already took the post, and replies sent as the owner.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  REVIEW_CHANNEL,
  REVIEWER,
  SENDER,
  type SlackHarness,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import { TOKENS } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

async function approve(
  harness: SlackHarness,
  options: Parameters<SlackHarness["dmAndCard"]>[1] = {},
) {
  const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB, options);
  await harness.click(REVIEWER, card, "approve");
  return { card, reviewId };
}

describe("delivery", () => {
  it("waits out a rate limit for the Retry-After Slack gave, then posts once", async () => {
    const harness = await start();
    harness.fake.script("chat.postMessage", { apply: true }); // the card itself goes through
    harness.fake.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const { reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    const attempts = harness.postsTo(SENDER.dm);
    expect(attempts).toHaveLength(2);
    // Only the second attempt reached the DM: one reply.
    expect(harness.fake.messagesIn(SENDER.dm)).toHaveLength(1);
    // The retry came after Retry-After, not at once.
    const audit = await harness.test.app.reports.audit(reviewId);
    const approvedAt = Date.parse(audit.find((a) => a.action === "approve")?.at ?? "");
    const sentAt = Date.parse((await harness.test.app.store.get(reviewId))?.sentAt ?? "");
    expect(sentAt - approvedAt).toBeGreaterThanOrEqual(900);
  });

  it("marks the review failed on channel_not_found and the card says why", async () => {
    const harness = await start();
    harness.fake.script(
      "chat.postMessage",
      { apply: true },
      { body: { ok: false, error: "channel_not_found" } },
    );
    const { card, reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "failed");
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.failure).toContain("channel_not_found");
    const updated = await eventually(() => {
      const now = harness.cards().find((c) => c.ts === card.ts);
      return now && textOf(now).includes("Not delivered") ? now : undefined;
    });
    expect(textOf(updated)).toContain("the DM channel no longer exists");
    expect(textOf(updated)).toContain("Nothing reached them; the reply is above");
    expect(textOf(updated)).toContain("channel_not_found");
    expect(actionsOf(updated)).toEqual({});
    // One attempt: retrying cannot bring a channel back.
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
  });

  it.each(["not_in_channel", "is_archived", "invalid_auth"])(
    "gives up at once on %s",
    async (error) => {
      const harness = await start();
      harness.fake.script("chat.postMessage", { apply: true }, { body: { ok: false, error } });
      const { reviewId } = await approve(harness);
      await eventually(async () => (await harness.status(reviewId)) === "failed");
      expect((await harness.test.app.store.get(reviewId))?.failure).toContain(error);
      expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
    },
  );

  it("posts nothing twice when Slack took the post but the answer was lost", async () => {
    const harness = await start();
    // Slack stores the reply, then the worker sees a 500 (as if it died before recording).
    harness.fake.script(
      "chat.postMessage",
      { apply: true },
      { apply: true, status: 500, body: { ok: false } },
    );
    const { card, reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
    expect(harness.fake.messagesIn(SENDER.dm)).toHaveLength(1);
    // Only the retry looked in the DM's history, with metadata, and found the tagged reply.
    const lookups = harness.fake
      .callsTo("conversations.history")
      .filter((c) => c.args.channel === SENDER.dm);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.args.include_all_metadata).toBe("true");
    await eventually(() => {
      const now = harness.cards().find((c) => c.ts === card.ts);
      return now !== undefined && textOf(now).includes("✅ Sent");
    });
  });

  it("posts a first attempt without reading the DM's history (Tier 3: 1 call a minute off the Marketplace)", async () => {
    const harness = await start();
    const { reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
    expect(harness.fake.callsTo("conversations.history")).toHaveLength(0);
  });

  it("finds the reply Slack took when 250 messages came after it, paging from the DM on", async () => {
    const harness = await start();
    harness.fake.script(
      "chat.postMessage",
      { apply: true },
      {
        apply: true,
        status: 500,
        body: { ok: false },
        // Before the retry, the sender goes on writing: the reply is far from the newest.
        meanwhile: () => {
          for (let i = 0; i < 250; i++) harness.fake.receive(SENDER.dm, SENDER.id, `more ${i}`);
        },
      },
    );
    const { reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(harness.postsTo(SENDER.dm)).toHaveLength(1);
    const lookups = harness.fake
      .callsTo("conversations.history")
      .filter((c) => c.args.channel === SENDER.dm);
    expect(lookups).toHaveLength(2);
    expect(lookups[1]?.args.cursor).toBe("200");
    const review = await harness.test.app.store.get(reviewId);
    expect(lookups[0]?.args.oldest).toBe(review?.message.meta?.ts);
  });

  it("posts one card when Slack took the card but the answer was lost", async () => {
    const harness = await start();
    harness.fake.script("chat.postMessage", { apply: true, status: 500, body: { ok: false } });
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    // The retry looked in the review channel for the card tagged with this review, and found it.
    expect(harness.postsTo(REVIEW_CHANNEL)).toHaveLength(1);
    expect(harness.fake.messagesIn(REVIEW_CHANNEL)).toHaveLength(1);
    const lookups = harness.fake
      .callsTo("conversations.history")
      .filter((c) => c.args.channel === REVIEW_CHANNEL);
    expect(lookups).toHaveLength(1);
    expect((await harness.test.app.store.get(reviewId))?.card).toEqual({
      channel: REVIEW_CHANNEL,
      ts: card.ts,
    });
  });

  it("waits out a rate limit on the card and posts it once, without looking for it", async () => {
    const harness = await start();
    harness.fake.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    const { reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    expect(harness.postsTo(REVIEW_CHANNEL)).toHaveLength(2);
    expect(harness.fake.messagesIn(REVIEW_CHANNEL)).toHaveLength(1);
    // Refused, so not posted: no history lookup, and the job's one attempt did not fail.
    expect(harness.fake.callsTo("conversations.history")).toHaveLength(0);
    expect((await harness.test.app.store.get(reviewId))?.card).toBeDefined();
    // Waited out in place: the presenter's job never failed an attempt.
    expect(harness.test.logs()).not.toContain("presenting the card failed");
  });

  it("still posts the card when the app may not read the review channel's history", async () => {
    const harness = await start();
    harness.fake.script("chat.postMessage", { status: 500, body: { ok: false } });
    harness.fake.script("conversations.history", { body: { ok: false, error: "missing_scope" } });
    const { reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    expect(harness.fake.messagesIn(REVIEW_CHANNEL)).toHaveLength(1);
    expect((await harness.test.app.store.get(reviewId))?.card).toBeDefined();
    expect(harness.adapterLogs()).toContain("could not look for an earlier card");
  });

  it("posts the card with the bot token and the reply in the bot's DM", async () => {
    const harness = await start();
    const { reviewId } = await approve(harness);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    const [card] = harness.postsTo(REVIEW_CHANNEL);
    const [reply] = harness.postsTo(SENDER.dm);
    expect(card?.token).toBe(TOKENS.bot);
    expect(reply?.token).toBe(TOKENS.bot);
  });
});

describe("user-token mode", () => {
  it("answers a DM to the owner as the owner, with the user token", async () => {
    const harness = await start({ userToken: true });
    // The first answer is lost, so the retry looks before posting again.
    harness.fake.script(
      "chat.postMessage",
      { apply: true },
      { apply: true, status: 500, body: { ok: false } },
    );
    const { reviewId } = await approve(harness, { via: "owner", channel: "DOWNERDM1" });
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    const posted = harness.postsTo("DOWNERDM1");
    expect(posted).toHaveLength(1);
    expect(posted[0]?.token).toBe(TOKENS.user);
    expect(posted[0]?.args.metadata).toMatchObject({ event_payload: { review_id: reviewId } });
    // The history check reads the owner's DM with the owner's token too.
    const lookup = harness.fake
      .callsTo("conversations.history")
      .find((c) => c.args.channel === "DOWNERDM1");
    expect(lookup?.token).toBe(TOKENS.user);
    // The card itself is still the bot's.
    expect(harness.postsTo(REVIEW_CHANNEL)[0]?.token).toBe(TOKENS.bot);
  });

  it("never logs a token or the signing secret", async () => {
    const harness = await start({ userToken: true });
    const { reviewId } = await approve(harness, { via: "owner", channel: "DOWNERDM1" });
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    const logs = `${harness.adapterLogs()}${harness.test.logs()}`;
    expect(logs).toContain("connected to Slack");
    for (const secret of [TOKENS.bot, TOKENS.user, "fake-signing-secret-never-logged"]) {
      expect(logs).not.toContain(secret);
    }
  });
});
