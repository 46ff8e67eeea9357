// A survey held column by column (the browser's compact form, built once when the file is read):
// per column a dictionary of its distinct trimmed cell texts and one code per row, never row
// objects. Aggregating it feeds the very same SurveyAggregator the command line feeds from a CSV
// stream, one row at a time through one reused array, so every figure follows one code path.
import { SurveyAggregator } from './aggregator.ts';
import type { SurveyMapping } from './mapping.ts';

export type CodeArray = Uint16Array | Uint32Array;

export interface SurveyColumn {
  /** The header name as in the file (untrimmed: the aggregator trims it when resolving). */
  name: string;
  /** Distinct cell texts, trimmed; `codes` index into it. */
  dict: string[];
  /** One code per data row. */
  codes: CodeArray;
}

export interface ColumnarSurvey {
  rowCount: number;
  columns: SurveyColumn[];
  /**
   * The 1-based data-row number (header not counted, blank lines counted) of each kept row, when
   * blank lines were skipped before a data row; absent when row i is data row i + 1.
   */
  rowNumbers?: Uint32Array;
}

/** How the file's rows became the columnar form (the import report's first lines). */
export interface ImportStats {
  /** Data rows kept (blank lines not counted). */
  rows: number;
  blankLines: number;
  /** Rows whose field count differs from the header's (repaired: missing cells blank, blank extras dropped). */
  raggedRows: number;
  /** Data-row number of the first of them. */
  firstRaggedRow: number | null;
}

/** The data-row number of row `index` (0-based), as the import report and errors name it. */
export function rowNumberOf(survey: ColumnarSurvey, index: number): number {
  return survey.rowNumbers ? survey.rowNumbers[index]! : index + 1;
}

/** Column indices a mapping reads (ratings, brands, weight, outcome, segments), each once. */
function usedColumns(aggregator: SurveyAggregator): number[] {
  const c = aggregator.columns;
  const all = [...c.ratings, ...c.brands, c.weight, c.outcome, ...c.segments.map((s) => s.index)];
  return [...new Set(all.filter((index) => index >= 0))];
}

/**
 * Streams every row of the columnar survey into a new SurveyAggregator and returns it: call
 * `result(scale?)` for the figures and `ranges()` for the inferred scale. Throws what the
 * aggregator throws (SurveyInputError: unknown column, bad mapping, non-numeric cell in strict mode).
 */
export function aggregateColumnar(survey: ColumnarSurvey, mapping: SurveyMapping): SurveyAggregator {
  const header = survey.columns.map((column) => column.name);
  const aggregator = new SurveyAggregator(header, mapping);
  const used = usedColumns(aggregator);
  const dicts = used.map((index) => survey.columns[index]!.dict);
  const codes = used.map((index) => survey.columns[index]!.codes);
  const row: string[] = header.map(() => '');
  for (let r = 0; r < survey.rowCount; r++) {
    for (let k = 0; k < used.length; k++) row[used[k]!] = dicts[k]![codes[k]![r]!]!;
    aggregator.add(row, rowNumberOf(survey, r));
  }
  return aggregator;
}

/** How many rows hold each distinct value of a column (indexed like its dictionary). */
export function valueCounts(column: SurveyColumn, rowCount: number): Uint32Array {
  const counts = new Uint32Array(column.dict.length);
  const { codes } = column;
  for (let r = 0; r < rowCount; r++) counts[codes[r]!]!++;
  return counts;
}
