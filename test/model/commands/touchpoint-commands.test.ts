import { describe, expect, it } from 'vitest';
import {
  addTouchpoint,
  deleteSelection,
  moveTouchpoints,
  setImportances,
  updateTouchpoint,
} from '../../../src/model/commands/index.ts';
import { after, catchCommandError, expectRefusal, run, sample } from './helpers.ts';

const MINUS = '\u2212';

describe('addTouchpoint', () => {
  it('adds a touchpoint with a fresh id, FORMAT.md key order and the default importance', () => {
    const { journey, result } = run(sample(), addTouchpoint, { name: 'Kiosk', x: 10, y: 20, stageId: 's2', brand: 2 });
    expect(result).toBe('t5');
    const added = journey.touchpoints.at(-1)!;
    expect(added).toEqual({ id: 't5', name: 'Kiosk', stageId: 's2', x: 10, y: 20, importance: 3, brand: 2 });
    expect(Object.keys(added)).toEqual(['id', 'name', 'stageId', 'x', 'y', 'importance', 'brand']);
  });
  it.each<[string, object, string, string]>([
    ['emotion 6', { emotion: 6 }, `Emotion must be between ${MINUS}5 and 5`, 'out-of-range'],
    ['brand −5.5', { brand: -5.5 }, `Brand must be between ${MINUS}5 and 5`, 'out-of-range'],
    ['importance 0', { importance: 0 }, 'Importance must be between 1 and 5', 'out-of-range'],
    ['importance NaN', { importance: Number.NaN }, 'Importance must be between 1 and 5', 'out-of-range'],
    ['x Infinity', { x: Number.POSITIVE_INFINITY }, 'Position must be a finite number', 'invalid'],
    ['an unknown stage', { stageId: 's9' }, 'No stage "s9"', 'not-found'],
    ['no name', { name: undefined }, 'Name must be text', 'invalid'],
  ])('refuses %s', (_name, change, message, code) => {
    expectRefusal(sample(), addTouchpoint, { name: 'Kiosk', x: 0, y: 0, ...change }, message, code as never);
  });
  it('names the field in the error', () => {
    expect(catchCommandError(() => run(sample(), addTouchpoint, { name: 'K', x: 0, y: 0, emotion: -9 })).field).toBe('emotion');
  });
});

describe('updateTouchpoint', () => {
  it('sets fields, clears a score with null, removes a field with undefined, keeps unknown fields', () => {
    const journey = after(sample(), updateTouchpoint, {
      id: 't1',
      patch: { name: 'TV ads', emotion: null, brand: undefined, colour: '#fff', notes: { why: 'reach' } },
    });
    expect(journey.touchpoints[0]).toEqual({ id: 't1', name: 'TV ads', stageId: 's1', x: 0, y: 0, importance: 4, emotion: null, colour: '#fff', notes: { why: 'reach' } });
    expect(journey.touchpoints[0]).not.toHaveProperty('brand');
  });
  it('changes only that touchpoint: every other record keeps its reference', () => {
    const before = sample();
    const next = after(before, updateTouchpoint, { id: 't2', patch: { importance: 5 } });
    expect(next.touchpoints[1]).not.toBe(before.touchpoints[1]);
    [0, 2, 3].forEach((i) => expect(next.touchpoints[i]).toBe(before.touchpoints[i]));
    expect(next.stages).toBe(before.stages);
    expect(next.links).toBe(before.links);
    expect(next.paths).toBe(before.paths);
  });
  it('copies objects in, so the caller keeps a mutable object', () => {
    const notes = { why: 'reach' };
    const next = after(sample(), updateTouchpoint, { id: 't1', patch: { notes } });
    notes.why = 'changed';
    expect(next.touchpoints[0]!.notes).toEqual({ why: 'reach' });
    expect(Object.isFrozen(notes)).toBe(false);
  });
  it.each<[string, object, string, string]>([
    ['importance 6', { importance: 6 }, 'Importance must be between 1 and 5', 'out-of-range'],
    ['emotion −6', { emotion: -6 }, `Emotion must be between ${MINUS}5 and 5`, 'out-of-range'],
    ['a removed importance', { importance: undefined }, 'Importance must be between 1 and 5', 'out-of-range'],
    ['a removed name', { name: undefined }, 'Name must be text', 'invalid'],
    ['a new id', { id: 't9' }, '"id" cannot be changed this way', 'invalid'],
    ['moments', { moments: [] }, '"moments" cannot be changed this way', 'invalid'],
    ['an unknown stage', { stageId: 's9' }, 'No stage "s9"', 'not-found'],
    ['notes that are not text', { notes: { why: 3 } }, 'Notes must be text', 'invalid'],
    ['a prototype key', JSON.parse('{"__proto__": {"x": 1}}') as object, '"__proto__" cannot be a field name', 'invalid'],
  ])('refuses %s', (_name, patch, message, code) => {
    expectRefusal(sample(), updateTouchpoint, { id: 't1', patch }, message, code as never);
  });
  it('refuses an unknown id', () => {
    expectRefusal(sample(), updateTouchpoint, { id: 't9', patch: { name: 'x' } }, 'No touchpoint "t9"', 'not-found');
  });
  it('makes no change (the same journey) when nothing differs', () => {
    const before = sample();
    expect(run(before, updateTouchpoint, { id: 't1', patch: { name: 'Advertising' } }).journey).toBe(before);
  });
});

