// Memoised texts. After an edit every chart titles all its marks again; most titles did not change,
// and formatting numbers (Intl) and filling messages costs more than a map lookup. Keys include the
// active locale, so a change of language never shows a stale text. Each cache is bounded.

import { locale } from '../../i18n/index.ts';

const LIMIT = 5000;

export class TextCache {
  private readonly map = new Map<string, string>();

  get(key: string, make: () => string): string {
    const full = `${locale()}\u0000${key}`;
    let text = this.map.get(full);
    if (text === undefined) {
      text = make();
      if (this.map.size >= LIMIT) this.map.clear();
      this.map.set(full, text);
    }
    return text;
  }
}

/** A key from parts (names may hold any character but U+0000). */
export function keyOf(...parts: (string | number | null | undefined)[]): string {
  return parts.map((p) => (p === null || p === undefined ? '\u0001' : String(p))).join('\u0000');
}
