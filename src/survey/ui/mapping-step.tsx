// The mapping step: the file's first rows, the suggested mapping to edit, the inferred scale, and
// the import report, all computed live from the columnar survey; Import stores it (or, editing a
// stored survey, saves its mapping).
import { useId, useMemo, useState } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import type { JourneySurveyMapping } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';
import { findTarget } from '../model/targets.ts';
import { computeFigures } from '../state/figures.ts';
import type { ImportDraft } from '../state/use-import-flow.ts';
import { ColumnsEditor } from './columns-editor.tsx';
import { ImportReport } from './import-report.tsx';
import { OutcomeEditor } from './outcome-editor.tsx';
import { PreviewTable } from './preview-table.tsx';
import { TargetsEditor } from './targets-editor.tsx';
import { problemText } from './texts.ts';

export interface MappingStepProps {
  journey: Journey;
  draft: ImportDraft;
  onSave: (mapping: JourneySurveyMapping, name: string) => void;
  onCancel: () => void;
}

/** A saved mapping on this journey: targets of touchpoints or moments deleted since are dropped. */
const forJourney = (journey: Journey, mapping: JourneySurveyMapping): JourneySurveyMapping =>
  ({ ...mapping, targets: mapping.targets.filter((target) => findTarget(journey, target) !== null) });

export function MappingStep({ journey, draft, onSave, onCancel }: MappingStepProps) {
  const id = useId();
  const [mapping, setMapping] = useState(() => forJourney(journey, draft.mapping));
  const [name, setName] = useState(draft.name);
  const [reused, setReused] = useState(false);
  const survey = draft.parsed.survey;
  const figures = useMemo(() => computeFigures(survey, mapping), [survey, mapping]);
  const change = (patch: Partial<JourneySurveyMapping>) => setMapping((m) => ({ ...m, ...patch }));
  const declare = (column: string, value: string) => setMapping((m) => (column === m.outcome
    ? { ...m, outcomeNa: [...m.outcomeNa, value] }
    : { ...m, ratingNa: [...m.ratingNa, value] }));
  const nonNumeric = figures.result?.report.nonNumeric.length ?? 0;
  const blocked = figures.problem ? problemText(figures.problem) : nonNumeric > 0 ? t('survey.problem.non-numeric') : null;
  const title = draft.editing ? t('survey.map.editTitle', { name: draft.editing.name }) : t('survey.map.title', { file: draft.fileName });

  return (
    <section className="survey-mapping" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {draft.reuse && !reused && (
        <div className="notice survey-reuse">
          {t('survey.map.reuse', { name: draft.reuse.name })}{' '}
          <button type="button" onClick={() => { setMapping(forJourney(journey, draft.reuse!.mapping)); setReused(true); }}>
            {t('survey.map.reuseButton', { name: draft.reuse.name })}
          </button>
        </div>
      )}
      {draft.reuse && reused && <div className="notice" role="status">{t('survey.map.reused', { name: draft.reuse.name })}</div>}
      <div className="field survey-name">
        <label htmlFor={`${id}-name`}>{t('survey.map.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <h4>{t('survey.map.preview')}</h4>
      <PreviewTable survey={survey} />
      <div className="survey-mapping-grid">
        <div>
          <h4>{t('survey.map.targets')}</h4>
          <p className="field-hint">{t('survey.map.targetsHint')}</p>
          <TargetsEditor journey={journey} mapping={mapping} columns={draft.profiles} onChange={(targets) => change({ targets })} />
        </div>
        <div>
          <h4>{t('survey.map.columns')}</h4>
          <OutcomeEditor survey={survey} mapping={mapping} columns={draft.profiles} onChange={change} />
          <ColumnsEditor mapping={mapping} columns={draft.profiles} inferred={figures.inferred} onChange={change} />
        </div>
      </div>
      <ImportReport stats={draft.parsed.stats} report={figures.result?.report ?? null} weightColumn={mapping.weight} onDeclare={declare} />
      {blocked && <p className="field-error" role="alert">{t('survey.map.blocked', { reason: blocked })}</p>}
      <div className="survey-actions">
        <button type="button" className="primary" disabled={blocked !== null} onClick={() => onSave(mapping, name)}>
          {draft.editing ? t('survey.map.saveEdit') : t('survey.map.save', { rows: formatNumber(survey.rowCount, 0) })}
        </button>
        <button type="button" onClick={onCancel}>{t('survey.map.cancel')}</button>
      </div>
    </section>
  );
}
