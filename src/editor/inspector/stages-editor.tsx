import { COMMANDS } from '../../model/commands/registry.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';

/** Rename, reorder, add and delete stages (stage order is the order of the columns). */
export function StagesEditor() {
  const store = useEditorStore();
  const { history } = useEditor();
  const stages = history.journey.stages;
  return (
    <>
      <ol className="moment-list">
        {stages.map((s, i) => (
          <li key={s.id} className="moment" style={{ gridTemplateColumns: '1fr auto' }}>
            <div className="field">
              <label htmlFor={`st-${s.id}`}>{t('stages.name', { n: i + 1 })}</label>
              <input id={`st-${s.id}`} value={s.name}
                onChange={(e) => store.execute(COMMANDS.renameStage, { id: s.id, name: e.target.value }, { mergeKey: `stage:${s.id}:name` })} />
            </div>
            <div className="moment-actions">
              <button type="button" aria-label={t('stages.left', { name: s.name })} disabled={i === 0}
                onClick={() => store.execute(COMMANDS.moveStage, { id: s.id, toIndex: i - 1 })}>←</button>
              <button type="button" aria-label={t('stages.right', { name: s.name })} disabled={i === stages.length - 1}
                onClick={() => store.execute(COMMANDS.moveStage, { id: s.id, toIndex: i + 1 })}>→</button>
              <button type="button" className="danger" aria-label={t('stages.delete', { name: s.name })}
                onClick={() => store.execute(COMMANDS.deleteStage, { id: s.id })}>✕</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => store.execute(COMMANDS.addStage, { name: t('stage.newName', { n: stages.length + 1 }) })}>
        {t('action.addStage')}
      </button>
    </>
  );
}
