// The journey figures of one path (METHOD.md §5) as a labelled region.

import { useMemo } from 'react';
import { t } from '../../i18n/index.ts';
import type { PathAnalysis } from '../../model/method/index.ts';
import { summaryItems } from './summary-items.ts';

export interface JourneySummaryProps {
  analysis: Pick<PathAnalysis, 'figures'>;
  /** The path the figures are for (e.g. "All touchpoints" or a named path). */
  pathName: string;
}

export function JourneySummary({ analysis, pathName }: JourneySummaryProps) {
  const items = useMemo(() => summaryItems(analysis.figures), [analysis.figures]);
  return (
    <section aria-label={t('summary.region')} className="cx-summary">
      <h3 className="cx-summary-title">{t('summary.title')}</h3>
      <p className="cx-summary-path">{t('summary.path', { path: pathName })}</p>
      <dl className="cx-summary-figures">
        {items.map((item) => (
          <div key={item.key} className="cx-summary-item" data-figure={item.key} title={item.hint}>
            <dt>{item.label}</dt>
            <dd>
              <span className="cx-summary-value">{item.value}</span>
              {item.note !== null && <span className="cx-summary-note"> {item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
