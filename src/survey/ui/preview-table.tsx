// The header and the first rows of the file, as the columnar form holds them.
import { formatNumber, t } from '../../i18n/index.ts';
import type { ColumnarSurvey } from '../../model/survey/index.ts';

const ROWS = 5;

export function PreviewTable({ survey }: { survey: ColumnarSurvey }) {
  const count = Math.min(ROWS, survey.rowCount);
  const rows = Array.from({ length: count }, (_, r) => survey.columns.map((c) => c.dict[c.codes[r]!] ?? ''));
  return (
    <div className="survey-preview">
      <table className="data">
        <caption>{t('survey.map.previewCaption', { count: formatNumber(count, 0), total: formatNumber(survey.rowCount, 0) })}</caption>
        <thead>
          <tr>{survey.columns.map((c, i) => <th key={i} scope="col">{c.name}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => <tr key={r}>{cells.map((cell, i) => <td key={i}>{cell}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}
