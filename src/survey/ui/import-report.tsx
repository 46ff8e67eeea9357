// The import report (METHOD.md §6): rows read, rows left out and why, and the cells that are not
// numbers, each with a button that declares its value not applicable (the figures follow at once).
import { formatNumber, t } from '../../i18n/index.ts';
import type { ImportStats, NonNumericColumn, SurveyReport } from '../../model/survey/index.ts';

export interface ImportReportProps {
  stats: ImportStats;
  report: SurveyReport | null;
  weightColumn: string | null;
  /** Declares a value not applicable in its column (ratings or outcome). */
  onDeclare?: (column: string, value: string) => void;
}

const n = (value: number) => formatNumber(value, 0);

export function ImportReport({ stats, report, weightColumn, onDeclare }: ImportReportProps) {
  const lines: string[] = [t('survey.report.rows', { rows: n(stats.rows) })];
  if (stats.blankLines > 0) lines.push(t('survey.report.blank', { count: n(stats.blankLines) }));
  if (stats.raggedRows > 0) lines.push(t('survey.report.ragged', { count: n(stats.raggedRows), row: n(stats.firstRaggedRow ?? 0) }));
  if (report) {
    lines.push(t('survey.report.respondents', { count: n(report.respondents) }));
    const { leftOut } = report;
    if (leftOut.segment > 0) lines.push(t('survey.report.leftSegment', { count: n(leftOut.segment) }));
    if (leftOut.missingWeight > 0) lines.push(t('survey.report.leftMissingWeight', { count: n(leftOut.missingWeight) }));
    if (leftOut.zeroWeight > 0) lines.push(t('survey.report.leftZeroWeight', { count: n(leftOut.zeroWeight) }));
    if (leftOut.negativeWeight > 0) lines.push(t('survey.report.leftNegativeWeight', { count: n(leftOut.negativeWeight) }));
    if (report.withoutOutcome > 0) lines.push(t('survey.report.withoutOutcome', { count: n(report.withoutOutcome) }));
  }
  const nonNumeric = report?.nonNumeric ?? [];
  return (
    <section className="survey-report" aria-label={t('survey.report.title')}>
      <h3>{t('survey.report.title')}</h3>
      <ul>{lines.map((line) => <li key={line}>{line}</li>)}</ul>
      {nonNumeric.length > 0 && (
        <div className="survey-non-numeric" role="alert">
          <h4>{t('survey.report.nonNumeric')}</h4>
          <ul>
            {nonNumeric.flatMap((column) => cells(column, column.column === weightColumn, onDeclare))}
          </ul>
        </div>
      )}
    </section>
  );
}

function cells(column: NonNumericColumn, isWeight: boolean, onDeclare: ImportReportProps['onDeclare']) {
  return column.values.map((v) => (
    <li key={`${column.column}\u0000${v.value}`}>
      {t('survey.report.nonNumericCell', { column: column.column, value: v.value, count: n(v.count), row: n(v.firstRow), fileRow: n(v.firstRow + 1) })}{' '}
      {isWeight ? <span className="field-hint">{t('survey.report.weightText')}</span>
        : onDeclare && <button type="button" onClick={() => onDeclare(column.column, v.value)}>{t('survey.report.declare', { value: v.value })}</button>}
    </li>
  ));
}
