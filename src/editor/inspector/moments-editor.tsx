import type { Touchpoint } from '../../model/types.ts';
import { COMMANDS } from '../../model/commands/registry.ts';
import { t } from '../../i18n/index.ts';
import { useEditorStore } from '../store/use-editor.ts';
import { NumberField } from './number-field.tsx';
import { scoreMessage } from './score-message.ts';

/** The moments of a touchpoint, in time order: add, remove, reorder, and score each. */
export function MomentsEditor({ touchpoint }: { touchpoint: Touchpoint }) {
  const store = useEditorStore();
  const moments = touchpoint.moments ?? [];
  const tp = touchpoint.id;
  const update = (id: string, field: string, patch: Record<string, unknown>) =>
    store.execute(COMMANDS.updateMoment, { touchpointId: tp, id, patch }, { mergeKey: `m:${tp}:${id}:${field}` });
  return (
    <>
      {moments.length === 0 && <p className="field-hint">{t('moments.none')}</p>}
      <ol className="moment-list">
        {moments.map((m, i) => (
          <li key={m.id} className="moment moment-scored">
            <div className="field">
              <label htmlFor={`mn-${m.id}`}>{t('moments.name', { n: i + 1 })}</label>
              <input id={`mn-${m.id}`} value={m.name} onChange={(e) => update(m.id, 'name', { name: e.target.value })} />
            </div>
            <NumberField label={t('moments.emotion')} value={m.emotion ?? null}
              validate={(v) => scoreMessage('emotion', v)} onCommit={(v) => update(m.id, 'emotion', { emotion: v })} />
            <NumberField label={t('moments.brand')} value={m.brand ?? null}
              validate={(v) => scoreMessage('brand', v)} onCommit={(v) => update(m.id, 'brand', { brand: v })} />
            <div className="moment-actions">
              <button type="button" aria-label={t('moments.up', { name: m.name })} disabled={i === 0}
                onClick={() => store.execute(COMMANDS.moveMoment, { touchpointId: tp, id: m.id, toIndex: i - 1 })}>↑</button>
              <button type="button" aria-label={t('moments.down', { name: m.name })} disabled={i === moments.length - 1}
                onClick={() => store.execute(COMMANDS.moveMoment, { touchpointId: tp, id: m.id, toIndex: i + 1 })}>↓</button>
              <button type="button" className="danger" aria-label={t('moments.remove', { name: m.name })}
                onClick={() => store.execute(COMMANDS.removeMoment, { touchpointId: tp, id: m.id })}>✕</button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => store.execute(COMMANDS.addMoment, { touchpointId: tp, name: t('moments.newName', { n: moments.length + 1 }) })}>
        {t('moments.add')}
      </button>
    </>
  );
}
