// A few recent results of a pure computation, found again by comparing their inputs element by
// element (with Object.is). After an edit most of a chart's geometry depends on inputs that did not
// change (the plot box, the names under the axis, the brand curve when an emotion changed): the
// result is then the very object of the previous call, so that the components drawing it skip their
// work on an identity check (React.memo) instead of comparing or re-rendering it.

export class Recent<R> {
  private readonly entries: { key: readonly unknown[]; value: R }[] = [];

  constructor(private readonly size = 4) {}

  /** The result for `key` (a list of inputs), made by `make` when no recent call had the same key. */
  get(key: readonly unknown[], make: () => R): R {
    for (let i = 0; i < this.entries.length; i += 1) {
      const entry = this.entries[i] as { key: readonly unknown[]; value: R };
      if (sameKey(entry.key, key)) {
        if (i > 0) {
          this.entries.splice(i, 1);
          this.entries.unshift(entry);
        }
        return entry.value;
      }
    }
    const value = make();
    this.entries.unshift({ key, value });
    if (this.entries.length > this.size) this.entries.pop();
    return value;
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}
