// Journey settings: name, brand values, zone thresholds, IPA cut, and the stages.
import { useState } from 'react';
import { COMMANDS } from '../../model/commands/registry.ts';
import { settingsOf } from '../../model/types.ts';
import { t } from '../../i18n/index.ts';
import { thresholdMessage } from './score-message.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import { NumberField } from './number-field.tsx';
import { TextField } from './text-field.tsx';
import { StagesEditor } from './stages-editor.tsx';

export function JourneySettings() {
  const store = useEditorStore();
  const { history } = useEditor();
  const journey = history.journey;
  const settings = settingsOf(journey);
  const [brandText, setBrandText] = useState(journey.brandValues.join(', '));

  const threshold = (field: 'brandedThreshold' | 'unbrandedThreshold', v: number | null) => thresholdMessage(field, v, settings);

  return (
    <div className="inspector" aria-label={t('inspector.journey')}>
      <h2>{t('inspector.journey')}</h2>
      <TextField label={t('settings.name')} value={journey.name}
        onChange={(name) => store.execute(COMMANDS.renameJourney, { name }, { mergeKey: 'journey:name' })} />
      <TextField label={t('settings.brandValues')} value={brandText} placeholder={t('settings.brandValuesHint')}
        onChange={(text) => {
          setBrandText(text);
          const values = text.split(/[,，、]/).map((v) => v.trim()).filter(Boolean);
          store.execute(COMMANDS.setBrandValues, { values }, { mergeKey: 'journey:brandValues' });
        }} />
      <div className="score-row" style={{ gridTemplateColumns: '1fr 1fr' }}>
        <NumberField label={t('settings.branded')} value={settings.brandedThreshold} optional={false}
          validate={(v) => threshold('brandedThreshold', v)}
          onCommit={(v) => { if (v !== null) store.execute(COMMANDS.setSettings, { brandedThreshold: v }, { mergeKey: 'settings:branded' }); }} />
        <NumberField label={t('settings.unbranded')} value={settings.unbrandedThreshold} optional={false}
          validate={(v) => threshold('unbrandedThreshold', v)}
          onCommit={(v) => { if (v !== null) store.execute(COMMANDS.setSettings, { unbrandedThreshold: v }, { mergeKey: 'settings:unbranded' }); }} />
      </div>
      <div className="field">
        <label htmlFor="ipa-cut">{t('settings.ipaCut')}</label>
        <select id="ipa-cut" value={settings.ipaCut}
          onChange={(e) => store.execute(COMMANDS.setSettings, { ipaCut: e.target.value === 'midpoint' ? 'midpoint' : 'mean' })}>
          <option value="mean">{t('settings.ipaMean')}</option>
          <option value="midpoint">{t('settings.ipaMidpoint')}</option>
        </select>
      </div>
      <section>
        <h3>{t('inspector.stages')}</h3>
        <StagesEditor />
      </section>
    </div>
  );
}
