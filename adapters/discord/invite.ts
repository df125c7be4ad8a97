// The invite link a server admin opens to add the bot, with exactly what it needs and no more.
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from "discord.js";

/** Scopes: the bot user, and its /triage command. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/** See channels and read their messages, post and edit cards with embeds, delete spam, time out. */
export const INVITE_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ManageMessages,
  PermissionFlagsBits.ModerateMembers,
]).bitfield;

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: INVITE_SCOPES.join(" "),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}
