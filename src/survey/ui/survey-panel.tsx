// The Survey view of the bottom panel: import (worker, progress, cancel) → mapping → stored; the
// journey's surveys (waves), which one the panel shows, and which source drives the charts.
import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../../editor/store/use-editor.ts';
import { prewarmSurveyWorker } from '../import/importer.ts';
import { useImportFlow } from '../state/use-import-flow.ts';
import { useLibrarySnapshot, useSurveyLibrary } from '../state/use-survey-library.ts';
import { ImportButton } from './import-button.tsx';
import { MappingStep } from './mapping-step.tsx';
import { ReadingProgress } from './reading-progress.tsx';
import { SourceSwitch } from './source-switch.tsx';
import { SurveyView } from './survey-view.tsx';
import { fileErrorText } from './texts.ts';
import '../survey.css';

export interface SurveyPanelProps {
  journeyId: string;
}

export function SurveyPanel({ journeyId }: SurveyPanelProps) {
  const id = useId();
  const library = useSurveyLibrary();
  const snapshot = useLibrarySnapshot(library);
  const { history, session } = useEditor();
  const journey = history.journey;
  const { flow, start, cancel, edit, save, dismiss } = useImportFlow(journey, library);
  const [shownId, setShownId] = useState<string | null>(null);
  useEffect(() => { void library.list(journeyId); }, [library, journeyId]);
  useEffect(() => { prewarmSurveyWorker(); }, []);

  const surveys = snapshot.journeyId === journeyId ? snapshot.surveys : [];
  const shown = surveys.find((s) => s.id === shownId) ?? surveys.find((s) => s.id === session.source) ?? surveys.at(-1) ?? null;

  return (
    <section className="survey-panel" aria-labelledby={`${id}-title`}>
      <header className="survey-head">
        <h2 id={`${id}-title`}>{t('survey.title')}</h2>
        {surveys.length > 1 && flow.kind !== 'mapping' && (
          <div className="survey-pick">
            <label htmlFor={`${id}-pick`}>{t('survey.view.survey')}</label>
            <select id={`${id}-pick`} value={shown?.id ?? ''} onChange={(e) => setShownId(e.target.value)}>
              {surveys.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </div>
        )}
        <span className="spacer" />
        <ImportButton disabled={flow.kind === 'reading'} onFile={start} />
      </header>
      {snapshot.failure && <div className="notice error" role="alert">{t('survey.storageFailed', { reason: snapshot.failure })}</div>}
      {flow.kind === 'reading' && <ReadingProgress fileName={flow.fileName} progress={flow.progress} onCancel={cancel} />}
      {flow.kind === 'failed' && (
        <div className="notice error" role="alert">
          {t('survey.failed')} {fileErrorText(flow.error)}{' '}
          <button type="button" onClick={dismiss}>{t('survey.dismiss')}</button>
        </div>
      )}
      {flow.kind === 'idle' && flow.notice === 'cancelled' && <div className="notice" role="status">{t('survey.cancelled')}</div>}
      {flow.kind === 'mapping' ? (
        <MappingStep key={flow.draft.editing?.id ?? flow.draft.fileName} journey={journey} draft={flow.draft} onCancel={dismiss}
          onSave={(mapping, name) => { void save(flow.draft, mapping, name).then((saved) => { if (saved) setShownId(saved); }); }} />
      ) : (
        <>
          {surveys.length > 0 && <SourceSwitch surveys={surveys} />}
          {shown ? <SurveyView library={library} meta={shown} onEdit={(surveyId) => { void edit(surveyId); }} />
            : snapshot.listed && flow.kind !== 'reading' && <p className="survey-none">{t('survey.none')}</p>}
          {!snapshot.listed && <p role="status">{t('survey.loading')}</p>}
        </>
      )}
    </section>
  );
}
