import { describe, expect, it } from 'vitest';
import { SurveyAggregator, SurveyInputError, type SurveyMapping } from '../../../src/model/survey/index.ts';
import { aggregate } from './fixture.ts';

const HEADER = [' id', 'A ', 'B', 'brand A', 'w', 'seg', 'kind', 'nps', 'cat'];
// id, A, B, brand A, w, seg, kind, nps, cat
const ROWS = [
  ['1', '5', '1', '4', '1', 'x', 'p', '10', 'yes'],
  ['2', '4', '0', '5', '2', 'y', 'p', '9', 'no'],
  ['3', '6', '2', '', '1', 'z', 'q', '6', 'maybe'],
  ['4', '3', '3', 'N/A', '', 'x', 'q', '11', 'yes'],
  ['5', '2', 'NA', '2', '0', 'x', 'p', '3', 'no'],
  ['6', '1', '5', '1', '-1', 'y', 'q', '0', 'no'],
  ['7', ' 4 ', '4.0', '3', '0.5', ' x ', 'p', '8', ' yes '],
];

const run = (mapping: SurveyMapping, rows = ROWS) => aggregate(HEADER, rows, mapping);
const thrown = (f: () => unknown): SurveyInputError => {
  try { f(); } catch (err) { if (err instanceof SurveyInputError) return err; throw err; }
  throw new Error('nothing thrown');
};

describe('SurveyAggregator: not-applicable codes', () => {
  it('keeps separate code lists for ratings and the outcome', () => {
    const r = run({ ratings: ['A', 'B'], ratingNa: ['6', '0'], outcome: 'nps', outcomeNa: ['11'] });
    expect(r.scale).toEqual([1, 5]); // 6 and 0 are not applicable in the ratings, not part of the scale
    expect(r.touchpoints.map((t) => t.n)).toEqual([6, 5]);
    // A has values in rows 1, 2, 4, 5, 6, 7 (row 3 is 6); the outcome 11 of row 4 is missing, while
    // 6 would be a valid outcome: pairs are rows 1, 2, 5, 6, 7.
    expect(r.touchpoints[0]!.pairs).toBe(5);
    expect(r.touchpoints[1]!.pairs).toBe(4); // B: rows 1 (1), 3 (2), 6 (5), 7 (4); row 4 has no outcome
    expect(r.report.withoutOutcome).toBe(1);
  });

  it('reads a code as missing, never as zero', () => {
    const withCode = run({ ratings: ['B'], ratingNa: ['0'] }).touchpoints[0]!;
    const without = run({ ratings: ['B'], scale: [0, 5] }).touchpoints[0]!;
    expect(withCode.n).toBe(5);
    expect(without.n).toBe(6);
    expect(withCode.weight).toBe(5);
  });
});

describe('SurveyAggregator: weights and segments', () => {
  it('leaves out rows with a missing, zero or negative weight, and counts them', () => {
    const r = run({ ratings: ['A'], ratingNa: ['6'], weight: 'w' });
    expect(r.respondents).toBe(4);
    expect(r.report.leftOut).toEqual({ segment: 0, missingWeight: 1, zeroWeight: 1, negativeWeight: 1 });
    const a = r.touchpoints[0]!;
    expect(a.n).toBe(3); // rows 1, 2, 7 (row 3 is 6 = not applicable)
    expect(a.weight).toBe(3.5);
    expect(a.e).toBeCloseTo(-5 + (10 * ((5 * 1 + 4 * 2 + 4 * 0.5) / 3.5 - 1)) / 4, 12);
    expect(a.topBox).toBeCloseTo((100 * 1) / 3.5, 12);
  });

  it('ORs the values of one column and ANDs the columns, matching trimmed values', () => {
    const r = run({ ratings: ['A'], ratingNa: ['6'], segments: { seg: ['x', 'y'], kind: ['p'] } });
    expect(r.respondents).toBe(4); // rows 1, 2, 5, 7
    expect(r.report.leftOut.segment).toBe(3);
    expect(r.touchpoints[0]!.n).toBe(4);
    expect(r.touchpoints[0]!.e).toBeCloseTo(-5 + (10 * ((5 + 4 + 2 + 4) / 4 - 1)) / 4, 12);
  });

  it('applies segment filters before weight checks', () => {
    const r = run({ ratings: ['A'], ratingNa: ['6'], weight: 'w', segments: { kind: ['q'] } });
    expect(r.report.leftOut).toEqual({ segment: 4, missingWeight: 1, zeroWeight: 0, negativeWeight: 1 });
    expect(r.respondents).toBe(1);
  });
});

