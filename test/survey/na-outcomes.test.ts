// Not-applicable codes (ratings and outcome apart), cells that are not numbers and declaring them
// not applicable, and category outcomes mapped to 1 / 0 — on the columnar path the UI uses.
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../src/survey/import/csv-import.ts';
import { computeFigures } from '../../src/survey/state/figures.ts';
import { mappingOf } from './helpers.ts';

const CSV = [
  'id,Check-in,Boarding,Overall,Recommend,Verdict',
  '1,5,4,5,9,happy',
  '2,4,n/a,4,6,happy',
  '3,2,2,2,6,unhappy',
  '4,0,1,1,0,unhappy',
  '5,6,5,5,10,meh',
  '6,3,3,?,6,',
].join('\n');

describe('not-applicable codes and cells that are not numbers', () => {
  const { survey } = importCsvText(CSV);

  it('lists each cell that is not a number with its column, count and first data row, and keeps it out', () => {
    const figures = computeFigures(survey, mappingOf(['Check-in', 'Boarding'], { outcome: 'Overall' }));
    expect(figures.result!.report.nonNumeric).toEqual([
      { column: 'Boarding', count: 1, values: [{ value: 'n/a', count: 1, firstRow: 2 }] },
      { column: 'Overall', count: 1, values: [{ value: '?', count: 1, firstRow: 6 }] },
    ]);
    expect(figures.result!.touchpoints[1]!.n).toBe(5);
  });

  it('declaring a value not applicable, per column list, empties the list', () => {
    const declared = computeFigures(survey, mappingOf(['Check-in', 'Boarding'], { outcome: 'Overall', ratingNa: ['n/a'], outcomeNa: ['?'] }));
    expect(declared.result!.report.nonNumeric).toEqual([]);
    expect(declared.result!.report.withoutOutcome).toBe(1);
  });

  it('a rating code is missing in the ratings only: 6 is "never used" there and a valid outcome answer', () => {
    const plain = computeFigures(survey, mappingOf(['Check-in'], { outcome: 'Recommend' }));
    expect(plain.inferred).toEqual([0, 6]);
    const coded = computeFigures(survey, mappingOf(['Check-in'], { outcome: 'Recommend', ratingNa: ['0', '6'] }));
    expect(coded.inferred).toEqual([2, 5]);
    const checkIn = coded.result!.touchpoints[0]!;
    expect(checkIn.n).toBe(4);
    expect(checkIn.pairs).toBe(4); // outcome 6 kept for respondents 2, 3 and 6
    expect(checkIn.e).toBeCloseTo(-5 + (10 * (14 / 4 - 2)) / 3, 12);
    const outcomeCoded = computeFigures(survey, mappingOf(['Check-in'], { outcome: 'Recommend', ratingNa: ['0', '6'], outcomeNa: ['6'] }));
    expect(outcomeCoded.result!.touchpoints[0]!.pairs).toBe(1);
  });

  it('a changed scale is checked against the data, and a usable one is required', () => {
    const out = computeFigures(survey, mappingOf(['Check-in'], { ratingNa: ['0', '6'], scale: [3, 5] }));
    expect(out.problem).toMatchObject({ kind: 'input', error: 'out-of-scale', column: 'Check-in' });
    expect(computeFigures(survey, mappingOf(['Check-in'], { scale: [0, 10] })).result!.scale).toEqual([0, 10]);
    expect(computeFigures(survey, mappingOf([])).problem).toEqual({ kind: 'no-ratings' });
    const flat = importCsvText('a\n3\n3\n').survey;
    expect(computeFigures(flat, mappingOf(['a'])).problem).toEqual({ kind: 'no-scale', scale: [3, 3] });
  });
});

describe('category outcomes', () => {
  const { survey } = importCsvText(CSV);

  it('maps categories to 1 / 0; unmapped categories and blanks are missing', () => {
    const mapping = mappingOf(['Check-in'], { ratingNa: ['0', '6'], outcome: 'Verdict', outcomeMap: { happy: 1, unhappy: 0 } });
    const result = computeFigures(survey, mapping).result!;
    // Respondents with a rating: 1 (happy), 2 (happy), 3 (unhappy), 6 (blank verdict).
    expect(result.touchpoints[0]!.pairs).toBe(3);
    expect(result.report.withoutOutcome).toBe(2); // "meh" and blank
    expect(result.touchpoints[0]!.r).toBeCloseTo(0.9449, 4);
    expect(result.report.nonNumeric).toEqual([]);
  });

  it('with every category mapped alike, r is undefined and so is derived importance', () => {
    const mapping = mappingOf(['Check-in', 'Boarding'], { ratingNa: ['0', '6', 'n/a'], outcome: 'Verdict', outcomeMap: { happy: 1, unhappy: 1 } });
    const result = computeFigures(survey, mapping).result!;
    expect(result.touchpoints.map((t) => [t.r, t.derivedImportance])).toEqual([[null, null], [null, null]]);
  });
});
