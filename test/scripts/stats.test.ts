import { describe, expect, it } from 'vitest';
import { medianPerKey, quantile, slowdown } from '../../scripts/lib/stats.ts';

describe('quantile (nearest rank)', () => {
  it('takes the lower median and the p90 by rank', () => {
    const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(quantile(ten, 0.5)).toBe(5);
    expect(quantile(ten, 0.9)).toBe(9);
    expect(quantile(ten, 1)).toBe(10);
    expect(quantile(ten, 0)).toBe(1);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });

  it('is NaN without values and does not reorder its input', () => {
    expect(quantile([], 0.5)).toBeNaN();
    const xs = [3, 1, 2];
    quantile(xs, 0.9);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('medianPerKey', () => {
  it('takes each key\'s median over its runs, in order of first appearance, with the spread', () => {
    // Two edits, each run three times: one run of the first was slowed down by the machine.
    const runs = [
      { key: 'a', ms: 8 }, { key: 'b', ms: 12 },
      { key: 'a', ms: 25 }, { key: 'b', ms: 11 },
      { key: 'a', ms: 9 }, { key: 'b', ms: 13 },
    ];
    const r = medianPerKey(runs, (x) => x.key, (x) => x.ms);
    expect(r.medians).toEqual([9, 12]);
    expect(r.spreads).toEqual([17, 2]);
    expect(r.counts).toEqual([3, 3]);
    // The p90 over the edits' medians is the costlier edit, not the slowed-down frame.
    expect(quantile(r.medians, 0.9)).toBe(12);
    expect(quantile(runs.map((x) => x.ms), 0.9)).toBe(25);
  });

  it('returns nothing for no runs', () => {
    expect(medianPerKey([], String, Number)).toEqual({ medians: [], spreads: [], counts: [] });
  });
});

describe('slowdown', () => {
  it('is the median over the fastest of the same work timed again and again', () => {
    expect(slowdown([16, 20, 18, 17, 24])).toBe(18 / 16);
    expect(slowdown([16, 16, 16])).toBe(1);
    expect(slowdown([])).toBeNaN();
  });
});
