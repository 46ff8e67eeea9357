// Errors in a survey file or its mapping, worded for the person who made the file.

export type SurveyErrorKind = 'unknown-column' | 'bad-mapping' | 'non-numeric' | 'out-of-scale';

export class SurveyInputError extends Error {
  constructor(
    readonly kind: SurveyErrorKind,
    message: string,
    /** 1-based data row (the header row is not counted), when the error is in a cell. */
    readonly row: number | null = null,
    /** Header name (trimmed), when the error is about a column. */
    readonly column: string | null = null,
  ) {
    super(message);
    this.name = 'SurveyInputError';
  }
}

/** "data row 4 (row 5 of the file, counting the header)": both ways a user may count. */
export function describeRow(row: number): string {
  return `data row ${row} (row ${row + 1} of the file, counting the header)`;
}

export function nonNumericCell(row: number, column: string, cell: string): SurveyInputError {
  return new SurveyInputError(
    'non-numeric',
    `${describeRow(row)}, column "${column}": ${JSON.stringify(cell)} is neither a number nor a declared not-applicable code`,
    row,
    column,
  );
}

export function outsideScale(row: number | null, column: string, value: number, lo: number, hi: number): SurveyInputError {
  const where = row === null ? `column "${column}"` : `${describeRow(row)}, column "${column}"`;
  return new SurveyInputError('out-of-scale', `${where}: ${value} is outside the scale ${lo}…${hi}`, row, column);
}
