// Buttons, selects and the Edit modal of a review card, as Discord API JSON. Once a review is
// decided its components stay visible but disabled, so the card still reads as it did.
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIModalInteractionResponseCallbackData,
  type APISelectMenuOption,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import { LABEL_NAMES } from "../../src/card-words.ts";
import { cut } from "../../src/text.ts";
import { cardVersion, effectiveLabel, LABELS, type Review } from "../../src/types.ts";
import { type CardAction, customId, EDIT_FIELD } from "./custom-ids.ts";
import { TIMEOUTS } from "./moderation-options.ts";

/** Discord's longest message, and so the longest reply a reviewer may write. */
export const MAX_REPLY = 2000;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export function cardComponents(review: Review): Row[] {
  const done = review.status !== "pending";
  const id = review.id;
  if (review.kind === "campaign") return campaignComponents(review, done);
  if (review.kind === "moderation") {
    return [
      row(
        button(id, "delete", "Delete message", ButtonStyle.Danger, done),
        button(id, "ignore", "Ignore", ButtonStyle.Secondary, done),
      ),
      timeoutSelect(id, "Timeout author…", done),
    ];
  }
  const current = effectiveLabel(review);
  const options: APISelectMenuOption[] = LABELS.map((label) => ({
    label: LABEL_NAMES[label],
    value: label,
    default: label === current,
  }));
  return [
    row(
      // Nothing to approve when there is no draft (spam): Edit writes one. Approve names the
      // draft and the message count shown here, so a click on a card left stale by a relabel or
      // by a newer message sends nothing.
      button(
        id,
        "approve",
        "Approve",
        ButtonStyle.Success,
        done || review.draft.text === null,
        cardVersion(review),
      ),
      button(id, "edit", "Edit", ButtonStyle.Primary, done),
      button(id, "reject", "Reject", ButtonStyle.Danger, done),
    ),
    row({
      type: ComponentType.StringSelect,
      custom_id: customId("relabel", id),
      placeholder: "Relabel…",
      disabled: done,
      options,
    }),
  ];
}

/**
 * A campaign decides for all its copies at once: in watched channels Delete all, Ignore, Not spam
 * and a Timeout all authors select; in DMs Reject all and Not spam.
 */
function campaignComponents(review: Review, done: boolean): Row[] {
  const id = review.id;
  const notSpam = button(id, "not_spam", "Not spam", ButtonStyle.Secondary, done);
  if (review.message.context !== "channel") {
    return [row(button(id, "reject", "Reject all", ButtonStyle.Danger, done), notSpam)];
  }
  const rows = [
    row(
      button(id, "delete", "Delete all", ButtonStyle.Danger, done),
      button(id, "ignore", "Ignore", ButtonStyle.Secondary, done),
      notSpam,
    ),
    timeoutSelect(id, "Timeout all authors…", done),
  ];
  // Timeouts can be lifted (a deleted message cannot come back): Undo while they hold.
  const m = review.moderation;
  if (review.status === "approved" && m?.type === "timeout" && m.seconds > 0) {
    rows.push(row(button(id, "undo", "Undo: lift the timeouts", ButtonStyle.Secondary, false)));
  }
  return rows;
}

function timeoutSelect(id: string, placeholder: string, disabled: boolean): Row {
  return row({
    type: ComponentType.StringSelect,
    custom_id: customId("timeout", id),
    placeholder,
    disabled,
    options: TIMEOUTS.map((t) => ({ label: `Timeout for ${t.label}`, value: String(t.seconds) })),
  });
}

/** The Edit modal, prefilled with the draft; Discord enforces 1 to 2,000 characters. */
export function editModal(review: Review): APIModalInteractionResponseCallbackData {
  const draft = review.draft.text ?? "";
  return {
    custom_id: customId("edit", review.id),
    title: "Edit the reply",
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: EDIT_FIELD,
            label: cut(`Reply to ${review.message.author.name || "the sender"}`, 45, "…"),
            style: TextInputStyle.Paragraph,
            min_length: 1,
            max_length: MAX_REPLY,
            required: true,
            ...(draft ? { value: cut(draft, MAX_REPLY) } : {}),
          },
        ],
      },
    ],
  };
}

function row(...components: APIComponentInMessageActionRow[]): Row {
  return { type: ComponentType.ActionRow, components };
}

function button(
  reviewId: string,
  action: CardAction,
  label: string,
  style: ButtonStyle.Success | ButtonStyle.Primary | ButtonStyle.Danger | ButtonStyle.Secondary,
  disabled: boolean,
  version?: string,
): APIComponentInMessageActionRow {
  return {
    type: ComponentType.Button,
    custom_id: customId(action, reviewId, version),
    label,
    style,
    disabled,
  };
}
