// Wording shared by the survey views: errors, problems, labels of targets.
import { t, type MessageKey } from '../../i18n/index.ts';
import type { SurveyFileErrorData } from '../import/file-error.ts';
import type { FiguresProblem } from '../state/figures.ts';

export function fileErrorText(error: SurveyFileErrorData): string {
  return t(`survey.error.${error.kind}` as MessageKey, error.vars);
}

export function problemText(problem: FiguresProblem): string {
  if (problem.kind !== 'input') return t(`survey.problem.${problem.kind}` as MessageKey);
  return t(`survey.problem.${problem.error}` as MessageKey, { column: problem.column ?? '' });
}

export function targetLabel(touchpointName: string, momentName: string | null): string {
  return momentName === null ? touchpointName : t('survey.map.momentLabel', { touchpoint: touchpointName, moment: momentName });
}

/** "0, N/A , x" → ["0", "N/A", "x"]. */
export function parseCodes(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
