// Small numeric helpers shared by the method modules.

import type { Score } from '../types.ts';

/**
 * Whether a score has a value. `null` / `undefined` mean "not scored yet"; a non-finite number is
 * never a valid score either (validation rejects it), so it is treated as missing, never as 0.
 */
export function isScored(value: Score): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Arithmetic mean of the scored values; `null` when there are none. */
export function mean(values: readonly Score[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (isScored(v)) {
      sum += v;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}

/**
 * Comparisons against thresholds and cut lines allow this much floating-point noise, so a value that
 * is mathematically on a boundary (e.g. 20 × 1.1 − 20 × 0.1, or the mean of 0.1, 0.2, 0.3 against
 * 0.2) counts as on it. It is far below any difference the scales can show.
 */
export const TOLERANCE = 1e-9;

/** value ≥ bound, with floating-point noise on the boundary counted as on it. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - TOLERANCE;
}

/** value > bound, with floating-point noise on the boundary counted as on it (so not above). */
export function exceeds(value: number, bound: number): boolean {
  return value > bound + TOLERANCE;
}