describe('moveTouchpoints', () => {
  it('moves several touchpoints in one command', () => {
    const journey = after(sample(), moveTouchpoints, [{ id: 't1', x: 5, y: 6 }, { id: 't4', x: -7.5, y: 8 }]);
    expect(journey.touchpoints.map((t) => [t.x, t.y])).toEqual([[5, 6], [200, 0], [400, 0], [-7.5, 8]]);
  });
  it('moves a touchpoint into the stage of the column it was dropped in, or out of every stage', () => {
    const journey = after(sample(), moveTouchpoints, [{ id: 't1', x: 420, y: 0, stageId: 's2' }]);
    expect(journey.touchpoints[0]).toMatchObject({ id: 't1', x: 420, y: 0, stageId: 's2' });
    const none = after(journey, moveTouchpoints, [{ id: 't1', x: 900, y: 0, stageId: null }]);
    expect(none.touchpoints[0]!.stageId).toBeUndefined();
    expectRefusal(sample(), moveTouchpoints, [{ id: 't1', x: 5, y: 6, stageId: 's9' }], 'No stage "s9"', 'not-found');
  });
  it('moves none when one position is refused', () => {
    expectRefusal(sample(), moveTouchpoints, [{ id: 't1', x: 5, y: 6 }, { id: 't2', x: Number.NaN, y: 0 }], 'Position must be a finite number', 'invalid');
    expectRefusal(sample(), moveTouchpoints, [{ id: 't1', x: 5, y: 6 }, { id: 'nope', x: 0, y: 0 }], 'No touchpoint "nope"', 'not-found');
  });
});

describe('setImportances', () => {
  it('sets many importances at once', () => {
    const journey = after(sample(), setImportances, { t1: 1, t3: 2.5, t4: 5 });
    expect(journey.touchpoints.map((t) => t.importance)).toEqual([1, 2, 2.5, 5]);
  });
  it('sets none when one is out of range or unknown', () => {
    expectRefusal(sample(), setImportances, { t1: 2, t2: 5.5 }, 'Importance must be between 1 and 5', 'out-of-range');
    expectRefusal(sample(), setImportances, { t1: 2, t7: 3 }, 'No touchpoint "t7"', 'not-found');
  });
});

describe('deleteSelection', () => {
  it('removes touchpoints, the links that touch them, and their place in paths', () => {
    const journey = after(sample(), deleteSelection, { touchpoints: ['t1', 't2'] });
    expect(journey.touchpoints.map((t) => t.id)).toEqual(['t3', 't4']);
    expect(journey.links).toEqual([]);
    expect(journey.paths).toEqual([{ id: 'p1', name: 'Store buyer', touchpointIds: ['t3'] }]);
  });
  it('removes selected links alone', () => {
    const before = sample();
    const journey = after(before, deleteSelection, { links: ['l2'] });
    expect(journey.links.map((l) => l.id)).toEqual(['l1']);
    expect(journey.touchpoints).toBe(before.touchpoints);
  });
  it('ignores ids that name nothing: no change at all', () => {
    const before = sample();
    expect(run(before, deleteSelection, { touchpoints: ['gone'], links: ['gone'] }).journey).toBe(before);
  });
});
