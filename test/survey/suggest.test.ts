// The suggested mapping: column names matched to touchpoint and moment names (case, spaces and
// punctuation ignored, shared words), brand columns, outcome and its categories, weight, segments.
import { describe, expect, it } from 'vitest';
import { louisVuitton } from '../../src/model/templates/index.ts';
import type { Journey } from '../../src/model/types.ts';
import { importCsvText } from '../../src/survey/import/csv-import.ts';
import { profileColumns } from '../../src/survey/model/column-profile.ts';
import { categoryGuess, nameScore, suggestMapping } from '../../src/survey/model/suggest.ts';
import { FIXTURE } from './helpers.ts';
import { readFileSync } from 'node:fs';

const journey = louisVuitton();
const idOf = (name: string, j: Journey = journey) => j.touchpoints.find((tp) => tp.name === name)!.id;

function suggest(text: string, j: Journey = journey) {
  const { survey } = importCsvText(text);
  return suggestMapping(j, profileColumns(survey), survey.rowCount);
}

describe('name matching', () => {
  it.each([
    ['Checkin service', 'Check-in', 0.8],
    ['  WEBSITE ', 'Website', 1],
    ['Call center', 'call-center', 1],
    ['Store visit', 'Retail store', 0.5],
    ['Baggage handling', 'Website', 0],
    ['Seat comfort', 'Seats', 0.8],
    ['Inflight wifi service', 'Wifi on board', 1 / 3],
  ])('"%s" ↔ "%s" scores %d', (a, b, score) => {
    expect(nameScore(a, b)).toBeCloseTo(score, 10);
  });
});

describe('suggestMapping', () => {
  it('maps survey-small.csv onto the Louis Vuitton journey', () => {
    const mapping = suggest(readFileSync(FIXTURE, 'utf8'));
    expect(mapping.targets).toEqual([
      { touchpointId: idOf('Website'), momentId: null, rating: 'Website', brand: null },
      { touchpointId: idOf('Retail store'), momentId: null, rating: 'Store visit', brand: null },
      { touchpointId: idOf('Call center'), momentId: null, rating: 'Call center', brand: null },
    ]);
    expect(mapping).toMatchObject({ outcome: 'overall', outcomeMap: null, weight: 'weight', scale: null, ratingNa: [], outcomeNa: [] });
    // "segment" splits respondents; "respondent" (one answer per row) does not.
    expect(mapping.segments).toEqual(['segment']);
  });

  it('matches airline columns to check-in and boarding touchpoints, a brand column, and a category outcome', () => {
    const airline: Journey = {
      id: 'air', name: 'Flight', brandValues: [], stages: [], links: [],
      touchpoints: ['Online booking', 'Check-in', 'Boarding'].map((name, i) => ({ id: `t${i}`, name, x: i, y: 0, importance: 3 })),
    };
    const rows = Array.from({ length: 12 }, (_, i) => `${i % 5 + 1},${i % 4 + 1},${(i + 1) % 5 + 1},${i % 3},${i % 2 ? 'satisfied' : 'neutral or dissatisfied'},${i % 2 ? 'Eco' : 'Business'}`);
    const mapping = suggest(`Ease of Online booking,Checkin service,Online boarding,Checkin brand,satisfaction,Class\n${rows.join('\n')}\n`, airline);
    expect(mapping.targets).toEqual([
      { touchpointId: 't0', momentId: null, rating: 'Ease of Online booking', brand: null },
      { touchpointId: 't1', momentId: null, rating: 'Checkin service', brand: 'Checkin brand' },
      { touchpointId: 't2', momentId: null, rating: 'Online boarding', brand: null },
    ]);
    expect(mapping.outcome).toBe('satisfaction');
    expect(mapping.outcomeMap).toEqual({ 'neutral or dissatisfied': 0, satisfied: 1 });
    expect(mapping.segments).toEqual(['Class']);
    expect(mapping.weight).toBeNull();
  });

  it('can suggest a moment, and never gives one column to two targets', () => {
    const mapping = suggest('Price,Service,Product\n1,2,3\n2,3,4\n');
    const store = journey.touchpoints.find((tp) => tp.name === 'Retail store')!;
    const product = journey.touchpoints.find((tp) => tp.name === 'Product')!;
    expect(mapping.targets).toEqual([
      { touchpointId: store.id, momentId: store.moments![2]!.id, rating: 'Price', brand: null },
      { touchpointId: store.id, momentId: store.moments![3]!.id, rating: 'Service', brand: null },
      { touchpointId: product.id, momentId: null, rating: 'Product', brand: null },
    ]);
  });

  it('guesses outcome categories by their words, and leaves unknown ones unmapped', () => {
    expect(categoryGuess('Satisfied')).toBe(1);
    expect(categoryGuess('not satisfied')).toBe(0);
    expect(categoryGuess('neutral or dissatisfied')).toBe(0);
    expect(categoryGuess('Yes')).toBe(1);
    expect(categoryGuess('maybe')).toBeUndefined();
  });
});
