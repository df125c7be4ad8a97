// The HTTP side: POST /slack/events on the app's own server (beside /healthz), Slack's request
// signatures, the App Home tab and the /triage slash command.
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { REVIEWER, type SlackHarness, STRANGER, slackPerTest } from "./fakes/slack/harness.ts";
import { appHomeOpened, eventEnvelope, imMessage, slashCommand } from "./fakes/slack/payloads.ts";
import { eventually } from "./helpers/app.ts";
import { fixedClassifier } from "./helpers/fixed-classifier.ts";
import { CONCRETE_COLLAB, dm } from "./helpers/messages.ts";
import { pendingReview } from "./helpers/reviews.ts";

const start = slackPerTest({ classifier: fixedClassifier("collaboration") });

/** Messages the app took in: each DM leaves its marker in its conversation at ingest. */
async function enqueued(harness: SlackHarness): Promise<number> {
  const { redis, keys } = harness.test.app;
  return (await redis.keys(keys.attached("*"))).length;
}

describe("Slack's request signatures", () => {
  it("serves /slack/events on the same server as /healthz", async () => {
    const harness = await start();
    const base = `http://127.0.0.1:${harness.test.app.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const answer = await harness.driver.event(eventEnvelope(imMessage({ text: CONCRETE_COLLAB })));
    expect(answer.status).toBe(200);
    await eventually(() => harness.cards().length === 1);
  });

  it("refuses a bad signature with 401 and enqueues nothing", async () => {
    const harness = await start();
    const envelope = eventEnvelope(imMessage({ text: CONCRETE_COLLAB }));
    const answer = await harness.driver.event(envelope, { secret: "someone-elses-secret" });
    expect(answer.status).toBe(401);
    expect(await enqueued(harness)).toBe(0);
    expect(harness.cards()).toHaveLength(0);
  });

  it("refuses a correctly signed request older than 5 minutes with 401 and enqueues nothing", async () => {
    const harness = await start();
    const envelope = eventEnvelope(imMessage({ text: CONCRETE_COLLAB }));
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const answer = await harness.driver.event(envelope, { timestamp: stale });
    expect(answer.status).toBe(401);
    expect(await enqueued(harness)).toBe(0);
  });

  it("refuses unsigned requests", async () => {
    const harness = await start();
    const res = await fetch(`http://127.0.0.1:${harness.test.app.port}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(eventEnvelope(imMessage({ text: CONCRETE_COLLAB }))),
    });
    expect(res.status).toBe(401);
    expect(await enqueued(harness)).toBe(0);
  });

  it("answers Slack's URL verification challenge", async () => {
    const harness = await start();
    const answer = await harness.driver.event({ type: "url_verification", challenge: "c-123" });
    expect(answer).toEqual({ status: 200, body: { challenge: "c-123" } });
  });
});

describe("the App Home tab", () => {
  it("publishes open reviews and 7-day stats by label and outcome for a reviewer", async () => {
    const harness = await start();
    await harness.dmAndCard("Hey <!channel> would you mix my EP? Budget $1,800.");
    await harness.driver.event(eventEnvelope(appHomeOpened(REVIEWER)));
    const published = await eventually(() => harness.fake.callsTo("views.publish")[0]);
    expect(published.args.user_id).toBe(REVIEWER);
    const view = published.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("Open reviews (1)");
    expect(text).toContain("Collaboration");
    expect(text).toContain("Maya Torres");
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toContain("<!channel>");
    expect(text).toContain("Last 7 days");
    expect(text).toContain("By label: Collaboration: *1*");
    expect(text).toMatch(/By outcome: /);
  });

  it("shows a non-reviewer no reviews", async () => {
    const harness = await start();
    await harness.dmAndCard(CONCRETE_COLLAB);
    await harness.driver.event(eventEnvelope(appHomeOpened(STRANGER)));
    const published = await eventually(() => harness.fake.callsTo("views.publish")[0]);
    const text = JSON.stringify(published.args.view);
    expect(text).toContain("for the reviewers");
    expect(text).not.toContain("Open reviews");
    expect(text).not.toContain("Maya");
  });
});

