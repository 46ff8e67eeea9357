// METHOD.md §10, all nine rows, through the import path the UI uses: the worker's parseSurveyFile
// (bytes → UTF-8 → PapaParse → columnar form) run in-process on survey-small.csv, then the columnar
// aggregation with the mapping as the mapping step stores it, and segment filters as the view sets them.
import { describe, expect, it } from 'vitest';
import type { JourneySurveyMapping, SegmentFilters } from '../../src/model/survey/index.ts';
import { computeFigures } from '../../src/survey/state/figures.ts';
import { asPrinted, FIXTURE, mappingOf, parsePath } from './helpers.ts';

const TOUCHPOINTS = ['Website', 'Store visit', 'Call center'];

// touchpoint | n | e | CEI | top-box % | r | derived importance, as printed in METHOD.md §10.
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

const CASES: Record<string, { mapping: JourneySurveyMapping; filters: SegmentFilters }> = {
  unweighted: { mapping: mappingOf(TOUCHPOINTS, { outcome: 'overall', segments: ['segment'] }), filters: {} },
  weighted: { mapping: mappingOf(TOUCHPOINTS, { outcome: 'overall', weight: 'weight', segments: ['segment'] }), filters: { segment: [] } },
  loyal: { mapping: mappingOf(TOUCHPOINTS, { outcome: 'overall', segments: ['segment'] }), filters: { segment: ['loyal'] } },
};

describe('METHOD.md §10 through the browser import path', () => {
  for (const [name, table] of Object.entries(TABLE)) {
    it(`${name}: every row of the table`, async () => {
      const { survey } = await parsePath(FIXTURE);
      const { mapping, filters } = CASES[name]!;
      const figures = computeFigures(survey, mapping, filters);
      expect(figures.problem).toBeNull();
      expect(figures.inferred).toEqual([1, 5]);
      const got = figures.result!.touchpoints.map((t, i) => {
        const row = table[i]!;
        return [t.column, String(t.n), asPrinted(t.e, row[2]!), asPrinted(t.cei, row[3]!), asPrinted(t.topBox, row[4]!),
          asPrinted(t.r, row[5]!), asPrinted(t.derivedImportance, row[6]!)];
      });
      expect(got).toEqual(table);
    });
  }

  it('keeps the file compact: one dictionary and one code array per column, no rows', async () => {
    const { survey, stats } = await parsePath(FIXTURE);
    expect(stats).toEqual({ rows: 8, blankLines: 0, raggedRows: 0, firstRaggedRow: null });
    expect(survey.columns.map((c) => c.name)).toEqual(['respondent', 'segment', 'weight', ...TOUCHPOINTS, 'overall']);
    const website = survey.columns[3]!;
    expect(website.codes).toBeInstanceOf(Uint16Array);
    expect(website.codes).toHaveLength(8);
    expect(Array.from(website.codes, (code) => website.dict[code])).toEqual(['4', '3', '5', '2', 'N/A', '3', '1', '4']);
    expect(new Set(website.dict).size).toBe(website.dict.length);
  });

  it('reports the rows left out by the filters', async () => {
    const { survey } = await parsePath(FIXTURE);
    const { mapping, filters } = CASES.loyal!;
    const report = computeFigures(survey, mapping, filters).result!.report;
    expect(report).toMatchObject({ rows: 8, respondents: 4, leftOut: { segment: 4, missingWeight: 0, zeroWeight: 0, negativeWeight: 0 } });
  });
});
