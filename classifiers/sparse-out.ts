// The sparse vector extract builds for training: indexes and values staged in buffers that grow on
// demand and are reused from one message to the next; each vector taken is a trimmed copy.

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export class SparseOut {
  #idx = new Int32Array(4096);
  #val = new Float32Array(4096);
  #n = 0;

  /** Starts a new vector. */
  clear(): void {
    this.#n = 0;
  }

  /** Room for `extra` more entries. */
  reserve(extra: number): void {
    const need = this.#n + extra;
    if (need <= this.#idx.length) return;
    const size = Math.max(need, this.#idx.length * 2);
    const idx = new Int32Array(size);
    const val = new Float32Array(size);
    idx.set(this.#idx);
    val.set(this.#val);
    this.#idx = idx;
    this.#val = val;
  }

  /** Appends one entry; `reserve` must have made room for it. */
  push(index: number, value: number): void {
    this.#idx[this.#n] = index;
    this.#val[this.#n++] = value;
  }

  /** The vector staged so far, as its own arrays. */
  take(): SparseVector {
    return { idx: this.#idx.slice(0, this.#n), val: this.#val.slice(0, this.#n) };
  }
}
