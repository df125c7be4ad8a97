// DMs in: what becomes a review card in the review channel, what is ignored, and how the sender's
// text is shown. The real Bolt App over HTTP against the fake Slack; assertions on recorded calls.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  REVIEW_CHANNEL,
  SENDER,
  type SlackHarness,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import { eventEnvelope, imMessage } from "./fakes/slack/payloads.ts";
import { BOT, OWNER } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

/** A control DM sent last: once its card is up, everything sent before it was handled. */
async function barrier(harness: SlackHarness): Promise<void> {
  await harness.dmAndCard("control message, sent last", {
    channel: "DCONTROL1",
    user: "UCONTROL1",
  });
  await harness.idle();
}

describe("a DM to the bot", () => {
  it("puts one card in the review channel: sender, text, label, confidence, reasons, draft, buttons", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const text = textOf(card);
    expect(card.channel).toBe(REVIEW_CHANNEL);
    expect(text).toContain(SENDER.name);
    expect(text).toContain(SENDER.id);
    expect(text).toContain("Would you mix it?");
    expect(text).toContain("*Collaboration*");
    expect(text).toContain("90%");
    expect(text).toContain("fixed to collaboration by the test");
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.draft.text).toBeTruthy();
    expect(text).toContain((review?.draft.text ?? "").split("\n")[0]);
    expect(Object.keys(actionsOf(card)).sort()).toEqual(["approve", "edit", "reject", "relabel"]);
    expect(actionsOf(card).approve).toBe(`review:approve:${reviewId}`);
    // The sender is named, not mentioned: a sender who is in the review channel gets no ping.
    expect(text).not.toContain(`<@${SENDER.id}>`);
    expect(review?.message).toMatchObject({
      platform: "slack",
      channel: SENDER.dm,
      context: "dm",
      author: { id: SENDER.id, name: SENDER.name },
      meta: { replyAs: "bot" },
    });
  });

  // The same message under a new event id is in the adapter contract, for every platform.
  it("makes one card of Slack's retries of an event", async () => {
    const harness = await start();
    const event = imMessage({ text: CONCRETE_COLLAB });
    const envelope = eventEnvelope(event, { eventId: "Ev0RETRIED" });
    const answers = [
      await harness.driver.event(envelope),
      await harness.driver.event(envelope, { retryNum: 1 }),
      await harness.driver.event(envelope, { retryNum: 2 }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await eventually(() => harness.cards().length === 1);
    await barrier(harness);
    expect(harness.cards()).toHaveLength(2);
    expect(harness.cards().filter((c) => textOf(c).includes("Would you mix it?"))).toHaveLength(1);
  });

  it("escapes the sender's text, so quoted mentions and masked links ping and hide nothing", async () => {
    const harness = await start();
    // Slack's event text: real mentions and links as <…>, typed &, <, > as entities.
    const raw =
      "Hey <!channel> <!here> <@U0BOSS> see <https://evil.example|bank.com> &amp; 1 &lt; 2";
    const { card, reviewId } = await harness.dmAndCard(raw);
    const text = textOf(card);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("&lt;!here&gt;");
    expect(text).toContain("&lt;@U0BOSS&gt;");
    expect(text).toContain("&lt;https://evil.example|bank.com&gt;");
    expect(text).toContain("&amp; 1 &lt; 2");
    for (const live of ["<!channel>", "<!here>", "<@U0BOSS>", "<https://evil"]) {
      expect(text).not.toContain(live);
    }
    // The fallback text (notifications) pings no one either.
    expect(card.text).not.toMatch(/<[!@]/);
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.message.text).toBe(
      "Hey <!channel> <!here> <@U0BOSS> see <https://evil.example|bank.com> & 1 < 2",
    );
    expect(review?.message.links).toEqual(["https://evil.example"]);
  });

  it("cuts a very long text with a marker and keeps every block within Block Kit's limits", async () => {
    const harness = await start();
    const long = `${"x".repeat(5000)}<&>${"y".repeat(14_000)}`;
    const { card } = await harness.dmAndCard(long);
    const blocks = card.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    const text = textOf(card);
    expect(text).toMatch(/cut: [\d,]+ more characters not shown/);
    expect(text).toContain("&lt;&amp;&gt;");
    expect(text).not.toContain("<&>");
  });

  it("triages a file sent without text, with a note saying so", async () => {
    const harness = await start();
    const event = imMessage({
      text: "",
      subtype: "file_share",
      files: [{ id: "F1", name: "demo-mix.wav" }],
    });
    await harness.driver.event(eventEnvelope(event));
    const card = await eventually(() => harness.cards()[0]);
    const text = textOf(card);
    expect(text).toContain("sent 1 file without text: demo-mix.wav");
    expect(text).toContain("(no text)");
  });

  it("ignores edits, deletions, joins, bot messages and the bot's own messages", async () => {
    const harness = await start();
    const ignored = [
      imMessage({ subtype: "message_changed", text: "edited" }),
      imMessage({ subtype: "message_deleted", text: "" }),
      imMessage({ subtype: "channel_join", text: "joined" }),
      imMessage({ subtype: "bot_message", bot_id: "BOTHER", text: "from a bot" }),
      imMessage({ bot_id: "BOTHER", text: "a bot without subtype" }),
      imMessage({ user: BOT.userId, text: "our own reply" }),
    ];
    for (const event of ignored) await harness.driver.event(eventEnvelope(event));
    await barrier(harness);
    expect(harness.cards()).toHaveLength(1);
    expect(textOf(harness.cards()[0] ?? { ts: "", channel: "" })).toContain("control message");
  });

  it("answers every event at once, before any card exists", async () => {
    const harness = await start();
    const answer = await harness.driver.event(eventEnvelope(imMessage({ text: CONCRETE_COLLAB })));
    expect(answer.status).toBe(200);
    await eventually(() => harness.cards().length === 1);
  });
});

