import { afterAll, describe, expect, it, vi } from "vitest";
import { createKeys } from "../src/keys.ts";
import { bands, minhash, SLOTS, similarity } from "../src/minhash.ts";
import { CANDIDATES_PER_BAND, createSignalSource, SAME_TEXT } from "../src/signals.ts";
import { dm } from "./helpers/messages.ts";
import { connect, dropPrefix, freshPrefix } from "./helpers/redis.ts";

const redis = connect();
const prefix = freshPrefix("signals");
const signals = createSignalSource(redis, createKeys(prefix));
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const CAMPAIGN =
  "Hey {name}! We help creators like you get 10x more streams with our playlist placement service, packages start at $49, reply YES to get started";

describe("signals from Redis", () => {
  it("sees a sender's first contact once", async () => {
    const author = { id: "first-contact-sender", name: "Jo" };
    expect(
      (await signals.observe(dm("hello there, quick question about your plugin", { author })))
        .firstContact,
    ).toBe(true);
    expect(
      (await signals.observe(dm("and another message from me", { author }))).firstContact,
    ).toBe(false);
  });

  it("remembers a sender for the retention period after their latest message", async () => {
    const author = { id: "returning-sender", name: "Ro" };
    await signals.observe(dm("first message from a sender who comes back", { author }));
    const key = createKeys(prefix).part("sig", "sender", "console", author.id);
    const retention = await redis.ttl(key);
    expect(retention).toBeGreaterThan(29 * 86_400);
    // As if the first message were 29 days old: the next one starts the period again.
    await redis.expire(key, 86_400);
    const again = await signals.observe(dm("and here I am again a month later", { author }));
    expect(again.firstContact).toBe(false);
    expect(await redis.ttl(key)).toBeGreaterThan(retention - 5);
  });

  it("counts the distinct conversations that got near-identical text, across platforms", async () => {
    const sent = [
      dm(CAMPAIGN.replace("{name}", "Maya"), { channel: "dm-a", author: { id: "s1", name: "a" } }),
      dm(CAMPAIGN.replace("{name}", "Leo"), {
        channel: "dm-b",
        author: { id: "s2", name: "b" },
        platform: "discord",
      }),
      dm(`${CAMPAIGN.replace("{name}", "Ana")} 🚀`, {
        channel: "dm-c",
        author: { id: "s3", name: "c" },
        platform: "slack",
      }),
    ];
    const counts = [];
    for (const message of sent) counts.push((await signals.observe(message)).duplicateRecipients);
    expect(counts).toEqual([0, 1, 2]);
    // The same conversation again is not another recipient.
    const again = await signals.observe(dm(CAMPAIGN.replace("{name}", "Sam"), { channel: "dm-a" }));
    expect(again.duplicateRecipients).toBe(2);
    const unrelated = await signals.observe(
      dm("would you mix my six track EP in April, budget is 1800 dollars", { channel: "dm-z" }),
    );
    expect(unrelated.duplicateRecipients).toBe(0);
  });

  it("counts copies of a Japanese campaign as the same text, though the language has no spaces", async () => {
    const campaign = (name: string) =>
      `${name}さんこんにちは私たちはクリエイターの再生回数を10倍にするプレイリスト掲載サービスを提供しています今なら初月無料です`;
    const copies = ["田中", "佐藤", "鈴木"].map((name, i) =>
      dm(campaign(name), { channel: `ja-dm-${i}`, author: { id: `ja-s${i}`, name } }),
    );
    const counts = [];
    for (const message of copies) counts.push((await signals.observe(message)).duplicateRecipients);
    expect(counts).toEqual([0, 1, 2]);
    // A different Japanese message shares next to nothing with them.
    const other = minhash(
      "はじめまして、イラストを拝見しました。来月のゲームのキャラデザをお願いできませんか？",
    );
    const copy = minhash(campaign("田中"));
    expect(other && copy ? similarity(other, copy) : 1).toBeLessThan(0.3);
  });

  it("answers the same for the same message observed twice, and counts it once", async () => {
    const message = dm(
      "Join our exclusive creators server for free promo and feedback every week",
      { channel: "x1" },
    );
    const first = await signals.observe(message);
    expect(await signals.observe(message)).toEqual(first);
    const other = await signals.observe(
      dm("Join our exclusive creators server for free promo and feedback every week", {
        channel: "x2",
      }),
    );
    expect(other.duplicateRecipients).toBe(1);
  });

  it("gives the account age where the platform tells it", async () => {
    const createdAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const s = await signals.observe(
      dm("hi, this is a message from a new account", {
        author: { id: "n1", name: "n", createdAt },
      }),
    );
    expect(s.accountAgeDays).toBeCloseTo(3, 1);
  });

  it("counts a text as the same exactly when its signature says so (the script agrees with minhash.ts)", async () => {
    // Pairs of texts from 30 words with 0 to 14 of them swapped: some share a band and enough
    // slots, some share a band but too few slots (the script stops comparing early), some no band.
    const outcomes = { same: 0, bandOnly: 0, none: 0 };
    for (let pair = 0; pair < 90; pair++) {
      const words = Array.from({ length: 30 }, (_, i) => `w${pair}x${i}`);
      const swapped = words.map((w, i) => (i < pair % 15 ? `${w}y` : w));
      const a = words.join(" ");
      const b = swapped.join(" ");
      const sa = minhash(a);
      const sb = minhash(b);
      if (!sa || !sb) throw new Error("expected signatures");
      const shareBand = bands(sa).some((band) => bands(sb).includes(band));
      const same = shareBand && similarity(sa, sb) >= Math.ceil(SAME_TEXT * SLOTS) / SLOTS;
      outcomes[same ? "same" : shareBand ? "bandOnly" : "none"]++;
      await signals.observe(dm(a, { channel: `pair-${pair}-a` }));
      const seen = await signals.observe(dm(b, { channel: `pair-${pair}-b` }));
      expect(seen.duplicateRecipients, `pair ${pair}`).toBe(same ? 1 : 0);
    }
    expect(outcomes.same).toBeGreaterThan(5);
    expect(outcomes.bandOnly).toBeGreaterThan(5);
  });

  it("renews a band's lifetime on its first write of each hour, not on every write", async () => {
    const text =
      "Weekly beat battle signups are open, winners get featured on the channel homepage";
    const hour = 3_600_000;
    const start = Math.ceil(Date.now() / hour) * hour + 60_000;
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(start);
      await signals.observe(dm(text, { channel: "renew-a" }));
      const signature = minhash(text);
      if (!signature) throw new Error("expected a signature");
      const bandKeys = bands(signature).map((band) => createKeys(prefix).part("sig", "band", band));
      const ttls = async () => Promise.all(bandKeys.map((key) => redis.pttl(key)));
      // A day and an hour, less what passed since.
      for (const ttl of await ttls()) expect(ttl).toBeGreaterThan(86_400_000 + hour - 60_000);
      // Shorten them by hand to see whether the next writes renew them.
      for (const key of bandKeys) await redis.pexpire(key, 1_000_000);
      vi.setSystemTime(start + 30 * 60_000);
      await signals.observe(dm(text, { channel: "renew-b" }));
      for (const ttl of await ttls()) expect(ttl).toBeLessThanOrEqual(1_000_000);
      vi.setSystemTime(start + hour);
      await signals.observe(dm(text, { channel: "renew-c" }));
      for (const ttl of await ttls()) expect(ttl).toBeGreaterThan(86_400_000);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps bands compact: Redis stores a band's few members as a listpack, not a skiplist", async () => {
    const text =
      "Portfolio review nights are back, bring prints or a laptop and meet other illustrators";
    await signals.observe(dm(text, { channel: "compact-a" }));
    await signals.observe(dm(`${text} tonight`, { channel: "compact-b" }));
    const signature = minhash(text);
    if (!signature) throw new Error("expected a signature");
    for (const band of bands(signature)) {
      const key = createKeys(prefix).part("sig", "band", band);
      // A member over 64 bytes (zset-max-listpack-value) turns even a one-member band into a
      // skiplist of about a kilobyte.
      expect(await redis.object("ENCODING", key)).toBe("listpack");
    }
  });

  it("keeps counting a flood while each band stays bounded", async () => {
    const flood =
      "Flash sale on beats this weekend only, every exclusive lease half price, link in bio";
    let last = 0;
    for (let i = 0; i < 260; i++) {
      last = (await signals.observe(dm(flood, { channel: `flood-${i}` }))).duplicateRecipients;
    }
    // A flood reads as at least as many recipients as one band's candidates.
    expect(last).toBeGreaterThanOrEqual(CANDIDATES_PER_BAND);
    const bandKeys = await redis.keys(`{${prefix}}:sig:band:*`);
    expect(bandKeys.length).toBeGreaterThan(0);
    for (const key of bandKeys)
      expect(await redis.zcard(key)).toBeLessThanOrEqual(4 * CANDIDATES_PER_BAND + 1);
  });
});

describe("minhash", () => {
  it("finds near-identical texts similar and different texts not", () => {
    const a = minhash(CAMPAIGN.replace("{name}", "Maya"));
    const b = minhash(`${CAMPAIGN.replace("{name}", "Leo")} 🚀 limited offer`);
    const c = minhash("any tips for someone just getting started with mastering and mixing?");
    if (!a || !b || !c) throw new Error("expected signatures");
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.7);
    expect(similarity(a, c)).toBeLessThan(0.3);
    expect(minhash("collab?")).toBeNull();
  });
});
