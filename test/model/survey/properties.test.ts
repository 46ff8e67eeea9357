// Properties of the aggregator on random surveys (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyAggregator, type SurveyMapping, type SurveyResult } from '../../../src/model/survey/index.ts';

const HEADER = ['A', 'B', 'C', 'y', 'w', 'seg'];
const MAPPING: SurveyMapping = { ratings: ['A', 'B', 'C'], outcome: 'y', weight: 'w' };

/** A rating or outcome: a number, or one of the always-missing texts. */
type Value = number | string;
const na = fc.constantFrom('', 'NA', 'N/A', ' ');
const orMissing = (value: fc.Arbitrary<number>) => fc.oneof({ arbitrary: na, weight: 1 }, { arbitrary: value, weight: 5 });
const rating = orMissing(fc.integer({ min: 1, max: 5 }));
// Decimal ratings with up to 3 places, as real exports carry (denormal doubles are no survey answer).
const realRating = orMissing(fc.integer({ min: 0, max: 10_000 }).map((k) => k / 1000));
const outcome = orMissing(fc.integer({ min: 0, max: 10 }));
const cell = (value: Value) => String(value);

interface Row { cells: Value[]; y: Value; w: number; seg: string }
const row = (ratings: fc.Arbitrary<Value>, weight: fc.Arbitrary<number>) =>
  fc.record({ cells: fc.tuple(ratings, ratings, ratings), y: outcome, w: weight, seg: fc.constantFrom('a', 'b') }) as fc.Arbitrary<Row>;

const toCells = (r: Row, w = r.w) => [...r.cells.map(cell), cell(r.y), String(w), r.seg];

function run(rows: string[][], mapping: SurveyMapping = MAPPING): SurveyResult {
  const aggregator = new SurveyAggregator(HEADER, mapping);
  rows.forEach((r, i) => aggregator.add(r, i + 1));
  return aggregator.result();
}

/** The figures that must agree, as numbers (null kept). */
const figures = (result: SurveyResult) => result.touchpoints.map((t) => [t.e, t.topBox, t.r, t.derivedImportance]);

function expectClose(a: (number | null)[][], b: (number | null)[][], tolerance: number): void {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => row.forEach((x, j) => {
    const y = b[i]![j]!;
    if (x === null || y === null) expect([i, j, x]).toEqual([i, j, y]);
    else expect(Math.abs(x - y), `touchpoint ${i}, figure ${j}: ${x} vs ${y}`).toBeLessThanOrEqual(tolerance);
  }));
}

describe('survey aggregator properties', () => {
  it('weighting a row by w equals repeating it w times', () => {
    fc.assert(fc.property(fc.array(row(rating, fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 40 }), (rows) => {
      const weighted = run(rows.map((r) => toCells(r)));
      const repeated = run(rows.flatMap((r) => Array.from({ length: r.w }, () => toCells(r, 1))));
      expect(repeated.scale).toEqual(weighted.scale);
      expectClose(figures(weighted), figures(repeated), 1e-9);
      expect(repeated.touchpoints.map((t) => t.n)).toEqual(weighted.touchpoints.map((t) => t.weight));
    }));
  });

  it('keeps e within −5…5, CEI within −100…100, top box within 0…100 and r within −1…1', () => {
    const scale = fc.option(fc.constant([0, 10] as const));
    fc.assert(fc.property(fc.array(row(realRating, fc.double({ min: 0.001, max: 1000, noNaN: true })), { maxLength: 60 }), scale, (rows, given) => {
      const result = run(rows.map((r) => toCells(r)), { ...MAPPING, scale: given });
      for (const t of result.touchpoints) {
        if (t.e !== null) expect(Math.abs(t.e)).toBeLessThanOrEqual(5);
        if (t.cei !== null) expect(Math.abs(t.cei)).toBeLessThanOrEqual(100);
        if (t.topBox !== null) expect(t.topBox >= 0 && t.topBox <= 100).toBe(true);
        if (t.r !== null) expect(Math.abs(t.r)).toBeLessThanOrEqual(1);
        if (t.derivedImportance !== null) expect(t.derivedImportance >= 1 && t.derivedImportance <= 5).toBe(true);
      }
    }));
  });

  it('does not depend on the order of the rows', () => {
    const rows = fc.array(row(realRating, fc.double({ min: 0.01, max: 100, noNaN: true })), { minLength: 1, maxLength: 50 });
    fc.assert(fc.property(rows.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))), ([rs, shuffled]) => {
      const a = run(rs.map((r) => toCells(r)));
      const b = run(shuffled.map((r) => toCells(r)));
      expect(b.scale).toEqual(a.scale);
      expect(b.touchpoints.map((t) => [t.n, t.pairs])).toEqual(a.touchpoints.map((t) => [t.n, t.pairs]));
      expectClose(figures(a), figures(b), 1e-9);
    }));
  });

  it('a segment filter gives the figures of the segment alone (on the same scale)', () => {
    fc.assert(fc.property(fc.array(row(rating, fc.integer({ min: 1, max: 3 })), { maxLength: 40 }), (rows) => {
      const mapping = { ...MAPPING, scale: [1, 5] as const };
      const filtered = run(rows.map((r) => toCells(r)), { ...mapping, segments: { seg: ['a'] } });
      const alone = run(rows.filter((r) => r.seg === 'a').map((r) => toCells(r)), mapping);
      expect(filtered.respondents).toBe(alone.respondents);
      expect(filtered.report.leftOut.segment).toBe(rows.length - alone.respondents);
      expectClose(figures(filtered), figures(alone), 1e-9);
    }));
  });

  it('infers the scale as the smallest and largest rating present', () => {
    fc.assert(fc.property(fc.array(row(realRating, fc.constant(1)), { maxLength: 30 }), (rows) => {
      const values = rows.flatMap((r) => r.cells).filter((v): v is number => typeof v === 'number');
      const expected = values.length === 0 ? null : [Math.min(...values), Math.max(...values)];
      expect(run(rows.map((r) => toCells(r))).scale).toEqual(expected);
    }));
  });
});
