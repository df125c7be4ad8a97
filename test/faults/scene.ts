// One scenario's stage: the suite's own Redis, a fake platform and `npm start` against both, plus
// what scenarios share (collab DMs that stay reviews of their own, statuses read from Redis).
import { randomUUID } from "node:crypto";
import { type FaultBot, faultBot } from "./bot.ts";
import { type FaultPlatform, fakeDiscord, fakeSlack } from "./platforms.ts";
import { type FaultRedis, faultRedis } from "./redis.ts";

export interface Scene {
  redis: FaultRedis;
  platform: FaultPlatform;
  bot: FaultBot;
  prefix: string;
  /** The stored status of every review, by id. */
  statuses(): Promise<Map<string, string>>;
  stop(): Promise<void>;
}

export async function scene(
  name: "slack" | "discord",
  env: Record<string, string> = {},
): Promise<Scene> {
  const redis = await faultRedis();
  const platform = name === "slack" ? await fakeSlack() : await fakeDiscord();
  const prefix = `faults-${randomUUID().slice(0, 8)}`;
  const bot = await faultBot(platform, redis.url, prefix, env);
  await bot.start();
  return {
    redis,
    platform,
    bot,
    prefix,
    async statuses() {
      const keys = await redis.admin.keys(`{${prefix}}:review:*`);
      const out = new Map<string, string>();
      for (const key of keys) {
        const status = await redis.admin.hget(key, "status");
        if (status) out.set(key.slice(key.lastIndexOf(":") + 1), status);
      }
      return out;
    },
    async stop() {
      await bot.stop();
      await platform.stop();
      await redis.stop();
    },
  };
}

const PROJECTS = [
  "EP",
  "single",
  "album",
  "remix",
  "podcast theme",
  "game soundtrack",
  "ad jingle",
];

/** A concrete collaboration ask, different for each sender so no two look like a campaign. */
export function collabText(n: number): string {
  const project = PROJECTS[n % PROJECTS.length];
  return (
    `Hi, I'm sender ${n}. We're releasing a ${project} (ref ${n * 7919}) in ${1 + (n % 12)} weeks. ` +
    `Would you mix it? Budget is $${1000 + n * 37}, full credit. Can send stems this week.`
  );
}

export const SCAM =
  "free nitro for everyone who joins today, claim your gift at dlscord-gift.com/claim now";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
