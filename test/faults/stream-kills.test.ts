// Three kills during a stream of DMs, against `npm start` with each fake platform: spam copies from
// many accounts (a campaign), concrete asks from distinct senders, and a few senders writing
// several messages (conversations). In the end every message is on exactly one review and every
// review that needs a card has exactly one. On Discord the stream pauses a second before each kill:
// a DM the gateway handed a process that dies before queueing it is Discord's to replay (a resumed
// session), not something a restarted bot can ask for, so the kill lands on the queued stages.
import { afterEach, describe, expect, it } from "vitest";
import { audit, explain, report, settle } from "./bot.ts";
import { collabText, SCAM, type Scene, scene, sleep } from "./scene.ts";

const SPAM = 70;
const GENUINE = 30;
const CONVERSATIONS = 5;
const PER_CONVERSATION = 4;

let current: Scene | null = null;
afterEach(async () => {
  await current?.stop();
  current = null;
});

/** The stream, in a fixed interleaving: [sender, text]. */
function stream(): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < SPAM; i++) out.push([1000 + i, i % 2 ? `${SCAM} !!` : SCAM]);
  for (let i = 0; i < GENUINE; i++) out.push([i, collabText(i)]);
  for (let c = 0; c < CONVERSATIONS; c++) {
    for (let m = 0; m < PER_CONVERSATION; m++) {
      out.push([500 + c, ""]);
    }
  }
  // Spread each kind through the stream: item i goes to place (i * 37) mod length, a permutation
  // since 37 shares no factor with 140. A conversation's messages keep their order.
  const placed = new Array<[number, string]>(out.length);
  for (const [i, item] of out.entries()) placed[(i * 37) % out.length] = item;
  const next = new Map<number, number>();
  return placed.map(([sender, text]) => {
    if (sender < 500 || sender >= 1000) return [sender, text];
    const m = next.get(sender) ?? 0;
    next.set(sender, m + 1);
    return [sender, m === 0 ? collabText(sender) : `and one more detail, part ${m + 1}`];
  });
}

describe.each(["slack", "discord"] as const)("kills during a stream of DMs (%s)", (name) => {
  it("3 kills: every message on exactly one review, one card per review", async () => {
    const s = await scene(name);
    current = s;
    const { platform, bot, redis, prefix } = s;
    const items = stream();
    const killAt = new Set([0.25, 0.5, 0.75].map((f) => Math.floor(items.length * f)));
    const sent: string[] = [];
    for (const [i, [sender, text]] of items.entries()) {
      if (killAt.has(i)) {
        if (name === "discord") await sleep(1000);
        await bot.kill();
        await bot.start();
      }
      sent.push(await platform.dm(sender, text));
      await sleep(40);
    }
    const settled = await settle(150_000, async () => {
      const c = await audit(redis.admin, prefix, sent, platform);
      return c.lost === 0 && c.uncarded === 0;
    });
    // A moment more for a doubled card to show.
    await sleep(3000);
    const counts = await audit(redis.admin, prefix, sent, platform);
    report(`stream kills (${name})`, { kills: 3, ...counts });
    expect(settled, bot.output()).toBe(true);
    expect(counts.lost).toBe(0);
    expect(counts.doubled).toBe(0);
    expect(
      counts.uncarded,
      await explain(redis.admin, prefix, counts.uncardedIds, s.platform.name),
    ).toBe(0);
    expect(counts.doubledCards).toBe(0);
  }, 240_000);
});
