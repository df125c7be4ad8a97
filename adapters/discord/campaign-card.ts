// A campaign's card: the same spam from many accounts, on one card with its counts, one copy quoted
// safely, who sent it and the reasons; once decided, who decided and what came of it. Its held
// copies never get cards of their own.
import type { APIEmbed, APIEmbedField } from "discord.js";
import { percent } from "../../src/percent.ts";
import { cut, namesThatFit } from "../../src/text.ts";
import { type CampaignCounts, campaignCountsOf, type Review } from "../../src/types.ts";
import { cardComponents } from "./components.ts";
import { COLORS, field, LIMITS, NO_MENTIONS, safe, when, who } from "./embed.ts";
import { escapeMarkdownWithin } from "./escape.ts";
import { describeTimeout } from "./moderation-options.ts";

/** The sample copy's room: enough to judge it by, leaving the counts and accounts theirs. */
const SAMPLE_ROOM = 1500;

export function renderCampaignCard(review: Review) {
  const counts = campaignCountsOf(review);
  const c = review.classification;
  const channel = review.message.context === "channel";
  const fields: APIEmbedField[] = [
    field(
      "Copies",
      `**${counts.messages}** message${plural(counts.messages)} · **${counts.accounts}** account${plural(counts.accounts)} · ${
        // Each DM is a channel of its own: counting them would repeat the accounts.
        channel ? `**${counts.channels}** channel${plural(counts.channels)}` : "in DMs"
      }`,
    ),
    field("Seen", `first ${when(counts.firstAt)} · latest ${when(counts.lastAt)}`),
    field("Accounts", accountList(counts)),
    ...(channel ? [field("Where", where(review))] : []),
    field(
      "Label",
      review.correctedLabel
        ? "**Not spam** (released from Spam by a reviewer)"
        : `**Spam** · ${percent(c.confidence)} · ${safe(c.source, 100)}`,
      true,
    ),
    // Released as not spam, the reasons are the classifier's case for spam, overruled.
    field(
      review.correctedLabel ? "Why the classifier said Spam" : "Why",
      c.reasons.map((r) => `• ${safe(r, LIMITS.fieldValue)}`).join("\n"),
    ),
    field("Status", campaignStatus(review, counts)),
  ];
  const text = review.message.text;
  const embed: APIEmbed = {
    title: cut(`Spam campaign · ${channel ? "watched channels" : "DMs"}`, LIMITS.title),
    description:
      text.trim() === ""
        ? "(no text)"
        : `One of the copies:\n>>> ${escapeMarkdownWithin(text, SAMPLE_ROOM)}`,
    color:
      review.status === "pending"
        ? COLORS.spam
        : (counts.failed ?? 0) > 0
          ? COLORS.failed
          : COLORS.done,
    fields,
    footer: {
      text: `campaign ${review.id} · its copies get no card of their own; this card decides for all`,
    },
    timestamp: counts.lastAt,
  };
  return {
    content: "",
    embeds: [embed],
    components: cardComponents(review),
    allowed_mentions: NO_MENTIONS,
  };
}

/** The accounts named, escaped, as many as fit, and how many more there are. */
function accountList(counts: CampaignCounts): string {
  const names = counts.sample.map((account) => safe(account, 120));
  // Room for ", " separators and the "+N more" tail.
  return namesThatFit(names, LIMITS.fieldValue - 30, counts.accounts, "(none named)");
}

/** The quoted copy's channel and a link to it (gone once deleted, still where it was seen). */
function where(review: Review): string {
  const m = review.message;
  const link = `https://discord.com/channels/${m.workspace}/${m.channel}/${m.id}`;
  return `this copy in <#${m.channel}> · [jump to it](${link})`;
}

function campaignStatus(review: Review, counts: CampaignCounts): string {
  const by = review.decidedBy ? ` by ${who(review.decidedBy)}` : "";
  const at = review.decidedAt ? ` ${when(review.decidedAt)}` : "";
  const done = counts.done ?? 0;
  const failed = counts.failed ?? 0;
  const after = counts.after ?? 0;
  const later =
    after > 0 ? ` ${after} later cop${after === 1 ? "y" : "ies"} met the same action.` : "";
  const gone = counts.gone ?? 0;
  const failures = failed > 0 ? `, ${failed} failed` : "";
  const channel = review.message.context === "channel";
  const unit = (n: number) =>
    channel ? `${n} message${plural(n)}` : `${n} conversation${plural(n)}`;
  if (review.status === "pending") {
    const waiting =
      "⏳ Waiting for a reviewer. Nothing is done until someone decides; new copies join this card.";
    const would = counts.dryRun;
    if (!would) return waiting;
    const what =
      would.type === "timeout"
        ? `timed out every author for ${describeTimeout(would.seconds)}`
        : "deleted every copy";
    return `${waiting}\n🧪 Automatic moderation (dry run) would have ${what}: MODERATION_DRY_RUN is on, so it did nothing.`;
  }
  if (review.correctedLabel) {
    return `↩️ Not spam${by}${at}: ${unit(done)} released to cards of their own.`;
  }
  if (review.status === "rejected") {
    return review.moderation?.type === "ignore"
      ? `🙈 Ignored${by}${at}: nothing was done to ${unit(done)}.${later}`
      : `🚫 Rejected all${by}${at}: nothing was sent; ${unit(done)} closed${failures}.${later}`;
  }
  const m = review.moderation;
  if (m?.type === "timeout" && m.seconds === 0) {
    return `↩️ Timeouts lifted${by}${at}: the authors of ${unit(counts.lifted ?? 0)} may write again.`;
  }
  // Authors who had left the server were not timed out: counted apart, neither done nor failed.
  const left = gone > 0 ? `, the authors of ${unit(gone)} had left the server (not timed out)` : "";
  const what =
    m?.type === "timeout"
      ? `Timeout all authors (${describeTimeout(m.seconds)})${by}${at}: the authors of ${unit(done)} timed out${left}`
      : `Delete all${by}${at}: ${unit(done)} deleted`;
  const open = channel ? counts.messages - done - failed - gone : 0;
  const icon = failed > 0 ? "⚠️" : open > 0 ? "⏳" : "✅";
  const working = open > 0 ? `; working on ${open} more…` : "";
  // The working line ends in its own ellipsis; a stop after it would read "….".
  return `${icon} ${what}${failures}${working || "."}${later}`;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}
