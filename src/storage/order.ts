// Order keys for a list's records. Items that stay in order keep their key, so inserting, removing or
// moving one item rewrites that item alone, not every item after it.

/** Indices (into `values`) of a longest strictly increasing subsequence. O(n log n). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: index of the smallest tail of an increasing run of length k+1
  const before: number[] = new Array<number>(values.length);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    before[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) out.push(i);
  return out.reverse();
}

/** Keys for the items of a run between two kept keys (either may be absent). */
function fill(count: number, lo: number | undefined, hi: number | undefined): number[] {
  const keys: number[] = [];
  for (let j = 0; j < count; j++) {
    if (lo === undefined && hi === undefined) keys.push(j);
    else if (lo === undefined) keys.push(hi! - count + j);
    else if (hi === undefined) keys.push(lo + 1 + j);
    else keys.push(lo + ((hi - lo) * (j + 1)) / (count + 1));
  }
  return keys;
}

/**
 * Order keys for `ids` in this order, given the keys they had (`previous`). The most items possible keep
 * their key; the others get keys between their neighbours. When halving gaps runs out of precision the
 * whole list is renumbered 0…n-1 (rare: about fifty inserts at the same place).
 */
export function assignOrders(ids: readonly string[], previous: ReadonlyMap<string, number>): Map<string, number> {
  const known: number[] = []; // positions in `ids` of items with a previous key
  ids.forEach((id, i) => {
    if (previous.has(id)) known.push(i);
  });
  const kept = new Set(longestIncreasing(known.map((i) => previous.get(ids[i]!)!)).map((k) => known[k]!));

  const keys: number[] = new Array<number>(ids.length);
  let lo: number | undefined;
  let runStart = 0;
  for (let i = 0; i <= ids.length; i++) {
    if (i < ids.length && !kept.has(i)) continue;
    const hi = i < ids.length ? previous.get(ids[i]!) : undefined;
    fill(i - runStart, lo, hi).forEach((key, j) => {
      keys[runStart + j] = key;
    });
    if (i < ids.length) {
      keys[i] = hi!;
      lo = hi;
    }
    runStart = i + 1;
  }

  const increasing = keys.every((key, i) => Number.isFinite(key) && (i === 0 || key > keys[i - 1]!));
  const result = new Map<string, number>();
  ids.forEach((id, i) => result.set(id, increasing ? keys[i]! : i));
  return result;
}
