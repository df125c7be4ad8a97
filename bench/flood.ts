// `npm run bench:flood`: a raid on Discord and a DM flood on Slack, each played against the fake
// platform with its real rate limits and the whole app (real Redis under a fresh prefix, real
// discord.js and Bolt, the default classifier), with a reviewer clicking through the flood's cards.
// Prints per scenario: the genuine DMs' send-to-card times and order, what was posted to the review
// channel, the 429s by route, the clicks it took and when the flood was cleared.
// `--quick` plays a tenth of each; `--only discord|slack` one of them. Each scenario stops by itself
// at its cap (FLOOD_CAP_S, default 600 s; 120 s with --quick) and says so.
import { discordRaid } from "./flood-discord.ts";
import { print, type Scale } from "./flood-kit.ts";
import { slackFlood } from "./flood-slack.ts";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args[args.indexOf("--only") + 1];
const capMs = Number(process.env.FLOOD_CAP_S ?? (quick ? 120 : 600)) * 1000;

const DISCORD: Scale = quick
  ? { spam: 40, accounts: 4, floodMs: 2000, genuine: 3, capMs }
  : { spam: 400, accounts: 40, floodMs: 20_000, genuine: 10, capMs };
const SLACK: Scale = quick
  ? { spam: 30, accounts: 30, floodMs: 3000, genuine: 3, capMs }
  : { spam: 300, accounts: 300, floodMs: 30_000, genuine: 10, capMs };

async function main(): Promise<void> {
  const playing = (name: string) =>
    console.error(`playing the ${name} (gives up after ${capMs / 1000} s)...`);
  if (only !== "slack") {
    playing("Discord raid");
    print(await discordRaid(DISCORD));
  }
  if (only !== "discord") {
    playing("Slack flood");
    print(await slackFlood(SLACK));
  }
}

// A hard stop past both caps, should a client keep the process alive after its scenario.
const deadline = setTimeout(
  () => {
    console.error("bench:flood: still running past both caps; stopping");
    process.exit(2);
  },
  2 * capMs + 60_000,
);
deadline.unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench:flood failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
