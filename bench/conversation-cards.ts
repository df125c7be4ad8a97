// `npx tsx bench/conversation-cards.ts`: what rendering a full conversation card costs on the event
// loop, on both platforms, with hostile text in every message (20 kept messages of 20,000
// characters each, the most a conversation holds). The median and slowest of 21 runs are reported:
// one slow render is what blocks the bot, and a card renders on each post and edit. On a busy
// machine the slowest run mostly measures the neighbours.
import { renderCard as discordCard } from "../adapters/discord/cards.ts";
import { renderCard as slackCard } from "../adapters/slack/cards.ts";
import type { Review } from "../src/types.ts";
import { dm } from "../test/helpers/messages.ts";

function conversation(text: string, platform: "discord" | "slack"): Review {
  const at = new Date().toISOString();
  const author = { id: "42", name: "Maya" };
  const messages = Array.from({ length: 20 }, () => dm(text, { platform, channel: "D", author }));
  return {
    id: "bench",
    kind: "reply",
    status: "pending",
    message: messages[messages.length - 1] ?? dm(text),
    messages,
    messageCount: 200,
    classification: {
      label: "spam",
      confidence: 0.9,
      scores: { spam: 0.9, feedback_request: 0.05, collaboration: 0.05 },
      reasons: ["same text from many accounts"],
      source: "local",
    },
    draft: { kind: "spam_decline", text: "No thanks.", source: "template" },
    createdAt: at,
    updatedAt: at,
  };
}

const texts: Array<[string, string]> = [
  ["20,000 backslashes", "\\".repeat(20_000)],
  ["20,000 newlines", "\n".repeat(20_000)],
  ["20,000 of `<&>`", "<&>".repeat(6_667)],
  ["1,000 masked links", "[a](https://b)".repeat(1_000)],
];

for (const [name, text] of texts) {
  for (const [platform, render] of [
    ["discord", discordCard],
    ["slack", slackCard],
  ] as const) {
    const review = conversation(text, platform);
    render(review); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      render(review);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    const median = (runs[10] ?? 0).toFixed(2);
    const worst = (runs[20] ?? 0).toFixed(2);
    console.log(
      `${`${platform} card, 20 x ${name}`.padEnd(44)} median ${median} ms, slowest ${worst} ms`,
    );
  }
}
