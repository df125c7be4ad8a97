// Who may decide: a user listed in DISCORD_REVIEWER_IDS, or one holding DISCORD_REVIEWER_ROLE_ID.
import { type Interaction, MessageFlags, type RepliableInteraction } from "discord.js";
import { NO_MENTIONS } from "./cards.ts";

export interface Reviewers {
  allows(interaction: Interaction): boolean;
}

export function createReviewers(ids: ReadonlySet<string>, roleId: string | null): Reviewers {
  return {
    allows(interaction) {
      if (ids.has(interaction.user.id)) return true;
      const roles = interaction.member?.roles;
      if (!roleId || !roles) return false;
      // A cached guild gives a role manager; an uncached one gives the raw id list.
      return Array.isArray(roles) ? roles.includes(roleId) : roles.cache.has(roleId);
    },
  };
}

export async function refuseNonReviewer(interaction: RepliableInteraction): Promise<void> {
  await interaction.reply({
    content: "You can't review this: only the configured reviewers can.",
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}
