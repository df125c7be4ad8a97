// DMs to the bot, their review cards and what each reviewer click leads to, with the real
// discord.js client against the fake Discord. Assertions are on the REST calls the bot makes.
import { describe, expect, it } from "vitest";
import {
  actionsOf,
  componentsOf,
  type DiscordHarness,
  discordPerTest,
  shownText,
  textOf,
} from "./fakes/discord/harness.ts";
import { forwardOf, type MessagePayload, snowflake, user } from "./fakes/discord/payloads.ts";
import type { RestCall, ScriptedFailure } from "./fakes/discord/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

// Every test's harness is stopped after it, and nothing the bot wrote may ping anyone.
const startDiscord = discordPerTest();

async function start(label: "collaboration" | "feedback_request" | "spam" = "collaboration") {
  return startDiscord({ classifier: fixedClassifier(label) });
}

function dmPosts(harness: DiscordHarness, msg: MessagePayload): RestCall[] {
  return harness.fake.callsTo("POST", new RegExp(`^/channels/${msg.channel_id}/messages$`));
}

describe("a DM to the bot", () => {
  it("puts one card in the review channel with sender, label, reasons, draft and buttons", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const stored = await harness.review(reviewId);
    const text = textOf(card);
    expect(text).toContain("Maya Torres");
    expect(text).toContain("account 3 days old");
    expect(text).toContain("**Collaboration**");
    expect(text).toContain("90%");
    expect(text).toContain("fixed to collaboration by the test");
    expect(text).toContain(">>> Hi! I run a small label");
    expect(stored.draft.text).toBeTruthy();
    expect(shownText(card)).toContain(stored.draft.text);
    expect(Object.keys(actionsOf(card))).toEqual(["approve", "edit", "reject", "relabel"]);
    expect(componentsOf(card).every((c) => c.disabled === false)).toBe(true);
    expect(stored.card).toEqual({
      channelId: harness.fake.guild.reviewChannelId,
      messageId: card.id,
    });
  });
});

describe("the card itself", () => {
  it("posts one card when Discord's answer to the card was lost and triage retried", async () => {
    const harness = await start();
    const reviewChannel = harness.fake.guild.reviewChannelId;
    const path = new RegExp(`^/channels/${reviewChannel}/messages$`);
    harness.fake.failNext({
      method: "POST",
      path,
      status: 500,
      body: { message: "Internal Server Error", code: 0 },
      afterCommit: true,
    });
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const posts = harness.fake.callsTo("POST", path);
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => p.body.nonce)).toEqual([`c-${reviewId}`, `c-${reviewId}`]);
    expect(`c-${reviewId}`.length).toBeLessThanOrEqual(25);
    const cards = [...harness.fake.messages.values()].filter((m) => m.channel_id === reviewChannel);
    expect(cards.map((m) => m.id)).toEqual([card.id]);
    expect((await harness.review(reviewId)).card?.messageId).toBe(card.id);
  });
});

