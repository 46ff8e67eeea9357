// The inspector for the selected touchpoint: name, stage, channel, scores with their ranges, the
// listening-cycle notes, its moments, and the computed e_t, b_t, CEI, BEI and zone.
import { useMemo } from 'react';
import type { Touchpoint } from '../../model/types.ts';
import { settingsOf } from '../../model/types.ts';
import { COMMANDS } from '../../model/commands/registry.ts';
import { indices, usesMoments, validateScore } from '../../model/method/index.ts';
import { formatNumber, formatScore, t, type MessageKey } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import { NumberField } from './number-field.tsx';
import { TextField } from './text-field.tsx';
import { MomentsEditor } from './moments-editor.tsx';
import { scoreMessage } from './score-message.ts';

const NOTE_FIELDS = ['happened', 'why', 'meaning', 'mattersBecause', 'action', 'owner'] as const;

export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const store = useEditorStore();
  const { history } = useEditor();
  const journey = history.journey;
  const ix = useMemo(() => indices(touchpoint, settingsOf(journey)), [touchpoint, journey]);
  const fromMoments = usesMoments(touchpoint);
  const id = touchpoint.id;

  const update = (field: string, patch: Record<string, unknown>) =>
    store.execute(COMMANDS.updateTouchpoint, { id, patch }, { mergeKey: `tp:${id}:${field}` });

  return (
    <div className="inspector" aria-label={t('inspector.touchpoint')}>
      <h2>{t('inspector.touchpoint')}</h2>
      <TextField label={t('field.name')} value={touchpoint.name} onChange={(name) => update('name', { name })} />
      <div className="field">
        <label htmlFor={`stage-${id}`}>{t('field.stage')}</label>
        <select id={`stage-${id}`} value={touchpoint.stageId ?? ''}
          onChange={(e) => { store.mark(); update('stage', { stageId: e.target.value === '' ? null : e.target.value }); store.mark(); }}>
          {journey.stages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          <option value="">{t('lane.noStage')}</option>
        </select>
      </div>
      <TextField label={t('field.channel')} value={typeof touchpoint.channel === 'string' ? touchpoint.channel : ''}
        onChange={(channel) => update('channel', { channel })} />
      <NumberField label={t('field.importance')} value={touchpoint.importance} optional={false}
        hint={t('field.importanceHint')}
        validate={(v) => scoreMessage('importance', v)}
        onCommit={(v) => { if (v !== null) update('importance', { importance: v }); }} />
      <div className="score-row">
        <NumberField label={t('field.emotion')} value={touchpoint.emotion ?? null} disabled={fromMoments}
          validate={(v) => scoreMessage('emotion', v)} onCommit={(v) => update('emotion', { emotion: v })} />
        <NumberField label={t('field.brand')} value={touchpoint.brand ?? null} disabled={fromMoments}
          validate={(v) => scoreMessage('brand', v)} onCommit={(v) => update('brand', { brand: v })} />
      </div>
      {fromMoments && <p className="field-hint">{t('inspector.fromMoments')}</p>}
      <dl className="computed" aria-label={t('inspector.computed')}>
        <dt>e<sub>t</sub></dt><dd>{formatScore(ix.e)}</dd>
        <dt>b<sub>t</sub></dt><dd>{formatScore(ix.b)}</dd>
        <dt>CEI</dt><dd>{formatNumber(ix.cei, 1)}</dd>
        <dt>BEI</dt><dd>{formatNumber(ix.bei, 1)}</dd>
        <dt>{t('field.zone')}</dt><dd>{ix.zone ? t(`zone.${ix.zone}` as MessageKey) : t('zone.none')}</dd>
        <dt>{t('field.balance')}</dt><dd>{ix.balanceKind ? t(`balance.${ix.balanceKind}` as MessageKey) : '—'}</dd>
      </dl>
      <section>
        <h3>{t('inspector.moments')}</h3>
        <MomentsEditor touchpoint={touchpoint} />
      </section>
      <section>
        <h3>{t('inspector.notes')}</h3>
        {NOTE_FIELDS.map((f) => (
          <TextField key={f} label={t(`notes.${f}` as MessageKey)} multiline={f !== 'owner'}
            value={touchpoint.notes?.[f] ?? ''}
            onChange={(value) => update(`notes.${f}`, { notes: { ...(touchpoint.notes ?? {}), [f]: value } })} />
        ))}
      </section>
    </div>
  );
}

export { validateScore };
