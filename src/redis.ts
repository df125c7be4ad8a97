// Every Redis connection the bot opens is made here, from the config: one Redis at REDIS_URL, a
// Redis Cluster seeded from REDIS_CLUSTER_NODES, or the primary that REDIS_SENTINELS name. In all
// three, REDIS_URL's credentials and TLS (rediss://) apply, so a managed Redis is one URL plus a
// list of addresses.
import { type Cluster, Redis, type RedisOptions } from "ioredis";
import { clusterClient } from "./cluster-client.ts";

/** What the app, its queues and the CLI talk to. BullMQ takes either. */
export type RedisClient = Redis | Cluster;

/** The config's Redis variables (Config has them all). */
export interface RedisSettings {
  readonly REDIS_URL: string;
  readonly REDIS_CLUSTER_NODES?: readonly string[];
  readonly REDIS_SENTINELS?: readonly string[];
  readonly REDIS_SENTINEL_NAME?: string | undefined;
}

// ioredis types replyMapping without undefined in its constructors: our options never set it.
type Options = Omit<RedisOptions, "replyMapping">;

export type RedisMode = "single" | "cluster" | "sentinel";

export function redisMode(settings: RedisSettings): RedisMode {
  if ((settings.REDIS_CLUSTER_NODES?.length ?? 0) > 0) return "cluster";
  if ((settings.REDIS_SENTINELS?.length ?? 0) > 0) return "sentinel";
  return "single";
}

/** "host:port" or "[::1]:port" as the config accepts it. */
export const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/;

export function hostPort(address: string): { host: string; port: number } {
  const match = HOST_PORT.exec(address);
  if (!match) throw new Error(`not host:port: ${address}`);
  return { host: (match[1] as string).replace(/^\[|\]$/g, ""), port: Number(match[2]) };
}

/** What REDIS_URL says besides its address: user, password, TLS, database. */
export function urlOptions(url: string): Options {
  const parsed = new URL(url);
  const options: Options = {};
  if (parsed.username) options.username = decodeURIComponent(parsed.username);
  if (parsed.password) options.password = decodeURIComponent(parsed.password);
  // ioredis also reads ?password=; so do we, rather than connect without it.
  const queryPassword = parsed.searchParams.get("password");
  if (!options.password && queryPassword) options.password = queryPassword;
  if (parsed.protocol === "rediss:") options.tls = {};
  const db = Number(parsed.pathname.slice(1));
  if (Number.isInteger(db) && db > 0) options.db = db;
  return options;
}

export interface ConnectOptions {
  /**
   * For a one-off check or command: connect only when asked, give up after this many ms, never
   * retry. Without it the connection is the app's: it waits through outages and failovers.
   */
  failFastMs?: number;
}

export function createRedis(settings: RedisSettings, options: ConnectOptions = {}): RedisClient {
  const mode = redisMode(settings);
  const ms = options.failFastMs;
  // BullMQ needs maxRetriesPerRequest null: a command waits for Redis instead of failing after 20
  // reconnect attempts (its workers' blocking connections are duplicates and inherit it).
  const perCommand: Options =
    ms === undefined
      ? { maxRetriesPerRequest: null }
      : { lazyConnect: true, connectTimeout: ms, maxRetriesPerRequest: 0 };
  if (mode === "cluster") {
    const fromUrl = urlOptions(settings.REDIS_URL);
    if (fromUrl.db !== undefined) throw new Error("a Redis Cluster has only database 0");
    const { lazyConnect, ...redisOptions } = { ...fromUrl, ...perCommand };
    return clusterClient(settings.REDIS_CLUSTER_NODES?.map(hostPort) ?? [], {
      redisOptions,
      // Through a failover the dead master's slots answer "Connection is closed" until the cluster
      // promotes its replica (cluster-node-timeout, 15 s by default, then an election); while a
      // slot moves, a script whose keys are on both sides gets TRYAGAIN. Either way a command is
      // tried again every 300 ms, the slot map refreshed between tries, for about a minute.
      retryDelayOnFailover: 300,
      retryDelayOnClusterDown: 300,
      retryDelayOnTryAgain: 300,
      maxRedirections: 200,
      // A TLS certificate names the host the service gave, not the address it resolves to.
      ...(fromUrl.tls ? { dnsLookup: (address, done) => done(null, address) } : {}),
      ...(ms === undefined
        ? {}
        : { lazyConnect, slotsRefreshTimeout: ms, clusterRetryStrategy: () => null }),
    });
  }
  if (mode === "sentinel") {
    const sentinelOptions: Options = {
      ...urlOptions(settings.REDIS_URL),
      ...perCommand,
      sentinels: settings.REDIS_SENTINELS?.map(hostPort) ?? [],
      name: settings.REDIS_SENTINEL_NAME ?? "",
      ...(ms === undefined
        ? {
            // Hear of a promotion from the sentinels (+switch-master) and move at once, and while
            // the old primary is gone ask again every half second, not every two.
            failoverDetector: true,
            retryStrategy: (times: number) => Math.min(times * 50, 500),
          }
        : {
            sentinelRetryStrategy: () => null,
            retryStrategy: () => null,
            sentinelCommandTimeout: ms,
          }),
    };
    return new Redis(sentinelOptions);
  }
  return new Redis(settings.REDIS_URL, {
    ...perCommand,
    ...(ms === undefined ? {} : { retryStrategy: () => null }),
  });
}