describe("reviewer decisions on a DM card", () => {
  it("sends exactly the draft once on Approve, with the review id as an enforced nonce", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.review(reviewId)).draft.text;
    const click = harness.driver.click(
      card.id,
      actionsOf(card).approve as string,
      harness.reviewer,
    );
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(harness.driver.answers(click)[0]?.body).toEqual({ type: 6 });
    const posts = dmPosts(harness, msg);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({
      content: draft,
      nonce: reviewId,
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
    });
    expect(reviewId.length).toBeLessThanOrEqual(25);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("✅ Sent") ? now : undefined;
    });
    expect(textOf(edited)).toContain(`<@${harness.reviewer.user.id}>`);
    expect(textOf(edited)).toMatch(/<t:\d+:f>/);
    expect(componentsOf(edited).every((c) => c.disabled === true)).toBe(true);
  });

  it("opens the Edit modal prefilled with the draft and sends exactly the edited text", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.review(reviewId)).draft.text;
    const click = harness.driver.click(card.id, actionsOf(card).edit as string, harness.reviewer);
    const modal = await eventually(() => harness.driver.answers(click)[0]?.body);
    expect(modal.type).toBe(9);
    const input = modal.data.components[0].components[0];
    expect(input).toMatchObject({ value: draft, min_length: 1, max_length: 2000, required: true });

    const edited = "Thanks Maya! Send the stems over and let's talk Thursday. @everyone";
    harness.driver.submitModal(card.id, modal.data.custom_id, edited, harness.reviewer);
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg).map((c) => c.body.content)).toEqual([edited]);
    await eventually(() => textOf(harness.latest(card)).includes("✅ Sent"));
    expect(textOf(harness.latest(card))).toContain(edited);
  });

  it("refuses an edited reply that is empty or longer than 2,000 characters", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const edit = `review:edit:${reviewId}`;
    const tooLong = harness.driver.submitModal(card.id, edit, "x".repeat(2001), harness.reviewer);
    const blank = harness.driver.submitModal(card.id, edit, "   ", harness.reviewer);
    const said = await eventually(() => {
      const all = [...harness.notes(tooLong), ...harness.notes(blank)];
      return all.length === 2 ? all : undefined;
    });
    expect(said.every((n) => n.includes("1 to 2000 characters"))).toBe(true);
    expect((await harness.review(reviewId)).status).toBe("pending");
    expect(dmPosts(harness, msg)).toHaveLength(0);
  });

  it("records a relabel and puts the new label's draft on the card", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard("what do you think of my mix?");
    const before = (await harness.review(reviewId)).draft.text;
    const relabel = actionsOf(card).relabel as string;
    harness.driver.select(card.id, relabel, "feedback_request", harness.reviewer);
    const after = await eventually(async () => {
      const r = await harness.review(reviewId);
      return r.correctedLabel === "feedback_request" ? r : undefined;
    });
    expect(after.status).toBe("pending");
    expect(after.draft.text).not.toBe(before);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("relabelled from Collaboration") ? now : undefined;
    });
    expect(textOf(edited)).toContain("**Feedback request**");
    expect(shownText(edited)).toContain(after.draft.text);
    const select = componentsOf(edited).find((c) => c.custom_id === relabel);
    const options = select?.options as Array<{ value: string; default: boolean }>;
    expect(options.find((o) => o.default)?.value).toBe("feedback_request");
    expect(componentsOf(edited).every((c) => c.disabled === false)).toBe(true);
  });

  it("lets a member holding the reviewer role decide", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.driver.click(card.id, actionsOf(card).reject as string, harness.roleReviewer);
    const decided = await eventually(async () => {
      const r = await harness.review(reviewId);
      return r.status === "rejected" ? r : undefined;
    });
    expect(decided.decidedBy).toBe(`discord:${harness.roleReviewer.user.id}`);
  });
});

describe("a card Discord fails to refresh after a decision", () => {
  /** The next `times` edits of the card fail as scripted. */
  function failCardEdits(
    harness: DiscordHarness,
    card: MessagePayload,
    times: number,
    status: number,
  ) {
    for (let i = 0; i < times; i++) {
      harness.fake.failNext({
        method: "PATCH",
        path: new RegExp(`^/channels/\\d+/messages/${card.id}$`),
        status,
        body:
          status >= 500
            ? { message: "Service Unavailable", code: 0 }
            : { message: "Invalid Form Body", code: 50035 },
      });
    }
  }

  it("tries again, so a rejected card shows it after Discord answered 503 four times", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    // discord.js itself retries a 5xx three times: four failures outlast one updateCard.
    failCardEdits(harness, card, 4, 503);
    const click = harness.driver.click(card.id, actionsOf(card).reject as string, harness.reviewer);
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("🚫 Rejected") ? now : undefined;
    });
    expect(componentsOf(edited).every((c) => c.disabled === true)).toBe(true);
    expect((await harness.review(reviewId)).status).toBe("rejected");
    expect(harness.notes(click).join("\n")).not.toContain("nothing was decided");
  });

  it("says the rejection stands when the card cannot be refreshed, not that nothing was decided", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    failCardEdits(harness, card, 1, 400);
    const click = harness.driver.click(card.id, actionsOf(card).reject as string, harness.reviewer);
    const [note, ...more] = await eventually(() => {
      const notes = harness.notes(click);
      return notes.length > 0 ? notes : undefined;
    });
    expect(more).toEqual([]);
    expect(note).toContain("Decided: rejected");
    expect(note).toContain("the card could not be refreshed");
    expect(note).not.toContain("nothing was decided");
    expect((await harness.review(reviewId)).status).toBe("rejected");
  });

  it("says the relabel stands when the card cannot be refreshed", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    failCardEdits(harness, card, 1, 400);
    const relabel = actionsOf(card).relabel as string;
    const click = harness.driver.select(card.id, relabel, "feedback_request", harness.reviewer);
    const note = await eventually(() => harness.notes(click)[0]);
    expect(note).toContain("Relabelled to Feedback request");
    expect(note).toContain("the card could not be refreshed");
    expect((await harness.review(reviewId)).correctedLabel).toBe("feedback_request");
  });
});

