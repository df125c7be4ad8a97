// `npm run bench:hostile`: what hostile text costs the code that renders or parses it on the event
// loop. Each case runs a few times; the slowest run is reported, since one slow render is what
// blocks the bot. Before the fixes: a Discord card of 4,000 backslashes took 0.2-1.3 s, and Slack's link
// pattern 135-420 ms on 40,000 characters of `<http://a`.
import { renderCard } from "../adapters/discord/cards.ts";
import { slackLinks } from "../adapters/slack/inbound.ts";
import type { Review } from "../src/types.ts";
import { dm } from "../test/helpers/messages.ts";

function review(text: string, draft: string): Review {
  const at = new Date().toISOString();
  return {
    id: "bench",
    kind: "reply",
    status: "pending",
    message: dm(text, { platform: "discord" }),
    classification: {
      label: "spam",
      confidence: 0.9,
      scores: { spam: 0.9, feedback_request: 0.05, collaboration: 0.05 },
      reasons: [text.slice(0, 2000)],
      source: "llm",
    },
    draft: { kind: "spam_decline", text: draft, source: "llm" },
    createdAt: at,
    updatedAt: at,
  };
}

const cases: Array<[string, () => unknown]> = [
  [
    "discord card, 4,000 backslashes",
    () => renderCard(review("\\".repeat(4000), "\\".repeat(2000))),
  ],
  ["discord card, 20,000 backslashes", () => renderCard(review("\\".repeat(20_000), "ok"))],
  ["discord card, 20,000 of `a\\_`", () => renderCard(review("a\\_".repeat(6_666), "ok"))],
  [
    "discord card, 1,000 masked links",
    () => renderCard(review("[a](https://b)".repeat(1000), "ok")),
  ],
  ["slack links, 40,000 chars of `<http://a`", () => slackLinks("<http://a".repeat(4445))],
  [
    "slack links, 4,000 closed links",
    () => slackLinks("<https://a.example/x|label> ".repeat(4000)),
  ],
];

for (const [name, run] of cases) {
  run(); // warm-up
  let worst = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    worst = Math.max(worst, performance.now() - t0);
  }
  console.log(`${name.padEnd(40)} ${worst.toFixed(2)} ms (slowest of 5)`);
}
