// "Import survey": a file input styled as a button (the label is its name, so the keyboard and
// assistive technology reach it as any input).
import { t } from '../../i18n/index.ts';

export function ImportButton({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  return (
    <label className={`survey-file-button${disabled ? ' disabled' : ''}`} title={t('survey.importHint')}>
      {t('survey.import')}
      <input type="file" className="visually-hidden" disabled={disabled}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }} />
    </label>
  );
}
