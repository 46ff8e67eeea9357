// Real surveys through the browser's path (the worker's parseSurveyFile in-process, then the
// columnar aggregation) agree exactly with the command line's path (a CSV stream into the same
// SurveyAggregator): airline (0 = not applicable, a category outcome, segments) and SFO 2018
// (0 and 6 in ratings, 11 in NETPRO, BLANK in Q7ALL, weights, trailing spaces in header names).
import { describe, expect, it } from 'vitest';
import { aggregateSurveyFile } from '../../src/cli/survey.ts';
import { toSurveyMapping, type JourneySurveyMapping, type SegmentFilters } from '../../src/model/survey/index.ts';
import { computeFigures } from '../../src/survey/state/figures.ts';
import { AIRLINE, mappingOf, parsePath, SFO_2018 } from './helpers.ts';

const parsed = new Map<string, ReturnType<typeof parsePath>>();
/** Each file is read once through the browser's path and shared by its tests. */
const read = (file: string) => {
  if (!parsed.has(file)) parsed.set(file, parsePath(file));
  return parsed.get(file)!;
};

async function both(file: string, mapping: JourneySurveyMapping, filters: SegmentFilters = {}) {
  const { survey } = await read(file);
  const browser = computeFigures(survey, mapping, filters);
  const cli = (await aggregateSurveyFile({ file, mapping: { ...toSurveyMapping(mapping, filters), nonNumeric: 'error', ratings: mapping.targets.map((t) => t.rating) } })).result();
  return { browser, cli, survey };
}

const AIRLINE_RATINGS = ['Ease of Online booking', 'Checkin service', 'Online boarding', 'Gate location', 'Baggage handling',
  'Inflight wifi service', 'Seat comfort', 'Inflight service', 'Cleanliness'];

describe('the airline survey (129,880 rows)', () => {
  it('matches the command line, with 0 as not applicable and satisfaction as 1 / 0', async () => {
    const mapping = mappingOf(AIRLINE_RATINGS, {
      ratingNa: ['0'], outcome: 'satisfaction', outcomeMap: { satisfied: 1, 'neutral or dissatisfied': 0 },
      segments: ['Type of Travel', 'Class'],
    });
    const { browser, cli, survey } = await both(AIRLINE, mapping);
    expect(survey.rowCount).toBe(129880);
    expect(browser.problem).toBeNull();
    expect(browser.inferred).toEqual([1, 5]);
    expect(browser.result).toEqual(cli);
    expect(browser.result!.report.nonNumeric).toEqual([]);
    const wifi = browser.result!.touchpoints[5]!;
    expect(wifi.n).toBeLessThan(129880); // the 0 answers are left out
    expect(wifi.derivedImportance).not.toBeNull();
  }, 30000);

  it('matches the command line under segment filters (OR within a column, AND across)', async () => {
    const mapping = mappingOf(AIRLINE_RATINGS.slice(0, 3), {
      ratingNa: ['0'], outcome: 'satisfaction', outcomeMap: { satisfied: 1, 'neutral or dissatisfied': 0 },
      segments: ['Type of Travel', 'Class'],
    });
    const filters = { 'Type of Travel': ['Business travel'], Class: ['Business', 'Eco Plus'] };
    const { browser, cli } = await both(AIRLINE, mapping, filters);
    expect(browser.result).toEqual(cli);
    expect(browser.result!.report.leftOut.segment).toBeGreaterThan(0);
  }, 30000);
});

const SFO_RATINGS = ['Q7ART', 'Q7FOOD', 'Q7STORE', 'Q7SIGN', 'Q7WALKWAY', 'Q7SCREENS', 'Q7INFODOWN', 'Q7INFOUP', 'Q7WIFI',
  'Q7ROADS', 'Q7PARK', 'Q7AIRTRAIN', 'Q7LTPARKING', 'Q7RENTAL'];

describe('the SFO 2018 survey', () => {
  it('NETPRO (header "NETPRO  ") as outcome with 11 as blank, ratings with 0 and 6 as not applicable, weighted', async () => {
    const mapping = mappingOf(SFO_RATINGS, { ratingNa: ['0', '6'], outcome: 'NETPRO', outcomeNa: ['11'], weight: 'WEIGHT' });
    const { browser, cli, survey } = await both(SFO_2018, mapping);
    expect(survey.columns.some((c) => c.name === 'NETPRO  ')).toBe(true);
    expect(browser.inferred).toEqual([1, 5]);
    expect(browser.result).toEqual(cli);
    expect(browser.result!.respondents).toBe(2809);
    expect(browser.result!.touchpoints.every((t) => t.r !== null && t.r > 0)).toBe(true);
  });

  it('Q7ALL as outcome with BLANK as its not-applicable code, and a trip-purpose segment', async () => {
    const mapping = mappingOf(SFO_RATINGS, { ratingNa: ['0', '6'], outcome: 'Q7ALL', outcomeNa: ['BLANK', 'Blank'], weight: 'WEIGHT', segments: ['Q2PURP1'] });
    const { browser, cli } = await both(SFO_2018, mapping, { Q2PURP1: ['1'] });
    expect(browser.result).toEqual(cli);
    expect(browser.result!.report.nonNumeric).toEqual([]);
    expect(browser.result!.report.withoutOutcome).toBeGreaterThan(0);
  });

  it('without the outcome code, BLANK is a cell that is not a number, named with its column and row', async () => {
    const mapping = mappingOf(['Q7ART'], { ratingNa: ['0', '6'], outcome: 'Q7ALL' });
    const { survey } = await read(SFO_2018);
    const [blank] = computeFigures(survey, mapping).result!.report.nonNumeric;
    expect(blank).toMatchObject({ column: 'Q7ALL', values: [{ value: 'BLANK' }] });
    expect(blank!.values[0]!.firstRow).toBeGreaterThan(0);
  });
});
