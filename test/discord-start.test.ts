// Start-up and the /triage command: intents, command registration, the invite URL when the bot is
// in no server, the REST-only worker role, and pending/stats answered only to the asker.
import { GatewayIntentBits } from "discord.js";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { discordModule } from "../adapters/discord/index.ts";
import { INVITE_PERMISSIONS } from "../adapters/discord/invite.ts";
import type { AdapterContext } from "../src/ports.ts";
import { actionsOf, componentsOf, discordPerTest, TOKEN, textOf } from "./fakes/discord/harness.ts";
import { user } from "./fakes/discord/payloads.ts";
import { FakeDiscord } from "./fakes/discord/server.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier, heldClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";

// Every test's harness is stopped after it, and nothing the bot wrote may ping anyone.
const start = discordPerTest({ classifier: fixedClassifier("collaboration") });

describe("starting the Discord adapter", () => {
  it("asks for exactly the intents it needs and registers /triage pending|stats", async () => {
    const harness = await start();
    expect(harness.fake.gateway.identified).toEqual([
      GatewayIntentBits.Guilds |
        GatewayIntentBits.GuildMessages |
        GatewayIntentBits.DirectMessages |
        GatewayIntentBits.MessageContent,
    ]);
    const [put, ...more] = harness.fake.callsTo("PUT", /^\/applications\/\d+\/commands$/);
    expect(more).toEqual([]);
    expect(put?.path).toBe(`/applications/${harness.fake.appId}/commands`);
    expect(put?.body).toHaveLength(1);
    expect(put?.body[0].name).toBe("triage");
    expect(put?.body[0].options.map((o: { name: string }) => o.name)).toEqual(["pending", "stats"]);
    expect(harness.adapterLogs()).not.toContain("oauth2/authorize");
  });

  it("logs the invite URL with exactly the needed scopes and permissions when in no server", async () => {
    const harness = await start({ inGuild: false });
    const expected =
      `https://discord.com/oauth2/authorize?client_id=${harness.fake.appId}` +
      `&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`;
    expect(harness.adapterLogs()).toContain(expected);
    // View, send, embed links, manage messages, moderate members: nothing else.
    expect(INVITE_PERMISSIONS).toBe(
      (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 13n) | (1n << 40n),
    );
  });

  // That the token never reaches the logs is in the adapter contract, for every platform.
  it("sends the token with every REST call but interaction answers", async () => {
    const harness = await start();
    await harness.dmAndCard(CONCRETE_COLLAB);
    expect(
      harness.fake.calls
        .filter((c) => !c.path.includes("/callback"))
        .every((c) => c.authorized || c.path.startsWith("/webhooks/")),
    ).toBe(true);
  });

  it("as a worker, opens no gateway session but still posts cards over REST", async () => {
    const harness = await start({ env: { ROLE: "worker" } });
    expect(harness.fake.gateway.connected).toBe(0);
    expect(harness.fake.callsTo("GET", /^\/gateway\/bot$/)).toEqual([]);
    const message = dm(CONCRETE_COLLAB, {
      platform: "discord",
      workspace: "@dm",
      channel: "1234567890123456789",
      author: { id: "1234567890123456780", name: "Maya Torres" },
    });
    await harness.test.app.ctx.ingest(message);
    const card = await eventually(() => harness.cards()[0]);
    expect(textOf(card)).toContain("Maya Torres");
  });
});

