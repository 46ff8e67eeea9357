// Workshop and survey side by side per mapped touchpoint or moment, with the perception gap.
import { formatNumber, t } from '../../i18n/index.ts';
import type { ComparisonRow } from '../model/compare.ts';
import { targetLabel } from './texts.ts';

const f1 = (value: number | null) => formatNumber(value, 1);
const f2 = (value: number | null) => formatNumber(value, 2);

export function ComparisonTable({ rows }: { rows: readonly ComparisonRow[] }) {
  return (
    <div className="survey-table-wrap">
      <table className="data survey-comparison">
        <caption>{t('survey.view.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.col.touchpoint')}</th>
            <th scope="col" className="text">{t('survey.col.column')}</th>
            <th scope="col">{t('survey.col.workshopE')}</th>
            <th scope="col">{t('survey.col.workshopB')}</th>
            <th scope="col">{t('survey.col.surveyE')}</th>
            <th scope="col">{t('survey.col.surveyCei')}</th>
            <th scope="col">{t('survey.col.surveyB')}</th>
            <th scope="col">{t('survey.col.n')}</th>
            <th scope="col">{t('survey.col.topBox')}</th>
            <th scope="col">{t('survey.col.r')}</th>
            <th scope="col">{t('survey.col.importance')}</th>
            <th scope="col" title={t('survey.col.gapTitle')}>{t('survey.col.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-target={row.key}>
              <th scope="row">{targetLabel(row.touchpointName, row.momentName)}</th>
              <td className="text">{row.column}</td>
              <td>{f1(row.workshopE)}</td>
              <td>{f1(row.workshopB)}</td>
              <td>{f2(row.surveyE)}</td>
              <td data-col="cei">{f1(row.surveyCei)}</td>
              <td>{f2(row.surveyB)}</td>
              <td>{formatNumber(row.n, 0)}</td>
              <td>{f1(row.topBox)}</td>
              <td>{f2(row.r)}</td>
              <td data-col="importance">{f1(row.derivedImportance)}</td>
              <td className={row.gap === null ? undefined : row.gap > 0 ? 'gap-over' : row.gap < 0 ? 'gap-under' : undefined}>{f1(row.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
