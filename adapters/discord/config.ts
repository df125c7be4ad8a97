// The Discord adapter's settings, parsed once at start. The names are a contract (issue 4).
import { z } from "zod";
import { ConfigError, commaList, describeIssues } from "../../src/config.ts";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17-20 digits)");

const idList = commaList(snowflake);

export const discordConfigSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1, "must not be empty"),
  DISCORD_API_URL: z
    .url({ message: "must be a URL such as https://discord.com/api" })
    .transform((v) => v.replace(/\/+$/, ""))
    .default("https://discord.com/api"),
  DISCORD_REVIEW_CHANNEL_ID: snowflake.optional(),
  DISCORD_REVIEWER_IDS: idList,
  DISCORD_REVIEWER_ROLE_ID: snowflake.optional(),
  DISCORD_WATCH_CHANNEL_IDS: idList,
});

export interface DiscordConfig {
  readonly token: string;
  /** REST base including /api; the gateway URL then comes from GET {api}/v10/gateway/bot. */
  readonly apiUrl: string;
  readonly reviewChannelId: string;
  readonly reviewerIds: ReadonlySet<string>;
  readonly reviewerRoleId: string | null;
  readonly watchChannelIds: ReadonlySet<string>;
}

export function parseDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  // An empty variable means "not set", as in the core config.
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith("DISCORD_") && v !== ""),
  );
  const result = discordConfigSchema.safeParse(present);
  if (!result.success) throw new ConfigError(describeIssues(result.error.issues, env));
  const c = result.data;
  const problems: string[] = [];
  if (!c.DISCORD_REVIEW_CHANNEL_ID) {
    problems.push(
      "DISCORD_REVIEW_CHANNEL_ID: required: the id of the channel where review cards are posted",
    );
  }
  if (c.DISCORD_REVIEWER_IDS.length === 0 && !c.DISCORD_REVIEWER_ROLE_ID) {
    problems.push(
      "DISCORD_REVIEWER_IDS: required (comma-separated user ids), unless DISCORD_REVIEWER_ROLE_ID is set: no one could approve a reply",
    );
  }
  if (problems.length > 0 || !c.DISCORD_REVIEW_CHANNEL_ID) throw new ConfigError(problems);
  return Object.freeze({
    token: c.DISCORD_TOKEN,
    apiUrl: c.DISCORD_API_URL,
    reviewChannelId: c.DISCORD_REVIEW_CHANNEL_ID,
    reviewerIds: new Set(c.DISCORD_REVIEWER_IDS),
    reviewerRoleId: c.DISCORD_REVIEWER_ROLE_ID ?? null,
    watchChannelIds: new Set(c.DISCORD_WATCH_CHANNEL_IDS),
  });
}
