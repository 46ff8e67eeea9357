// The recommendations of METHOD.md §8 in the analysis' order: rule id, severity, the touchpoint
// (click to select it) and one sentence saying what to do. Items are memoised on what they show: after
// an edit only the recommendations that changed re-render (pass a stable `onSelect`).

import { memo, useMemo, type MouseEvent } from 'react';
import { t } from '../../i18n/index.ts';
import type { AnalysedTouchpoint, PathAnalysis, Recommendation } from '../../model/method/index.ts';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { recommendationSentence, ruleName, severityName } from './recommendation-text.ts';

export interface RecommendationListProps {
  analysis: Pick<PathAnalysis, 'recommendations' | 'touchpoints'>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
}

interface ItemProps {
  rec: Recommendation;
  /** The recommendation's touchpoint (absent for R6, or when it is not on the path). */
  item: AnalysedTouchpoint | undefined;
  selected: boolean;
  onSelect: SelectHandler;
}

function RecommendationItemView({ rec, item, selected, onSelect }: ItemProps) {
  const { rule, severity } = rec;
  const name = item?.touchpoint.name ?? null;
  const touchpointId = name === null ? null : rec.touchpointId;
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
      <p className="cx-rec-text">{recommendationSentence(rec, item)}</p>
    </li>
  );
}

/**
 * The analysis makes new objects on every edit; an item compares what it shows (the rule, the
 * touchpoint's name, importance and indices), so that only the recommendations that changed render
 * again and make their sentence.
 */
function sameItem(a: ItemProps, b: ItemProps): boolean {
  if (a.selected !== b.selected || a.onSelect !== b.onSelect) return false;
  if (a.rec !== b.rec && (a.rec.rule !== b.rec.rule || a.rec.severity !== b.rec.severity || a.rec.touchpointId !== b.rec.touchpointId)) return false;
  if (a.item === b.item) return true;
  if (a.item === undefined || b.item === undefined) return false;
  const x = a.item.indices;
  const y = b.item.indices;
  return a.item.touchpoint.name === b.item.touchpoint.name && a.item.touchpoint.importance === b.item.touchpoint.importance
    && x.e === y.e && x.cei === y.cei && x.bei === y.bei && x.balance === y.balance && x.balanceKind === y.balanceKind;
}

const RecommendationItem = memo(RecommendationItemView, sameItem);

export function RecommendationList({ analysis, selectedIds, onSelect }: RecommendationListProps) {
  const byId = useMemo(() => new Map(analysis.touchpoints.map((item) => [item.touchpoint.id, item] as const)), [analysis.touchpoints]);
  const recs = analysis.recommendations;
  const anyScored = analysis.touchpoints.some((item) => item.indices.e !== null || item.indices.zone !== null);
  return (
    <section aria-label={t('rec.region')} className="cx-recs">
      <h3 className="cx-recs-title">{t('rec.title')}</h3>
      {recs.length === 0 ? (
        <p className="cx-recs-empty">{anyScored ? t('rec.none') : t('rec.nothingScored')}</p>
      ) : (
        <ol className="cx-recs-list">
          {recs.map((rec) => (
            <RecommendationItem
              key={rec.id}
              rec={rec}
              item={rec.touchpointId === null ? undefined : byId.get(rec.touchpointId)}
              selected={rec.touchpointId !== null && selectedIds.has(rec.touchpointId)}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