describe("an Approve from a card that showed an older draft", () => {
  /** Waits for the note a click got. */
  const noteOf = (harness: DiscordHarness, click: ReturnType<DiscordHarness["driver"]["click"]>) =>
    eventually(() => harness.notes(click)[0]);

  it("sends nothing after another reviewer's relabel, and the refreshed card's Approve sends the new draft once", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const oldDraft = (await harness.review(reviewId)).draft.text;
    const staleApprove = actionsOf(card).approve as string;
    expect(staleApprove.length).toBeLessThanOrEqual(100);

    // Reviewer A relabels; the card is refreshed with the new draft.
    const relabel = actionsOf(card).relabel as string;
    harness.driver.select(card.id, relabel, "feedback_request", harness.roleReviewer);
    const relabelled = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("relabelled from Collaboration") ? now : undefined;
    });
    const newDraft = (await harness.review(reviewId)).draft.text as string;
    expect(newDraft).not.toBe(oldDraft);

    // Reviewer B still has the old card on screen and clicks its Approve.
    const stale = harness.driver.click(card.id, staleApprove, harness.reviewer);
    const note = await noteOf(harness, stale);
    expect(note).toContain("Nothing was sent: the draft changed after this card showed it");
    expect(note).toContain("click Approve again");
    expect((await harness.review(reviewId)).status).toBe("pending");
    expect(dmPosts(harness, msg)).toHaveLength(0);

    // From the refreshed card, Approve sends exactly the new draft, once.
    const fresh = actionsOf(harness.latest(card)).approve as string;
    expect(fresh).not.toBe(staleApprove);
    expect(fresh).toBe(actionsOf(relabelled).approve);
    harness.driver.click(card.id, fresh, harness.reviewer);
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg).map((c) => c.body.content)).toEqual([newDraft]);
  });

  it("sends nothing when the card could not be refreshed after the relabel, and refreshes it then", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const staleApprove = actionsOf(card).approve as string;
    harness.fake.failNext({
      method: "PATCH",
      path: new RegExp(`^/channels/\\d+/messages/${card.id}$`),
      status: 400,
      body: { message: "Invalid Form Body", code: 50035 },
    });
    const relabel = harness.driver.select(
      card.id,
      actionsOf(card).relabel as string,
      "feedback_request",
      harness.reviewer,
    );
    expect(await noteOf(harness, relabel)).toContain("Approve on it sends nothing");
    // The card still shows the old draft and its Approve.
    expect(actionsOf(harness.latest(card)).approve).toBe(staleApprove);

    const stale = harness.driver.click(card.id, staleApprove, harness.reviewer);
    expect(await noteOf(harness, stale)).toContain("The card now shows the current draft");
    expect(dmPosts(harness, msg)).toHaveLength(0);
    const refreshed = harness.latest(card);
    const newDraft = (await harness.review(reviewId)).draft.text as string;
    expect(shownText(refreshed)).toContain(newDraft);

    harness.driver.click(card.id, actionsOf(refreshed).approve as string, harness.reviewer);
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg).map((c) => c.body.content)).toEqual([newDraft]);
  });

  it("accepts a card from before draft versions while the draft is the one it was created with", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.review(reviewId)).draft.text;
    harness.driver.click(card.id, `review:approve:${reviewId}`, harness.reviewer);
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg).map((c) => c.body.content)).toEqual([draft]);
  });

  it("refuses a card from before draft versions once the draft was relabelled", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.driver.select(
      card.id,
      actionsOf(card).relabel as string,
      "feedback_request",
      harness.reviewer,
    );
    await eventually(async () => (await harness.review(reviewId)).correctedLabel);
    const legacy = harness.driver.click(card.id, `review:approve:${reviewId}`, harness.reviewer);
    expect(await noteOf(harness, legacy)).toContain("the draft changed");
    expect((await harness.review(reviewId)).status).toBe("pending");
    expect(dmPosts(harness, msg)).toHaveLength(0);
  });
});

