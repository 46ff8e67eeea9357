// The charts' small caches (texts, widths, cuts, label rings, chunk ends): a map that forgets
// everything when it is full, so a long session with many journeys never grows it without bound.

export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value for `key`, made by `make(key)` the first time. Pass a module-level `make` on hot
   *  paths: a closure made per call costs an allocation even when the value is found. */
  get(key: K, make: (key: K) => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.map.size >= this.limit) this.map.clear();
      this.map.set(key, value);
    }
    return value;
  }
}
