import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/charts/shared/bounded-cache.ts';

describe('the charts\' bounded cache', () => {
  it('makes a value once per key, and forgets everything when it is full', () => {
    const made: string[] = [];
    const cache = new BoundedCache<string, string>(2);
    const make = (k: string) => { made.push(k); return k.toUpperCase(); };
    expect(cache.get('a', make)).toBe('A');
    expect(cache.get('a', make)).toBe('A');
    expect(cache.get('b', make)).toBe('B');
    expect(made).toEqual(['a', 'b']);
    // Full: adding 'c' clears the map, so 'a' is made again afterwards.
    expect(cache.get('c', make)).toBe('C');
    expect(cache.get('c', make)).toBe('C');
    expect(cache.get('a', make)).toBe('A');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
