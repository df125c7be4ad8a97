// The Edit modal: the draft prefilled, the review and card carried in the view itself, and the
// submitted text checked before it becomes a decision (Slack shows errors inline, by block id).
import { cut } from "../../src/text.ts";
import type { Review } from "../../src/types.ts";
import { actionId, EDIT_BLOCK, EDIT_INPUT } from "./action-ids.ts";
import type { Block } from "./cards.ts";

/** Slack takes at most 4,000 characters in one message's text; an edit must fit. */
export const MAX_REPLY = 4000;

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
        // The element caps max_length at 3,000 but a reply may be 4,000: the check is on submit.
        initial_value: review.finalText ?? review.draft.text ?? "",
        focus_on_load: true,
      },
      hint: {
        type: "plain_text",
        text: `Sent exactly as written, 1 to ${MAX_REPLY.toLocaleString("en-US")} characters.`,
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

/** The submitted text, or the inline error for the input block. */
export function readEdit(
  values: Record<string, Record<string, { value?: string | null }>> | undefined,
): { ok: true; text: string } | { ok: false; error: string } {
  const text = values?.[EDIT_BLOCK]?.[EDIT_INPUT]?.value ?? "";
  if (text.trim() === "") return { ok: false, error: "The reply must not be empty." };
  if (text.length > MAX_REPLY) {
    return {
      ok: false,
      error: `The reply is ${text.length.toLocaleString("en-US")} characters; Slack takes at most ${MAX_REPLY.toLocaleString("en-US")}.`,
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
  return { [EDIT_BLOCK]: cut(message, 300) };
}
