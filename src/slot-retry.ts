// While a Redis Cluster moves a slot (a resharding, a failover), a request can be refused for a
// moment: TRYAGAIN, a script the new owner has not loaded yet, a redirection. ioredis retries a
// single command itself, but not a pipeline whose commands got different answers, and BullMQ's
// addBulk is such a pipeline. Work that is safe to repeat (adding jobs by id) goes through here.
const PASSING = /^(TRYAGAIN|ASK|MOVED|NOSCRIPT|CLUSTERDOWN|LOADING)\b/;

/**
 * `work`, tried again every `everyMs` while it fails with a passing cluster error, for `budgetMs`
 * (a minute, as long as the cluster client waits for a single command).
 */
export async function retryWhileSlotMoves<T>(
  work: () => Promise<T>,
  budgetMs = 60_000,
  everyMs = 300,
): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!PASSING.test((err as Error).message) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}
