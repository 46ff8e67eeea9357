// A weighted mean kept as sums of shifted values, plus what the top box needs before the scale is
// known.
//
// Numerical care: values are summed as x − K, K being the column's first value, so the sums stay
// small whatever the values' offset (the "shifted data" algorithm). With whole-number ratings and
// weights (the common case) every sum is an exact integer, so results do not depend on row order
// and weights equal duplicated rows exactly; other weights add only ordinary summation rounding.

export class WeightedMean {
  /** Values added. */
  n = 0;
  /** Their total weight. */
  weight = 0;
  /** K: the first value added. */
  shift = 0;
  /** Σ w (x − K). */
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  /**
   * Total weight of the values equal to `max`. The top box is the weight at x = hi; when hi is
   * known only after the last row, this is that weight if the maximum is hi, and 0 otherwise (no
   * value exceeds hi). So one pass is exact whatever the scale.
   */
  weightAtMax = 0;

  add(x: number, w = 1): void {
    if (this.n === 0) this.shift = x;
    this.n++;
    this.weight += w;
    this.sum += w * (x - this.shift);
    if (x > this.max) {
      this.max = x;
      this.weightAtMax = w;
    } else if (x === this.max) {
      this.weightAtMax += w;
    }
    if (x < this.min) this.min = x;
  }

  /** Σ w (x − origin). */
  sumFrom(origin: number): number {
    return (this.shift - origin) * this.weight + this.sum;
  }

  /** The mean, kept within [min, max] against rounding; null when nothing was added. */
  value(): number | null {
    if (this.n === 0 || !(this.weight > 0)) return null;
    return Math.min(this.max, Math.max(this.min, this.shift + this.sum / this.weight));
  }

  /** Share (0…1) of the weight at `top`, for a `top` no value exceeds; null when nothing was added. */
  shareAt(top: number): number | null {
    if (this.n === 0 || !(this.weight > 0)) return null;
    return this.max === top ? this.weightAtMax / this.weight : 0;
  }
}
