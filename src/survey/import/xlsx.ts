// Excel workbooks (.xlsx): read by a small library behind this interface (README: the package we
// recommend), then coded by the same ColumnarBuilder as a CSV file. Until a reader is set, a
// workbook gets the clear "save it as CSV UTF-8" message instead of being read as binary.
import { ColumnarBuilder, type ParsedSurvey } from './columnar-builder.ts';
import { SurveyFileError } from './file-error.ts';

export type XlsxCell = string | number | boolean | Date | null | undefined;
/** Reads the first sheet of a workbook as rows of cells. */
export type XlsxReader = (file: Blob) => Promise<readonly (readonly XlsxCell[])[]>;

let current: XlsxReader | null = null;

/** Sets (or, with null, removes) the reader the import uses for workbooks. */
export function setXlsxReader(reader: XlsxReader | null): void {
  current = reader;
}

export function xlsxReader(): XlsxReader | null {
  return current;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A workbook by its name, or a ZIP container by its first bytes (an .xlsx is one). */
export function looksLikeXlsx(name: string, head: Uint8Array): boolean {
  return /\.xls[xm]$/i.test(name) || ZIP.every((b, i) => head[i] === b);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a CSV export would hold: numbers as JavaScript writes them, dates as ISO dates. */
export function cellText(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  const time = cell.getUTCHours() + cell.getUTCMinutes() + cell.getUTCSeconds();
  return time === 0 ? date : `${date} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`;
}

/** Reads a workbook through `reader` into the columnar form; SurveyFileError when it cannot. */
export async function importXlsx(file: Blob, reader: XlsxReader | null): Promise<ParsedSurvey> {
  if (reader === null) throw new SurveyFileError('xlsx-unavailable');
  let rows: readonly (readonly XlsxCell[])[];
  try {
    rows = await reader(file);
  } catch (err) {
    throw new SurveyFileError('xlsx-unreadable', { reason: err instanceof Error ? err.message : String(err) });
  }
  const builder = new ColumnarBuilder();
  for (const row of rows) builder.add(row.map(cellText));
  return builder.finish();
}