describe("/triage", () => {
  it("lists open reviews ephemerally", async () => {
    const harness = await start();
    const { reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const answer = await harness.driver.command(slashCommand(REVIEWER, "pending"));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ response_type: "ephemeral" });
    const text = (answer.body as { text: string }).text;
    expect(text).toContain("Open reviews (1)");
    expect(text).toContain(reviewId);
  });

  it("lists only Slack's reviews: another platform's quote DMs sent to someone else", async () => {
    const harness = await start();
    const { reviewId } = await harness.dmAndCard(CONCRETE_COLLAB);
    const { review: other } = await harness.test.app.store.create(
      pendingReview("rdiscordonly", {
        message: dm("a Discord DM Slack reviewers must not read", { platform: "discord" }),
      }),
    );
    const answer = await harness.driver.command(slashCommand(REVIEWER, "pending"));
    const text = (answer.body as { text: string }).text;
    expect(text).toContain(reviewId);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain("must not read");
    await harness.driver.event(eventEnvelope(appHomeOpened(REVIEWER)));
    const published = await eventually(() => harness.fake.callsTo("views.publish")[0]);
    expect(JSON.stringify(published.args.view)).not.toContain("must not read");
  });

  it("gives the 7-day stats ephemerally", async () => {
    const harness = await start();
    await harness.dmAndCard(CONCRETE_COLLAB);
    const answer = await harness.driver.command(slashCommand(REVIEWER, " Stats "));
    expect(answer.body).toMatchObject({ response_type: "ephemeral" });
    const text = (answer.body as { text: string }).text;
    expect(text).toContain("Last 7 days");
    expect(text).toContain("Collaboration: *1*");
  });

  it("explains its usage, and refuses non-reviewers", async () => {
    const harness = await start();
    const usage = await harness.driver.command(slashCommand(REVIEWER, ""));
    expect((usage.body as { text: string }).text).toContain("/triage pending");
    const refused = await harness.driver.command(slashCommand(STRANGER, "pending"));
    expect(refused.body).toMatchObject({ response_type: "ephemeral" });
    expect((refused.body as { text: string }).text).toContain("SLACK_REVIEWER_IDS");
  });
});

/** Sends raw bytes to the server and resolves with what it answered before closing, or "" on timeout. */
function rawRequest(port: number | null, head: string, waitMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port ?? 0, "127.0.0.1");
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, waitMs);
    socket.on("data", (chunk) => {
      answer += String(chunk);
      if (answer.includes("\r\n\r\n")) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on("error", () => {});
    socket.write(head);
  });
}

describe("what /slack/events refuses before reading a body", () => {
  it("answers an unsigned request 401 on its headers, without waiting for its 4 MB body", async () => {
    const harness = await start();
    const head = [
      "POST /slack/events HTTP/1.1",
      "host: 127.0.0.1",
      "content-type: application/json",
      `content-length: ${4 * 1024 * 1024}`,
      "",
      "",
    ].join("\r\n");
    // The body never comes: only an answer on the headers arrives in time.
    const answer = await rawRequest(harness.test.app.port, head, 2000);
    expect(answer).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.toLowerCase()).toContain("connection: close");
  });

  it("refuses a correctly signed body over 512 KB with 413 and enqueues nothing", async () => {
    const harness = await start();
    const envelope = eventEnvelope(imMessage({ text: "x".repeat(600 * 1024) }));
    const answer = await harness.driver.event(envelope);
    expect(answer.status).toBe(413);
    expect(await enqueued(harness)).toBe(0);
  });

  it("refuses a chunked body (no length given) once it passes 512 KB, with 413", async () => {
    const harness = await start();
    const ts = Math.floor(Date.now() / 1000);
    const head = [
      "POST /slack/events HTTP/1.1",
      "host: 127.0.0.1",
      "content-type: application/json",
      "transfer-encoding: chunked",
      `x-slack-request-timestamp: ${ts}`,
      "x-slack-signature: v0=0000",
      "",
      "",
    ].join("\r\n");
    const chunk = "x".repeat(64 * 1024);
    const chunks = Array.from({ length: 10 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const answer = await rawRequest(harness.test.app.port, head + chunks.join(""), 5000);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });

  it("still takes a correctly signed DM of 40,000 characters of emoji", async () => {
    const harness = await start();
    const envelope = eventEnvelope(imMessage({ text: "😀".repeat(20_000) }));
    const answer = await harness.driver.event(envelope);
    expect(answer.status).toBe(200);
    await eventually(async () => (await enqueued(harness)) === 1);
  });
});
