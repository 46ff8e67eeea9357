// METHOD.md §6: the rating scale, inferred from the data or given by the user.

/** A rating scale lo…hi. */
export type Scale = readonly [lo: number, hi: number];

/** The smallest and largest value seen in one column; min > max (±Infinity) when it had none. */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The inferred scale: the smallest and largest value over the given columns' ranges (ranges taken
 * over all rows, before segment filters, with not-applicable codes removed). Null when no column
 * has a value. The result may have lo = hi (every rating equal); `isUsableScale` tells.
 */
export function inferScale(ranges: Iterable<ValueRange>): Scale | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const range of ranges) {
    if (range.min < lo) lo = range.min;
    if (range.max > hi) hi = range.max;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A scale emotions can be computed on: finite, lo < hi. */
export function isUsableScale(scale: Scale | null | undefined): boolean {
  return scale != null && Number.isFinite(scale[0]) && Number.isFinite(scale[1]) && scale[0] < scale[1];
}
