// Which source drives the charts: the workshop's scores or one survey (with its segment filters).
// It sets Session.source through the editor store (session state: restored on reload, never undone).
import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import type { SurveyMeta } from '../../storage/index.ts';
import { useEditor, useEditorStore } from '../../editor/store/use-editor.ts';
import { WORKSHOP } from '../state/use-survey-source.ts';

export function SourceSwitch({ surveys }: { surveys: readonly SurveyMeta[] }) {
  const id = useId();
  const store = useEditorStore();
  const source = useEditor().session.source;
  const current = surveys.some((s) => s.id === source) ? source : WORKSHOP;
  const options = [{ id: WORKSHOP, name: t('survey.view.workshop') }, ...surveys.map((s) => ({ id: s.id, name: s.name }))];
  return (
    <fieldset className="survey-source" aria-describedby={`${id}-hint`}>
      <legend>{t('survey.view.source')}</legend>
      {options.map((option) => (
        <label key={option.id} className="check">
          <input type="radio" name={`${id}-source`} value={option.id} checked={current === option.id}
            onChange={() => store.setSession({ source: option.id })} />
          {option.name}
        </label>
      ))}
      <p className="field-hint" id={`${id}-hint`}>{t('survey.view.sourceHint')}</p>
    </fieldset>
  );
}
