// The Slack adapter's settings, parsed once at start. The names are a contract (issue 5): Bolt's
// usual SLACK_* names plus ours. Token values are never echoed in errors or logs.
import { z } from "zod";
import { ConfigError, commaList, describeIssues } from "../../src/config.ts";

const token = (prefix: string, what: string) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .refine((v) => v.startsWith(prefix), `must be ${what} (starts with ${prefix})`);

const userId = z.string().regex(/^[UW][A-Z0-9]{2,}$/, "must be Slack user ids such as U0123ABCD");

const idList = commaList(userId);

export const slackConfigSchema = z.object({
  SLACK_BOT_TOKEN: token("xoxb-", "a bot token"),
  SLACK_SIGNING_SECRET: z.string().trim().min(1, "must not be empty").optional(),
  SLACK_APP_TOKEN: token("xapp-", "an app-level token").optional(),
  SLACK_USER_TOKEN: token("xoxp-", "a user token").optional(),
  SLACK_API_URL: z
    .url({ message: "must be a URL such as https://slack.com/api/" })
    // WebClient appends the method name to this base, so it must end with a slash.
    .transform((v) => (v.endsWith("/") ? v : `${v}/`))
    .default("https://slack.com/api/"),
  SLACK_REVIEW_CHANNEL_ID: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, "must be a channel id such as C0123ABCD (not a name)")
    .optional(),
  SLACK_REVIEWER_IDS: idList,
});

export interface SlackConfig {
  readonly botToken: string;
  /** HTTP mode only; Socket Mode needs none. */
  readonly signingSecret: string | null;
  /** Set = Socket Mode. */
  readonly appToken: string | null;
  /** Set = the owner's own DMs are triaged too and replies to them go out as the owner. */
  readonly userToken: string | null;
  readonly apiUrl: string;
  readonly reviewChannelId: string;
  readonly reviewerIds: ReadonlySet<string>;
}

export function parseSlackConfig(env: Record<string, string | undefined>): SlackConfig {
  // An empty variable means "not set", as in the core config.
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith("SLACK_") && v !== ""),
  );
  const result = slackConfigSchema.safeParse(present);
  if (!result.success) throw new ConfigError(describeIssues(result.error.issues, env));
  const c = result.data;
  const problems: string[] = [];
  if (!c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
    problems.push(
      "SLACK_SIGNING_SECRET: required unless SLACK_APP_TOKEN is set (Socket Mode): copy it from Basic Information -> App Credentials",
    );
  }
  if (!c.SLACK_REVIEW_CHANNEL_ID) {
    problems.push(
      "SLACK_REVIEW_CHANNEL_ID: required: the id of the channel where review cards are posted (invite the bot there)",
    );
  }
  if (c.SLACK_REVIEWER_IDS.length === 0) {
    problems.push(
      "SLACK_REVIEWER_IDS: required (comma-separated user ids): no one could approve a reply",
    );
  }
  if (problems.length > 0 || !c.SLACK_REVIEW_CHANNEL_ID) throw new ConfigError(problems);
  return Object.freeze({
    botToken: c.SLACK_BOT_TOKEN,
    signingSecret: c.SLACK_SIGNING_SECRET ?? null,
    appToken: c.SLACK_APP_TOKEN ?? null,
    userToken: c.SLACK_USER_TOKEN ?? null,
    apiUrl: c.SLACK_API_URL,
    reviewChannelId: c.SLACK_REVIEW_CHANNEL_ID,
    reviewerIds: new Set(c.SLACK_REVIEWER_IDS),
  });
}
