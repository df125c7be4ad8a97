// Kills (SIGKILL) while approved replies are being sent, against `npm start` with each fake
// platform: in every round the platform takes one reply and never answers (the crash lands after
// it accepted the reply and before the bot recorded it) and holds another unapplied, then the bot
// dies. Requeued deliveries of earlier rounds meet the next rounds' holds too, so some jobs die
// twice. In the end every approved sender has exactly one reply and every review says sent.
import { afterEach, describe, expect, it } from "vitest";
import { report, settle } from "./bot.ts";
import { collabText, type Scene, scene } from "./scene.ts";

const SENDERS = 12;
const KILLS = 6;

let current: Scene | null = null;
afterEach(async () => {
  await current?.stop();
  current = null;
});

describe.each(["slack", "discord"] as const)("kills while replies are sent (%s)", (name) => {
  it(`${KILLS} kills, each after the platform took a reply: none lost, none doubled`, async () => {
    const s = await scene(name);
    current = s;
    const { platform, bot } = s;
    for (let n = 0; n < SENDERS; n++) await platform.dm(n, collabText(n));
    const carded = await settle(
      60_000,
      () => platform.cards().filter((c) => c.approvable).length >= SENDERS,
    );
    expect(carded, bot.output()).toBe(true);
    const cards = platform.cards();

    let approved = 0;
    for (let round = 0; round < KILLS; round++) {
      const before = platform.replyPosts();
      platform.hangReplies(1, true);
      platform.hangReplies(1, false);
      for (const card of cards.slice(approved, approved + 2)) await platform.approve(card);
      approved += 2;
      // Both posts are in the platform's hands (or requeued ones took the holds): kill.
      await settle(15_000, () => platform.replyPosts() >= before + 2);
      await bot.kill();
      await bot.start();
    }

    const done = await settle(90_000, async () =>
      [...(await s.statuses()).values()].every((st) => st === "sent"),
    );
    const statuses = [...(await s.statuses()).values()];
    const replies = Array.from({ length: SENDERS }, (_, n) => platform.repliesTo(n));
    const counts = {
      kills: KILLS,
      approved,
      sent: statuses.filter((st) => st === "sent").length,
      failed: statuses.filter((st) => st === "failed").length,
      lostReplies: replies.filter((r) => r === 0).length,
      doubledReplies: replies.filter((r) => r > 1).length,
      replyPosts: platform.replyPosts(),
    };
    report(`reply kills (${name})`, counts);
    expect(done, bot.output()).toBe(true);
    expect(counts.lostReplies).toBe(0);
    expect(counts.doubledReplies).toBe(0);
    expect(counts.failed).toBe(0);
  }, 240_000);
});
