// Memoised texts. After an edit every chart titles all its marks again; most titles did not change,
// and formatting numbers (Intl) and filling messages costs more than a map lookup. Keys include the
// active locale, so a change of language never shows a stale text. Each cache is bounded.

import { locale } from '../../i18n/index.ts';
import { BoundedCache } from './bounded-cache.ts';

const LIMIT = 5000;

export class TextCache {
  private readonly cache = new BoundedCache<string, string>(LIMIT);

  get(key: string, make: () => string): string {
    return this.cache.get(`${locale()}\u0000${key}`, make);
  }
}

/** A key from parts (names may hold any character but U+0000). */
export function keyOf(...parts: (string | number | null | undefined)[]): string {
  return parts.map((p) => (p === null || p === undefined ? '\u0001' : String(p))).join('\u0000');
}
