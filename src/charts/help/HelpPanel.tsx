// The method in plain words (METHOD.md §1–§8): peak-end, CEI and BEI, the zones, the diagonal, IPA
// and why the source prefers the CEI–BEI view.

import { useId } from 'react';
import { formatNumber, t, type MessageKey } from '../../i18n/index.ts';
import { DEFAULT_SETTINGS } from '../../model/types.ts';
import type { ZoneThresholds } from '../../model/method/index.ts';

export interface HelpPanelProps {
  /** The journey's thresholds, so the zone rules read with its numbers (default 40 and 0). */
  thresholds?: ZoneThresholds;
}

const RULE_KEYS: readonly [string, MessageKey][] = [
  ['R1', 'help.rule.R1'], ['R2', 'help.rule.R2'], ['R3', 'help.rule.R3'],
  ['R4', 'help.rule.R4'], ['R5', 'help.rule.R5'], ['R6', 'help.rule.R6'],
];

export function HelpPanel({ thresholds = DEFAULT_SETTINGS }: HelpPanelProps) {
  const id = useId();
  const tb = formatNumber(thresholds.brandedThreshold, 0);
  const tu = formatNumber(thresholds.unbrandedThreshold, 0);
  const section = (key: string, heading: MessageKey, ...paragraphs: string[]) => (
    <section key={key} aria-labelledby={`${id}-${key}`} className="cx-help-section">
      <h3 id={`${id}-${key}`}>{t(heading)}</h3>
      {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
    </section>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="cx-help">
      <h2 id={`${id}-title`}>{t('help.title')}</h2>
      <p className="cx-help-intro">{t('help.intro')}</p>
      {section('effective', 'help.effective.heading', t('help.effective.body'))}
      {section('peak-end', 'help.peakEnd.heading', t('help.peakEnd.body'), t('help.peakEnd.example'))}
      {section('curves', 'help.curves.heading', t('help.curves.body'))}
      {section('indices', 'help.indices.heading', t('help.indices.body'), t('help.importance.body'))}
      <section aria-labelledby={`${id}-zones`} className="cx-help-section">
        <h3 id={`${id}-zones`}>{t('help.zones.heading')}</h3>
        <p>{t('help.zones.body')}</p>
        <ul>
          <li><strong>{t('chart.zoneName.branded')}</strong>: {t('help.zones.branded', { tb })}</li>
          <li><strong>{t('chart.zoneName.nonBranded')}</strong>: {t('help.zones.nonBranded', { tu, tb })}</li>
          <li><strong>{t('chart.zoneName.unBranded')}</strong>: {t('help.zones.unBranded', { tu })}</li>
        </ul>
        <p>{t('help.zones.strategy')}</p>
      </section>
      {section('diagonal', 'help.diagonal.heading', t('help.diagonal.body'))}
      {section('figures', 'help.figures.heading', t('help.figures.body'))}
      {section('ipa', 'help.ipa.heading', t('help.ipa.body'), t('help.ipa.critique'), t('help.ipa.why'))}
      <section aria-labelledby={`${id}-rules`} className="cx-help-section">
        <h3 id={`${id}-rules`}>{t('help.rules.heading')}</h3>
        <ul>
          {RULE_KEYS.map(([rule, key]) => <li key={rule}><strong>{rule}</strong> {t(key)}</li>)}
        </ul>
      </section>
      <p className="cx-help-source">{t('help.source')}</p>
    </section>
  );
}
