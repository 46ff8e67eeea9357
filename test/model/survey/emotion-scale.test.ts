import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedImportance, inferScale, isUsableScale, meanEmotion, normaliseEmotion, WeightedMean } from '../../../src/model/survey/index.ts';

describe('normaliseEmotion', () => {
  it('maps lo…hi onto −5…+5', () => {
    expect(normaliseEmotion(1, 1, 5)).toBe(-5);
    expect(normaliseEmotion(3, 1, 5)).toBe(0);
    expect(normaliseEmotion(5, 1, 5)).toBe(5);
    expect(normaliseEmotion(7, 0, 10)).toBe(2);
    expect(normaliseEmotion(2.5, 1, 5)).toBe(-1.25);
  });

  it('refuses a value outside the scale and a scale without width', () => {
    expect(() => normaliseEmotion(6, 1, 5)).toThrow(/6 is outside the scale 1…5/);
    expect(() => normaliseEmotion(0, 1, 5)).toThrow(RangeError);
    expect(() => normaliseEmotion(3, 3, 3)).toThrow(/lowest value must be below/);
    expect(() => normaliseEmotion(3, 5, 1)).toThrow(RangeError);
  });

  it('gives exactly −5 and 5 at the ends of any scale, never beyond (CI counterexample 0.233…7.326)', () => {
    expect(normaliseEmotion(7.326, 0.233, 7.326)).toBe(5); // was 5.000000000000002
    expect(normaliseEmotion(0.233, 0.233, 7.326)).toBe(-5);
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (lo, width, t) => {
      const hi = lo + width;
      if (!(hi > lo)) return;
      const x = Math.min(hi, lo + t * (hi - lo));
      expect(normaliseEmotion(lo, lo, hi)).toBe(-5);
      expect(normaliseEmotion(hi, lo, hi)).toBe(5);
      const e = normaliseEmotion(x, lo, hi);
      expect(e >= -5 && e <= 5).toBe(true);
    }));
  });
});

describe('meanEmotion', () => {
  it('is the weighted mean of the emotions, exact for whole numbers', () => {
    const m = new WeightedMean();
    [4, 3, 5, 2, 3, 1, 4].forEach((x) => m.add(x));
    expect(meanEmotion(m, 1, 5)).toBe(2.5 / 7); // METHOD.md §10: 0.3571, correctly rounded
    expect(meanEmotion(new WeightedMean(), 1, 5)).toBeNull();
  });

  it('stays within the emotions of the extreme ratings', () => {
    const m = new WeightedMean();
    for (let i = 0; i < 1000; i++) m.add(5, 0.1);
    expect(meanEmotion(m, 1, 5)).toBe(5);
  });
});

describe('inferScale', () => {
  it('takes the smallest and largest value over the columns', () => {
    expect(inferScale([{ min: 2, max: 4 }, { min: 1, max: 3 }, { min: Infinity, max: -Infinity }])).toEqual([1, 4]);
    expect(inferScale([{ min: Infinity, max: -Infinity }])).toBeNull();
    expect(inferScale([])).toBeNull();
    expect(inferScale([{ min: 3, max: 3 }])).toEqual([3, 3]);
  });

  it('tells a usable scale', () => {
    expect(isUsableScale([1, 5])).toBe(true);
    expect(isUsableScale([3, 3])).toBe(false);
    expect(isUsableScale(null)).toBe(false);
    expect(isUsableScale([0, Infinity])).toBe(false);
  });
});

describe('derivedImportance', () => {
  it('scales positive r to 1…5 against the largest', () => {
    expect(derivedImportance([0.5, 0.25, -0.3, null, 0])).toEqual([5, 3, 1, null, 1]);
  });

  it('is undefined for all when no r is positive', () => {
    expect(derivedImportance([-0.5, 0, null])).toEqual([null, null, null]);
    expect(derivedImportance([])).toEqual([]);
  });
});
