// The Edit modal: the draft prefilled, the review and card carried in the view itself, and the
// submitted text checked before it becomes a decision (Slack shows errors inline, by block id).
import type { Review } from "../../src/types.ts";
import { actionId, EDIT_BLOCK, EDIT_INPUT } from "./action-ids.ts";
import type { Block } from "./cards.ts";
import { slackCut, slackLength } from "./mrkdwn.ts";

/**
 * The longest reply we send. chat.postMessage truncates `text` past 40,000 characters (Slack
 * changelog "Truncating really long messages", 2018) and asks for at most 4,000 for best results;
 * longer messages may also be split in two. Escaped (& < > as entities) 4,000 still fit in 40,000.
 */
export const MAX_REPLY = 4000;

/**
 * Slack's plain_text_input holds at most 3,000 characters (max_length 1 to 3,000, docs.slack.dev
 * Block Kit plain-text input element), so an edit made in the modal is at most that, and a longer
 * draft cannot be put in it at all.
 */
export const MAX_EDIT = 3000;

/** What the modal remembers between opening and submit: where the card is, to answer there. */
export interface ModalMeta {
  channel: string;
  ts: string;
}

export function editModal(review: Review, card: ModalMeta): Record<string, unknown> {
  const blocks: Block[] = [
    {
      type: "input",
      block_id: EDIT_BLOCK,
      label: { type: "plain_text", text: "Reply" },
      element: {
        type: "plain_text_input",
        action_id: EDIT_INPUT,
        multiline: true,
        max_length: MAX_EDIT,
        initial_value: draftOf(review),
        focus_on_load: true,
      },
      hint: {
        type: "plain_text",
        text: `Sent exactly as written, 1 to ${MAX_EDIT.toLocaleString("en-US")} characters (the most this box holds).`,
      },
    },
  ];
  return {
    type: "modal",
    callback_id: actionId("edit", review.id),
    private_metadata: JSON.stringify(card),
    title: { type: "plain_text", text: "Edit the reply" },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Cancel" },
    blocks,
  };
}

function draftOf(review: Review): string {
  return review.finalText ?? review.draft.text ?? "";
}

/** Why the modal cannot take this draft, or null when it can; both limits in Slack's characters. */
export function tooLongToEdit(review: Review): string | null {
  const length = slackLength(draftOf(review));
  if (length <= MAX_EDIT) return null;
  const n = (x: number) => x.toLocaleString("en-US");
  const choice =
    length <= MAX_REPLY
      ? "Approve sends it as it is; or Reject it and write to the sender yourself."
      : `It is also too long to send (Slack takes ${n(MAX_REPLY)}): Reject it and write to the sender yourself.`;
  return `This draft is ${n(length)} characters, more than the ${n(MAX_EDIT)} Slack's edit box holds, so it cannot be edited here. ${choice}`;
}

/** The submitted text, or the inline error for the input block. */
export function readEdit(
  values: Record<string, Record<string, { value?: string | null }>> | undefined,
): { ok: true; text: string } | { ok: false; error: string } {
  const text = values?.[EDIT_BLOCK]?.[EDIT_INPUT]?.value ?? "";
  if (text.trim() === "") return { ok: false, error: "The reply must not be empty." };
  const length = slackLength(text);
  if (length > MAX_REPLY) {
    return {
      ok: false,
      error: `The reply is ${length.toLocaleString("en-US")} characters; Slack takes at most ${MAX_REPLY.toLocaleString("en-US")}.`,
    };
  }
  return { ok: true, text };
}

export function parseModalMeta(raw: string | undefined): ModalMeta | null {
  try {
    const parsed = JSON.parse(raw ?? "") as Partial<ModalMeta>;
    return typeof parsed.channel === "string" && typeof parsed.ts === "string"
      ? { channel: parsed.channel, ts: parsed.ts }
      : null;
  } catch {
    return null;
  }
}

/** Inline errors are short: Slack shows them under the input. */
export function inlineError(message: string): Record<string, string> {
  return { [EDIT_BLOCK]: slackCut(message, 300) };
}
