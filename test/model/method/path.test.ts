import { describe, expect, it } from 'vitest';
import { UnknownPathError, UnknownTouchpointError } from '../../../src/model/method/errors.ts';
import { defaultPath, followLinks, resolvePath } from '../../../src/model/method/path.ts';
import type { Link } from '../../../src/model/types.ts';
import { journey, tp } from './builders.ts';

const stages = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
];
const ids = (list: { id: string }[]) => list.map((t) => t.id);
const link = (from: string, to: string, id = `${from}-${to}`): Link => ({ id, from, to });

describe('default path (METHOD.md §5)', () => {
  it('orders by stage order first, whatever x says', () => {
    const j = journey([tp('late', { stageId: 'b', x: 0 }), tp('early', { stageId: 'a', x: 900 })], { stages });
    expect(ids(defaultPath(j))).toEqual(['early', 'late']);
  });

  it('follows the order of the stages array, not stage ids or names', () => {
    const j = journey([tp('inA', { stageId: 'a' }), tp('inB', { stageId: 'b' })], { stages: [...stages].reverse() });
    expect(ids(defaultPath(j))).toEqual(['inB', 'inA']);
  });

  it('orders by x within a stage, then by y, then by document order', () => {
    const j = journey(
      [
        tp('right', { stageId: 'a', x: 200, y: 0 }),
        tp('low', { stageId: 'a', x: 0, y: 100 }),
        tp('top', { stageId: 'a', x: 0, y: -50 }),
        tp('same1', { stageId: 'a', x: 100, y: 10 }),
        tp('same2', { stageId: 'a', x: 100, y: 10 }),
      ],
      { stages },
    );
    expect(ids(defaultPath(j))).toEqual(['top', 'low', 'same1', 'same2', 'right']);
  });

  it('puts touchpoints with no stage or an unknown stage after every stage', () => {
    const j = journey(
      [
        tp('none', { x: -1000 }),
        tp('nullStage', { stageId: null, x: -500 }),
        tp('ghost', { stageId: 'zzz', x: -700 }),
        tp('inB', { stageId: 'b', x: 50 }),
        tp('inA', { stageId: 'a', x: 99 }),
      ],
      { stages },
    );
    expect(ids(defaultPath(j))).toEqual(['inA', 'inB', 'none', 'ghost', 'nullStage']);
  });

  it('orders by position alone when the journey has no stages', () => {
    const j = journey([tp('c', { x: 3 }), tp('a', { x: 1 }), tp('b', { x: 2 })]);
    expect(ids(defaultPath(j))).toEqual(['a', 'b', 'c']);
  });

  it('is empty for a journey without touchpoints and does not change the journey', () => {
    expect(defaultPath(journey([]))).toEqual([]);
    const j = journey([tp('b', { x: 2 }), tp('a', { x: 1 })]);
    defaultPath(j);
    expect(ids(j.touchpoints)).toEqual(['b', 'a']);
  });
});

describe('resolvePath', () => {
  const j = journey([tp('t1', { x: 0 }), tp('t2', { x: 1 }), tp('t3', { x: 2 })], {
    paths: [
      { id: 'p1', name: 'Back and forth', touchpointIds: ['t3', 't1'] },
      { id: 'stale', name: 'Stale', touchpointIds: ['t2', 'gone', 't2', 't1'] },
    ],
  });

  it('gives the default path without an id', () => {
    expect(ids(resolvePath(j))).toEqual(['t1', 't2', 't3']);
  });

  it('gives a named path in its own order', () => {
    expect(ids(resolvePath(j, 'p1'))).toEqual(['t3', 't1']);
  });

  it('skips ids of deleted touchpoints and counts a repeated touchpoint once', () => {
    expect(ids(resolvePath(j, 'stale'))).toEqual(['t2', 't1']);
  });

  it('throws a typed error naming an unknown path id', () => {
    expect(() => resolvePath(j, 'p9')).toThrow(UnknownPathError);
    expect(() => resolvePath(j, 'p9')).toThrow('unknown path "p9"');
    expect(() => resolvePath(journey([]), 'p1')).toThrow(UnknownPathError);
    let caught: unknown;
    try {
      resolvePath(j, 'p9');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UnknownPathError);
    expect((caught as UnknownPathError).pathId).toBe('p9');
  });
});

describe('followLinks', () => {
  const touchpoints = ['a', 'b', 'c', 'd', 'e'].map((id) => tp(id));

  it('follows a chain to its end', () => {
    const j = journey(touchpoints, { links: [link('c', 'd'), link('a', 'b'), link('b', 'c')] });
    expect(followLinks(j, 'a')).toEqual(['a', 'b', 'c', 'd']);
    expect(followLinks(j, 'c')).toEqual(['c', 'd']);
    expect(followLinks(j, 'e')).toEqual(['e']);
  });

  it('takes the first link in document order at a branch', () => {
    const j = journey(touchpoints, { links: [link('a', 'c'), link('a', 'b'), link('b', 'e'), link('c', 'd')] });
    expect(followLinks(j, 'a')).toEqual(['a', 'c', 'd']);
  });

  it('stops before a touchpoint is visited twice', () => {
    const j = journey(touchpoints, { links: [link('a', 'b'), link('b', 'c'), link('c', 'a')] });
    expect(followLinks(j, 'a')).toEqual(['a', 'b', 'c']);
    expect(followLinks(j, 'b')).toEqual(['b', 'c', 'a']);
    const self = journey(touchpoints, { links: [link('a', 'a'), link('a', 'b')] });
    expect(followLinks(self, 'a')).toEqual(['a']);
  });

  it('ignores links to touchpoints that do not exist', () => {
    const j = journey(touchpoints, { links: [link('a', 'gone'), link('a', 'b')] });
    expect(followLinks(j, 'a')).toEqual(['a', 'b']);
  });

  it('throws a typed error naming an unknown start', () => {
    expect(() => followLinks(journey(touchpoints), 'zz')).toThrow(UnknownTouchpointError);
    expect(() => followLinks(journey(touchpoints), 'zz')).toThrow('unknown touchpoint "zz"');
  });
});