describe('SurveyAggregator: outcome', () => {
  it('maps a category outcome to 1/0; unmapped categories are missing', () => {
    const r = run({ ratings: ['A'], ratingNa: ['6'], outcome: 'cat', outcomeMap: { yes: 1, no: 0 } });
    expect(r.report.withoutOutcome).toBe(1); // "maybe"
    const t = r.touchpoints[0]!;
    // Pairs (A, outcome): yes 5, 3, 4 (" yes " trimmed); no 4, 2, 1; row 3 ("maybe") has A = 6 = not applicable.
    expect(t.pairs).toBe(6);
    expect(t.r).toBeCloseTo(2.5 / Math.sqrt((71 - 361 / 6) * 1.5), 12);
  });

  it('has no r and no derived importance without an outcome', () => {
    const t = run({ ratings: ['A'], ratingNa: ['6'] }).touchpoints[0]!;
    expect([t.r, t.derivedImportance, t.pairs]).toEqual([null, null, 0]);
  });
});

describe('SurveyAggregator: scale', () => {
  it('infers the scale over all rows, before segment filters', () => {
    const r = run({ ratings: ['A'], segments: { seg: ['z'] } });
    expect(r.scale).toEqual([1, 6]);
    expect(r.touchpoints[0]!.topBox).toBe(100); // the only kept row is at 6
  });

  it('gives a top box of 0 when no kept respondent reaches hi', () => {
    expect(run({ ratings: ['A'], ratingNa: ['6'], segments: { seg: ['y'] } }).touchpoints[0]!.topBox).toBe(0);
  });

  it('uses a given scale, and refuses a value outside it naming row and column', () => {
    const r = run({ ratings: ['B'], ratingNa: ['0'], scale: [1, 7] });
    expect(r.scale).toEqual([1, 7]);
    expect(r.touchpoints[0]!.topBox).toBe(0);
    const err = thrown(() => run({ ratings: ['A'], scale: [1, 5] }));
    expect(err.kind).toBe('out-of-scale');
    expect(err.message).toBe('data row 3 (row 4 of the file, counting the header), column "A": 6 is outside the scale 1…5');
  });

  it('recomputes on another scale without reading again, refusing one narrower than the data', () => {
    const aggregator = new SurveyAggregator(HEADER, { ratings: ['A'], ratingNa: ['6'] });
    ROWS.forEach((row, i) => aggregator.add(row, i + 1));
    expect(aggregator.result().scale).toEqual([1, 5]);
    const wide = aggregator.result([0, 10]);
    expect(wide.touchpoints[0]!.e).toBeCloseTo(-5 + (10 * (19 / 6)) / 10, 12);
    expect(wide.touchpoints[0]!.topBox).toBe(0);
    expect(() => aggregator.result([2, 5])).toThrow(/column "A": 1 is outside the scale 2…5/);
  });

  it('has no emotion when the scale has no width or no value', () => {
    const one = run({ ratings: ['A'] }, [['1', '3']]);
    expect(one.scale).toEqual([3, 3]);
    expect(one.touchpoints[0]!.e).toBeNull();
    expect(one.touchpoints[0]!.topBox).toBe(100);
    const none = run({ ratings: ['A'] }, [['1', 'NA']]);
    expect(none.scale).toBeNull();
    expect(none.touchpoints[0]).toMatchObject({ n: 0, e: null, cei: null, topBox: null });
  });
});

describe('SurveyAggregator: brand columns', () => {
  it('gives brand delivery per touchpoint on the same scale', () => {
    const r = run({ ratings: ['A', 'B'], brands: ['brand A', null], ratingNa: ['6', '0'] });
    expect(r.touchpoints[1]!.brand).toBeNull();
    const brand = r.touchpoints[0]!.brand!;
    expect(brand.column).toBe('brand A');
    expect(brand.n).toBe(5);
    expect(brand.b).toBeCloseTo(-5 + (10 * ((4 + 5 + 2 + 1 + 3) / 5 - 1)) / 4, 12);
    expect(brand.bei).toBeCloseTo(20 * brand.b!, 12);
  });
});