/** A DM's card approved while the next post to the sender's DM fails as scripted. */
async function approveFailing(
  harness: DiscordHarness,
  failure: Omit<ScriptedFailure, "method" | "path">,
) {
  const dm = await harness.dmAndCard(CONCRETE_COLLAB);
  const path = new RegExp(`^/channels/${dm.msg.channel_id}/messages$`);
  harness.fake.failNext({ method: "POST", path, ...failure });
  harness.driver.click(dm.card.id, actionsOf(dm.card).approve as string, harness.reviewer);
  return dm;
}

describe("delivery failures", () => {
  it("marks the review failed and says why on the card when the sender's DMs are closed", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await approveFailing(harness, {
      status: 403,
      body: { code: 50007, message: "Cannot send messages to this user" },
    });
    const failed = await eventually(async () => {
      const r = await harness.review(reviewId);
      return r.status === "failed" ? r : undefined;
    });
    expect(failed.failure).toContain("50007");
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("Not delivered") ? now : undefined;
    });
    expect(textOf(edited)).toContain("does not accept DMs from this bot");
    expect(textOf(edited)).toContain("Nothing reached them; the reply is below");
    expect(dmPosts(harness, msg)).toHaveLength(1);
  });

  it("retries after a 429 honouring retry_after, then delivers once", async () => {
    const harness = await start();
    const { msg, reviewId } = await approveFailing(harness, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.2, global: false },
      headers: { "retry-after": "0.2" },
    });
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    const posts = dmPosts(harness, msg);
    expect(posts).toHaveLength(2);
    const delivered = [...harness.fake.messages.values()].filter(
      (m) => m.channel_id === msg.channel_id,
    );
    expect(delivered).toHaveLength(1);
  });

  it("retries a 5xx and delivers once", async () => {
    const harness = await start();
    const { msg, reviewId } = await approveFailing(harness, {
      status: 502,
      body: { message: "Bad Gateway", code: 0 },
    });
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg)).toHaveLength(2);
  });

  it("does not post twice when Discord's answer was lost after it posted", async () => {
    const harness = await start();
    const { msg, reviewId } = await approveFailing(harness, {
      status: 500,
      body: { message: "Internal Server Error", code: 0 },
      afterCommit: true,
    });
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    // The retry looked in the DM after the sender's message and found the reply: no second post.
    expect(dmPosts(harness, msg)).toHaveLength(1);
    const looks = harness.fake.callsTo("GET", new RegExp(`^/channels/${msg.channel_id}/messages$`));
    expect(looks).toHaveLength(1);
    expect(looks[0]?.query.get("after")).toBe(msg.id);
    const delivered = [...harness.fake.messages.values()].filter(
      (m) => m.channel_id === msg.channel_id,
    );
    expect(delivered).toHaveLength(1);
  });

  it("does not post twice when the retry comes after Discord's nonce window", async () => {
    const harness = await start();
    harness.fake.remembersNonces = false;
    const { msg, reviewId } = await approveFailing(harness, {
      status: 500,
      body: { message: "Internal Server Error", code: 0 },
      afterCommit: true,
    });
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    const delivered = [...harness.fake.messages.values()].filter(
      (m) => m.channel_id === msg.channel_id,
    );
    expect(delivered).toHaveLength(1);
  });

  it("posts a first attempt without reading the DM", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.driver.click(card.id, actionsOf(card).approve as string, harness.reviewer);
    await eventually(async () => (await harness.review(reviewId)).status === "sent");
    expect(dmPosts(harness, msg)).toHaveLength(1);
    expect(
      harness.fake.callsTo("GET", new RegExp(`^/channels/${msg.channel_id}/messages`)),
    ).toEqual([]);
  });
});

