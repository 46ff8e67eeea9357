import { describe, expect, it } from 'vitest';
import { WeightedMean, WeightedPearson } from '../../../src/model/survey/index.ts';

/** Weighted Pearson by the textbook two-pass formula, for comparison. */
function twoPassR(xs: number[], ys: number[], ws: number[]): number {
  const W = ws.reduce((a, b) => a + b, 0);
  const mx = xs.reduce((a, x, i) => a + ws[i]! * x, 0) / W;
  const my = ys.reduce((a, y, i) => a + ws[i]! * y, 0) / W;
  let sxx = 0, syy = 0, sxy = 0;
  xs.forEach((x, i) => {
    sxx += ws[i]! * (x - mx) ** 2;
    syy += ws[i]! * (ys[i]! - my) ** 2;
    sxy += ws[i]! * (x - mx) * (ys[i]! - my);
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('WeightedMean', () => {
  it('keeps the weighted mean, range and the weight at the maximum', () => {
    const m = new WeightedMean();
    expect(m.value()).toBeNull();
    expect(m.shareAt(5)).toBeNull();
    [[3, 2], [5, 1], [1, 1], [5, 0.5]].forEach(([x, w]) => m.add(x!, w));
    expect(m.n).toBe(4);
    expect(m.weight).toBe(4.5);
    expect(m.value()).toBeCloseTo((6 + 5 + 1 + 2.5) / 4.5, 14);
    expect([m.min, m.max, m.weightAtMax]).toEqual([1, 5, 1.5]);
    expect(m.shareAt(5)).toBeCloseTo(1.5 / 4.5, 14);
    expect(m.shareAt(7)).toBe(0);
    expect(m.sumFrom(1)).toBeCloseTo(2 * 2 + 4 + 0 + 2, 12);
  });

  it('keeps full precision far from zero (a naive Σwx would round away the spread)', () => {
    const m = new WeightedMean();
    for (let i = 0; i < 1_000_000; i++) m.add(1e12 + (i % 3), 1);
    // 333,333 ones and 333,333 twos over 1e6 values: the mean is 1e12 + 0.999999, which a double
    // cannot hold; the deviation from any origin near the data can.
    expect(m.sumFrom(1e12) / m.weight).toBe(0.999999);
    let naive = 0;
    for (let i = 0; i < 1_000_000; i++) naive += 1e12 + (i % 3);
    expect(naive / 1e6 - 1e12).not.toBeCloseTo(0.999999, 6);
  });
});

describe('WeightedPearson', () => {
  it('agrees with the two-pass formula, weighted', () => {
    const xs = [4, 3, 5, 2, 3, 1, 4], ys = [5, 4, 5, 2, 2, 1, 5], ws = [2, 2, 2, 1, 1, 1, 2];
    const p = new WeightedPearson();
    xs.forEach((x, i) => p.add(x, ys[i]!, ws[i]));
    expect(p.r()).toBeCloseTo(twoPassR(xs, ys, ws), 14);
    expect(p.r()).toBeCloseTo(0.8958, 4); // METHOD.md §10, weighted Website
  });

  it('is undefined with fewer than 2 pairs or a side without variance', () => {
    const p = new WeightedPearson();
    p.add(1, 2);
    expect(p.r()).toBeNull();
    p.add(1, 3);
    expect(p.r()).toBeNull(); // x constant
    const q = new WeightedPearson();
    [[1, 5], [2, 5], [3, 5]].forEach(([x, y]) => q.add(x!, y!, 0.3));
    expect(q.r()).toBeNull(); // y constant, with weights that do not add up exactly
  });

  it('gives ±1 on exact lines and stays within −1…1', () => {
    const up = new WeightedPearson(), down = new WeightedPearson();
    for (let i = 0; i < 10; i++) {
      up.add(i, 0.1 * i + 3, 0.7);
      down.add(i, -3 * i, 1.3);
    }
    expect(up.r()).toBeCloseTo(1, 14);
    expect(up.r()!).toBeLessThanOrEqual(1);
    expect(down.r()).toBeCloseTo(-1, 14);
    expect(down.r()!).toBeGreaterThanOrEqual(-1);
  });

  it('survives a million pairs far from zero, where the naive sums cancel catastrophically', () => {
    const p = new WeightedPearson();
    let naive = { w: 0, x: 0, y: 0, xx: 0, yy: 0, xy: 0 };
    for (let i = 0; i < 1_000_000; i++) {
      const x = 1e8 + (i % 5), y = 1e8 + ((i * 7) % 5) + (i % 5);
      p.add(x, y);
      naive = { w: naive.w + 1, x: naive.x + x, y: naive.y + y, xx: naive.xx + x * x, yy: naive.yy + y * y, xy: naive.xy + x * y };
    }
    // Exact: over a period of 5, x = k and y = 2k mod 5 + k; r from the period's moments.
    const xs = [0, 1, 2, 3, 4], ys = xs.map((k) => ((k * 7) % 5) + k);
    const exact = twoPassR(xs, ys, [1, 1, 1, 1, 1]);
    expect(p.r()).toBeCloseTo(exact, 12);
    const naiveCov = naive.xy - (naive.x * naive.y) / naive.w;
    const naiveR = naiveCov / Math.sqrt((naive.xx - naive.x ** 2 / naive.w) * (naive.yy - naive.y ** 2 / naive.w));
    expect(Math.abs(naiveR - exact) < 1e-3).toBe(false); // off or NaN: the reason for shifting
  });
});
