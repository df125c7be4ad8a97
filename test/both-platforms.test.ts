// Discord and Slack in one app, as a user with both tokens runs it: each card goes to its own
// platform's review channel and each approval replies on its own platform only.
import { afterEach, expect, it } from "vitest";
import { discordOps } from "./fakes/discord/contract-driver.ts";
import { createDiscordRig, discordHarnessOn } from "./fakes/discord/harness.ts";
import { slackOps } from "./fakes/slack/contract-driver.ts";
import { httpDriver } from "./fakes/slack/driver.ts";
import { createSlackRig, slackHarnessOn } from "./fakes/slack/harness.ts";
import { eventually, startTestApp, type TestApp } from "./helpers/app.ts";
import { trapUnhandled } from "./helpers/capture.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";

const cleanup: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startBoth() {
  const trap = trapUnhandled();
  cleanup.push(async () => trap.release());
  const discordRig = await createDiscordRig();
  cleanup.push(() => discordRig.fake.stop());
  const slackRig = await createSlackRig({ mode: "http" });
  cleanup.push(() => slackRig.fake.stop());
  const test = await startTestApp({
    name: "both",
    adapters: [discordRig.adapter, slackRig.adapter],
    http: true,
    classifier: fixedClassifier("collaboration"),
  });
  cleanup.push(() => test.stop());
  const slackDriver = httpDriver(`http://127.0.0.1:${test.app.port}`);
  return {
    test,
    discordFake: discordRig.fake,
    slackFake: slackRig.fake,
    discord: discordOps(discordHarnessOn(discordRig, test)),
    slack: slackOps(slackHarnessOn(slackRig, test, slackDriver)),
  };
}

async function statusOf(test: TestApp, reviewId: string) {
  return (await test.app.store.get(reviewId))?.status;
}

it("runs Discord and Slack in one app, each card and each reply on its own platform", async () => {
  const { test, discord, slack, discordFake, slackFake } = await startBoth();
  await discord.sendDm("Discord here: would you mix my EP? Budget $1,800.");
  await slack.sendDm("Slack here: would you mix my EP? Budget $1,800.");
  const discordCard = await eventually(() => discord.cards()[0]);
  const slackCard = await eventually(() => slack.cards()[0]);
  expect(discordCard.text).toContain("Discord here");
  expect(slackCard.text).toContain("Slack here");
  const discordReview = await test.app.store.get(discordCard.reviewId);
  const slackReview = await test.app.store.get(slackCard.reviewId);
  expect(discordReview?.message.platform).toBe("discord");
  expect(slackReview?.message.platform).toBe("slack");

  await discord.click(0, "approve", "reviewer");
  await eventually(async () => (await statusOf(test, discordCard.reviewId)) === "sent");
  expect(discord.replies()).toEqual([discordReview?.draft.text]);
  expect(slack.replies()).toEqual([]);

  await slack.click(0, "approve", "reviewer");
  await eventually(async () => (await statusOf(test, slackCard.reviewId)) === "sent");
  expect(slack.replies()).toEqual([slackReview?.draft.text]);
  expect(discord.replies()).toHaveLength(1);
  // Each review channel holds its own platform's card only.
  expect(discord.cards().map((c) => c.reviewId)).toEqual([discordCard.reviewId]);
  expect(slack.cards().map((c) => c.reviewId)).toEqual([slackCard.reviewId]);
  // And each platform got two new messages in all: its card and its reply.
  expect(discordFake.callsTo("POST", /^\/channels\/\d+\/messages$/)).toHaveLength(2);
  expect(slackFake.callsTo("chat.postMessage")).toHaveLength(2);
});