describe("the owner's own DMs, with SLACK_USER_TOKEN", () => {
  it("triages a DM someone sent the owner, marked to be answered as the owner", async () => {
    const harness = await start({ userToken: true });
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB, {
      via: "owner",
      channel: "DOWNERDM1",
    });
    expect(textOf(card)).toContain("DM to you (the owner)");
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.message.meta).toMatchObject({ replyAs: "user" });
    expect(review?.message.channel).toBe("DOWNERDM1");
  });

  it("never triages the owner's own messages, in their DMs or to the bot", async () => {
    const harness = await start({ userToken: true });
    const own = imMessage({ user: OWNER.userId, channel: "DOWNERDM1", text: CONCRETE_COLLAB });
    await harness.driver.event(eventEnvelope(own, { via: "owner" }));
    await harness.driver.event(eventEnvelope(imMessage({ user: OWNER.userId, text: "hi bot" })));
    await barrier(harness);
    expect(harness.cards()).toHaveLength(1);
    expect(harness.adapterLogs()).toContain("the owner's own message");
  });

  it("never triages Slackbot's DMs to the owner (USLACKBOT, no bot_id), nor to the bot", async () => {
    const harness = await start({ userToken: true });
    const reminder = imMessage({
      user: "USLACKBOT",
      channel: "DSLACKBOT1",
      text: "Reminder: send Maya the collaboration contract.",
    });
    await harness.driver.event(eventEnvelope(reminder, { via: "owner" }));
    await harness.driver.event(eventEnvelope(imMessage({ user: "USLACKBOT", text: "notice" })));
    await barrier(harness);
    expect(harness.cards()).toHaveLength(1);
    expect(textOf(harness.cards()[0] ?? { ts: "", channel: "" })).toContain("control message");
  });

  it("ignores user-token events when SLACK_USER_TOKEN is not set", async () => {
    const harness = await start();
    const dm = imMessage({ channel: "DOWNERDM1", text: CONCRETE_COLLAB });
    await harness.driver.event(eventEnvelope(dm, { via: "owner" }));
    await barrier(harness);
    expect(harness.cards()).toHaveLength(1);
  });
});
