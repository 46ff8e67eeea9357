// Order keys: document order kept with the fewest keys changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignOrders } from '../../src/storage/order.ts';

const keysOf = (ids: string[], previous: Map<string, number>) => {
  const keys = assignOrders(ids, previous);
  return ids.map((id) => keys.get(id)!);
};
const changed = (ids: string[], previous: Map<string, number>) => {
  const keys = assignOrders(ids, previous);
  return ids.filter((id) => previous.get(id) !== keys.get(id));
};
const increasing = (keys: number[]) => keys.every((k, i) => Number.isFinite(k) && (i === 0 || k > keys[i - 1]!));
const numbered = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

describe('assignOrders', () => {
  const abcde = ['a', 'b', 'c', 'd', 'e'];

  it('numbers a new list 0…n-1', () => {
    expect(keysOf(abcde, new Map())).toEqual([0, 1, 2, 3, 4]);
  });

  it('changes only the inserted, moved or new items', () => {
    const previous = numbered(abcde);
    expect(changed(['a', 'b', 'x', 'c', 'd', 'e'], previous)).toEqual(['x']);
    expect(keysOf(['x', 'a', 'b'], previous)).toEqual([-1, 0, 1]);
    expect(keysOf(['a', 'x', 'y', 'b'], previous)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(changed(['a', 'c', 'd', 'e'], previous)).toEqual([]);
    expect(changed(['a', 'd', 'b', 'c', 'e'], previous)).toEqual(['d']);
    expect(changed(['e', 'd', 'c', 'b', 'a'], previous)).toHaveLength(4);
    expect(changed([...abcde, 'z'], previous)).toEqual(['z']);
  });

  it('stays increasing through many inserts at one place, renumbering when precision runs out', () => {
    let ids = ['a', 'b'];
    let previous = new Map([['a', 1], ['b', 2]]); // between 1 and 2, halving runs out after ~52 inserts
    let renumbered = 0;
    for (let i = 0; i < 200; i++) {
      ids = ['a', `n${i}`, ...ids.slice(1)];
      const keys = assignOrders(ids, previous);
      const list = ids.map((id) => keys.get(id)!);
      expect(increasing(list)).toBe(true);
      if (list.every((k, j) => k === j)) renumbered++;
      previous = keys;
    }
    expect(renumbered).toBeGreaterThan(0);
    expect(renumbered).toBeLessThan(10);
  });

  it('gives increasing keys and keeps a longest run of items in order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
        (before, after) => {
          const previous = new Map(before.map((n, i) => [`i${n}`, i * 2]));
          const ids = after.map((n) => `i${n}`);
          expect(increasing(keysOf(ids, previous))).toBe(true);
          // Items kept, in the same relative order as before, keep their key.
          const kept = ids.filter((id) => previous.has(id));
          const sortedKept = [...kept].sort((x, y) => previous.get(x)! - previous.get(y)!);
          if (kept.every((id, i) => id === sortedKept[i])) expect(kept.filter((id) => changed(ids, previous).includes(id))).toEqual([]);
        },
      ),
    );
  });
});
