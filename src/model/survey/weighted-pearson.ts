// Weighted Pearson correlation from sums of shifted values (Chan, Golub & LeVeque's "shifted data"
// algorithm). The naive Σwxy − ΣwxΣwy/Σw loses every digit when values sit far from 0 relative to
// their spread; shifting each side by its first value keeps the sums near the deviations. Ratings
// and outcomes are bounded, so |mean − K| is at most their range and the relative error of a
// co-moment stays near ε·range²/variance, with no growth from the offset. Whole-number data and
// weights keep every sum exact (see WeightedMean).

export class WeightedPearson {
  /** Pairs added. */
  n = 0;
  /** Their total weight. */
  weight = 0;
  shiftX = 0;
  shiftY = 0;
  /** Σ w dx, Σ w dy, Σ w dx², Σ w dy², Σ w dx dy with dx = x − shiftX, dy = y − shiftY. */
  sx = 0;
  sy = 0;
  sxx = 0;
  syy = 0;
  sxy = 0;

  add(x: number, y: number, w = 1): void {
    if (this.n === 0) {
      this.shiftX = x;
      this.shiftY = y;
    }
    this.n++;
    this.weight += w;
    const dx = x - this.shiftX;
    const dy = y - this.shiftY;
    const wdx = w * dx;
    this.sx += wdx;
    this.sy += w * dy;
    this.sxx += wdx * dx;
    this.syy += w * dy * dy;
    this.sxy += wdx * dy;
  }

  /** Σ w (x − mean x)², Σ w (y − mean y)², Σ w (x − mean x)(y − mean y). */
  comoments(): { xx: number; yy: number; xy: number } {
    const { weight, sx, sy } = this;
    if (!(weight > 0)) return { xx: 0, yy: 0, xy: 0 };
    return { xx: this.sxx - (sx * sx) / weight, yy: this.syy - (sy * sy) / weight, xy: this.sxy - (sx * sy) / weight };
  }

  /**
   * r in −1…1, or null when it is undefined: fewer than 2 pairs, or either side has no variance
   * (equal values all equal the shift, so their sums are exactly 0).
   */
  r(): number | null {
    if (this.n < 2) return null;
    const { xx, yy, xy } = this.comoments();
    if (!(xx > 0) || !(yy > 0)) return null;
    return Math.max(-1, Math.min(1, xy / (Math.sqrt(xx) * Math.sqrt(yy))));
  }
}
