// What is open and how the last days went, for the App Home tab and `/triage pending|stats`.
// Read through the context (ctx.pending / ctx.stats); rendered here, escaped like the cards.
import { agreementText } from "../../src/agreement.ts";
import { campaignCounts, LABEL_NAMES, labelName } from "../../src/card-words.ts";
import type { Stats } from "../../src/ports.ts";
import { fitting } from "../../src/text.ts";
import { effectiveLabel, messageCountOf, type Review } from "../../src/types.ts";
import type { Block } from "./cards.ts";
import { escapeText, LIMITS, slackCut, slackLength } from "./mrkdwn.ts";

export const STATS_DAYS = 7;
const PREVIEW = 80;

/** One line per open review: label, sender, the start of the text. */
export function pendingText(reviews: Review[]): string {
  if (reviews.length === 0) return "No open reviews. 🎉";
  const lines = reviews.map((r) => {
    if (r.kind === "campaign") return `• *Spam campaign*: ${campaignCounts(r)} (\`${r.id}\`)`;
    const count = messageCountOf(r);
    const messages = count > 1 ? ` · ${count} messages` : "";
    const preview = slackCut(r.message.text.replace(/\s+/g, " ").trim(), PREVIEW, "…");
    const name = r.message.author.name || r.message.author.id;
    return `• *${LABEL_NAMES[effectiveLabel(r)]}* from ${escapeText(name)}${messages}: ${escapeText(preview)} (\`${r.id}\`)`;
  });
  return `*Open reviews (${reviews.length})*\n${lines.join("\n")}`;
}

export function statsText(stats: Stats): string {
  const list = (counts: Record<string, number>, name = (k: string) => k) => {
    const entries = Object.entries(counts).filter(([, n]) => n > 0);
    return entries.length === 0
      ? "_none_"
      : entries.map(([k, n]) => `${escapeText(name(k))}: *${n}*`).join(" · ");
  };
  return [
    `*Last ${stats.days} days*`,
    `By label: ${list(stats.byLabel, labelName)}`,
    `By outcome: ${list(stats.byOutcome)}`,
    `Reviewers agreed with the classifier: ${agreementText(stats)}`,
  ].join("\n");
}

export function homeView(
  reviews: Review[],
  stats: Stats,
  options: { reviewer: boolean },
): Record<string, unknown> {
  const blocks: Block[] = [{ type: "header", text: { type: "plain_text", text: "collab-triage" } }];
  if (!options.reviewer) {
    blocks.push(
      section(
        "DMs to this app are read by a person before anyone answers. Review tools are for the reviewers listed in SLACK_REVIEWER_IDS.",
      ),
    );
    return { type: "home", blocks };
  }
  blocks.push(section(cutEscapedKeep(pendingText(reviews))));
  blocks.push({ type: "divider" });
  blocks.push(section(statsText(stats)));
  blocks.push({
    type: "context",
    elements: [
      { type: "mrkdwn", text: "Cards with Approve / Edit / Reject are in the review channel." },
    ],
  });
  return { type: "home", blocks: blocks.slice(0, LIMITS.homeBlocks) };
}

/** Our text is already escaped: only cut it to the section limit. */
function cutEscapedKeep(text: string): string {
  if (slackLength(text) <= LIMITS.sectionText) return text;
  const head = text.slice(0, fitting(text, LIMITS.sectionText - 40, "codePoint"));
  return `${head.slice(0, head.lastIndexOf("\n"))}\n… _(more open reviews)_`;
}

function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text } };
}
