import { describe, expect, it } from 'vitest';
import { peakEndIndices, remembered } from '../../../src/model/method/remembered.ts';
import { mean } from '../../../src/model/method/numbers.ts';

describe('remembered (METHOD.md §3, peak-end)', () => {
  it('is (peak + last) / 2 with the peak the largest |v|', () => {
    expect(remembered([1, 4, 2])).toBe(3);
    expect(remembered([1, -4, 2])).toBe(-1);
    expect(remembered([3, 4, -3, -4, 5])).toBe(5);
  });

  it('takes the later value on a tie of |v|', () => {
    expect(remembered([5, 1, -5, 0])).toBe(-2.5);
    expect(remembered([-5, 1, 5, 0])).toBe(2.5);
    expect(peakEndIndices([5, 1, -5, 0])).toEqual({ peakIndex: 2, endIndex: 3 });
    expect(peakEndIndices([2, 2, 2])).toEqual({ peakIndex: 2, endIndex: 2 });
  });

  it('gives a single value itself', () => {
    expect(remembered([-3])).toBe(-3);
    expect(remembered([0.3571])).toBe(0.3571);
    expect(peakEndIndices([4])).toEqual({ peakIndex: 0, endIndex: 0 });
  });

  it('has no value for an empty sequence', () => {
    expect(remembered([])).toBeNull();
    expect(remembered([null, undefined])).toBeNull();
    expect(peakEndIndices([])).toBeNull();
  });

  it('skips missing values, never reading them as 0', () => {
    expect(remembered([2, null])).toBe(2);
    expect(remembered([null, 3, undefined, -1, null])).toBe(1);
    expect(remembered([Number.NaN, 4])).toBe(4);
  });

  it('reports peak and end as indices of the original sequence', () => {
    expect(peakEndIndices([null, 3, undefined, -4, 1, null])).toEqual({ peakIndex: 3, endIndex: 4 });
  });

  it('differs from the mean: the Retail store moments', () => {
    const e = [3, 4, -3, -4, 5];
    expect(remembered(e)).toBe(5);
    expect(mean(e)).toBe(1);
  });
});
