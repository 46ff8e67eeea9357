import { describe, expect, it } from 'vitest';
import { addStage, addTouchpoint, randomIds, runCommand, sequentialIds, type IdGenerator } from '../../../src/model/commands/index.ts';
import { sample } from './helpers.ts';

describe('ids', () => {
  it('sequential ids count per kind', () => {
    const next = sequentialIds();
    expect([next('touchpoint'), next('touchpoint'), next('stage'), next('link'), next('moment'), next('path')]).toEqual(['t1', 't2', 's1', 'l1', 'm1', 'p1']);
  });
  it('random ids have the kind prefix and differ', () => {
    const next = randomIds();
    const ids = new Set(Array.from({ length: 200 }, () => next('stage')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^s-[0-9a-z]{10}$/);
  });
  it('a command never receives an id the journey already uses', () => {
    const replay: IdGenerator = (() => {
      const queue = ['t1', 't3', '', 't9'];
      return () => queue.shift() ?? 'exhausted';
    })();
    expect(runCommand(sample(), addTouchpoint, { name: 'x', x: 0, y: 0 }, replay).result).toBe('t9');
  });
  it('gives up on a generator that only repeats used ids', () => {
    expect(() => runCommand(sample(), addStage, { name: 'x' }, () => 's1')).toThrow('the id generator gave no unused stage id');
  });
});
