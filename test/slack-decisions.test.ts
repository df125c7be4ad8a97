// What each reviewer click on a Slack card leads to: Approve, Edit (modal), Reject, Relabel, and
// clicks by people who are not reviewers. Assertions are on the Web API calls the bot makes.
import { describe, expect, it, vi } from "vitest";
import type { Label } from "../src/types.ts";
import {
  actionsOf,
  location,
  REVIEW_CHANNEL,
  REVIEWER,
  SENDER,
  type SlackHarness,
  STRANGER,
  slackPerTest,
  textOf,
} from "./fakes/slack/harness.ts";
import { blockActions, slashCommand, viewSubmission } from "./fakes/slack/payloads.ts";
import { type ApiCall, type StoredMessage, TOKENS } from "./fakes/slack/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const startSlack = slackPerTest();
const start = (label: Label = "collaboration") =>
  startSlack({ classifier: fixedClassifier(label) });

/** Replies posted to the sender's DM (the only other channel the bot writes to). */
const replies = (harness: SlackHarness): ApiCall[] => harness.postsTo(SENDER.dm);

function cardUpdates(harness: SlackHarness): ApiCall[] {
  return harness.fake.callsTo("chat.update").filter((c) => c.args.channel === REVIEW_CHANNEL);
}

function ephemerals(harness: SlackHarness): ApiCall[] {
  return harness.fake.callsTo("chat.postEphemeral");
}

describe("Approve", () => {
  it("posts the draft to the sender's DM once, tagged with the review id, then settles the card", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.test.app.store.get(reviewId))?.draft.text;
    const answer = await harness.click(REVIEWER, card, "approve");
    expect(answer.status).toBe(200);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    await eventually(() => cardUpdates(harness).length > 0);
    const posted = replies(harness);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args.text).toBe(draft);
    expect(posted[0]?.args.metadata).toEqual({
      event_type: "collab_triage_reply",
      event_payload: { review_id: reviewId },
    });
    const settledCard = harness.latest(card);
    expect(actionsOf(settledCard)).toEqual({});
    const text = textOf(settledCard);
    expect(text).toContain("✅ Sent");
    expect(text).toContain(`<@${REVIEWER}>`);
    expect(text).toMatch(/<!date\^\d+\^/);
    expect(text).toContain("Reply sent");
  });
});

describe("Edit", () => {
  it("opens a modal with the draft prefilled, and sends exactly the edited text", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.test.app.store.get(reviewId))?.draft.text;
    await harness.click(REVIEWER, card, "edit");
    const opened = await eventually(() => harness.fake.callsTo("views.open")[0]);
    const view = opened.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ block_id: string; element: { initial_value: string } }>;
    };
    expect(opened.args.trigger_id).toMatch(/trigger/);
    expect(view.callback_id).toBe(`review:edit:${reviewId}`);
    expect(view.blocks[0]?.element.initial_value).toBe(draft);
    expect(replies(harness)).toHaveLength(0);

    const edited = "Thanks Maya! Send the stems over and I'll listen this week.\n\n– Alex";
    const answer = await harness.driver.interaction(viewSubmission(REVIEWER, view, edited));
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(replies(harness).map((c) => c.args.text)).toEqual([edited]);
    await eventually(() => textOf(harness.latest(card)).includes(`edited by <@${REVIEWER}>`));
  });

  it("caps the editor at the 3,000 characters Slack's plain_text_input holds, and says so", async () => {
    const harness = await start();
    const { card } = await harness.dmAndCard(CONCRETE_COLLAB);
    await harness.click(REVIEWER, card, "edit");
    const opened = await eventually(() => harness.fake.callsTo("views.open")[0]);
    const input = (
      opened.args.view as {
        blocks: Array<{ element: { max_length?: number }; hint: { text: string } }>;
      }
    ).blocks[0];
    expect(input?.element.max_length).toBe(3000);
    expect(input?.hint.text).toContain("1 to 3,000 characters");
  });

  it.each([
    [3500, "Approve sends it as it is; or Reject it and write to the sender yourself."],
    [4200, "It is also too long to send (Slack takes 4,000)"],
  ])(
    "does not open the editor for a %i-character draft, and tells the reviewer what they can do",
    async (length, advice) => {
      const harness = await startSlack({
        classifier: fixedClassifier("collaboration"),
        responder: {
          draft: async () => ({ kind: "collab_concrete", text: "d".repeat(length), source: "llm" }),
        },
      });
      const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
      await harness.click(REVIEWER, card, "edit");
      const note = await eventually(() => ephemerals(harness)[0]);
      expect(note.args).toMatchObject({ channel: REVIEW_CHANNEL, user: REVIEWER });
      expect(String(note.args.text)).toContain(
        `This draft is ${length.toLocaleString("en-US")} characters, more than the 3,000 Slack's edit box holds`,
      );
      expect(String(note.args.text)).toContain(advice);
      expect(harness.fake.callsTo("views.open")).toHaveLength(0);
      expect(await harness.status(reviewId)).toBe("pending");
    },
  );

  it("keeps the modal open with an inline error for an empty or over-long text, sending nothing", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const view = { callback_id: actionsOf(card).edit ?? "" };
    const empty = await harness.driver.interaction(viewSubmission(REVIEWER, view, "   \n "));
    expect(empty.body).toEqual({
      response_action: "errors",
      errors: { reply: "The reply must not be empty." },
    });
    const long = await harness.driver.interaction(viewSubmission(REVIEWER, view, "a".repeat(4001)));
    expect(long.body).toMatchObject({ response_action: "errors" });
    expect(JSON.stringify(long.body)).toContain("4,001 characters");
    const exact = "b".repeat(4000);
    const fits = await harness.driver.interaction(viewSubmission(REVIEWER, view, exact));
    expect(fits.body).toBe("");
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(replies(harness).map((c) => c.args.text)).toEqual([exact]);
  });

  it("says so in the modal when the review was decided while it was open", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    await harness.click(REVIEWER, card, "reject");
    await eventually(async () => (await harness.status(reviewId)) === "rejected");
    const view = { callback_id: actionsOf(card).edit ?? "" };
    const late = await harness.driver.interaction(viewSubmission(REVIEWER, view, "too late"));
    expect(JSON.stringify(late.body)).toContain("already decided");
    expect(replies(harness)).toHaveLength(0);
  });
});

