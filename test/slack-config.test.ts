// The SLACK_* variables: a contract, parsed once, failing with the variable's name.
import { describe, expect, it } from "vitest";
import { parseSlackConfig } from "../adapters/slack/config.ts";
import { slackModule } from "../adapters/slack/index.ts";
import { SlackAdapter } from "../adapters/slack/slack-adapter.ts";
import { ConfigError } from "../src/config.ts";
import type { AdapterContext } from "../src/ports.ts";
import { FakeSlack } from "./fakes/slack/server.ts";

const BOT = "xoxb-secret-bot-token-value";
const SECRET = "secret-signing-value";
const BASE = {
  SLACK_BOT_TOKEN: BOT,
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_REVIEW_CHANNEL_ID: "C0REVIEWS",
  SLACK_REVIEWER_IDS: "U0REVIEW1",
};

function problem(env: Record<string, string | undefined>): string {
  try {
    parseSlackConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("the Slack config", () => {
  it("reads the variables, with Slack's public API as the default and HTTP mode", () => {
    const config = parseSlackConfig({
      ...BASE,
      SLACK_REVIEWER_IDS: " U0REVIEW1, W0REVIEW2 ,",
    });
    expect(config.apiUrl).toBe("https://slack.com/api/");
    expect(config.appToken).toBeNull();
    expect(config.userToken).toBeNull();
    expect([...config.reviewerIds]).toEqual(["U0REVIEW1", "W0REVIEW2"]);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("takes SLACK_API_URL without a trailing slash and adds it", () => {
    const config = parseSlackConfig({ ...BASE, SLACK_API_URL: "https://slack-gov.com/api" });
    expect(config.apiUrl).toBe("https://slack-gov.com/api/");
  });

  it("needs no signing secret in Socket Mode", () => {
    const config = parseSlackConfig({
      ...BASE,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: "xapp-1-abc",
    });
    expect(config.appToken).toBe("xapp-1-abc");
    expect(config.signingSecret).toBeNull();
  });

  it("names SLACK_SIGNING_SECRET when HTTP mode has none", () => {
    expect(problem({ ...BASE, SLACK_SIGNING_SECRET: "" })).toContain(
      "SLACK_SIGNING_SECRET: required unless SLACK_APP_TOKEN is set",
    );
  });

  it("names SLACK_REVIEW_CHANNEL_ID when it is missing", () => {
    expect(problem({ ...BASE, SLACK_REVIEW_CHANNEL_ID: undefined })).toContain(
      "SLACK_REVIEW_CHANNEL_ID: required",
    );
  });

  it("names SLACK_REVIEWER_IDS when there are no reviewers", () => {
    expect(problem({ ...BASE, SLACK_REVIEWER_IDS: " , " })).toContain(
      "SLACK_REVIEWER_IDS: required",
    );
  });

  it("names every missing variable at once", () => {
    const message = problem({ SLACK_BOT_TOKEN: BOT });
    for (const name of ["SLACK_SIGNING_SECRET", "SLACK_REVIEW_CHANNEL_ID", "SLACK_REVIEWER_IDS"]) {
      expect(message).toContain(name);
    }
  });

  it("names malformed ids and URLs, and the token kind, never echoing a secret", () => {
    const message = problem({
      ...BASE,
      SLACK_BOT_TOKEN: "xoxp-user-token-by-mistake",
      SLACK_USER_TOKEN: "xoxb-bot-token-by-mistake",
      SLACK_REVIEW_CHANNEL_ID: "#reviews",
      SLACK_REVIEWER_IDS: "alice",
      SLACK_API_URL: "not a url",
    });
    expect(message).toContain("SLACK_BOT_TOKEN: must be a bot token (starts with xoxb-)");
    expect(message).toContain("SLACK_USER_TOKEN: must be a user token (starts with xoxp-)");
    expect(message).toContain("SLACK_REVIEW_CHANNEL_ID: must be a channel id");
    expect(message).toContain("SLACK_REVIEWER_IDS: must be Slack user ids");
    expect(message).toContain("SLACK_API_URL: must be a URL");
    expect(message).not.toContain("user-token-by-mistake");
    expect(message).not.toContain("bot-token-by-mistake");
  });

  it("turns the adapter on with SLACK_BOT_TOKEN, and creation checks the rest", () => {
    expect(slackModule.enabled({})).toBe(false);
    expect(slackModule.enabled({ SLACK_BOT_TOKEN: " " })).toBe(false);
    expect(slackModule.enabled({ SLACK_BOT_TOKEN: BOT })).toBe(true);
    expect(() => slackModule.create({ SLACK_BOT_TOKEN: BOT }, silentLogger())).toThrow(
      /SLACK_REVIEW_CHANNEL_ID/,
    );
    const adapter = slackModule.create(BASE, silentLogger());
    expect(adapter.platform).toBe("slack");
    expect(adapter.maxReplyLength).toBe(4000);
  });
});

function silentLogger() {
  // pino's child() is all create() uses; a stub keeps this test free of output.
  const logger = {
    child: () => logger,
    info() {},
    warn() {},
    error() {},
    debug() {},
    trace() {},
  };
  return logger as never;
}

describe("starting with a token Slack refuses", () => {
  it("names the variable to fix, without its value", async () => {
    const fake = await FakeSlack.start();
    try {
      const config = parseSlackConfig({ ...BASE, SLACK_API_URL: fake.apiUrl });
      const adapter = new SlackAdapter(config, silentLogger(), {
        clientOptions: { retryConfig: { retries: 0 } },
      });
      const ctx = { listen: true } as AdapterContext;
      const failure = await adapter.start(ctx).then(
        () => null,
        (err: Error) => err.message,
      );
      expect(failure).toContain("Slack refused SLACK_BOT_TOKEN (invalid_auth)");
      expect(failure).not.toContain(BOT);
      expect(fake.callsTo("auth.test")).toHaveLength(1);
    } finally {
      await fake.stop();
    }
  });
});
