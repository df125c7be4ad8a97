// Where the benchmarks find ../shared/data, and a plain message (exit 0) when it is not there.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHARED_DATA = fileURLToPath(new URL("../../shared/data/", import.meta.url));

/** The path of a file under ../shared/data, or null when it is not there. */
export function sharedPath(relative: string): string | null {
  const path = `${SHARED_DATA}${relative}`;
  return existsSync(path) ? path : null;
}

/** The path of a file under ../shared/data, or exits 0 saying it is missing. */
export function sharedFile(relative: string): string {
  const path = `${SHARED_DATA}${relative}`;
  if (!existsSync(path)) {
    console.log(
      `skipped: ${path} is missing (the benchmarks read ../shared beside the repository)`,
    );
    process.exit(0);
  }
  return path;
}

/** Keeps the first of each exact text, so a duplicate never lands on both sides of a split. */
export function dedupe<T extends { text: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.text) && seen.add(item.text));
}

export const mean = (xs: readonly number[]) =>
  xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
export const f3 = (x: number) => x.toFixed(3);