describe("Reject and Relabel", () => {
  it("records the corrected label and puts a new draft on the card", async () => {
    const harness = await start("spam");
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    // Spam has no draft: nothing to approve, so no Approve button.
    expect(actionsOf(card).approve).toBeUndefined();
    const relabel = actionsOf(card).relabel ?? "";
    await harness.driver.interaction(
      blockActions(REVIEWER, location(card), relabel, { selected: "collaboration" }),
    );
    await eventually(() => cardUpdates(harness).length > 0);
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.correctedLabel).toBe("collaboration");
    expect(review?.draft.text).toBeTruthy();
    const updated = harness.latest(card);
    expect(textOf(updated)).toContain("relabelled from Spam");
    expect(textOf(updated)).toContain((review?.draft.text ?? "").split("\n")[0]);
    expect(actionsOf(updated).approve).toBe(`review:approve:${reviewId}`);
    expect(replies(harness)).toHaveLength(0);
  });
});

/**
 * A click on Approve as Slack sends it from `card` (a snapshot: what one reviewer's screen shows),
 * with the value that card's button carries.
 */
function approveFrom(harness: SlackHarness, card: StoredMessage, user = REVIEWER) {
  const blocks = (card.blocks ?? []) as Array<{
    type: string;
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  const button = blocks
    .filter((b) => b.type === "actions")
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id?.startsWith("review:approve:"));
  if (!button?.action_id) throw new Error("no Approve on the card");
  const payload = blockActions(user, location(card), button.action_id);
  const actions = payload.actions.map((a) => ({ ...a, value: button.value }));
  return harness.driver.interaction({ ...payload, actions });
}

