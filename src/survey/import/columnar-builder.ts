// Rows of a survey file in, the compact columnar form out (src/model/survey/columnar.ts): per column
// a dictionary of distinct trimmed cell texts and a code per row, Uint16 until a column has more
// than 65,536 distinct texts, then Uint32. Row arrays are dropped as soon as they are coded.
//
// Damage it repairs: a short row reads its missing cells as blank, extra cells that are all blank
// (a trailing delimiter) are dropped. Damage it refuses, with one SurveyFileError: no rows at all,
// a first row that is no header (only numbers or blanks), a header without data rows, and more than
// RAGGED_LIMIT of the rows with a field count other than the header's.
import { parseNumber, type CodeArray, type ColumnarSurvey, type ImportStats } from '../../model/survey/index.ts';
import { SurveyFileError } from './file-error.ts';

/** Rows with a field count other than the header's, beyond which the file is beyond repair. */
export const RAGGED_LIMIT = 0.1;
const FIRST_CAPACITY = 1024;

export interface ParsedSurvey {
  survey: ColumnarSurvey;
  stats: ImportStats;
}

const edgy = (code: number) => code <= 32 || code >= 127;
const needsTrim = (cell: string) => cell.length > 0 && (edgy(cell.charCodeAt(0)) || edgy(cell.charCodeAt(cell.length - 1)));
const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

class ColumnBuilder {
  readonly dict: string[] = [];
  codes: CodeArray = new Uint16Array(FIRST_CAPACITY);
  /** Raw and trimmed cell text → code. */
  private readonly index = new Map<string, number>();
  /** Codes of one-character ASCII cells (most rating cells), −1 until seen: no hashing for them. */
  private readonly ascii = new Int32Array(128).fill(-1);
  private lastCell = '';
  private lastCode = -1;

  constructor(readonly name: string) {}

  set(row: number, cell: string): void {
    let code: number;
    if (cell.length === 1 && cell.charCodeAt(0) < 128) {
      code = this.ascii[cell.charCodeAt(0)]!;
      if (code < 0) code = this.ascii[cell.charCodeAt(0)] = this.lookup(cell);
    } else if (cell === this.lastCell && this.lastCode >= 0) {
      code = this.lastCode;
    } else {
      code = this.lookup(cell);
      this.lastCell = cell;
      this.lastCode = code;
    }
    this.codes[row] = code;
  }

  private lookup(cell: string): number {
    let code = this.index.get(cell);
    if (code === undefined) {
      const trimmed = needsTrim(cell) ? cell.trim() : cell;
      code = this.index.get(trimmed);
      if (code === undefined) {
        code = this.dict.push(trimmed) - 1;
        this.index.set(trimmed, code);
        if (code === 0x10000) this.codes = Uint32Array.from(this.codes);
      }
      if (trimmed !== cell) this.index.set(cell, code);
    }
    return code;
  }

  grow(capacity: number): void {
    const next = this.codes instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
    next.set(this.codes);
    this.codes = next;
  }
}

export class ColumnarBuilder {
  private columns: ColumnBuilder[] | null = null;
  private rows = 0;
  private capacity = FIRST_CAPACITY;
  private blankLines = 0;
  /** Records after the header, blank lines included: the data-row number of the current one. */
  private seen = 0;
  private raggedRows = 0;
  private firstRaggedRow: number | null = null;
  /** Data-row numbers, kept only once a blank line has been skipped before a data row. */
  private rowNumbers: Uint32Array | null = null;

  get rowCount(): number { return this.rows; }
  get header(): readonly string[] | null { return this.columns?.map((c) => c.name) ?? null; }

  /** Takes one parsed record of the file: the header (the first that is not blank), then data rows. */
  add(cells: readonly string[]): void {
    if (this.columns !== null) this.seen++;
    if (isBlankRow(cells) && (cells.length <= 1 || this.columns === null)) {
      this.blankLines++;
      return;
    }
    if (this.columns === null) {
      this.setHeader(cells);
      return;
    }
    this.addRow(cells, this.columns, this.seen);
  }

  private setHeader(cells: readonly string[]): void {
    if (cells.every((cell) => cell.trim() === '' || parseNumber(cell) !== null)) {
      throw new SurveyFileError('no-header', { first: cells.slice(0, 4).join(', ') });
    }
    this.columns = cells.map((name) => new ColumnBuilder(name));
  }

  private addRow(cells: readonly string[], columns: ColumnBuilder[], fileRow: number): void {
    const width = columns.length;
    if (cells.length !== width && (cells.length < width || !isBlankRow(cells.slice(width)))) {
      this.raggedRows++;
      this.firstRaggedRow ??= fileRow;
    }
    const r = this.rows++;
    if (r === this.capacity) {
      this.capacity *= 2;
      for (const column of columns) column.grow(this.capacity);
      if (this.rowNumbers) this.rowNumbers = grown(this.rowNumbers, this.capacity);
    }
    for (let c = 0; c < width; c++) columns[c]!.set(r, cells[c] ?? '');
    if (this.rowNumbers === null && fileRow !== r + 1) {
      this.rowNumbers = new Uint32Array(this.capacity);
      for (let i = 0; i < r; i++) this.rowNumbers[i] = i + 1;
    }
    if (this.rowNumbers) this.rowNumbers[r] = fileRow;
  }

  /** The columnar survey, each array cut to the row count; throws SurveyFileError for a broken file. */
  finish(): ParsedSurvey {
    const { columns, rows } = this;
    if (columns === null) throw new SurveyFileError('empty');
    if (rows === 0) throw new SurveyFileError('no-rows', { columns: columns.length });
    if (this.raggedRows > RAGGED_LIMIT * rows) {
      throw new SurveyFileError('ragged', { ragged: this.raggedRows, rows, columns: columns.length, row: this.firstRaggedRow ?? 0 });
    }
    const survey: ColumnarSurvey = {
      rowCount: rows,
      columns: columns.map((c) => ({ name: c.name, dict: c.dict, codes: c.codes.slice(0, rows) })),
    };
    if (this.rowNumbers) survey.rowNumbers = this.rowNumbers.slice(0, rows);
    return {
      survey,
      stats: { rows, blankLines: this.blankLines, raggedRows: this.raggedRows, firstRaggedRow: this.firstRaggedRow },
    };
  }
}

function grown(array: Uint32Array, capacity: number): Uint32Array {
  const next = new Uint32Array(capacity);
  next.set(array);
  return next;
}
