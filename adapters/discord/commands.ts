// `/triage pending` and `/triage stats`: what is waiting and how the last week went, answered
// only to the reviewer who asked.

import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import { agreementText } from "../../src/agreement.ts";
import { campaignCounts, LABEL_NAMES, labelName } from "../../src/card-words.ts";
import type { AdapterContext, Stats } from "../../src/ports.ts";
import { cut } from "../../src/text.ts";
import { effectiveLabel, messageCountOf, type Review } from "../../src/types.ts";
import { NO_MENTIONS } from "./cards.ts";
import { type Reviewers, refuseNonReviewer } from "./reviewers.ts";

export const COMMAND_NAME = "triage";
const STATS_DAYS = 7;
const PENDING_SHOWN = 15;

export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: COMMAND_NAME,
    description: "collab-triage: open reviews and recent numbers",
    type: ApplicationCommandType.ChatInput,
    // Cards live in a server channel, so the command does too.
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "pending",
        description: "Reviews waiting for a decision, with links to their cards",
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "stats",
        description: `The last ${STATS_DAYS} days by label and outcome`,
      },
    ],
  },
];

export interface CommandDeps {
  ctx: AdapterContext;
  reviewers: Reviewers;
  /** The server of the review channel, for links to cards (null when unknown). */
  guildId(): string | null;
}

export async function handleCommand(
  interaction: ChatInputCommandInteraction,
  deps: CommandDeps,
): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return;
  if (!deps.reviewers.allows(interaction)) {
    await refuseNonReviewer(interaction);
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const sub = interaction.options.getSubcommand(false);
  const content =
    sub === "stats"
      ? formatStats(await deps.ctx.stats(STATS_DAYS))
      : formatPending(await deps.ctx.pending(PENDING_SHOWN, "discord"), deps.guildId());
  await interaction.editReply({ content: cut(content, 2000), allowedMentions: NO_MENTIONS });
}

export function formatPending(reviews: Review[], guildId: string | null): string {
  if (reviews.length === 0) return "Nothing is waiting for a review.";
  const lines = reviews.map((r) => {
    const card = r.card;
    const link =
      r.message.platform === "discord" && guildId && card?.channelId && card.messageId
        ? ` · [card](https://discord.com/channels/${guildId}/${card.channelId}/${card.messageId})`
        : ` · on ${r.message.platform}`;
    const since = `<t:${Math.floor(Date.parse(r.createdAt) / 1000)}:R>`;
    if (r.kind === "campaign") return `• **spam campaign**: ${campaignCounts(r)}, ${since}${link}`;
    const name = cut(r.message.author.name.replace(/[[\]()*_`~|\\]/g, ""), 40) || "(no name)";
    const count = messageCountOf(r);
    const what = r.kind === "reply" && count > 1 ? `conversation · ${count} messages` : r.kind;
    return `• **${LABEL_NAMES[effectiveLabel(r)]}** from ${name}, ${what}, ${since}${link}`;
  });
  const more =
    reviews.length >= PENDING_SHOWN ? "\n(showing the oldest first; more are waiting)" : "";
  return `**${reviews.length} open review${reviews.length === 1 ? "" : "s"}**\n${lines.join("\n")}${more}`;
}

export function formatStats(stats: Stats): string {
  const list = (counts: Record<string, number>, name = (k: string) => k) => {
    const entries = Object.entries(counts).filter(([, n]) => n > 0);
    return entries.length > 0 ? entries.map(([k, n]) => `${name(k)} ${n}`).join(" · ") : "none";
  };
  return [
    `**Last ${stats.days} days**`,
    `By label: ${list(stats.byLabel, labelName)}`,
    `By outcome: ${list(stats.byOutcome)}`,
    `Reviewers agreed with the classifier: ${agreementText(stats)}`,
  ].join("\n");
}
