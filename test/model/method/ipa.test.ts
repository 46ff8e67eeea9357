import { describe, expect, it } from 'vitest';
import { IPA_LABELS, ipa, ipaLabel } from '../../../src/model/method/ipa.ts';

describe('IPA quadrant (METHOD.md §7)', () => {
  it('has the four labels exactly', () => {
    expect(Object.values(IPA_LABELS).sort()).toEqual(
      ['Concentrate here', 'Keep up the good work', 'Low priority', 'Possible overkill'],
    );
  });

  it('labels the quadrants: x = e_t performance, y = w importance', () => {
    const cuts = { e: 0, w: 3 };
    expect(ipaLabel(-2, 5, cuts)).toBe('Concentrate here');
    expect(ipaLabel(2, 5, cuts)).toBe('Keep up the good work');
    expect(ipaLabel(-2, 1, cuts)).toBe('Low priority');
    expect(ipaLabel(2, 1, cuts)).toBe('Possible overkill');
  });

  it('counts a point on a cut line as high', () => {
    const cuts = { e: 1, w: 3 };
    expect(ipaLabel(1, 3, cuts)).toBe('Keep up the good work');
    expect(ipaLabel(1, 2, cuts)).toBe('Possible overkill');
    expect(ipaLabel(0, 3, cuts)).toBe('Concentrate here');
  });

  it('cuts at the means over the shown touchpoints', () => {
    const result = ipa([{ e: 4, w: 5 }, { e: -2, w: 1 }, { e: 1, w: 3 }], 'mean');
    expect(result.mode).toBe('mean');
    expect(result.cuts).toEqual({ e: 1, w: 3 });
    expect(result.labels).toEqual(['Keep up the good work', 'Low priority', 'Keep up the good work']);
  });

  it('counts a point on a mean cut as high despite rounding noise', () => {
    const result = ipa([{ e: 0.1, w: 1 }, { e: 0.2, w: 2 }, { e: 0.3, w: 3 }], 'mean');
    expect(result.cuts?.e).not.toBe(0.2); // 0.20000000000000004
    expect(result.labels[1]).toBe('Keep up the good work');
  });

  it('cuts at the scale midpoints e = 0, w = 3 when asked', () => {
    const points = [{ e: 4, w: 5 }, { e: 3, w: 4 }, { e: 0, w: 3 }, { e: -0.5, w: 2.9 }];
    const result = ipa(points, 'midpoint');
    expect(result.cuts).toEqual({ e: 0, w: 3 });
    expect(result.labels).toEqual(['Keep up the good work', 'Keep up the good work', 'Keep up the good work', 'Low priority']);
    // means e 1.625, w 3.725: the same points read differently
    expect(ipa(points, 'mean').labels).toEqual(['Keep up the good work', 'Keep up the good work', 'Low priority', 'Low priority']);
    expect(ipa([{ e: -1, w: 4 }, { e: 1, w: 2 }], 'midpoint').labels).toEqual(['Concentrate here', 'Possible overkill']);
  });

  it('leaves touchpoints without e_t out of the chart and out of the means', () => {
    const result = ipa([{ e: 4, w: 5 }, { e: null, w: 1 }, { e: 2, w: 3 }], 'mean');
    expect(result.cuts).toEqual({ e: 3, w: 4 });
    expect(result.labels).toEqual(['Keep up the good work', null, 'Low priority']);
  });

  it('has no mean cuts when no touchpoint is shown, but midpoint cuts still', () => {
    expect(ipa([{ e: null, w: 3 }], 'mean')).toEqual({ mode: 'mean', cuts: null, labels: [null] });
    expect(ipa([], 'midpoint')).toEqual({ mode: 'midpoint', cuts: { e: 0, w: 3 }, labels: [] });
  });
});
