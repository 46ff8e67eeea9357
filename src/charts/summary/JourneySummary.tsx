// The journey figures of one path (METHOD.md §5) as a labelled region.

import { memo, useMemo } from 'react';
import { t } from '../../i18n/index.ts';
import type { PathAnalysis } from '../../model/method/index.ts';
import { summaryItems, type SummaryItem } from './summary-items.ts';

export interface JourneySummaryProps {
  analysis: Pick<PathAnalysis, 'figures'>;
  /** The path the figures are for (e.g. "All touchpoints" or a named path). */
  pathName: string;
}

function SummaryFigureView({ item }: { item: SummaryItem }) {
  return (
    <div className="cx-summary-item" data-figure={item.key} title={item.hint}>
      <dt>{item.label}</dt>
      <dd>
        <span className="cx-summary-value">{item.value}</span>
        {item.note !== null && <span className="cx-summary-note"> {item.note}</span>}
      </dd>
    </div>
  );
}

/**
 * One figure, compared on what it shows: the figures are new objects after every edit, but an edit
 * changes a few of the seven, so the others are skipped.
 */
const SummaryFigure = memo(SummaryFigureView, ({ item: a }, { item: b }) =>
  a.key === b.key && a.label === b.label && a.value === b.value && a.note === b.note && a.hint === b.hint);

export function JourneySummary({ analysis, pathName }: JourneySummaryProps) {
  const items = useMemo(() => summaryItems(analysis.figures), [analysis.figures]);
  return (
    <section aria-label={t('summary.region')} className="cx-summary">
      <h3 className="cx-summary-title">{t('summary.title')}</h3>
      <p className="cx-summary-path">{t('summary.path', { path: pathName })}</p>
      <dl className="cx-summary-figures">
        {items.map((item) => <SummaryFigure key={item.key} item={item} />)}
      </dl>
    </section>
  );
}
