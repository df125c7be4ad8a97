// `npm run bench:http-flood`: what strangers can make the bot hold through POST /slack/events. Starts
// `npm start` against the fake Slack (HTTP mode) and opens 60 connections that each start a ~4 MB
// body and never finish it: unsigned with a length, then with (bogus) signature headers and no
// length (chunked). Reports the bot's RSS before and at its peak, and how many connections the bot
// had answered or closed after 3 s. Before the limits (base f941b28, same machine): 169 MB at rest,
// 402 MB unsigned and 458 MB with signature headers, none answered; after: 181 MB and 204 MB, all
// 60 answered.
import { readFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { SIGNING_SECRET } from "../test/fakes/slack/driver.ts";
import { REVIEW_CHANNEL, REVIEWER } from "../test/fakes/slack/harness.ts";
import { FakeSlack, TOKENS } from "../test/fakes/slack/server.ts";
import { startMain } from "../test/helpers/main-process.ts";
import { dropPrefix, freshPrefix, connect as redisConnect } from "../test/helpers/redis.ts";

const CONNECTIONS = 60;
const BODY = 4 * 1024 * 1024;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function flood(port: number, signed: boolean, pid: number) {
  const ts = Math.floor(Date.now() / 1000);
  const head = [
    "POST /slack/events HTTP/1.1",
    "host: 127.0.0.1",
    "content-type: application/json",
    ...(signed
      ? [
          "transfer-encoding: chunked",
          `x-slack-request-timestamp: ${ts}`,
          "x-slack-signature: v0=00",
        ]
      : [`content-length: ${BODY}`]),
    "",
    "",
  ].join("\r\n");
  const chunk = Buffer.alloc(64 * 1024, "x");
  let ended = 0;
  const sockets = Array.from({ length: CONNECTIONS }, () => {
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    let counted = false;
    const count = () => {
      if (!counted) ended++;
      counted = true;
    };
    socket.on("close", count);
    socket.on("data", count);
    socket.write(head);
    // All but the last 64 KB: the body never finishes.
    for (let sent = 0; sent < BODY - chunk.length; sent += chunk.length) {
      socket.write(
        signed ? Buffer.concat([Buffer.from("10000\r\n"), chunk, Buffer.from("\r\n")]) : chunk,
      );
    }
    return socket;
  });
  let peak = 0;
  for (let i = 0; i < 30; i++) {
    peak = Math.max(peak, rssMb(pid));
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const s of sockets) s.destroy();
  return { peak, ended };
}

const prefix = freshPrefix("bench-flood");
const fake = await FakeSlack.start();
const port = await freePort();
const bot = startMain(
  prefix,
  {
    PORT: String(port),
    SLACK_BOT_TOKEN: TOKENS.bot,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
    SLACK_REVIEWER_IDS: REVIEWER,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: "error",
  },
  120_000,
);
try {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = bot.child.pid ?? 0;
  await new Promise((r) => setTimeout(r, 1000));
  console.log(`bot RSS at rest: ${rssMb(pid).toFixed(0)} MB`);
  for (const signed of [false, true]) {
    const { peak, ended } = await flood(port, signed, pid);
    const what = signed ? "signature headers, chunked" : "unsigned, 4 MB content-length";
    console.log(
      `${CONNECTIONS} x ~4 MB never finished (${what}): peak RSS ${peak.toFixed(0)} MB, ${ended}/${CONNECTIONS} connections answered or closed within 3 s`,
    );
    await new Promise((r) => setTimeout(r, 1000));
  }
} finally {
  bot.child.kill("SIGTERM");
  await bot.exited;
  await fake.stop();
  const redis = redisConnect();
  await dropPrefix(redis, prefix);
  await redis.quit();
}