describe("an Approve from a card that showed an older draft", () => {
  const relabelBy = (harness: SlackHarness, user: string, card: StoredMessage, label: Label) =>
    harness.driver.interaction(
      blockActions(user, location(card), actionsOf(card).relabel ?? "", { selected: label }),
    );

  it("sends nothing after another reviewer's relabel, and the refreshed card's Approve sends the new draft once", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const oldDraft = (await harness.test.app.store.get(reviewId))?.draft.text;

    // Reviewer A relabels; the card is refreshed with the new draft.
    await relabelBy(harness, "UREVIEWER2", card, "feedback_request");
    await eventually(() => textOf(harness.latest(card)).includes("relabelled from Collaboration"));
    const newDraft = (await harness.test.app.store.get(reviewId))?.draft.text as string;
    expect(newDraft).not.toBe(oldDraft);
    const updatesBefore = cardUpdates(harness).length;

    // Reviewer B still has the old card on screen and clicks its Approve.
    await approveFrom(harness, card);
    const note = await eventually(() => ephemerals(harness)[0]);
    expect(note.args).toMatchObject({ channel: REVIEW_CHANNEL, user: REVIEWER });
    expect(String(note.args.text)).toContain(
      "Nothing was sent: the draft changed after this card showed it",
    );
    expect(String(note.args.text)).toContain("click Approve again");
    expect(await harness.status(reviewId)).toBe("pending");
    expect(replies(harness)).toHaveLength(0);
    // The card is refreshed again, so even a client that missed the first update shows the new draft.
    expect(cardUpdates(harness).length).toBe(updatesBefore + 1);

    // From the refreshed card, Approve sends exactly the new draft, once.
    await approveFrom(harness, structuredClone(harness.latest(card)));
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(replies(harness).map((c) => c.args.text)).toEqual([newDraft]);
  });

  it("sends nothing when the card could not be refreshed after the relabel, and refreshes it then", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.fake.script("chat.update", { body: { ok: false, error: "not_in_channel" } });
    await relabelBy(harness, REVIEWER, card, "feedback_request");
    const relabelNote = await eventually(() => ephemerals(harness)[0]);
    expect(String(relabelNote.args.text)).toContain("its Approve sends nothing");
    expect(harness.latest(card).blocks).toEqual(card.blocks);

    await approveFrom(harness, card);
    const note = await eventually(() => ephemerals(harness)[1]);
    expect(String(note.args.text)).toContain("The card now shows the current draft");
    expect(replies(harness)).toHaveLength(0);
    const newDraft = (await harness.test.app.store.get(reviewId))?.draft.text as string;
    const refreshed = structuredClone(harness.latest(card));
    expect(textOf(refreshed)).toContain("relabelled from Collaboration");

    await approveFrom(harness, refreshed);
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(replies(harness).map((c) => c.args.text)).toEqual([newDraft]);
  });

  it("accepts a card from before draft versions while the draft is the one it was created with", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const draft = (await harness.test.app.store.get(reviewId))?.draft.text;
    // The harness's click sends the bare action id as value, as cards from before versions did.
    await harness.click(REVIEWER, card, "approve");
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(replies(harness).map((c) => c.args.text)).toEqual([draft]);
  });

  it("refuses a card from before draft versions once the draft was relabelled", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    await relabelBy(harness, REVIEWER, card, "feedback_request");
    await eventually(async () => (await harness.test.app.store.get(reviewId))?.correctedLabel);
    await harness.click(REVIEWER, card, "approve");
    const note = await eventually(() => ephemerals(harness)[0]);
    expect(String(note.args.text)).toContain("the draft changed");
    expect(await harness.status(reviewId)).toBe("pending");
    expect(replies(harness)).toHaveLength(0);
  });
});

describe("who may click", () => {
  it("refuses a non-reviewer with an ephemeral note and does nothing else", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const before = harness.fake.calls.length;
    for (const action of ["approve", "edit", "reject"]) await harness.click(STRANGER, card, action);
    await harness.driver.interaction(
      blockActions(STRANGER, location(card), actionsOf(card).relabel ?? "", { selected: "spam" }),
    );
    await eventually(() => ephemerals(harness).length === 4);
    const after = harness.fake.calls.slice(before);
    expect(after.map((c) => c.method)).toEqual(Array(4).fill("chat.postEphemeral"));
    for (const call of after) {
      expect(call.args).toMatchObject({ channel: REVIEW_CHANNEL, user: STRANGER });
      expect(String(call.args.text)).toContain("SLACK_REVIEWER_IDS");
    }
    const review = await harness.test.app.store.get(reviewId);
    expect(review?.status).toBe("pending");
    expect(review?.correctedLabel).toBeUndefined();
    // A non-reviewer's crafted submission is refused inline as well.
    const forged = await harness.driver.interaction(
      viewSubmission(STRANGER, { callback_id: actionsOf(card).edit ?? "" }, "forged"),
    );
    expect(JSON.stringify(forged.body)).toContain("SLACK_REVIEWER_IDS");
    expect(replies(harness)).toHaveLength(0);
  });

  it("ignores action ids that are not ours or are malformed", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    for (const id of ["review:approve:bad id!", "review:launch:r123", "review:approve:r1:extra"]) {
      const answer = await harness.driver.interaction(blockActions(REVIEWER, location(card), id));
      expect(answer.status).toBe(200);
    }
    expect(await harness.status(reviewId)).toBe("pending");
    expect(ephemerals(harness)).toHaveLength(0);
  });
});

