// The recommendations of METHOD.md §8 in the analysis' order: rule id, severity, the touchpoint
// (click to select it) and one sentence saying what to do. Items are memoised: after an edit only the
// recommendations that changed re-render (pass a stable `onSelect`).

import { memo, useMemo, type MouseEvent } from 'react';
import { t } from '../../i18n/index.ts';
import type { PathAnalysis, RuleId, Severity } from '../../model/method/index.ts';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { recommendationSentence, ruleName, severityName } from './recommendation-text.ts';

export interface RecommendationListProps {
  analysis: Pick<PathAnalysis, 'recommendations' | 'touchpoints'>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
}

interface ItemProps {
  rule: RuleId;
  severity: Severity;
  touchpointId: string | null;
  name: string | null;
  sentence: string;
  selected: boolean;
  onSelect: SelectHandler;
}

const RecommendationItem = memo(function RecommendationItem({ rule, severity, touchpointId, name, sentence, selected, onSelect }: ItemProps) {
  const select = (e: MouseEvent<HTMLButtonElement>) => {
    if (touchpointId !== null) onSelect(touchpointId, e.shiftKey || e.ctrlKey || e.metaKey);
  };
  return (
    <li className={`cx-rec cx-rec-${severity}`} data-rule={rule}>
      <div className="cx-rec-head">
        <span className="cx-rec-id" title={ruleName(rule)}>{rule}</span>
        <span className={`cx-badge cx-badge-${severity}`}>{severityName(severity)}</span>
        {touchpointId !== null && name !== null ? (
          <button type="button" className="link cx-rec-target" onClick={select} aria-pressed={selected}
            aria-label={t('rec.selectTouchpoint', { name })}>
            {name}
          </button>
        ) : (
          <span className="cx-rec-target">{t('rec.wholeJourney')}</span>
        )}
      </div>
      <p className="cx-rec-text">{sentence}</p>
    </li>
  );
});

export function RecommendationList({ analysis, selectedIds, onSelect }: RecommendationListProps) {
  const items = useMemo(() => {
    const byId = new Map(analysis.touchpoints.map((item) => [item.touchpoint.id, item] as const));
    return analysis.recommendations.map((rec) => {
      const item = rec.touchpointId === null ? undefined : byId.get(rec.touchpointId);
      return { rec, name: item?.touchpoint.name ?? null, sentence: recommendationSentence(rec, item) };
    });
  }, [analysis.recommendations, analysis.touchpoints]);
  const anyScored = analysis.touchpoints.some((item) => item.indices.e !== null || item.indices.zone !== null);
  return (
    <section aria-label={t('rec.region')} className="cx-recs">
      <h3 className="cx-recs-title">{t('rec.title')}</h3>
      {items.length === 0 ? (
        <p className="cx-recs-empty">{anyScored ? t('rec.none') : t('rec.nothingScored')}</p>
      ) : (
        <ol className="cx-recs-list">
          {items.map(({ rec, name, sentence }) => (
            <RecommendationItem
              key={rec.id}
              rule={rec.rule}
              severity={rec.severity}
              touchpointId={name === null ? null : rec.touchpointId}
              name={name}
              sentence={sentence}
              selected={rec.touchpointId !== null && selectedIds.has(rec.touchpointId)}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
