// Journeys for the storage tests, and a fresh database name per test.
import type { Journey, Touchpoint } from '../../src/model/types.ts';

let counter = 0;
export const uniqueDbName = (label = 'test'): string => `cx-storage-${label}-${process.pid}-${++counter}`;

export function touchpoint(i: number, stageId = 's1'): Touchpoint {
  return { id: `t${i}`, name: `Touchpoint ${i}`, stageId, x: i * 10, y: 0, importance: (i % 5) + 1, emotion: (i % 11) - 5 };
}

/** A journey with `count` touchpoints in three stages, a link chain and one path. */
export function bigJourney(count: number, id = 'big'): Journey {
  const touchpoints = Array.from({ length: count }, (_, i) => touchpoint(i, `s${(i % 3) + 1}`));
  return {
    id,
    name: `Journey of ${count}`,
    brandValues: ['trust'],
    stages: [{ id: 's1', name: 'Before' }, { id: 's2', name: 'During' }, { id: 's3', name: 'After' }],
    touchpoints,
    links: touchpoints.slice(1).map((t, i) => ({ id: `l${i}`, from: `t${i}`, to: t.id })),
    paths: [{ id: 'p1', name: 'Main', touchpointIds: touchpoints.slice(0, 10).map((t) => t.id) }],
  };
}

/** Every kind of field, unknown ones at every level, and journey fields named like the record's own. */
export function richJourney(id = 'rich'): Journey {
  return {
    id,
    name: 'Louis Vuitton multi-channel',
    brandValues: ['trustworthy', 'quality'],
    settings: { brandedThreshold: 30, ipaCut: 'midpoint' },
    rev: 'a field of the file, not the store',
    updatedAt: '2024-05-01',
    fields: { nested: [1, { deep: true }] },
    survey: { sources: [{ name: 'Q1.csv', respondents: 8 }] },
    stages: [
      { id: 's2', name: 'Purchase', colour: '#123456' },
      { id: 's1', name: 'Anticipation' },
    ],
    touchpoints: [
      { id: 't5', name: 'Retail store', stageId: 's2', x: 400, y: 0, importance: 5,
        moments: [{ id: 'm1', name: 'Store facade & decor', emotion: 3, brand: 4, photo: 'facade.jpg' }],
        notes: { happened: 'queue', why: 'staff', action: 'hire' } },
      { id: 't1', name: 'Advertising', stageId: 's1', channel: 'Media', x: 0, y: 0, importance: 4,
        emotion: 4, brand: null, order: 99, journeyId: 'not-this-one', data: 'kept as is' },
      { id: 't2', name: '<b>not markup</b>', stageId: null, x: -1.5, y: 2e9, importance: 1 },
    ],
    links: [{ id: 'l1', from: 't1', to: 't5', label: '', weight: 2 }],
    paths: [{ id: 'p1', name: 'In-store buyer', touchpointIds: ['t1', 't5'], colour: 'red' }],
  };
}
