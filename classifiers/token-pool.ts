// What score reads of each token, kept for one model's weights in one dense Int32Array rather than
// in an object per token: a token's place holds its n-gram count n, per label its n-grams' summed
// int16 weights, per label its unigram's weight, then its n buckets. A token's
// place is good while its `poolGeneration` is the pool's; the pool starts over when full or for
// other weights, and tokens then get a place again as they come.
import type { TokenInfo } from "./tokens.ts";

/** Int32 slots the pool grows to before it starts over (4 MB). */
const POOL_LIMIT = 1 << 20;

export class TokenPool {
  /** The places; read it again after `placeOf`, which may grow it. */
  data = new Int32Array(1 << 16);
  #end = 0;
  #generation = 1;
  /** The weights the numbers in the pool belong to. */
  #weights: Int16Array | null = null;

  /** The token's place for `hashed` (`c` labels), made on first sight. */
  placeOf(info: TokenInfo, hashed: Int16Array, c: number): number {
    if (this.#weights !== hashed) {
      this.#restart();
      this.#weights = hashed;
    }
    return info.poolGeneration === this.#generation ? info.poolAt : this.#place(info, hashed, c);
  }

  /**
   * Gives a token its place and returns it: its weight sums are read from `hashed` once (rows
   * scattered over 1.5 MB, mostly out of cache), then from the pool. The sums are integers (even
   * 12,000 n-grams of int16 fit in an int32).
   */
  #place(info: TokenInfo, hashed: Int16Array, c: number): number {
    const grams = info.grams;
    const size = 1 + 2 * c + grams.length;
    if (this.#end + size > this.data.length) {
      // Grown up to POOL_LIMIT; past that, started over (places of earlier tokens lapse).
      if (this.data.length >= POOL_LIMIT) this.#restart();
      if (this.#end + size > this.data.length) {
        const grown = new Int32Array(Math.max(2 * this.data.length, this.#end + size));
        grown.set(this.data.subarray(0, this.#end));
        this.data = grown;
      }
    }
    const pool = this.data;
    const at = this.#end;
    pool[at] = grams.length;
    for (let k = 0; k < c; k++) {
      let sum = 0;
      for (let g = 0; g < grams.length; g++) sum += hashed[(grams[g] as number) * c + k] as number;
      pool[at + 1 + k] = sum;
      pool[at + 1 + c + k] = hashed[info.word * c + k] as number;
    }
    pool.set(grams, at + 1 + 2 * c);
    this.#end = at + size;
    info.poolAt = at;
    info.poolGeneration = this.#generation;
    return at;
  }

  #restart(): void {
    this.#generation++;
    this.#end = 0;
  }
}
