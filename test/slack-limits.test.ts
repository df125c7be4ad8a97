// Slack's own length checks count what Slack counts: characters as Unicode code points (an emoji is
// one), as the core does for every reply. A UTF-16 count (an emoji is two) refused edits and drafts
// that Slack and the core take.
import { describe, expect, it } from "vitest";
import { EDIT_BLOCK, EDIT_INPUT } from "../adapters/slack/action-ids.ts";
import { MAX_EDIT, MAX_REPLY, readEdit, tooLongToEdit } from "../adapters/slack/edit-modal.ts";
import type { Review } from "../src/types.ts";
import { REVIEWER, SENDER, slackPerTest } from "./fakes/slack/harness.ts";
import { viewSubmission } from "./fakes/slack/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB } from "./helpers/messages.ts";

const EMOJI = "🎧"; // one character, two UTF-16 units
const emojis = (n: number) => EMOJI.repeat(n);
const withDraft = (text: string) => ({ draft: { text } }) as unknown as Review;
const submitted = (text: string) => ({ [EDIT_BLOCK]: { [EDIT_INPUT]: { value: text } } });

describe("the Edit modal's limits, in characters as Slack counts them", () => {
  it("takes an edit of 2,500 emoji (5,000 UTF-16 units) and refuses one past 4,000 characters", () => {
    expect(readEdit(submitted(emojis(2500)))).toEqual({ ok: true, text: emojis(2500) });
    expect(readEdit(submitted(emojis(MAX_REPLY)))).toMatchObject({ ok: true });
    const over = readEdit(submitted(emojis(MAX_REPLY + 1)));
    expect(over).toMatchObject({ ok: false });
    expect(JSON.stringify(over)).toContain("4,001 characters");
  });

  it("opens the editor on a draft of 2,000 emoji, and not on one past 3,000 characters", () => {
    expect(tooLongToEdit(withDraft(emojis(2000)))).toBeNull();
    expect(tooLongToEdit(withDraft(emojis(MAX_EDIT)))).toBeNull();
    expect(tooLongToEdit(withDraft(emojis(MAX_EDIT + 1)))).toContain("3,001 characters");
  });

  it("says Approve sends a 3,500-emoji draft, which the core lets through, rather than that it is too long", () => {
    const note = tooLongToEdit(withDraft(emojis(3500)));
    expect(note).toContain("3,500 characters");
    expect(note).toContain("Approve sends it as it is");
    expect(note).not.toContain("too long to send");
  });
});

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

describe("an edit of emoji through the modal", () => {
  it("is sent as written: 2,500 emoji is 2,500 characters", async () => {
    const harness = await start();
    const { card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    await harness.click(REVIEWER, card, "edit");
    const opened = await eventually(() => harness.fake.callsTo("views.open")[0]);
    const view = opened.args.view as { callback_id: string; private_metadata?: string };
    const answer = await harness.driver.interaction(viewSubmission(REVIEWER, view, emojis(2500)));
    expect(JSON.stringify(answer.body ?? "")).not.toContain("errors");
    await eventually(async () => (await harness.status(reviewId)) === "sent");
    expect(harness.postsTo(SENDER.dm).map((c) => c.args.text)).toEqual([emojis(2500)]);
  });
});
