// The import report: what was kept, what was left out and why (METHOD.md §6).

export interface LeftOut {
  /** Rows whose segment columns do not match the filters. */
  segment: number;
  /** Rows kept by the filters whose weight is blank, `N/A`, `NA` (or non-numeric, when tolerated). */
  missingWeight: number;
  zeroWeight: number;
  negativeWeight: number;
}

export interface NonNumericValue {
  value: string;
  count: number;
  /** 1-based data row (header not counted) where it first appeared. */
  firstRow: number;
}

/** Non-numeric cells of one column, read as missing (`nonNumeric: 'missing'`), for the import to offer as codes. */
export interface NonNumericColumn {
  column: string;
  count: number;
  /** The first distinct values, at most MAX_DISTINCT of them. */
  values: NonNumericValue[];
}

export interface SurveyReport {
  /** Data rows read. */
  rows: number;
  /** Rows kept after segment filters and weight checks. */
  respondents: number;
  leftOut: LeftOut;
  /** Kept respondents with no outcome value (always all of them without an outcome column). */
  withoutOutcome: number;
  nonNumeric: NonNumericColumn[];
}

const MAX_DISTINCT = 20;

/** Counts non-numeric cells per column in O(columns × MAX_DISTINCT) memory. */
export class NonNumericTally {
  private readonly columns = new Map<string, NonNumericColumn>();

  add(column: string, value: string, row: number): void {
    let entry = this.columns.get(column);
    if (!entry) {
      entry = { column, count: 0, values: [] };
      this.columns.set(column, entry);
    }
    entry.count++;
    const known = entry.values.find((v) => v.value === value);
    if (known) known.count++;
    else if (entry.values.length < MAX_DISTINCT) entry.values.push({ value, count: 1, firstRow: row });
  }

  list(): NonNumericColumn[] {
    return [...this.columns.values()].map((c) => ({ ...c, values: c.values.map((v) => ({ ...v })) }));
  }
}
