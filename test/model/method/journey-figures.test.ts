import { describe, expect, it } from 'vitest';
import { journeyFigures } from '../../../src/model/method/journey-figures.ts';
import { indexPath } from '../../../src/model/method/touchpoint.ts';
import type { Touchpoint } from '../../../src/model/types.ts';
import { moments, scored, tp } from './builders.ts';

const figures = (path: Touchpoint[], settings = { brandedThreshold: 40, unbrandedThreshold: 0 }) =>
  journeyFigures(indexPath(path, settings));

describe('journey figures (METHOD.md §5)', () => {
  it('weights CEI and BEI by importance', () => {
    const f = figures([scored('a', 4, 2, 1), scored('b', 1, -1, 3)]);
    expect(f.cei).toBe((1 * 80 + 3 * 20) / 4); // 35
    expect(f.bei).toBe((1 * 40 + 3 * -20) / 4); // −5
    expect(f.balance).toBe(40);
  });

  it('gives effective share over the weight of touchpoints with a zone, and counts un-branded ones', () => {
    const f = figures([scored('a', 3, 3, 2), scored('b', 1, 3, 3), scored('c', -1, 3, 5)]);
    expect(f.effectiveShare).toBe((100 * 2) / 10);
    expect(f.unbrandedCount).toBe(1);
  });

  it('computes remembered emotion in path order and the average beside it', () => {
    const f = figures([scored('a', 1, 0), scored('b', -4, 0), scored('c', 2, 0)]);
    expect(f.rememberedEmotion).toBe(20 * ((-4 + 2) / 2));
    expect(f.averageEmotion).toBeCloseTo((20 * (1 - 4 + 2)) / 3, 12);
    const reversed = figures([scored('c', 2, 0), scored('b', -4, 0), scored('a', 1, 0)]);
    expect(reversed.rememberedEmotion).toBe(20 * ((-4 + 1) / 2));
    expect(reversed.averageEmotion).toBeCloseTo(f.averageEmotion ?? Number.NaN, 12);
  });

  it('uses the remembered scores of moments', () => {
    const store = tp('store', { importance: 5, moments: moments([3, 4], [-4, 1], [2, 2]) });
    const f = figures([store]);
    expect(f.cei).toBe(20 * ((-4 + 2) / 2));
    expect(f.bei).toBe(20 * ((4 + 2) / 2));
  });

  describe('missing scores are never read as 0', () => {
    it('leaves an unscored touchpoint out of every figure', () => {
      const withGap = figures([scored('a', 4, 5, 4), tp('blank', { importance: 5 }), scored('c', -2, -1, 1)]);
      const without = figures([scored('a', 4, 5, 4), scored('c', -2, -1, 1)]);
      expect(withGap).toEqual(without);
      expect(withGap.cei).toBe((4 * 80 + 1 * -40) / 5);
      expect(withGap.averageEmotion).toBe(20);
    });

    it('leaves a touchpoint without b_t out of BEI, effective share and the count, but not out of CEI', () => {
      const f = figures([scored('a', 4, 5, 4), scored('noB', -5, null, 5), scored('c', 2, 3, 1)]);
      expect(f.cei).toBe((4 * 80 + 5 * -100 + 1 * 40) / 10);
      expect(f.bei).toBe((4 * 100 + 1 * 60) / 5);
      expect(f.balance).toBeCloseTo(-14 - 92, 12);
      expect(f.effectiveShare).toBe(100);
      expect(f.unbrandedCount).toBe(0);
      expect(f.rememberedEmotion).toBe(20 * ((-5 + 2) / 2));
      expect(f.averageEmotion).toBeCloseTo((20 * (4 - 5 + 2)) / 3, 12);
    });

    it('leaves a touchpoint without e_t out of CEI and the emotion figures, but not out of BEI', () => {
      const f = figures([scored('a', 4, 5, 4), scored('noE', null, -5, 5)]);
      expect(f.cei).toBe(80);
      expect(f.bei).toBe((4 * 100 + 5 * -100) / 9);
      expect(f.rememberedEmotion).toBe(80);
      expect(f.averageEmotion).toBe(80);
      expect(f.effectiveShare).toBe(100);
    });

    it('gives null figures when nothing is scored, and for an empty path', () => {
      const expected = {
        cei: null, bei: null, balance: null, effectiveShare: null,
        unbrandedCount: 0, rememberedEmotion: null, averageEmotion: null,
      };
      expect(figures([])).toEqual(expected);
      expect(figures([tp('a'), tp('b')])).toEqual(expected);
    });

    it('has CEI but no BEI, balance or share when only emotions are scored', () => {
      const f = figures([scored('a', 2, null, 2), scored('b', -1, null, 2)]);
      expect(f).toEqual({
        cei: 10, bei: null, balance: null, effectiveShare: null,
        unbrandedCount: 0, rememberedEmotion: 10, averageEmotion: 10,
      });
    });

    it('treats an emotion of 0 as a score, unlike a missing one', () => {
      const zero = figures([scored('a', 4, 4, 1), scored('z', 0, 0, 3)]);
      expect(zero.cei).toBe(20);
      expect(zero.rememberedEmotion).toBe(40);
      expect(zero.effectiveShare).toBe(25);
      const missing = figures([scored('a', 4, 4, 1), scored('z', null, null, 3)]);
      expect(missing.cei).toBe(80);
      expect(missing.rememberedEmotion).toBe(80);
      expect(missing.effectiveShare).toBe(100);
    });
  });

  it('follows the thresholds given', () => {
    const path = [scored('a', 2, 2, 1), scored('b', 1, 1, 1)];
    expect(figures(path).effectiveShare).toBe(50);
    expect(figures(path, { brandedThreshold: 20, unbrandedThreshold: 0 }).effectiveShare).toBe(100);
    expect(figures(path, { brandedThreshold: 60, unbrandedThreshold: 30 }).unbrandedCount).toBe(1);
  });
});
