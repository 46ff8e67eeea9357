import { describe, expect, it, vi } from 'vitest';
import {
  addLink,
  addMoment,
  addTouchpoint,
  createHistory,
  deleteSelection,
  moveStage,
  renameJourney,
  sequentialIds,
  setImportances,
  updateTouchpoint,
} from '../../../src/model/commands/index.ts';
import { catchCommandError, sample } from './helpers.ts';

const history = (options = {}) => createHistory(sample(), { newIds: sequentialIds(), ...options });
const rename = (id: string, name: string) => ({ id, patch: { name } });

describe('execute, undo, redo', () => {
  it('undoes and redoes one step at a time, with labels', () => {
    const h = history();
    const original = h.journey;
    expect(h.execute(addTouchpoint, { name: 'Kiosk', x: 0, y: 0 })).toBe('t5');
    const withKiosk = h.journey;
    h.execute(renameJourney, { name: 'LV' });
    expect(h.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'cmd.renameJourney', redoLabel: null });
    expect(h.undo()).toBe(true);
    expect(h.journey).toEqual(withKiosk);
    expect(h.getSnapshot()).toMatchObject({ undoLabel: 'cmd.addTouchpoint', redoLabel: 'cmd.renameJourney' });
    expect(h.undo()).toBe(true);
    expect(h.journey).toEqual(original);
    expect(h.undo()).toBe(false);
    expect(h.redo()).toBe(true);
    expect(h.redo()).toBe(true);
    expect(h.journey.name).toBe('LV');
    expect(h.journey.touchpoints.at(-1)!.id).toBe('t5');
    expect(h.redo()).toBe(false);
  });
  it('a new edit after undo drops the steps that were undone', () => {
    const h = history();
    h.execute(renameJourney, { name: 'A' });
    h.undo();
    h.execute(renameJourney, { name: 'B' });
    expect(h.canRedo()).toBe(false);
    h.undo();
    expect(h.journey.name).toBe('Demo');
  });
  it('a bulk edit is one step', () => {
    const h = history();
    h.execute(setImportances, { t1: 1, t2: 1, t3: 1, t4: 1 });
    h.undo();
    expect(h.journey.touchpoints.map((t) => t.importance)).toEqual([4, 2, 5, 1]);
    expect(h.canUndo()).toBe(false);
  });
  it('a refused command leaves the same journey, no step, and tells no one', () => {
    const h = history();
    const listener = vi.fn();
    h.subscribe(listener);
    const before = h.journey;
    const snapshot = h.getSnapshot();
    const error = catchCommandError(() => h.execute(updateTouchpoint, { id: 't1', patch: { emotion: 9 } }));
    expect(error.message).toBe('Emotion must be between \u22125 and 5');
    expect(h.journey).toBe(before);
    expect(h.getSnapshot()).toBe(snapshot);
    expect(h.canUndo()).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });
  it('an edit that changes nothing is no step', () => {
    const h = history();
    h.execute(renameJourney, { name: 'Demo' });
    expect(h.canUndo()).toBe(false);
  });
  it('keeps at most `limit` steps, dropping the oldest', () => {
    const h = history({ limit: 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) h.execute(renameJourney, { name });
    while (h.undo());
    expect(h.journey.name).toBe('b');
  });
  it('keeps 500 steps by default', () => {
    const h = history();
    for (let i = 0; i < 502; i++) h.execute(renameJourney, { name: `n${i}` });
    let steps = 0;
    while (h.undo()) steps++;
    expect(steps).toBe(500);
    expect(h.journey.name).toBe('n1');
  });
});

describe('typing is squashed into one step', () => {
  it('merges edits with the same key into one undo step', () => {
    const h = history();
    for (const name of ['A', 'Ad', 'Ads']) h.execute(updateTouchpoint, rename('t1', name), { mergeKey: 'tp:t1:name' });
    expect(h.journey.touchpoints[0]!.name).toBe('Ads');
    h.undo();
    expect(h.journey.touchpoints[0]!.name).toBe('Advertising');
    expect(h.canUndo()).toBe(false);
    h.redo();
    expect(h.journey.touchpoints[0]!.name).toBe('Ads');
  });
  it('mark() ends a burst; so do another key, another command, undo', () => {
    const h = history();
    const type = (name: string, id = 't1') => h.execute(updateTouchpoint, rename(id, name), { mergeKey: `tp:${id}:name` });
    type('A');
    type('AB');
    h.mark();
    type('ABC');
    type('x', 't2');
    h.execute(renameJourney, { name: 'J' }, { mergeKey: 'tp:t2:name' });
    const names = () => [h.journey.touchpoints[0]!.name, h.journey.touchpoints[1]!.name, h.journey.name];
    expect(names()).toEqual(['ABC', 'x', 'J']);
    h.undo();
    expect(names()).toEqual(['ABC', 'x', 'Demo']);
    h.undo();
    expect(names()).toEqual(['ABC', 'Website', 'Demo']);
    h.undo();
    expect(names()).toEqual(['AB', 'Website', 'Demo']);
    type('ABZ');
    type('ABZZ');
    h.undo();
    expect(names()).toEqual(['AB', 'Website', 'Demo']);
    h.undo();
    expect(names()).toEqual(['Advertising', 'Website', 'Demo']);
    expect(h.canUndo()).toBe(false);
  });
  it('merges edits of different fields correctly (composed patches)', () => {
    const h = history();
    const key = { mergeKey: 'tp:t4' };
    h.execute(updateTouchpoint, { id: 't4', patch: { name: 'Phone' } }, key);
    h.execute(updateTouchpoint, { id: 't4', patch: { channel: 'Voice', emotion: null } }, key);
    h.execute(updateTouchpoint, { id: 't4', patch: { name: 'Hotline', channel: undefined } }, key);
    const final = h.journey;
    expect(final.touchpoints[3]).toEqual({ id: 't4', name: 'Hotline', x: 600, y: 0, importance: 1, emotion: null, brand: -1 });
    h.undo();
    expect(h.journey).toEqual(sample());
    expect(h.canUndo()).toBe(false);
    h.redo();
    expect(h.journey).toEqual(final);
  });
});