// The app stops its adapters before its workers, so jobs still running go on using the adapter.
describe("stopping while jobs are in flight", () => {
  it("ends the gateway but still edits the card of a reply being delivered", async () => {
    const harness = await start();
    const { msg, card, reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const dmPath = new RegExp(`^/channels/${msg.channel_id}/messages$`);
    const release = harness.fake.holdNext("POST", dmPath);
    harness.driver.click(card.id, actionsOf(card).approve as string, harness.reviewer);
    await eventually(() => harness.fake.callsTo("POST", dmPath).length === 1);
    await harness.adapter.stop();
    expect(harness.fake.gateway.connected).toBe(0);
    release();
    const edited = await eventually(() => {
      const now = harness.latest(card);
      return textOf(now).includes("✅ Sent") ? now : undefined;
    });
    expect(componentsOf(edited).every((c) => c.disabled === true)).toBe(true);
    expect((await harness.review(reviewId)).status).toBe("sent");
  });

  it("still posts the card of a message being triaged", async () => {
    // Triage is held in the classifier, so the card is posted only after the adapter stopped.
    const held = heldClassifier("collaboration");
    const harness = await start({ classifier: held.classifier });
    const msg = harness.driver.dm(user("Late Sender"), CONCRETE_COLLAB);
    await eventually(() => held.started);
    await harness.adapter.stop();
    held.release();
    const card = await eventually(() => harness.cards()[0]);
    expect(textOf(card)).toContain("Late Sender");
    await eventually(async () => {
      const [review] = await harness.test.app.ctx.pending(10);
      return review?.message.id === msg.id && review.card?.messageId === card.id;
    });
  });
});

describe("a start that cannot succeed", () => {
  async function startAgainst(refuse: "token" | "intents") {
    const fake = await FakeDiscord.start({ refuse });
    const adapter = discordModule.create(
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_REVIEW_CHANNEL_ID: fake.guild.reviewChannelId,
        DISCORD_REVIEWER_IDS: "123456789012345678",
      },
      pino({ level: "silent" }),
    );
    // Only listen and logger are used before the gateway is up.
    const ctx = { listen: true, logger: pino({ level: "silent" }) } as AdapterContext;
    try {
      return await adapter.start(ctx).then(
        () => "started",
        (err: Error) => err.message,
      );
    } finally {
      await adapter.stop();
      await fake.stop();
    }
  }

  it("says to copy the token again when Discord refuses it", async () => {
    const said = await startAgainst("token");
    expect(said).toContain("Discord refused DISCORD_TOKEN");
    expect(said).not.toContain(TOKEN);
  });

  it("says to turn on the Message Content intent when Discord refuses it", async () => {
    expect(await startAgainst("intents")).toContain("Message Content Intent");
  });
});

describe("/triage", () => {
  it("lists open reviews with links to their cards, only to the asker", async () => {
    const harness = await start();
    const { card } = await harness.dmAndCard(CONCRETE_COLLAB);
    const sent = harness.driver.command("pending", harness.reviewer);
    const reply = await eventually(() =>
      harness.driver.answers(sent).find((c) => c.method === "PATCH"),
    );
    const [deferred] = harness.driver.answers(sent);
    expect(deferred?.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const { guild } = harness.fake;
    expect(reply.body.content).toContain("1 open review");
    expect(reply.body.content).toContain("Maya Torres");
    expect(reply.body.content).toContain(
      `https://discord.com/channels/${guild.id}/${guild.reviewChannelId}/${card.id}`,
    );
  });

  it("shows the last 7 days by label and outcome", async () => {
    const harness = await start();
    await harness.dmAndCard(CONCRETE_COLLAB);
    const sent = harness.driver.command("stats", harness.roleReviewer);
    const reply = await eventually(() =>
      harness.driver.answers(sent).find((c) => c.method === "PATCH"),
    );
    expect(harness.driver.answers(sent)[0]?.body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(reply.body.content).toContain("Last 7 days");
    expect(reply.body.content).toMatch(/By label: .*Collaboration 1/);
    expect(reply.body.content).toContain("By outcome:");
  });

  it("refuses someone who is not a reviewer, ephemerally", async () => {
    const harness = await start();
    const sent = harness.driver.command("pending", harness.stranger);
    const answer = await eventually(() => harness.driver.answers(sent)[0]);
    expect(answer.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(answer.body.data.content).toContain("can't review this");
    expect(harness.driver.answers(sent)).toHaveLength(1);
  });
});