describe("what a card quotes", () => {
  // Mentions it quotes ping no one: the adapter contract checks that for every platform.
  it("shows markdown from the sender as typed", async () => {
    const harness = await start();
    const { card } = await harness.dmAndCard("look at this **now**");
    expect(textOf(card)).toContain("\\*\\*now\\*\\*");
  });

  it("cuts long text to fit Discord's embed limits", async () => {
    const harness = await start();
    const long = `${"All work and no play. ".repeat(300)}\n`.repeat(2);
    const { card } = await harness.dmAndCard(long);
    const embeds = card.embeds as Array<{
      title?: string;
      description?: string;
      fields?: Array<{ name: string; value: string }>;
      footer?: { text: string };
    }>;
    let total = 0;
    for (const e of embeds) {
      expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
      total += textOf({ ...card, embeds: [e] }).replace(/\n/g, "").length;
    }
    expect(total).toBeLessThanOrEqual(6000);
    expect(embeds[0]?.description).toMatch(/… \(cut: [\d,]+ more characters not shown\)$/);
  });

  it("triages an attachments-only DM, with a note and (no text)", async () => {
    const harness = await start();
    const sender = user("Beat Maker");
    harness.driver.dm(sender, "", harness.driver.withAttachments("demo.mp3"));
    const card = await eventually(() => harness.cards()[0]);
    expect(textOf(card)).toContain("(no text)");
    expect(textOf(card)).toContain("no text, only 1 attachment: demo.mp3");
  });
});

describe("a forwarded DM", () => {
  it("is triaged on the forwarded text, with a note that it was forwarded", async () => {
    const harness = await start();
    const original = { channel_id: snowflake(), content: CONCRETE_COLLAB };
    const before = harness.cards().length;
    harness.driver.dm(user("Fwd Sender"), "", forwardOf(original));
    const card = await eventually(() => harness.cards()[before]);
    expect(textOf(card)).toContain(">>> Hi! I run a small label");
    expect(textOf(card)).toContain("forwarded message");
    expect(textOf(card)).not.toContain("(no text)");
  });
});

describe("messages that are not triaged", () => {
  it("ignores bots, webhooks, system messages and the bot's own messages", async () => {
    // Spam is what a watched channel would card, so an unfiltered message would show up.
    const harness = await start("spam");
    const { driver, fake } = harness;
    driver.dm(user("Other Bot", { bot: true }), "beep, would you collaborate?");
    driver.dm(fake.bot, "the bot's own words");
    driver.post(user("Hook"), "from a webhook", { webhook_id: snowflake() });
    // System messages: a join, a pin, a boost (whose content is the boost count).
    driver.post(user("Joiner"), "", { type: 7 });
    driver.post(user("Pinner"), "", { type: 6 });
    driver.post(user("Booster"), "2", { type: 8 });
    const { msg } = await harness.dmAndCard("a real person");
    expect(harness.cards()).toHaveLength(1);
    expect(textOf(harness.cards()[0] as MessagePayload)).toContain("a real person");
    expect(msg.content).toBe("a real person");
    // Every message triaged is counted once: only the real person's was.
    const counted = await harness.test.app.metrics.messages.get();
    expect(counted.values.reduce((sum, v) => sum + v.value, 0)).toBe(1);
  });

  it("does not re-triage an edited message", async () => {
    const harness = await start();
    const { msg, card } = await harness.dmAndCard("first version");
    harness.driver.edit(msg, "second version, edited");
    await harness.dmAndCard("a later message");
    expect(harness.cards()).toHaveLength(2);
    expect(textOf(harness.latest(card))).toContain("first version");
    expect(harness.cards().some((c) => textOf(c).includes("second version"))).toBe(false);
  });
});
