// How often each hash bucket occurs in one message, for the featurizer. A message touches a few
// hundred of the 2^bits buckets: a small open-addressing table holds them in a few kilobytes that
// stay in cache, where an array over every bucket (a megabyte at 2^18) had each count miss it
// and pushed the model's weights and the token cache out of it too.

const EMPTY = -1;

export class BucketCounts {
  /** Bucket of each slot, or EMPTY. */
  #keys = new Int32Array(1024).fill(EMPTY);
  /** Index into `buckets` of each used slot. */
  #at = new Int32Array(1024);
  /** Slot of each counted bucket, for clearing. */
  #slotOf = new Int32Array(512);
  /** The buckets counted since the last clear, in the order first counted. */
  buckets = new Int32Array(512);
  /** Each bucket's count (or what the caller wrote there), beside it in `buckets`. */
  values = new Float32Array(512);
  /** What the caller said the bucket came from when first counted, beside it in `buckets`. */
  sources = new Int32Array(512);
  /** How many buckets are counted. */
  size = 0;

  /** Counts one more of `bucket`: `first` the first time (from `source`), then one more each time. */
  count(bucket: number, first = 1, source = -1): void {
    const keys = this.#keys;
    const mask = keys.length - 1;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> 0;
    for (slot &= mask; keys[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (keys[slot] === bucket) {
        const at = this.#at[slot] as number;
        this.values[at] = (this.values[at] as number) + 1;
        return;
      }
    }
    if (2 * (this.size + 1) > keys.length) {
      this.#grow();
      this.count(bucket, first, source);
      return;
    }
    keys[slot] = bucket;
    this.#at[slot] = this.size;
    this.#slotOf[this.size] = slot;
    this.buckets[this.size] = bucket;
    this.sources[this.size] = source;
    this.values[this.size++] = first;
  }

  /** Forgets every count: only the slots used are cleared, not the whole table. */
  clear(): void {
    for (let t = 0; t < this.size; t++) this.#keys[this.#slotOf[t] as number] = EMPTY;
    this.size = 0;
  }

  /** Doubles the table (kept at most half full) and places the counted buckets again. */
  #grow(): void {
    const slots = this.#keys.length * 2;
    this.#keys = new Int32Array(slots).fill(EMPTY);
    this.#at = new Int32Array(slots);
    this.#slotOf = new Int32Array(slots / 2);
    const buckets = new Int32Array(slots / 2);
    const values = new Float32Array(slots / 2);
    const sources = new Int32Array(slots / 2);
    buckets.set(this.buckets);
    values.set(this.values);
    sources.set(this.sources);
    this.buckets = buckets;
    this.values = values;
    this.sources = sources;
    const mask = slots - 1;
    for (let t = 0; t < this.size; t++) {
      let slot = Math.imul(buckets[t] as number, 0x9e3779b1) >>> 0;
      for (slot &= mask; this.#keys[slot] !== EMPTY; slot = (slot + 1) & mask);
      this.#keys[slot] = buckets[t] as number;
      this.#at[slot] = t;
      this.#slotOf[t] = slot;
    }
  }
}
