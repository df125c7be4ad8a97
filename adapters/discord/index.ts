// The Discord adapter as the app picks it up: on when DISCORD_TOKEN is set.
import type { Logger } from "pino";
import type { PlatformAdapter } from "../../src/ports.ts";
import { parseDiscordConfig } from "./config.ts";
import { DiscordAdapter } from "./discord-adapter.ts";

export const discordModule = {
  name: "discord",
  enabled(env: Record<string, string | undefined>): boolean {
    return Boolean(env.DISCORD_TOKEN?.trim());
  },
  /** Throws ConfigError naming the variable when the review channel or reviewers are missing. */
  create(env: Record<string, string | undefined>, logger: Logger): PlatformAdapter {
    return new DiscordAdapter(parseDiscordConfig(env), logger.child({ platform: "discord" }));
  },
} as const;

export { type DiscordConfig, parseDiscordConfig } from "./config.ts";
export { DiscordAdapter } from "./discord-adapter.ts";