describe("failures after the click was acknowledged", () => {
  /** The one note the reviewer got: where, to whom, and its text. */
  async function noteTo(harness: SlackHarness): Promise<string> {
    const note = await eventually(() => ephemerals(harness)[0]);
    expect(note.args).toMatchObject({ channel: REVIEW_CHANNEL, user: REVIEWER });
    return String(note.args.text);
  }

  /** Logged, with ids and codes, and neither a token nor the sender's words. */
  function expectLoggedSafely(harness: SlackHarness, code: string): void {
    const logs = harness.adapterLogs();
    expect(logs).toContain("card action failed after the ack");
    expect(logs).toContain(code);
    for (const secret of Object.values(TOKENS)) expect(logs).not.toContain(secret);
    expect(logs).not.toContain("Would you mix it?");
  }

  it.each([
    ["not_in_channel", { body: { ok: false, error: "not_in_channel" } }, "not_in_channel"],
    ["a 5xx", { status: 503 }, "Slack answered HTTP 503"],
  ])(
    "a Reject whose card cannot be refreshed (%s) stands, and the reviewer is told",
    async (_, answer, reason) => {
      const harness = await start();
      const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
      harness.fake.script("chat.update", answer);
      await harness.click(REVIEWER, card, "reject");
      const text = await noteTo(harness);
      expect(text).toBe(
        `Rejected; nothing will be sent. The card could not be refreshed (${reason}), so it may still show its buttons.`,
      );
      expect(await harness.status(reviewId)).toBe("rejected");
      expectLoggedSafely(harness, reason);
      expect(replies(harness)).toHaveLength(0);
    },
  );

  it("a Relabel whose card cannot be refreshed says the card shows the old draft", async () => {
    const harness = await start("spam");
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.fake.script("chat.update", { body: { ok: false, error: "not_in_channel" } });
    await harness.driver.interaction(
      blockActions(REVIEWER, location(card), actionsOf(card).relabel ?? "", {
        selected: "collaboration",
      }),
    );
    expect(await noteTo(harness)).toBe(
      "Relabelled as Collaboration. The card could not be refreshed (not_in_channel), so it still shows the old label and draft; its Approve sends nothing until the card shows the new draft.",
    );
    expect((await harness.test.app.store.get(reviewId))?.correctedLabel).toBe("collaboration");
  });

  it("says nothing was decided when the decision itself fails, and leaves the card as it was", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const store = harness.test.app.store;
    vi.spyOn(store, "transition").mockRejectedValueOnce(new Error("Connection is closed."));
    await harness.click(REVIEWER, card, "approve");
    expect(await noteTo(harness)).toBe(
      "Nothing was decided: an internal error, logged by the bot. Try again.",
    );
    expect(await harness.status(reviewId)).toBe("pending");
    expect(cardUpdates(harness)).toHaveLength(0);
    expectLoggedSafely(harness, "Connection is closed.");
  });

  it("does not claim nothing happened when an approval was recorded but not queued", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    vi.spyOn(harness.test.app.queues.outbound, "add").mockRejectedValueOnce(
      new Error("Connection is closed."),
    );
    await harness.click(REVIEWER, card, "approve");
    const text = await noteTo(harness);
    expect(text).toMatch(/^Approved, but something failed afterwards/);
    expect(text).toContain("may not have been queued");
    expect(await harness.status(reviewId)).toBe("approved");
  });

  it("says the editor did not open when views.open fails, and that nothing was decided", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    harness.fake.script("views.open", { body: { ok: false, error: "expired_trigger_id" } });
    await harness.click(REVIEWER, card, "edit");
    expect(await noteTo(harness)).toBe(
      "The editor could not be opened (expired_trigger_id). Nothing was decided.",
    );
    expect(await harness.status(reviewId)).toBe("pending");
    expectLoggedSafely(harness, "expired_trigger_id");
  });
});

describe("a reviewer's id from another workspace", () => {
  const elsewhere = { team: { id: "TOTHERTEAM", domain: "other" } };

  it("is not a reviewer: a signed click, submission or command from another team decides nothing", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const approve = blockActions(REVIEWER, location(card), actionsOf(card).approve ?? "");
    await harness.driver.interaction({ ...approve, ...elsewhere });
    const note = await eventually(() => ephemerals(harness)[0]);
    expect(String(note.args.text)).toContain("SLACK_REVIEWER_IDS");
    const edit = viewSubmission(REVIEWER, { callback_id: actionsOf(card).edit ?? "" }, "forged");
    const forged = await harness.driver.interaction({ ...edit, ...elsewhere });
    expect(JSON.stringify(forged.body)).toContain("SLACK_REVIEWER_IDS");
    const pending = await harness.driver.command({
      ...slashCommand(REVIEWER, "pending"),
      team_id: "TOTHERTEAM",
    });
    expect(JSON.stringify(pending.body)).toContain("SLACK_REVIEWER_IDS");
    expect(await harness.status(reviewId)).toBe("pending");
    expect(replies(harness)).toHaveLength(0);
  });

  it("is not a reviewer from another Enterprise Grid org with the same team id", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const approve = blockActions(REVIEWER, location(card), actionsOf(card).approve ?? "");
    await harness.driver.interaction({ ...approve, enterprise: { id: "EOTHERORG", name: "x" } });
    await eventually(() => ephemerals(harness).length === 1);
    expect(await harness.status(reviewId)).toBe("pending");
  });

  it("still decides from the app's own team", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    await harness.click(REVIEWER, card, "approve");
    await eventually(async () => (await harness.status(reviewId)) === "sent");
  });
});
