// Seeded randomness, so training, splits and benchmarks repeat exactly for a seed.

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/**
 * Splits indexes 0..n-1 so each label keeps its share: `testFraction` of every label goes to the
 * test side (at least one when a label has two or more examples).
 */
export function stratifiedSplit(
  labels: readonly string[],
  testFraction: number,
  seed: number,
): { train: number[]; test: number[] } {
  const random = rng(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const list = byLabel.get(label) ?? [];
    list.push(i);
    byLabel.set(label, list);
  });
  const train: number[] = [];
  const test: number[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const list = shuffle([...(byLabel.get(label) ?? [])], random);
    const nTest = list.length < 2 ? 0 : Math.max(1, Math.round(list.length * testFraction));
    test.push(...list.slice(0, nTest));
    train.push(...list.slice(nTest));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/** k stratified folds: fold f holds every k-th example of each shuffled label. */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): number[][] {
  const random = rng(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    byLabel.set(label, [...(byLabel.get(label) ?? []), i]);
  });
  let offset = 0;
  for (const label of [...byLabel.keys()].sort()) {
    shuffle(byLabel.get(label) ?? [], random).forEach((i, j) => {
      folds[(j + offset) % k]?.push(i);
    });
    offset += 1;
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}
