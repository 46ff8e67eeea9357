// Why a file cannot be imported at all: one kind, a few values for its message. Built in the Web
// Worker and posted to the page as plain data, so the message is worded on the page (i18n).

export const SURVEY_FILE_ERROR_KINDS = [
  'empty', 'binary', 'not-utf8', 'no-header', 'no-rows', 'ragged', 'quotes',
  'xlsx-unavailable', 'xlsx-unreadable', 'unreadable', 'reader-stopped',
] as const;
export type SurveyFileErrorKind = typeof SURVEY_FILE_ERROR_KINDS[number];

export type SurveyFileErrorVars = Record<string, string | number>;

export interface SurveyFileErrorData {
  kind: SurveyFileErrorKind;
  vars: SurveyFileErrorVars;
}

export class SurveyFileError extends Error {
  constructor(readonly kind: SurveyFileErrorKind, readonly vars: SurveyFileErrorVars = {}) {
    super(`${kind} ${JSON.stringify(vars)}`);
    this.name = 'SurveyFileError';
  }

  toData(): SurveyFileErrorData {
    return { kind: this.kind, vars: this.vars };
  }
}

/** Any failure while reading as a SurveyFileError (an unexpected one as 'unreadable' with its text). */
export function asFileError(err: unknown): SurveyFileError {
  if (err instanceof SurveyFileError) return err;
  return new SurveyFileError('unreadable', { reason: err instanceof Error ? err.message : String(err) });
}
