// The file being read in the worker: rows so far, rows per second, the share of bytes, Cancel.
import { formatNumber, t } from '../../i18n/index.ts';
import type { ParseProgress } from '../import/parse-file.ts';

export function ReadingProgress({ fileName, progress, onCancel }: { fileName: string; progress: ParseProgress | null; onCancel: () => void }) {
  const rows = progress?.rows ?? 0;
  const seconds = (progress?.elapsedMs ?? 0) / 1000;
  const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
  return (
    <div className="survey-reading" role="status" aria-live="polite">
      <strong>{t('survey.reading', { file: fileName })}</strong>
      <progress aria-label={t('survey.progressAria')} max={progress?.totalBytes || 1} value={progress?.bytes ?? 0} />
      <span>{t('survey.progress', { rows: formatNumber(rows, 0), rate: formatNumber(rate, 0) })}</span>
      <button type="button" onClick={onCancel}>{t('survey.cancel')}</button>
    </div>
  );
}
