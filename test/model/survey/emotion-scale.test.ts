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
