// One stored survey beside the workshop: its segment filters, the comparison table, "Use derived
// importance" (one undo step), the perception-gap chart; edit its mapping or delete it.
import { useEffect, useId, useMemo, useState } from 'react';
import { formatNumber, t } from '../../i18n/index.ts';
import { COMMANDS } from '../../model/commands/registry.ts';
import type { SurveyMeta } from '../../storage/index.ts';
import { useEditor, useEditorStore } from '../../editor/store/use-editor.ts';
import { derivedImportances } from '../model/apply-source.ts';
import { comparisonRows } from '../model/compare.ts';
import type { SurveyLibrary } from '../state/survey-library.ts';
import { useLibrarySnapshot } from '../state/use-survey-library.ts';
import { WORKSHOP } from '../state/use-survey-source.ts';
import { ComparisonTable } from './comparison-table.tsx';
import { DumbbellChart } from './dumbbell-chart.tsx';
import { ImportReport } from './import-report.tsx';
import { SegmentFiltersView } from './segment-filters.tsx';
import { problemText } from './texts.ts';

export interface SurveyViewProps {
  library: SurveyLibrary;
  meta: SurveyMeta;
  onEdit: (id: string) => void;
}

export function SurveyView({ library, meta, onEdit }: SurveyViewProps) {
  const id = useId();
  const store = useEditorStore();
  const { history, session } = useEditor();
  const journey = history.journey;
  const opened = useLibrarySnapshot(library).opened.get(meta.id);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => { void library.open(meta.id); }, [library, meta.id]);
  useEffect(() => { setDone(null); setConfirming(false); }, [meta.id]);
  const result = opened?.figures.result ?? null;
  const mapping = opened?.record.mapping ?? meta.mapping;
  const rows = useMemo(() => (result ? comparisonRows(journey, result.touchpoints, mapping) : []), [journey, result, mapping]);
  const importances = useMemo(() => (result ? derivedImportances(journey, result.touchpoints, mapping) : {}), [journey, result, mapping]);
  const importanceCount = Object.keys(importances).length;

  const applyImportance = () => {
    const outcome = store.execute(COMMANDS.setImportances, importances);
    setDone(outcome.ok ? t('survey.view.importanceDone', { count: importanceCount }) : outcome.message);
  };
  const remove = async () => {
    if (session.source === meta.id) store.setSession({ source: WORKSHOP });
    await library.remove(meta.id);
  };

  return (
    <div className="survey-view" aria-labelledby={`${id}-name`}>
      <div className="survey-view-head">
        <div>
          <h3 id={`${id}-name`}>{meta.name}</h3>
          <p className="field-hint">{t('survey.view.meta', { file: meta.fileName, rows: formatNumber(meta.rowCount, 0), date: new Date(meta.importedAt).toLocaleString() })}</p>
        </div>
        <button type="button" onClick={() => onEdit(meta.id)}>{t('survey.view.editMapping')}</button>
        {confirming ? (
          <span className="survey-confirm" role="group" aria-label={t('survey.view.confirmDelete', { name: meta.name })}>
            {t('survey.view.confirmDelete', { name: meta.name })}{' '}
            <button type="button" className="danger" onClick={() => { void remove(); }}>{t('survey.view.confirm')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('survey.view.keep')}</button>
          </span>
        ) : <button type="button" className="danger" onClick={() => setConfirming(true)}>{t('survey.view.delete')}</button>}
      </div>
      {!opened && <p role="status">{t('survey.view.loading')}</p>}
      {opened && (
        <div className="survey-view-body">
          <SegmentFiltersView survey={opened.record} columns={mapping.segments} filters={opened.record.filters}
            onChange={(filters) => { void library.setFilters(meta.id, filters); }} />
          {opened.figures.problem && <p className="field-error" role="alert">{t('survey.view.problem', { reason: problemText(opened.figures.problem) })}</p>}
          {result && (
            <>
              <p className="survey-respondents">{t('survey.view.respondents', { count: formatNumber(result.respondents, 0) })}</p>
              <ComparisonTable rows={rows} />
              {rows.length < mapping.targets.length && <p className="field-hint">{t('survey.view.gone', { count: mapping.targets.length - rows.length })}</p>}
              <div className="survey-actions">
                <button type="button" disabled={importanceCount === 0} onClick={applyImportance}
                  aria-describedby={`${id}-imp`}>{t('survey.view.useImportance')}</button>
                <span className="field-hint" id={`${id}-imp`}>
                  {importanceCount === 0 ? t('survey.view.importanceNone') : t('survey.view.useImportanceHint', { count: importanceCount })}
                </span>
                {done && <span role="status">{done}</span>}
              </div>
              <DumbbellChart rows={rows} />
            </>
          )}
          <ImportReport stats={opened.record.stats} report={result?.report ?? null} weightColumn={mapping.weight} />
        </div>
      )}
    </div>
  );
}
