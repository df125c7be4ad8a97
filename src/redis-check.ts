// A missing Redis is the most common first-run problem: say it in one line, with the fix.
import { Redis } from "ioredis";

/**
 * The URL with anything that may carry a credential hidden, for messages and logs: the user info
 * up to the last "@" (a password may itself hold "@", "/" or "?"), and the query and fragment
 * (ioredis also reads ?password=). Works on strings that are not valid URLs too.
 */
export function safeUrl(url: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(url)?.[0] ?? "";
  let rest = url.slice(scheme.length);
  const at = rest.lastIndexOf("@");
  if (at !== -1) rest = `***@${rest.slice(at + 1)}`;
  const query = rest.search(/[?#]/);
  if (query !== -1) rest = `${rest.slice(0, query + 1)}***`;
  return scheme + rest;
}

/** An error's message with `url` in it hidden: ioredis puts the whole URL in "Invalid URL …". */
export function redisErrorText(err: unknown, url: string): string {
  const message = err instanceof Error ? err.message : String(err);
  return url === "" ? message : message.replaceAll(url, safeUrl(url));
}

/** Null when Redis answers PING within the timeout; otherwise one line saying what to do. */
export async function redisProblem(url: string, timeoutMs = 3000): Promise<string | null> {
  let redis: Redis | undefined;
  try {
    // Inside the try: the constructor throws on a URL it cannot parse, with the URL in the message.
    redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    redis.on("error", () => {});
    await redis.connect();
    await redis.ping();
    return null;
  } catch (err) {
    return `cannot reach Redis at ${safeUrl(url)} (${redisErrorText(err, url)}). Start one with "redis-server --daemonize yes" or "docker compose up -d redis", or set REDIS_URL.`;
  } finally {
    redis?.disconnect();
  }
}
