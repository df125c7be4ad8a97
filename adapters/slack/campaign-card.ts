// A campaign's card: the same spam DMed from many accounts, on one card with its counts, one copy
// quoted safely, who sent it and the reasons; once decided, who decided and what came of it. Its
// held conversations never get cards of their own.

import { percent } from "../../src/percent.ts";
import { namesThatFit } from "../../src/text.ts";
import { type CampaignCounts, campaignCountsOf, type Review } from "../../src/types.ts";
import { actionId } from "./action-ids.ts";
import { type Block, button, context, header, mrkdwn, section } from "./blocks.ts";
import { chunks, cutEscaped, escapeText, LIMITS, slackCut, when, who } from "./mrkdwn.ts";

/** The sample copy's room: enough to judge it by. */
const SAMPLE_ROOM = 1500;

export function renderCampaignCard(review: Review): { text: string; blocks: Block[] } {
  const counts = campaignCountsOf(review);
  const c = review.classification;
  const sample =
    review.message.text.trim() === ""
      ? "_(no text)_"
      : (chunks(review.message.text, { max: SAMPLE_ROOM, maxChunks: 1, prefix: ">" })[0] ?? "");
  // Each DM is a channel of its own: counting them would repeat the accounts.
  const where = review.message.context === "channel" ? n(counts.channels, "channel") : "in DMs";
  // Released as not spam, the reasons are the classifier's case for spam, overruled.
  const why = review.correctedLabel ? "*Why the classifier said Spam* (" : "*Why* (Spam · ";
  const blocks: Block[] = [
    header("Spam campaign"),
    {
      type: "section",
      fields: [
        mrkdwn(
          `*Copies*\n${n(counts.messages, "message")} · ${n(counts.accounts, "account")} · ${where}`,
        ),
        mrkdwn(`*Seen*\nfirst ${when(counts.firstAt)}\nlatest ${when(counts.lastAt)}`),
      ],
    },
    section(`*Accounts*\n${accountList(counts)}`),
    section(
      `${why}${percent(c.confidence)} · ${escapeText(c.source)})\n${cutEscaped(c.reasons.map((r) => `• ${r}`).join("\n"), 2800)}`,
    ),
    section(`*One of the copies*\n${sample}`),
    context(campaignStatus(review, counts)),
  ];
  if (review.status === "pending") {
    blocks.push({
      type: "actions",
      block_id: `review:${review.id}`,
      elements: [
        button("Reject all", actionId("reject", review.id), "danger"),
        button("Not spam", actionId("not_spam", review.id)),
      ],
    });
  }
  blocks.push(
    context(
      `campaign \`${review.id}\` · its conversations get no card of their own; this card decides for all`,
    ),
  );
  return {
    text: slackCut(
      `${notificationWord(review)}: spam campaign, ${counts.messages} messages from ${counts.accounts} accounts`,
      300,
    ),
    blocks,
  };
}

/** A released campaign was rejected only in the sense that nothing was sent: say it was not spam. */
function notificationWord(review: Review): string {
  if (review.status === "pending") return "To review";
  return review.correctedLabel ? "released as not spam" : review.status;
}

/** The accounts named as text (never mentions: no one is pinged), as many as fit, and the rest. */
function accountList(counts: CampaignCounts): string {
  const names = counts.sample.map((account) => cutEscaped(account, 200));
  // Room for ", " separators and the "+N more" tail.
  return namesThatFit(names, LIMITS.sectionText - 60, counts.accounts, "_(none named)_");
}

function campaignStatus(review: Review, counts: CampaignCounts): string {
  const by = review.decidedBy ? ` by ${who(review.decidedBy)}` : "";
  const at = review.decidedAt ? ` ${when(review.decidedAt)}` : "";
  const done = counts.done ?? 0;
  const failed = counts.failed ?? 0;
  const after = counts.after ?? 0;
  const later =
    after > 0 ? ` ${after} later cop${after === 1 ? "y" : "ies"} met the same action.` : "";
  const failures = failed > 0 ? `, ${failed} failed` : "";
  if (review.status === "pending") {
    return "⏳ Waiting for a reviewer. Nothing is done until someone decides; new copies join this card.";
  }
  if (review.correctedLabel) {
    return `↩️ Not spam${by}${at}: ${n(done, "conversation")} released to cards of their own.`;
  }
  return `🚫 Rejected all${by}${at}: nothing was sent; ${n(done, "conversation")} closed${failures}.${later}`;
}

function n(count: number, what: string): string {
  return `${count} ${what}${count === 1 ? "" : "s"}`;
}
