// The Slack adapter as the app picks it up: on when SLACK_BOT_TOKEN is set.
import type { Logger } from "pino";
import type { PlatformAdapter } from "../../src/ports.ts";
import { parseSlackConfig } from "./config.ts";
import { SlackAdapter } from "./slack-adapter.ts";

export const slackModule = {
  name: "slack",
  enabled(env: Record<string, string | undefined>): boolean {
    return Boolean(env.SLACK_BOT_TOKEN?.trim());
  },
  /** Throws ConfigError naming the variable when the secret, review channel or reviewers are missing. */
  create(env: Record<string, string | undefined>, logger: Logger): PlatformAdapter {
    return new SlackAdapter(parseSlackConfig(env), logger.child({ platform: "slack" }));
  },
} as const;

export { parseSlackConfig, type SlackConfig } from "./config.ts";
export { SlackAdapter, type SlackAdapterOptions } from "./slack-adapter.ts";
