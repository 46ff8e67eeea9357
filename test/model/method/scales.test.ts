import { describe, expect, it } from 'vitest';
import {
  BRAND_RANGE,
  EMOTION_RANGE,
  IMPORTANCE_RANGE,
  INDEX_RANGE,
  checkRange,
  formatRange,
  formatSigned,
  isInRange,
  validateScore,
  validateThresholds,
} from '../../../src/model/method/scales.ts';

describe('scales (METHOD.md §2)', () => {
  it('exports the ranges of the method', () => {
    expect(EMOTION_RANGE).toEqual({ min: -5, max: 5 });
    expect(BRAND_RANGE).toEqual({ min: -5, max: 5 });
    expect(IMPORTANCE_RANGE).toEqual({ min: 1, max: 5 });
    expect(INDEX_RANGE).toEqual({ min: -100, max: 100 });
    expect(Object.isFrozen(EMOTION_RANGE)).toBe(true);
  });

  it('accepts the ends of each range and decimals inside it', () => {
    for (const v of [-5, -4.5, 0, 0.3571, 5]) expect(validateScore('emotion', v)).toBeNull();
    for (const v of [-5, 5]) expect(validateScore('brand', v)).toBeNull();
    for (const v of [1, 4.6348, 5]) expect(validateScore('importance', v)).toBeNull();
    for (const v of [-100, 100]) expect(validateScore('cei', v)).toBeNull();
  });

  it('rejects values outside the range with a message naming field and range (real minus sign)', () => {
    expect(validateScore('emotion', 6)).toBe('Emotion must be between \u22125 and 5');
    expect(validateScore('emotion', -5.01)).toBe('Emotion must be between \u22125 and 5');
    expect(validateScore('brand', -7)).toBe('Brand delivery must be between \u22125 and 5');
    expect(validateScore('importance', 0)).toBe('Importance must be between 1 and 5');
    expect(validateScore('importance', 7)).toBe('Importance must be between 1 and 5');
    expect(validateScore('bei', 100.5)).toBe('BEI must be between \u2212100 and 100');
    expect(validateScore('emotion', 6)).not.toContain('-');
  });

  it('never clamps: an out-of-range value is an error, not a corrected value', () => {
    expect(checkRange('Emotion', 5.5, EMOTION_RANGE)).not.toBeNull();
    expect(isInRange(5.5, EMOTION_RANGE)).toBe(false);
  });

  it('treats null / absent as "not scored" except for the required importance', () => {
    expect(validateScore('emotion', null)).toBeNull();
    expect(validateScore('brand', undefined)).toBeNull();
    expect(validateScore('importance', null)).toBe('Importance is required');
  });

  it('rejects what is not a finite number', () => {
    expect(validateScore('emotion', Number.NaN)).toBe('Emotion must be a number');
    expect(validateScore('emotion', '3')).toBe('Emotion must be a number');
    expect(validateScore('emotion', Number.POSITIVE_INFINITY)).toBe('Emotion must be between \u22125 and 5');
  });

  it('formats signed numbers and ranges for people', () => {
    expect(formatSigned(-2)).toBe('\u22122');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(3.5)).toBe('3.5');
    expect(formatRange(EMOTION_RANGE)).toBe('\u22125\u20265');
    expect(formatRange(IMPORTANCE_RANGE)).toBe('1\u20265');
  });

  it('validates zone thresholds', () => {
    expect(validateThresholds({ brandedThreshold: 40, unbrandedThreshold: 0 })).toEqual([]);
    expect(validateThresholds({ brandedThreshold: 20, unbrandedThreshold: 20 })).toEqual([]);
    expect(validateThresholds({ brandedThreshold: 120, unbrandedThreshold: 0 })).toEqual([
      'Branded threshold must be between \u2212100 and 100',
    ]);
    expect(validateThresholds({ brandedThreshold: 10, unbrandedThreshold: 30 })).toEqual([
      'Un-branded threshold must not be above the branded threshold',
    ]);
  });
});
