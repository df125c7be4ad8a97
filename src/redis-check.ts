// A missing Redis is the most common first-run problem: say it in one line, with the fix.
import { Redis } from "ioredis";

/** The URL with any password hidden, for messages. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, "//***@");
}

/** Null when Redis answers PING within the timeout; otherwise one line saying what to do. */
export async function redisProblem(url: string, timeoutMs = 3000): Promise<string | null> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (err) {
    return `cannot reach Redis at ${safeUrl(url)} (${(err as Error).message}). Start one with "redis-server --daemonize yes" or "docker compose up -d redis", or set REDIS_URL.`;
  } finally {
    redis.disconnect();
  }
}
