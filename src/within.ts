// Redis and the platforms can stall without failing (ioredis queues commands while it reconnects):
// whatever must answer in bounded time races its work against a timer.

/**
 * `work`'s result, or `onTimeout()`'s (or its throw) when `work` has not settled within `ms`. The
 * timer is cleared either way, so a finished race keeps no process alive.
 */
export async function within<T, F>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => F,
): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
