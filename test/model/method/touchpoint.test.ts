import { describe, expect, it } from 'vitest';
import { indices, touchpointScores, usesMoments } from '../../../src/model/method/touchpoint.ts';
import { balanceKindOf, zoneOf } from '../../../src/model/method/zone.ts';
import { moments, scored, tp } from './builders.ts';

const defaults = { brandedThreshold: 40, unbrandedThreshold: 0 };

describe('touchpoint scores (METHOD.md §4)', () => {
  it('uses its own e and b when it has no moments', () => {
    expect(touchpointScores(scored('t', 4, -1))).toEqual({ e: 4, b: -1 });
    expect(touchpointScores(scored('t', 4, -1, 3, { moments: [] }))).toEqual({ e: 4, b: -1 });
  });

  it('takes the remembered value of its moments and ignores its own scores', () => {
    const t = scored('t', -5, -5, 3, { moments: moments([3, 4], [4, 5], [-3, 3], [-4, 1], [5, 5]) });
    expect(usesMoments(t)).toBe(true);
    expect(touchpointScores(t)).toEqual({ e: 5, b: 5 });
  });

  it('has no e_t when its moments are not scored, even if it has its own', () => {
    const t = scored('t', 2, 2, 3, { moments: moments([null, 1], [null, -3], [null, 2]) });
    expect(touchpointScores(t)).toEqual({ e: null, b: -0.5 });
  });

  it('leaves an unscored touchpoint without scores', () => {
    expect(touchpointScores(tp('t'))).toEqual({ e: null, b: null });
    expect(touchpointScores(scored('t', null, 0))).toEqual({ e: null, b: 0 });
  });

  it('computes CEI_t = 20 e_t, BEI_t = 20 b_t and the balance', () => {
    expect(indices(scored('t', -2, -1))).toEqual({
      e: -2, b: -1, cei: -40, bei: -20, zone: 'un-branded', balance: -20, balanceKind: 'balanced',
    });
  });

  it('needs both e_t and b_t for a zone and a balance', () => {
    const noBrand = indices(scored('t', 4, null));
    expect(noBrand).toMatchObject({ cei: 80, bei: null, zone: null, balance: null, balanceKind: null });
    const noEmotion = indices(scored('t', null, 4));
    expect(noEmotion).toMatchObject({ cei: null, bei: 80, zone: null, balance: null, balanceKind: null });
  });

  it('reads its thresholds from the settings given', () => {
    const t = scored('t', 2, 3);
    expect(indices(t).zone).toBe('branded');
    expect(indices(t, { brandedThreshold: 50, unbrandedThreshold: 0 }).zone).toBe('non-branded');
    expect(indices(t, { brandedThreshold: 80, unbrandedThreshold: 60 }).zone).toBe('un-branded');
  });
});

describe('zone (METHOD.md §4)', () => {
  it('uses m = min(CEI_t, BEI_t)', () => {
    expect(zoneOf(100, 20, defaults)).toBe('non-branded');
    expect(zoneOf(20, 100, defaults)).toBe('non-branded');
    expect(zoneOf(100, -20, defaults)).toBe('un-branded');
  });

  it('puts m exactly on a default threshold in the higher zone', () => {
    expect(zoneOf(40, 40, defaults)).toBe('branded');
    expect(zoneOf(39.999, 60, defaults)).toBe('non-branded');
    expect(zoneOf(0, 60, defaults)).toBe('non-branded');
    expect(zoneOf(-0.001, 60, defaults)).toBe('un-branded');
  });

  it('puts m exactly on non-default thresholds in the higher zone', () => {
    const t = { brandedThreshold: 60, unbrandedThreshold: 20 };
    expect(zoneOf(60, 80, t)).toBe('branded');
    expect(zoneOf(59, 80, t)).toBe('non-branded');
    expect(zoneOf(80, 20, t)).toBe('non-branded');
    expect(zoneOf(19, 80, t)).toBe('un-branded');
    const negative = { brandedThreshold: -20, unbrandedThreshold: -60 };
    expect(zoneOf(-20, 0, negative)).toBe('branded');
    expect(zoneOf(-60, 0, negative)).toBe('non-branded');
    expect(zoneOf(-61, 0, negative)).toBe('un-branded');
  });

  it('counts a value on a threshold up to floating-point noise as on it', () => {
    expect(20 * -4.99).toBeLessThan(-99.8); // -99.80000000000001
    expect(zoneOf(20 * -4.99, 60, { brandedThreshold: -99.8, unbrandedThreshold: -100 })).toBe('branded');
    expect(zoneOf(22 - 1e-6, 60, { brandedThreshold: 22, unbrandedThreshold: 0 })).toBe('non-branded');
  });

  it('has no zone without both indices', () => {
    expect(zoneOf(null, 80, defaults)).toBeNull();
    expect(zoneOf(80, null, defaults)).toBeNull();
  });
});

describe('balance kind (METHOD.md §4)', () => {
  it('is balanced within ±20, limits included', () => {
    expect(balanceKindOf(0)).toBe('balanced');
    expect(balanceKindOf(20)).toBe('balanced');
    expect(balanceKindOf(-20)).toBe('balanced');
  });

  it('is brand-centric when BEI_t − CEI_t > 20 and customer-centric when CEI_t − BEI_t > 20', () => {
    expect(balanceKindOf(-20.5)).toBe('brand-centric');
    expect(balanceKindOf(20.5)).toBe('customer-centric');
    expect(indices(scored('t', 0, 3)).balanceKind).toBe('brand-centric');
    expect(indices(scored('t', 3, 0)).balanceKind).toBe('customer-centric');
    expect(indices(scored('t', 2, 1)).balanceKind).toBe('balanced');
  });

  it('treats a decimal difference of exactly 20 as balanced despite rounding noise', () => {
    const t = indices(scored('t', -3.98, -4.98));
    expect(t.balance).toBeGreaterThan(20); // the float is 20.000000000000014
    expect(t.balanceKind).toBe('balanced');
  });

  it('is null when the balance is missing', () => {
    expect(balanceKindOf(null)).toBeNull();
  });
});
