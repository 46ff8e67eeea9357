// Errors in a survey file or its mapping, worded for the person who made the file. The words are keys
// of ../messages.ts; `.message` is their English (the CLI prints it).

import { MessageError, formatMessage, message, type MessageRef, type MessageVars, type ModelMessageKey } from '../messages.ts';

export type SurveyErrorKind = 'unknown-column' | 'bad-mapping' | 'non-numeric' | 'out-of-scale';

export class SurveyInputError extends MessageError<ModelMessageKey> {
  constructor(
    readonly kind: SurveyErrorKind,
    key: ModelMessageKey,
    vars: MessageVars = {},
    /** 1-based data row (the header row is not counted), when the error is in a cell. */
    readonly row: number | null = null,
    /** Header name (trimmed), when the error is about a column. */
    readonly column: string | null = null,
  ) {
    super(key, vars, formatMessage(key, vars));
    this.name = 'SurveyInputError';
  }
}

/** "data row 4 (row 5 of the file, counting the header)": both ways a user may count. */
export const rowMessage = (row: number): MessageRef<ModelMessageKey> => message('model.survey.row', { row, fileRow: row + 1 });

export function describeRow(row: number): string {
  const ref = rowMessage(row);
  return formatMessage(ref.key, ref.vars);
}

export function nonNumericCell(row: number, column: string, cell: string): SurveyInputError {
  return new SurveyInputError('non-numeric', 'model.survey.nonNumeric', { row: rowMessage(row), column, cell: JSON.stringify(cell) }, row, column);
}

export function outsideScale(row: number | null, column: string, value: number, lo: number, hi: number): SurveyInputError {
  return row === null
    ? new SurveyInputError('out-of-scale', 'model.survey.outside', { column, value, lo, hi }, row, column)
    : new SurveyInputError('out-of-scale', 'model.survey.outsideAt', { row: rowMessage(row), column, value, lo, hi }, row, column);
}
