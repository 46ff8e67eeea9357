// Reading one cell of a survey file: trimmed text, not-applicable codes, strict decimal numbers.
//
// A reader turns a cell into one number, so the hot loop allocates nothing:
//   a finite number   the value
//   NaN (MISSING)     not applicable: blank, `N/A`, `NA`, a declared code, or no cell at all
//   NOT_NUMERIC       text that is neither a number nor a declared code (the caller decides: error
//                     or count). Infinity can serve as this mark because parseNumber refuses
//                     non-finite numbers ("Infinity", "1e999").

/** Always not applicable, in every column (METHOD.md §6). */
export const ALWAYS_NA: readonly string[] = ['', 'N/A', 'NA'];

export const MISSING = Number.NaN;
export const NOT_NUMERIC = Number.POSITIVE_INFINITY;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A strictly numeric text such as "18.0", " 4 ", "-1.5e3" as a finite number; otherwise null ("4a", "", "0x10", "Infinity"). */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** Turns a cell into a number as described at the top of this file. */
export interface CellReader {
  read(cell: string | undefined): number;
}

/** Distinct cell texts remembered per reader; past this the reader still works, it only stops caching. */
const CACHE_LIMIT = 4096;

/**
 * Numeric cells with not-applicable codes. A code that is a number matches by value ("0" also
 * matches "0.0" and " 0"); any other code matches the trimmed text exactly (case matters).
 * Repeated texts (survey codes, weights) are classified once and cached; single digits, the
 * commonest rating cells, take a table lookup.
 */
export class NumericCellReader implements CellReader {
  private readonly naText = new Set<string>(ALWAYS_NA);
  private readonly naValues = new Set<number>();
  private readonly digits = new Float64Array(10);
  private readonly cache = new Map<string, number>();

  constructor(extraCodes: readonly string[] = []) {
    for (const code of extraCodes) {
      const text = code.trim();
      const value = parseNumber(text);
      if (value === null) this.naText.add(text);
      else this.naValues.add(value);
    }
    for (let d = 0; d < 10; d++) this.digits[d] = this.naValues.has(d) ? MISSING : d;
  }

  read(cell: string | undefined): number {
    if (cell === undefined) return MISSING;
    if (cell.length === 1) {
      const d = cell.charCodeAt(0) - 48;
      if (d >= 0 && d <= 9) return this.digits[d]!;
    }
    let value = this.cache.get(cell);
    if (value === undefined) {
      value = this.classify(cell);
      if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, value);
    }
    return value;
  }

  private classify(cell: string): number {
    const text = cell.trim();
    if (this.naText.has(text)) return MISSING;
    const value = parseNumber(text);
    if (value === null) return NOT_NUMERIC;
    return this.naValues.has(value) ? MISSING : value;
  }
}

/**
 * A category outcome mapped to 1 or 0 (METHOD.md §6). Categories are matched trimmed, case
 * sensitive; an unmapped category, blank, `N/A`, `NA` and the declared codes are missing. Never
 * NOT_NUMERIC: any text is a category.
 */
export class CategoryCellReader implements CellReader {
  private readonly map = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  constructor(categories: Readonly<Record<string, 0 | 1>>, extraCodes: readonly string[] = []) {
    for (const [category, value] of Object.entries(categories)) this.map.set(category.trim(), value);
    for (const code of [...ALWAYS_NA, ...extraCodes]) this.map.delete(code.trim());
  }

  read(cell: string | undefined): number {
    if (cell === undefined) return MISSING;
    let value = this.cache.get(cell);
    if (value === undefined) {
      value = this.map.get(cell.trim()) ?? MISSING;
      if (this.cache.size < CACHE_LIMIT) this.cache.set(cell, value);
    }
    return value;
  }
}
