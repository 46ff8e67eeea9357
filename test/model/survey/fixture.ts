// The shared survey fixture (METHOD.md §10), parsed into a header and rows for the aggregator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { SurveyAggregator, type SurveyMapping, type SurveyResult } from '../../../src/model/survey/index.ts';

export const FIXTURE = fileURLToPath(new URL('../../../../shared/fixtures/survey-small.csv', import.meta.url));

export function fixtureRows(): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8'), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  return { header: header!, rows };
}

/** Feeds rows (numbered from 1) to a new aggregator and returns its result. */
export function aggregate(header: readonly string[], rows: readonly (readonly string[])[], mapping: SurveyMapping): SurveyResult {
  const aggregator = new SurveyAggregator(header, mapping);
  rows.forEach((row, i) => aggregator.add(row, i + 1));
  return aggregator.result();
}

export const TOUCHPOINTS = ['Website', 'Store visit', 'Call center'];
