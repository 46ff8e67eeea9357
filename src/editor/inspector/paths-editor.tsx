// Paths: the ordered touchpoints the figures are for. Pick touchpoints in order (the selection keeps
// the order of clicks), or follow the links from a start touchpoint; choose which path drives the figures.
import { COMMANDS } from '../../model/commands/registry.ts';
import { followLinks } from '../../model/method/index.ts';
import { t } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';

export function PathsEditor() {
  const store = useEditorStore();
  const { history, session } = useEditor();
  const journey = history.journey;
  const paths = journey.paths ?? [];
  const names = new Map(journey.touchpoints.map((tp) => [tp.id, tp.name]));
  const start = session.selected[session.selected.length - 1];

  const create = (ids: readonly string[]) => {
    if (ids.length === 0) return;
    const out = store.execute(COMMANDS.addPath, { name: t('paths.newName', { n: paths.length + 1 }), touchpointIds: ids });
    if (out.ok) store.setSession({ pathId: out.result });
  };

  return (
    <div>
      <div className="field">
        <label htmlFor="path-select">{t('paths.drives')}</label>
        <select id="path-select" value={session.pathId ?? ''} onChange={(e) => store.setSession({ pathId: e.target.value || null })}>
          <option value="">{t('paths.default')}</option>
          {paths.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      <div className="toolbar-group" style={{ flexWrap: 'wrap', marginBottom: 8 }}>
        <button type="button" disabled={session.selected.length === 0} onClick={() => create(session.selected)}>
          {t('paths.fromSelection', { n: session.selected.length })}
        </button>
        <button type="button" disabled={!start} onClick={() => { if (start) create(followLinks(journey, start)); }}>
          {t('paths.followLinks')}
        </button>
      </div>
      <ul className="moment-list">
        {paths.map((p) => (
          <li key={p.id} className="moment" style={{ gridTemplateColumns: '1fr auto' }}>
            <div className="field">
              <label htmlFor={`path-${p.id}`}>{t('paths.name')}</label>
              <input id={`path-${p.id}`} value={p.name}
                onChange={(e) => store.execute(COMMANDS.updatePath, { id: p.id, patch: { name: e.target.value } }, { mergeKey: `path:${p.id}:name` })} />
              <div className="field-hint">{p.touchpointIds.map((id) => names.get(id) ?? '?').join(' → ')}</div>
            </div>
            <div className="moment-actions">
              <button type="button" className="danger" aria-label={t('paths.delete', { name: p.name })}
                onClick={() => store.execute(COMMANDS.deletePath, { id: p.id })}>✕</button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
