// What the parse worker and the page say to each other (structured clone; code arrays transferred).
import type { ParsedSurvey } from './columnar-builder.ts';
import type { SurveyFileErrorData } from './file-error.ts';
import type { ParseProgress } from './parse-file.ts';

export interface ParseRequest {
  file: File;
}

export type WorkerMessage =
  | ({ type: 'progress' } & ParseProgress)
  | { type: 'done'; parsed: ParsedSurvey }
  | { type: 'error'; error: SurveyFileErrorData };

/** The buffers to move rather than copy: every column's codes, and the row numbers. */
export function transferables(parsed: ParsedSurvey): ArrayBuffer[] {
  const buffers = parsed.survey.columns.map((column) => column.codes.buffer as ArrayBuffer);
  if (parsed.survey.rowNumbers) buffers.push(parsed.survey.rowNumbers.buffer as ArrayBuffer);
  return buffers;
}
