// A select of the file's columns (by trimmed name), with "(none)".
import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import type { ColumnProfile } from '../model/column-profile.ts';

export interface ColumnSelectProps {
  label: string;
  /** Shown as the visible label, or only to assistive technology. */
  hideLabel?: boolean;
  value: string | null;
  columns: readonly ColumnProfile[];
  onChange: (column: string | null) => void;
  disabled?: boolean;
}

export function ColumnSelect({ label, hideLabel, value, columns, onChange, disabled }: ColumnSelectProps) {
  const id = useId();
  return (
    <div className={hideLabel ? undefined : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{t('survey.map.none')}</option>
        {columns.map((c) => <option key={c.index} value={c.name}>{c.name}</option>)}
      </select>
    </div>
  );
}