describe('SurveyAggregator: errors', () => {
  it('names an unknown column and lists the available ones (names trimmed)', () => {
    const err = thrown(() => new SurveyAggregator(HEADER, { ratings: ['A', 'Webste'] }));
    expect(err.kind).toBe('unknown-column');
    expect(err.column).toBe('Webste');
    expect(err.message).toBe('rating: unknown column "Webste"; the columns are "id", "A", "B", "brand A", "w", "seg", "kind", "nps", "cat"');
    expect(() => new SurveyAggregator(HEADER, { ratings: ['A'], segments: { segment: ['x'] } })).toThrow(/segment: unknown column "segment"/);
    expect(() => new SurveyAggregator(HEADER, { ratings: [99] })).toThrow(/no column number 99/);
  });

  it('accepts columns by index', () => {
    const r = run({ ratings: [1], ratingNa: ['6'], weight: 4 });
    expect(r.touchpoints[0]!.column).toBe('A');
    expect(r.respondents).toBe(4);
  });

  it('refuses an inconsistent mapping', () => {
    expect(() => new SurveyAggregator(HEADER, { ratings: [] })).toThrow(/no rating column/);
    expect(() => new SurveyAggregator(HEADER, { ratings: ['A'], scale: [5, 1] })).toThrow(/lowest value must be below/);
    expect(() => new SurveyAggregator(HEADER, { ratings: ['A'], outcomeMap: { yes: 1 } })).toThrow(/needs an outcome column/);
    expect(() => new SurveyAggregator(HEADER, { ratings: ['A'], outcome: 'cat', outcomeMap: { yes: 2 as 1 } })).toThrow(/not 1 or 0/);
  });

  it('names the row and column of a non-numeric rating, outcome or weight', () => {
    const bad = ROWS.map((row) => [...row]);
    bad[2]![2] = '4a';
    expect(thrown(() => run({ ratings: ['A', 'B'] }, bad)).message).toBe(
      'data row 3 (row 4 of the file, counting the header), column "B": "4a" is neither a number nor a declared not-applicable code');
    const err = thrown(() => run({ ratings: ['A'], outcome: 'cat' }));
    expect([err.kind, err.row, err.column]).toEqual(['non-numeric', 1, 'cat']);
    bad[2]![2] = '2';
    bad[5]![4] = 'heavy';
    expect(thrown(() => run({ ratings: ['A'], weight: 'w' }, bad)).message).toMatch(/^data row 6 .*column "w": "heavy"/);
  });

  it('checks cells of rows a segment filter leaves out too', () => {
    const bad = ROWS.map((row) => [...row]);
    bad[2]![1] = 'five';
    expect(thrown(() => run({ ratings: ['A'], segments: { seg: ['x'] } }, bad)).row).toBe(3);
  });

  it('can count non-numeric cells as missing instead, for the import to offer them as codes', () => {
    const bad = ROWS.map((row) => [...row]);
    bad[0]![1] = 'n/a';
    bad[3]![1] = 'n/a';
    bad[4]![1] = '??';
    bad[4]![4] = 'heavy';
    const r = run({ ratings: ['A'], ratingNa: ['6'], weight: 'w', nonNumeric: 'missing' }, bad);
    expect(r.report.nonNumeric).toEqual([
      { column: 'A', count: 3, values: [{ value: 'n/a', count: 2, firstRow: 1 }, { value: '??', count: 1, firstRow: 5 }] },
      { column: 'w', count: 1, values: [{ value: 'heavy', count: 1, firstRow: 5 }] },
    ]);
    expect(r.report.leftOut.missingWeight).toBe(2);
    expect(r.touchpoints[0]!.n).toBe(2); // rows 2 and 7
  });

  it('reads short rows as blank cells', () => {
    const r = run({ ratings: ['A', 'B'], outcome: 'nps' }, [['1', '5'], ['2', '3', '4', '', '', '', '', '7']]);
    expect(r.touchpoints.map((t) => t.n)).toEqual([2, 1]);
    expect(r.report.withoutOutcome).toBe(1);
  });
});
