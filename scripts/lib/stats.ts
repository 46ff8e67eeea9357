// Statistics of the browser benches (no DOM, no Node APIs: unit-tested in test/scripts/stats.test.ts).

/** The q-quantile by nearest rank: the smallest value with at least q of the values at or below it
 *  (q = 0.5: the lower median; q = 0.9: the p90). NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

export interface Repeated {
  /** Each distinct key's median over its runs, in order of first appearance. */
  medians: number[];
  /** Each distinct key's slowest minus fastest run (what differed between runs of the same work). */
  spreads: number[];
  /** How many runs each distinct key had. */
  counts: number[];
}

/**
 * Groups runs of the same work (same key: the same edit of the same journey) and takes the median of
 * each group. On a shared machine a single frame also measures whatever else the machine did then;
 * the median over repetitions of the same work, seconds apart, measures the work.
 */
export function medianPerKey<T>(runs: readonly T[], key: (run: T) => string, value: (run: T) => number): Repeated {
  const by = new Map<string, number[]>();
  for (const run of runs) {
    const k = key(run);
    const list = by.get(k);
    if (list === undefined) by.set(k, [value(run)]);
    else list.push(value(run));
  }
  const lists = [...by.values()];
  return {
    medians: lists.map((v) => quantile(v, 0.5)),
    spreads: lists.map((v) => Math.max(...v) - Math.min(...v)),
    counts: lists.map((v) => v.length),
  };
}

/**
 * How much slower than at its best the machine ran while the same work was timed again and again: the
 * median time over the fastest (1 = never slower). NaN for no times.
 */
export function slowdown(times: readonly number[]): number {
  return times.length === 0 ? Number.NaN : quantile(times, 0.5) / Math.min(...times);
}
