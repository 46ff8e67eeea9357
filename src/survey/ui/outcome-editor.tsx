// The outcome column: numeric, or categories each mapped to 1, 0 or missing; its own NA codes.
import { useId } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import { ALWAYS_NA, type ColumnarSurvey, type JourneySurveyMapping } from '../../model/survey/index.ts';
import type { ColumnProfile } from '../model/column-profile.ts';
import { suggestOutcomeMap } from '../model/suggest.ts';
import { CodesField } from './codes-field.tsx';
import { ColumnSelect } from './column-select.tsx';

const MAX_CATEGORIES = 50;
const NA = new Set(ALWAYS_NA);

/** The answers of a column other than blank, N/A, NA, as the category list shows them. */
function categoriesOf(survey: ColumnarSurvey, name: string): string[] {
  const column = survey.columns.find((c) => c.name.trim() === name);
  return column ? column.dict.filter((v) => !NA.has(v)) : [];
}

export interface OutcomeEditorProps {
  survey: ColumnarSurvey;
  mapping: JourneySurveyMapping;
  columns: readonly ColumnProfile[];
  onChange: (patch: Partial<JourneySurveyMapping>) => void;
}

export function OutcomeEditor({ survey, mapping, columns, onChange }: OutcomeEditorProps) {
  const id = useId();
  const choose = (outcome: string | null) => {
    const profile = columns.find((c) => c.name === outcome);
    const categorical = profile !== undefined && !profile.mostlyNumeric && profile.distinct > 0;
    onChange({ outcome, outcomeMap: categorical ? suggestOutcomeMap(categoriesOf(survey, profile.name)) : null });
  };
  const categories = mapping.outcome !== null && mapping.outcomeMap !== null ? categoriesOf(survey, mapping.outcome) : [];
  const setCategory = (category: string, value: string) => {
    const next = { ...mapping.outcomeMap };
    if (value === '1' || value === '0') next[category] = value === '1' ? 1 : 0;
    else delete next[category];
    onChange({ outcomeMap: next });
  };
  return (
    <div className="survey-outcome">
      <ColumnSelect label={t('survey.map.outcome')} value={mapping.outcome} columns={columns} onChange={choose} />
      <p className="field-hint">{t('survey.map.outcomeHint')}</p>
      {categories.length > 0 && (
        <fieldset className="survey-categories">
          <legend>{t('survey.map.categories')}</legend>
          {categories.slice(0, MAX_CATEGORIES).map((category, i) => (
            <div className="survey-category" key={category}>
              <label htmlFor={`${id}-${i}`} title={t('survey.map.categoryFor', { category })}>{category}</label>
              <select id={`${id}-${i}`} aria-label={t('survey.map.categoryFor', { category })}
                value={String(mapping.outcomeMap?.[category] ?? '')} onChange={(e) => setCategory(category, e.target.value)}>
                <option value="1">{formatNumber(1, 0)}</option>
                <option value="0">{formatNumber(0, 0)}</option>
                <option value="">{t('survey.map.categoryMissing')}</option>
              </select>
            </div>
          ))}
          {categories.length > MAX_CATEGORIES && <p className="field-hint">{t('survey.map.moreCategories', { count: categories.length - MAX_CATEGORIES })}</p>}
        </fieldset>
      )}
      {mapping.outcome !== null && (
        <CodesField label={t('survey.map.outcomeNa')} codes={mapping.outcomeNa} onChange={(outcomeNa) => onChange({ outcomeNa })} />
      )}
    </div>
  );
}
