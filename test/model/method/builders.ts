// Small builders for test journeys: only what a test cares about has to be written.

import type { Journey, Moment, Touchpoint } from '../../../src/model/types.ts';

export function tp(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return { id, name: id, x: 0, y: 0, importance: 3, ...fields };
}

export function scored(id: string, emotion: number | null, brand: number | null, importance = 3, fields: Partial<Touchpoint> = {}): Touchpoint {
  return tp(id, { emotion, brand, importance, ...fields });
}

export function moments(...pairs: [number | null, number | null][]): Moment[] {
  return pairs.map(([emotion, brand], i) => ({ id: `m${i + 1}`, name: `moment ${i + 1}`, emotion, brand }));
}

export function journey(touchpoints: Touchpoint[], fields: Partial<Journey> = {}): Journey {
  return { id: 'j', name: 'test', brandValues: [], stages: [], touchpoints, links: [], ...fields };
}
