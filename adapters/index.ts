// Which adapters run: each platform whose token is set; with none (or with --demo), the console.
import { createReadStream } from "node:fs";
import type { Logger } from "pino";
import { type Config, ConfigError } from "../src/config.ts";
import type { PlatformAdapter } from "../src/ports.ts";
import { ConsoleAdapter, type ConsoleMode } from "./console/console-adapter.ts";
import { discordModule } from "./discord/index.ts";
import { slackModule } from "./slack/index.ts";

export const DEMO_INBOX = new URL("../examples/inbox.jsonl", import.meta.url);

/** A platform as the registry sees it: on when its token is set; its own config is checked at create. */
export interface AdapterModule {
  readonly name: string;
  enabled(env: Record<string, string | undefined>): boolean;
  create(env: Record<string, string | undefined>, logger: Logger): PlatformAdapter;
}

export const PLATFORM_MODULES: readonly AdapterModule[] = [discordModule, slackModule];

export interface Selection {
  adapters: PlatformAdapter[];
  /** Set when the console runs: the app stops once its input ends. */
  console?: { adapter: ConsoleAdapter; mode: ConsoleMode };
}

export function platformsEnabled(env: Record<string, string | undefined>): boolean {
  return PLATFORM_MODULES.some((m) => m.enabled(env));
}

export function selectAdapters(
  env: Record<string, string | undefined>,
  config: Config,
  logger: Logger,
  options: { demo: boolean },
): Selection {
  if (!options.demo && platformsEnabled(env)) {
    return {
      adapters: PLATFORM_MODULES.filter((m) => m.enabled(env)).map((m) => m.create(env, logger)),
    };
  }
  if (config.ROLE === "worker") {
    // A worker with no token could neither show cards nor reply on Discord or Slack: it would take
    // their jobs from the shared queue and fail them for good. The console needs no split.
    throw new ConfigError([
      "ROLE: worker needs DISCORD_TOKEN or SLACK_BOT_TOKEN, as workers post cards and replies through the platform (the console runs whole with ROLE=all)",
    ]);
  }
  const mode: ConsoleMode = options.demo
    ? "demo"
    : config.CONSOLE_MODE !== "auto"
      ? config.CONSOLE_MODE
      : process.stdin.isTTY
        ? "interactive"
        : "lines";
  const adapter = new ConsoleAdapter({
    mode,
    input: mode === "demo" ? createReadStream(DEMO_INBOX) : process.stdin,
    output: process.stdout,
    errors: process.stderr,
  });
  return { adapters: [adapter], console: { adapter, mode } };
}
