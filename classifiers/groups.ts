// Groups for honest cross-validation: near-copies of one message, and items written in one batch,
// must land in one fold. A random split puts a template's variants on both sides and scores the
// model on text it has as good as seen (the corpus's random 5-fold figure said 0.947; unseen sets
// said 0.87-0.92).
import { minhash, similarity } from "../src/minhash.ts";
import { rng, shuffle } from "./random.ts";
import type { Example } from "./train.ts";

/**
 * Two texts whose estimated word Jaccard is at least this are near-copies: one template with a few
 * words changed. (At 0.3 unrelated short asks that share "what do you think of my" pair up.)
 */
export const NEAR_COPY = 0.4;

/**
 * A group id per example: examples sharing a `batch`, or near-copies by MinHash (or the same text
 * when too short to fingerprint), share a group, transitively.
 */
export function groupIds(examples: readonly Example[]): number[] {
  const parent = examples.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstOf = new Map<string, number>();
  const joinKey = (key: string, i: number) => {
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else union(first, i);
  };
  const signatures = examples.map((e) => minhash(e.text));
  examples.forEach((e, i) => {
    if (e.batch !== undefined) joinKey(`batch:${e.batch}`, i);
    if (!signatures[i])
      joinKey(`text:${e.text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()}`, i);
  });
  // Every pair, not MinHash's bands: the bands find pairs near 0.9 and miss most near 0.4, and a
  // corpus of a few thousand costs a second this way.
  for (let i = 0; i < examples.length; i++) {
    const a = signatures[i];
    if (!a) continue;
    for (let j = 0; j < i; j++) {
      const b = signatures[j];
      if (b && similarity(a, b) >= NEAR_COPY && find(i) !== find(j)) union(i, j);
    }
  }
  return examples.map((_, i) => find(i));
}

/**
 * k folds of whole groups, each fold near an equal share of every label: groups are taken in a
 * seeded order, largest first, and each goes to the fold that has the fewest of its labels.
 */
export function groupedFolds(
  labels: readonly string[],
  groups: readonly number[],
  k: number,
  seed: number,
): number[][] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const order = shuffle([...members.keys()], rng(seed));
  order.sort((a, b) => (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0));
  const folds: number[][] = Array.from({ length: k }, () => []);
  const counts = Array.from({ length: k }, () => new Map<string, number>());
  for (const g of order) {
    const items = members.get(g) ?? [];
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let f = 0; f < k; f++) {
      // The fold's share of this group's labels, then its size: fills label by label.
      let cost = 0;
      for (const i of items) cost += counts[f]?.get(labels[i] as string) ?? 0;
      cost = cost * 1e6 + (folds[f]?.length ?? 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = f;
      }
    }
    for (const i of items) {
      folds[best]?.push(i);
      const c = counts[best] as Map<string, number>;
      c.set(labels[i] as string, (c.get(labels[i] as string) ?? 0) + 1);
    }
  }
  return folds.map((f) => f.sort((a, b) => a - b));
}
