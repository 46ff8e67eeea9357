// Moments of a touchpoint, and the journey's own fields.
import { describe, expect, it } from 'vitest';
import {
  addMoment,
  moveMoment,
  removeMoment,
  renameJourney,
  setBrandValues,
  setSettings,
  updateMoment,
} from '../../../src/model/commands/index.ts';
import { settingsOf } from '../../../src/model/types.ts';
import { after, expectRefusal, run, sample } from './helpers.ts';

const MINUS = '\u2212';

describe('moments', () => {
  it('adds a moment, creating the list of a touchpoint that had none', () => {
    const { journey, result } = run(sample(), addMoment, { touchpointId: 't1', name: 'Billboard', emotion: 2 });
    expect(result).toBe('m3');
    expect(journey.touchpoints[0]!.moments).toEqual([{ id: 'm3', name: 'Billboard', emotion: 2 }]);
  });
  it('inserts at an index, updates, moves and removes', () => {
    const added = after(sample(), addMoment, { touchpointId: 't3', name: 'Welcome', index: 0 });
    expect(added.touchpoints[2]!.moments!.map((m) => m.id)).toEqual(['m3', 'm1', 'm2']);
    const updated = after(sample(), updateMoment, { touchpointId: 't3', id: 'm2', patch: { emotion: null, brand: -5, photo: 'p.jpg' } });
    expect(updated.touchpoints[2]!.moments![1]).toEqual({ id: 'm2', name: 'Price', emotion: null, brand: -5, photo: 'p.jpg' });
    expect(after(sample(), moveMoment, { touchpointId: 't3', id: 'm2', toIndex: 0 }).touchpoints[2]!.moments!.map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(after(sample(), removeMoment, { touchpointId: 't3', id: 'm1' }).touchpoints[2]!.moments).toEqual([{ id: 'm2', name: 'Price', emotion: -3, brand: 3 }]);
  });
  it('refuses scores out of range, unknown moments and touchpoints', () => {
    expectRefusal(sample(), addMoment, { touchpointId: 't3', name: 'x', emotion: 7 }, `Emotion must be between ${MINUS}5 and 5`, 'out-of-range');
    expectRefusal(sample(), updateMoment, { touchpointId: 't3', id: 'm1', patch: { brand: 5.01 } }, `Brand must be between ${MINUS}5 and 5`, 'out-of-range');
    expectRefusal(sample(), updateMoment, { touchpointId: 't3', id: 'm1', patch: { id: 'm7' } }, '"id" cannot be changed this way', 'invalid');
    expectRefusal(sample(), removeMoment, { touchpointId: 't1', id: 'm1' }, 'No moment "m1"', 'not-found');
    expectRefusal(sample(), moveMoment, { touchpointId: 't3', id: 'm1', toIndex: 2 }, 'Index must be a whole number from 0 to 1', 'invalid');
    expectRefusal(sample(), addMoment, { touchpointId: 't9', name: 'x' }, 'No touchpoint "t9"', 'not-found');
  });
});

describe('journey fields', () => {
  it('renames the journey and sets its brand values', () => {
    expect(after(sample(), renameJourney, { name: 'LV' }).name).toBe('LV');
    expect(after(sample(), setBrandValues, { values: ['style', 'luxury'] }).brandValues).toEqual(['style', 'luxury']);
    expectRefusal(sample(), setBrandValues, { values: ['ok', 3 as unknown as string] }, 'A brand value must be text', 'invalid');
    expectRefusal(sample(), renameJourney, { name: undefined as unknown as string }, 'Name must be text', 'invalid');
  });
  it('sets settings, creating them when absent; undefined goes back to the default', () => {
    const set = after(sample(), setSettings, { brandedThreshold: 60, ipaCut: 'midpoint' });
    expect(set.settings).toEqual({ brandedThreshold: 60, ipaCut: 'midpoint' });
    const reset = after(set, setSettings, { brandedThreshold: undefined });
    expect(reset.settings).toEqual({ ipaCut: 'midpoint' });
    expect(settingsOf(reset)).toEqual({ brandedThreshold: 40, unbrandedThreshold: 0, ipaCut: 'midpoint' });
  });
  it('refuses thresholds off the CEI scale, unknown IPA cuts and unknown settings', () => {
    expectRefusal(sample(), setSettings, { brandedThreshold: 101 }, `Branded threshold must be between ${MINUS}100 and 100`, 'out-of-range');
    expectRefusal(sample(), setSettings, { unbrandedThreshold: Number.NaN }, `Un-branded threshold must be between ${MINUS}100 and 100`, 'out-of-range');
    expectRefusal(sample(), setSettings, { ipaCut: 'median' as 'mean' }, 'IPA cut must be "mean" or "midpoint"', 'invalid');
    expectRefusal(sample(), setSettings, { zoom: 2 } as never, '"zoom" is not a setting', 'invalid');
  });
});
