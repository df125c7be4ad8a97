// The DISCORD_* variables: a contract, parsed once, failing with the variable's name.
import { describe, expect, it } from "vitest";
import { parseDiscordConfig } from "../adapters/discord/config.ts";
import { discordModule } from "../adapters/discord/index.ts";
import { ConfigError } from "../src/config.ts";

const TOKEN = "secret-token-value";
const BASE = {
  DISCORD_TOKEN: TOKEN,
  DISCORD_REVIEW_CHANNEL_ID: "111111111111111111",
  DISCORD_REVIEWER_IDS: "222222222222222222",
};

function problem(env: Record<string, string | undefined>): string {
  try {
    parseDiscordConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("the Discord config", () => {
  it("reads the variables, with the public API as the default", () => {
    const config = parseDiscordConfig({
      ...BASE,
      DISCORD_REVIEWER_IDS: " 222222222222222222, 333333333333333333 ,",
      DISCORD_WATCH_CHANNEL_IDS: "444444444444444444",
    });
    expect(config.apiUrl).toBe("https://discord.com/api");
    expect([...config.reviewerIds]).toEqual(["222222222222222222", "333333333333333333"]);
    expect([...config.watchChannelIds]).toEqual(["444444444444444444"]);
    expect(config.reviewerRoleId).toBeNull();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("names DISCORD_REVIEW_CHANNEL_ID when it is missing", () => {
    expect(problem({ ...BASE, DISCORD_REVIEW_CHANNEL_ID: undefined })).toContain(
      "DISCORD_REVIEW_CHANNEL_ID: required",
    );
  });

  it("names DISCORD_REVIEWER_IDS when there are no reviewers at all", () => {
    expect(problem({ ...BASE, DISCORD_REVIEWER_IDS: "" })).toContain(
      "DISCORD_REVIEWER_IDS: required",
    );
  });

  it("takes a reviewer role instead of a reviewer list", () => {
    const config = parseDiscordConfig({
      ...BASE,
      DISCORD_REVIEWER_IDS: undefined,
      DISCORD_REVIEWER_ROLE_ID: "555555555555555555",
    });
    expect(config.reviewerRoleId).toBe("555555555555555555");
    expect(config.reviewerIds.size).toBe(0);
  });

  it("names the variable holding a malformed id or URL, never echoing the token", () => {
    expect(problem({ ...BASE, DISCORD_WATCH_CHANNEL_IDS: "general" })).toContain(
      "DISCORD_WATCH_CHANNEL_IDS",
    );
    expect(problem({ ...BASE, DISCORD_API_URL: "not a url" })).toContain("DISCORD_API_URL");
    const message = problem({ ...BASE, DISCORD_REVIEW_CHANNEL_ID: "reviews" });
    expect(message).toContain("DISCORD_REVIEW_CHANNEL_ID");
    expect(message).not.toContain(TOKEN);
  });

  it("turns the adapter on with DISCORD_TOKEN only, and fails create() naming the variable", () => {
    expect(discordModule.enabled({})).toBe(false);
    expect(discordModule.enabled({ DISCORD_TOKEN: " " })).toBe(false);
    expect(discordModule.enabled({ DISCORD_TOKEN: TOKEN })).toBe(true);
    expect(discordModule.name).toBe("discord");
    expect(() => discordModule.create({ DISCORD_TOKEN: TOKEN }, fakeLogger())).toThrow(
      /DISCORD_REVIEW_CHANNEL_ID/,
    );
  });
});

function fakeLogger() {
  const logger = { child: () => logger } as unknown as Parameters<typeof discordModule.create>[1];
  return logger;
}
