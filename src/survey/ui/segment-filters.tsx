// Segment filters: per segment column, a checkbox per value (OR within a column, AND across
// columns); the figures follow at once, from the stored columns.
import { useMemo } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import { valueCounts, type ColumnarSurvey, type SegmentFilters } from '../../model/survey/index.ts';

const MAX_VALUES = 50;

export interface SegmentFiltersProps {
  survey: ColumnarSurvey;
  columns: readonly string[];
  filters: SegmentFilters;
  onChange: (filters: SegmentFilters) => void;
}

export function SegmentFiltersView({ survey, columns, filters, onChange }: SegmentFiltersProps) {
  const groups = useMemo(() => columns.flatMap((name) => {
    const column = survey.columns.find((c) => c.name.trim() === name);
    if (!column) return [];
    const counts = valueCounts(column, survey.rowCount);
    const values = column.dict.map((value, code) => ({ value, count: counts[code]! }))
      .sort((a, b) => b.count - a.count).slice(0, MAX_VALUES);
    return [{ name, values }];
  }), [survey, columns]);
  if (groups.length === 0) return null;
  const toggle = (column: string, value: string, on: boolean) => {
    const kept = filters[column] ?? [];
    onChange({ ...filters, [column]: on ? [...kept, value] : kept.filter((v) => v !== value) });
  };
  return (
    <div className="survey-filters">
      <h4>{t('survey.view.filters')}</h4>
      <p className="field-hint">{t('survey.view.filtersHint')}</p>
      {groups.map((group) => (
        <fieldset key={group.name}>
          <legend>{group.name}</legend>
          {group.values.map(({ value, count }) => (
            <label key={value} className="check">
              <input type="checkbox" checked={(filters[group.name] ?? []).includes(value)}
                onChange={(e) => toggle(group.name, value, e.target.checked)} />
              {t('survey.view.filterValue', { value: value === '' ? t('survey.view.blankValue') : value, count: formatNumber(count, 0) })}
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
