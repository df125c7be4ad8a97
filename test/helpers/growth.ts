// Speed as a ratio that load does not move: two pieces of work timed in the same process, turn by
// turn, each by its least disturbed run. An absolute bar in ms fails on a busy CI machine though
// the code is fine; the ratio of the same reading on a text and on its quarter stays near 4 when
// the reading is linear and nears 16 when it is quadratic, however busy the machine.

/**
 * The bar for `growth(...).ratio`. The linear readings of the guards measured 2.1-5.3 (median 4.0,
 * 1,500 ratios) on the shared 2-core machine at a load of 6-12: other suites, two busy loops, or a
 * second copy of this suite; 7.4 at most with cruder batches. The quadratic patterns the guards
 * were written against, put back one at a time, measured 15.0-18.0.
 */
export const LINEAR_GROWTH = 10;

/** Each timing lasts at least this long (a fast reading is repeated), so that a GC pause or an
 * interrupt is no sizeable part of it. */
const MIN_BATCH_MS = 4;

/** A round this slow (ms of CPU) ends the measuring at once if its ratio is already past the bar. */
const SLOW_ROUND_MS = 1000;

export interface CostRatio {
  /** Best time of the first piece of work over best time of the second. */
  ratio: number;
  /** Those best times, in ms of CPU for a batch of `batch` runs. */
  firstMs: number;
  secondMs: number;
  batch: number;
}

/** CPU time of this process, not wall time: waiting for a core does not count. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How many times longer `first` takes than `second`. Both run once untimed (V8 compiles a pattern
 * for long texts, and again for two-byte ones), then in batches, turn by turn, three to nine
 * times; the best batch of each counts: load and GC only ever add time, and turns share what they
 * add. Past `stopAbove` no more rounds are run once three have been, or at once after a round
 * of over a second: a quadratic reading of a long text can take minutes.
 */
export function costRatio(
  first: () => unknown,
  second: () => unknown,
  { stopAbove = Number.POSITIVE_INFINITY, warmFirst = true } = {},
): CostRatio {
  if (warmFirst) first();
  second();
  let batch = 1;
  const timed = (run: () => unknown) =>
    cpuMs(() => {
      for (let i = 0; i < batch; i++) run();
    });
  while (batch < 65_536 && timed(second) < MIN_BATCH_MS) batch *= 2;
  let firstMs = Number.POSITIVE_INFINITY;
  let secondMs = Number.POSITIVE_INFINITY;
  let spent = 0;
  // Three rounds at least; short batches get up to nine, as long as they take under 150 ms.
  for (let round = 0; round < 9 && (round < 3 || spent < 150); round++) {
    const second1 = timed(second);
    const first1 = timed(first);
    spent += first1 + second1;
    secondMs = Math.min(secondMs, second1);
    firstMs = Math.min(firstMs, first1);
    // One round can be a busy moment (a ratio of 15 once, at a load of 9, on a linear reading):
    // a high ratio stops early only after the three rounds, or once a round is slow enough that
    // more would take minutes.
    if (firstMs / secondMs > stopAbove && (round >= 2 || first1 > SLOW_ROUND_MS)) break;
  }
  return { ratio: firstMs / Math.max(secondMs, 0.001), firstMs, secondMs, batch };
}

/**
 * How many times longer `read` takes on `text(1)` than on `text(1 / 4)`, the same text with a
 * quarter of its repeats: about 4 when linear, about 16 when quadratic. The quarter alone is read
 * untimed first: it is long enough to make V8 compile what the whole needs.
 */
export function growth(
  read: (text: string) => unknown,
  text: (scale: number) => string,
): CostRatio {
  const whole = text(1);
  const quarter = text(1 / 4);
  const measure = () =>
    costRatio(
      () => read(whole),
      () => read(quarter),
      { stopAbove: 1.5 * LINEAR_GROWTH, warmFirst: false },
    );
  // A linear reading sometimes stays two to five times slower on the whole text for a whole
  // measurement (V8's regexp tier-up, GC; seen 15-21 on findLinks, 4 of 6 runs of its file at a
  // load of 3-9): measured again, it is about 4. A quadratic one is past the bar every time, and a
  // reading slower than a second is not measured again (it would take minutes to fail).
  let best = measure();
  for (
    let again = 0;
    again < 2 && best.ratio >= LINEAR_GROWTH && best.firstMs < SLOW_ROUND_MS;
    again++
  ) {
    const next = measure();
    if (next.ratio < best.ratio) best = next;
  }
  return best;
}

/** `unit` repeated `times` times between `before` and `after`, at a scale: a text to grow. */
export function repeated(
  unit: string,
  times: number,
  after = "",
  before = "",
): (scale: number) => string {
  return (scale) => `${before}${unit.repeat(Math.round(times * scale))}${after}`;
}

/** What a failed check prints: the ratio and the times behind it. */
export function describeRatio(label: string, r: CostRatio): string {
  return `${label}: ${r.firstMs.toFixed(2)} ms / ${r.secondMs.toFixed(2)} ms (x${r.batch}) = ${r.ratio.toFixed(1)}`;
}
