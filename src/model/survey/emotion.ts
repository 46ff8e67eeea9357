// METHOD.md §6: ratings on the scale lo…hi as emotions on −5…+5.
import type { WeightedMean } from './weighted-mean.ts';

function checkScale(lo: number, hi: number): void {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new RangeError(`scale ${lo}…${hi}: the lowest value must be below the highest`);
  }
}

/** e = −5 + 10 × (x − lo) / (hi − lo). Throws RangeError when lo ≥ hi or x lies outside lo…hi. */
export function normaliseEmotion(x: number, lo: number, hi: number): number {
  checkScale(lo, hi);
  if (!(x >= lo && x <= hi)) throw new RangeError(`rating ${x} is outside the scale ${lo}…${hi}`);
  // The share (x − lo) / (hi − lo) first: it is exactly 0 at lo and 1 at hi and never leaves 0…1 under
  // rounding, so e stays within −5…5 (10 (x − lo) / (hi − lo) can give 10.000000000000002 at x = hi).
  return -5 + 10 * ((x - lo) / (hi - lo));
}

/**
 * Σ w·e / Σ w of the ratings summed in `mean`, which must lie within lo…hi; null when it has none.
 * Written as (10 Σw(x − lo) − 5 Σw (hi − lo)) / (Σw (hi − lo)) so that whole-number ratings and
 * weights give an exact numerator and one rounding, instead of the mean's rounding magnified by
 * −5 + …; kept within the emotions of the smallest and largest rating against rounding.
 */
export function meanEmotion(mean: WeightedMean, lo: number, hi: number): number | null {
  checkScale(lo, hi);
  if (mean.n === 0 || !(mean.weight > 0)) return null;
  const span = hi - lo;
  let e = (10 * mean.sumFrom(lo) - 5 * mean.weight * span) / (mean.weight * span);
  if (!Number.isFinite(e)) e = -5 + (10 * (mean.value()! - lo)) / span; // Σw·span under- or overflowed
  return Math.min(normaliseEmotion(mean.max, lo, hi), Math.max(normaliseEmotion(mean.min, lo, hi), e));
}
