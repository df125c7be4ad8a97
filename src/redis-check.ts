// A missing Redis is the most common first-run problem: say it in one line, with the fix.
import {
  createRedis,
  hostPort,
  type RedisClient,
  type RedisMode,
  type RedisSettings,
  redisMode,
} from "./redis.ts";
import { within } from "./within.ts";

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

/** Where the settings point, for messages: no credentials. */
export function redisWhere(settings: RedisSettings): string {
  const mode = redisMode(settings);
  if (mode === "cluster") return `the Redis Cluster at ${settings.REDIS_CLUSTER_NODES?.join(",")}`;
  if (mode === "sentinel") {
    return `the primary "${settings.REDIS_SENTINEL_NAME}" of the sentinels at ${settings.REDIS_SENTINELS?.join(",")}`;
  }
  return `Redis at ${safeUrl(settings.REDIS_URL)}`;
}

/** An error's message with `url` in it hidden: ioredis puts the whole URL in "Invalid URL …". */
export function redisErrorText(err: unknown, url: string): string {
  const message = err instanceof Error ? err.message : String(err);
  return url === "" ? message : message.replaceAll(url, safeUrl(url));
}

/**
 * Null when Redis answers within the timeout and is what the settings say it is; otherwise one line
 * naming the variable to change. A REDIS_URL at a node of a Redis Cluster is refused: a plain
 * client does not follow the cluster's redirections, so it would fail as soon as a slot moved.
 */
export async function redisProblem(
  settings: RedisSettings,
  timeoutMs = 3000,
): Promise<string | null> {
  const mode = redisMode(settings);
  const url = settings.REDIS_URL;
  let redis: RedisClient | undefined;
  // Every step has its own timeout; this one bounds them all (a cluster's nodes are many).
  const late = () => {
    throw new Error(`no answer within ${timeoutMs} ms`);
  };
  try {
    // Inside the try: a URL that cannot be parsed throws here, with the URL in the message.
    redis = createRedis(settings, { failFastMs: timeoutMs });
    redis.on("error", () => {});
    const client = redis;
    return await within(probe(client, mode), timeoutMs * 2, late);
  } catch (err) {
    if (mode === "cluster") {
      // The cluster client only says "None of startup nodes is available": ask the nodes why.
      const node = await askNodes(settings, timeoutMs);
      if (node?.notCluster) {
        return `REDIS_CLUSTER_NODES names ${node.notCluster}, a Redis that is not in cluster mode: unset REDIS_CLUSTER_NODES and set REDIS_URL to it instead.`;
      }
      const why = redisErrorText(node?.error ?? err, url);
      return `cannot reach ${redisWhere(settings)} (${why}). Check REDIS_CLUSTER_NODES (host:port of any node), and REDIS_URL for the password and rediss:// for TLS.`;
    }
    const why = redisErrorText(err, url);
    if (mode === "sentinel") {
      return `cannot reach ${redisWhere(settings)} (${why}). Check REDIS_SENTINELS and REDIS_SENTINEL_NAME, and REDIS_URL for the password.`;
    }
    return `cannot reach ${redisWhere(settings)} (${why}). Start one with "redis-server --daemonize yes" or "docker compose up -d redis", or set REDIS_URL.`;
  } finally {
    redis?.disconnect();
  }
}

async function probe(redis: RedisClient, mode: RedisMode): Promise<string | null> {
  await redis.connect();
  // A cluster client is ready once CLUSTER INFO said ok; from then on every command finds its node.
  await redis.ping();
  if (mode !== "single") return null;
  const info = await redis.info("cluster");
  if (/^cluster_enabled:1/m.test(info)) {
    return "REDIS_URL points at a node of a Redis Cluster, but cluster mode is off: set REDIS_CLUSTER_NODES=host:port (any node) to use it.";
  }
  return null;
}

/**
 * What the nodes of REDIS_CLUSTER_NODES say to a plain connection: the first that answers as a
 * Redis with cluster support off, or else the first error that says more than a closed connection
 * (WRONGPASS, NOAUTH, a certificate that is not trusted).
 */
async function askNodes(
  settings: RedisSettings,
  timeoutMs: number,
): Promise<{ notCluster?: string; error?: Error } | null> {
  let error: Error | undefined;
  for (const address of settings.REDIS_CLUSTER_NODES ?? []) {
    const { host, port } = hostPort(address);
    const url = new URL(settings.REDIS_URL);
    url.hostname = host;
    url.port = String(port);
    const redis = createRedis({ REDIS_URL: url.href }, { failFastMs: timeoutMs });
    let failure: Error | undefined;
    redis.on("error", (err: Error) => {
      failure ??= err;
    });
    try {
      const info = await within(
        redis.connect().then(() => redis.info("cluster")),
        timeoutMs,
        () => "",
      );
      if (/^cluster_enabled:0/m.test(info)) return { notCluster: address };
    } catch (err) {
      const reason = failure ?? (err as Error);
      if (reason.message !== "Connection is closed.") error ??= reason;
    } finally {
      redis.disconnect();
    }
  }
  return error ? { error } : null;
}
