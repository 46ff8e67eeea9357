// METHOD.md §10: every row of the survey reference table, through the aggregator fed by parsing
// fixtures/survey-small.csv, compared as printed (same number of decimals).
import { describe, expect, it } from 'vitest';
import type { SurveyMapping } from '../../../src/model/survey/index.ts';
import { aggregate, fixtureRows, TOUCHPOINTS } from './fixture.ts';

// touchpoint | n | e | CEI | top-box % | r | derived importance, as printed in METHOD.md §10 ("—" = null).
const TABLE: Record<string, string[][]> = {
  unweighted: [
    ['Website', '7', '0.3571', '7.14', '14.29', '0.9065', '5.0000'],
    ['Store visit', '8', '2.1875', '43.75', '37.50', '0.8237', '4.6348'],
    ['Call center', '6', '−2.0833', '−41.67', '0.00', '0.8333', '4.6771'],
  ],
  weighted: [
    ['Website', '7', '1.1364', '22.73', '18.18', '0.8958', '5.0000'],
    ['Store visit', '8', '2.9167', '58.33', '50.00', '0.8024', '4.5829'],
    ['Call center', '6', '−1.3889', '−27.78', '0.00', '0.7746', '4.4585'],
  ],
  loyal: [
    ['Website', '4', '2.5', '50.00', '25.00', '0.8165', '5.0'],
    ['Store visit', '4', '4.375', '87.50', '75.00', '−0.3333', '1.0'],
    ['Call center', '3', '0.0', '0.00', '0.00', '—', '—'],
  ],
};

const MAPPINGS: Record<string, SurveyMapping> = {
  unweighted: { ratings: TOUCHPOINTS, outcome: 'overall' },
  weighted: { ratings: TOUCHPOINTS, outcome: 'overall', weight: 'weight' },
  loyal: { ratings: TOUCHPOINTS, outcome: 'overall', segments: { segment: ['loyal'] } },
};

/** A figure as METHOD.md prints it: as many decimals as the printed value, "−" for minus, "—" for null. */
function asPrinted(value: number | null, printed: string): string {
  if (value === null) return '—';
  const decimals = printed.split('.')[1]?.length ?? 0;
  return value.toFixed(decimals).replace('-', '−');
}

describe('METHOD.md §10 survey reference', () => {
  const { header, rows } = fixtureRows();

  for (const [name, table] of Object.entries(TABLE)) {
    it(`${name}: every row of the table`, () => {
      const result = aggregate(header, rows, MAPPINGS[name]!);
      expect(result.scale).toEqual([1, 5]);
      const got = result.touchpoints.map((t, i) => {
        const row = table[i]!;
        return [t.column, String(t.n), asPrinted(t.e, row[2]!), asPrinted(t.cei, row[3]!), asPrinted(t.topBox, row[4]!),
          asPrinted(t.r, row[5]!), asPrinted(t.derivedImportance, row[6]!)];
      });
      expect(got).toEqual(table);
    });
  }

  it('counts the respondents kept and the rows left out', () => {
    expect(aggregate(header, rows, MAPPINGS.unweighted!).respondents).toBe(8);
    const loyal = aggregate(header, rows, MAPPINGS.loyal!);
    expect(loyal.respondents).toBe(4);
    expect(loyal.report.leftOut).toEqual({ segment: 4, missingWeight: 0, zeroWeight: 0, negativeWeight: 0 });
    expect(loyal.report.rows).toBe(8);
  });

  it('the loyal segment still takes its scale from all rows (Call center is 2…4 there)', () => {
    const loyal = aggregate(header, rows, { ...MAPPINGS.loyal!, ratings: ['Call center'] });
    expect(loyal.scale).toEqual([1, 4]);
    expect(loyal.touchpoints[0]!.e).toBeCloseTo(-5 + (10 * (3 - 1)) / 3, 12);
  });
});