describe('subscribe and snapshots', () => {
  it('notifies on every change; the snapshot is stable between changes', () => {
    const h = history();
    const listener = vi.fn();
    const unsubscribe = h.subscribe(listener);
    const first = h.getSnapshot();
    expect(h.getSnapshot()).toBe(first);
    h.execute(renameJourney, { name: 'A' });
    const second = h.getSnapshot();
    expect(second).not.toBe(first);
    expect(second.journey).toBe(h.journey);
    h.undo();
    h.redo();
    h.mark();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    h.undo();
    expect(listener).toHaveBeenCalledTimes(3);
  });
  it('reset starts over with an empty history', () => {
    const h = history();
    h.execute(renameJourney, { name: 'A' });
    const other = { ...sample(), id: 'j2' };
    h.reset(other);
    expect(h.getSnapshot()).toEqual({ journey: other, canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, lastChange: null });
  });
});

describe('lastChange names what changed, by id', () => {
  const none = { upserted: [], removed: [], reordered: false };
  it('after an edit of one touchpoint', () => {
    const h = history();
    h.execute(updateTouchpoint, { id: 't2', patch: { emotion: 2 } });
    expect(h.lastChange).toEqual({ kind: 'execute', commandId: 'updateTouchpoint', label: 'cmd.updateTouchpoint',
      changes: { touchpoints: { upserted: ['t2'], removed: [], reordered: false }, stages: none, links: none, paths: none, journey: [] } });
  });
  it('after a delete and its undo (only the records that came back)', () => {
    const h = history();
    h.execute(deleteSelection, { touchpoints: ['t1'] });
    expect(h.lastChange!.changes).toEqual({
      touchpoints: { upserted: [], removed: ['t1'], reordered: false },
      stages: none,
      links: { upserted: [], removed: ['l1'], reordered: false },
      paths: { upserted: ['p1'], removed: [], reordered: false },
      journey: [],
    });
    h.undo();
    expect(h.lastChange).toMatchObject({ kind: 'undo', commandId: 'deleteSelection', changes: {
      touchpoints: { upserted: ['t1'], removed: [], reordered: false },
      links: { upserted: ['l1'], removed: [], reordered: false },
      paths: { upserted: ['p1'], removed: [], reordered: false },
    } });
  });
  it('after a reorder, a moment, a link and a journey field', () => {
    const h = history();
    h.execute(moveStage, { id: 's2', toIndex: 0 });
    expect(h.lastChange!.changes.stages).toEqual({ upserted: [], removed: [], reordered: true });
    h.execute(addMoment, { touchpointId: 't1', name: 'Seen' });
    expect(h.lastChange!.changes.touchpoints).toEqual({ upserted: ['t1'], removed: [], reordered: false });
    h.execute(addLink, { from: 't3', to: 't4' });
    expect(h.lastChange!.changes.links).toEqual({ upserted: ['l3'], removed: [], reordered: false });
    h.execute(renameJourney, { name: 'X' });
    expect(h.lastChange!.changes).toMatchObject({ journey: ['name'], touchpoints: none });
    h.redo();
    expect(h.lastChange!.kind).toBe('execute');
  });
});

describe('structural sharing through the history', () => {
  it('after updateTouchpoint only that touchpoint (and its containers) are new objects', () => {
    const h = history();
    const before = h.journey;
    h.execute(updateTouchpoint, { id: 't3', patch: { name: 'Flagship' } });
    const next = h.journey;
    expect(next).not.toBe(before);
    expect(next.touchpoints).not.toBe(before.touchpoints);
    expect(next.touchpoints[2]).not.toBe(before.touchpoints[2]);
    expect(next.touchpoints[2]!.moments).toBe(before.touchpoints[2]!.moments);
    [0, 1, 3].forEach((i) => expect(next.touchpoints[i]).toBe(before.touchpoints[i]));
    for (const key of ['stages', 'links', 'paths', 'brandValues'] as const) expect(next[key]).toBe(before[key]);
  });
});
