// What Redis knows about a message beyond its text: is this the sender's first contact, how many
// other conversations or channels got near-identical text in the last 24 h (on any platform), and
// how old the sender's account is. Observing the same message twice answers the same and counts once.
import type { Redis } from "ioredis";
import type { Keys } from "./keys.ts";
import { bands, fromHex, minhash, similarity, toHex } from "./minhash.ts";
import type { SignalSource } from "./ports.ts";
import type { InboundMessage, Signals } from "./types.ts";

const DAY_MS = 86_400_000;
/** Estimated Jaccard similarity from which two texts count as the same text. */
export const SAME_TEXT = 0.7;

export interface SignalOptions {
  /** How long a sender is remembered for first contact (RETENTION_DAYS). */
  retentionDays?: number;
}

export function createSignalSource(
  redis: Redis,
  keys: Keys,
  options: SignalOptions = {},
): SignalSource {
  const senderTtl = Math.round((options.retentionDays ?? 30) * 86_400);

  async function compute(message: InboundMessage, now: number): Promise<Signals> {
    const conversation = `${message.platform}/${message.workspace}/${message.channel}`;
    const firstContact =
      (await redis.set(
        keys.part("sig", "sender", message.platform, message.author.id),
        message.receivedAt,
        "EX",
        senderTtl,
        "NX",
      )) === "OK";
    const signals: Signals = { firstContact, duplicateRecipients: 0 };
    const created = message.author.createdAt ? Date.parse(message.author.createdAt) : Number.NaN;
    if (Number.isFinite(created)) signals.accountAgeDays = Math.max(0, (now - created) / DAY_MS);

    const signature = minhash(message.text);
    if (!signature) return signals;
    const me = `${message.platform}/${message.workspace}/${message.id}`;
    const bandKeys = bands(signature).map((band) => keys.part("sig", "band", band));
    const read = redis.pipeline();
    for (const key of bandKeys) {
      read.zremrangebyscore(key, "-inf", now - DAY_MS);
      read.zrangebyscore(key, now - DAY_MS, "+inf");
    }
    const rows = (await read.exec()) ?? [];
    const candidates = new Set<string>();
    rows.forEach(([, members], i) => {
      if (i % 2 === 1)
        for (const id of (members ?? []) as string[]) if (id !== me) candidates.add(id);
    });
    // A shared band only suggests a match; the stored signatures confirm it.
    const ids = [...candidates];
    const records =
      ids.length > 0 ? await redis.mget(ids.map((id) => keys.part("sig", "mh", id))) : [];
    const others = new Set<string>();
    for (const record of records) {
      if (!record) continue;
      const { c, s } = JSON.parse(record) as { c: string; s: string };
      if (c !== conversation && similarity(fromHex(s), signature) >= SAME_TEXT) others.add(c);
    }
    signals.duplicateRecipients = others.size;
    const write = redis.pipeline();
    write.set(
      keys.part("sig", "mh", me),
      JSON.stringify({ c: conversation, s: toHex(signature) }),
      "PX",
      DAY_MS,
    );
    for (const key of bandKeys) {
      write.zadd(key, now, me);
      write.pexpire(key, DAY_MS);
    }
    await write.exec();
    return signals;
  }

  return {
    async observe(message) {
      // A retried job must not count its own message twice: the first answer is kept for a day.
      const seenKey = keys.part("sig", "seen", message.platform, message.workspace, message.id);
      const seen = await redis.get(seenKey);
      if (seen) return JSON.parse(seen) as Signals;
      const signals = await compute(message, Date.now());
      await redis.set(seenKey, JSON.stringify(signals), "PX", DAY_MS);
      return signals;
    },
  };
}
