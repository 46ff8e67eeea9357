// The recommendations of METHOD.md §8 in the analysis' order: rule id, severity, the touchpoint
// (click to select it) and one sentence saying what to do. Items are memoised on what they show, in
// chunks: after an edit only the recommendations that changed re-render (pass a stable `onSelect`).

import { memo, useCallback, useMemo, type MouseEvent, type ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import type { AnalysedTouchpoint, PathAnalysis, Recommendation } from '../../model/method/index.ts';
import type { SelectHandler } from '../shared/ChartPoint.tsx';
import { ChunkedList } from '../shared/ChunkedList.tsx';
import { recommendationSentence, ruleName, sameSentence, severityName } from './recommendation-text.ts';

export interface RecommendationListProps {
  analysis: Pick<PathAnalysis, 'recommendations' | 'touchpoints'>;
  selectedIds: ReadonlySet<string>;
  onSelect: SelectHandler;
}

/** What one item shows. */
interface Shown {
  rec: Recommendation;
  /** The recommendation's touchpoint (absent for R6, or when it is not on the path). */
  item: AnalysedTouchpoint | undefined;
  selected: boolean;
}

interface ItemProps extends Shown {
  onSelect: SelectHandler;
}

/** One row of the list (its id is the recommendation's). */
interface Row extends Shown {
  id: string;
}

function RecommendationItemView({ rec, item, selected, onSelect }: ItemProps) {
  const { rule, severity } = rec;
  const name = item?.touchpoint.name ?? null;
  const touchpointId = name === null ? null : rec.touchpointId;
  const select = (e: MouseEvent<HTMLButtonElement>) => {
    if (touchpointId !== null) onSelect(touchpointId, e.shiftKey || e.ctrlKey || e.metaKey);
  };
  return (
    <li role="listitem" className={`cx-rec cx-rec-${severity}`} data-rule={rule}>
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
 * touchpoint's name, whether it is selected, and the values its sentence shows: see sameSentence), so
 * that only the recommendations that read differently render again and make their sentence. The list
 * goes through ChunkedList: after an edit React visits the chunks with a change, not every item.
 */
function sameShown(a: Shown, b: Shown): boolean {
  if (a.selected !== b.selected) return false;
  if (a.rec !== b.rec && (a.rec.rule !== b.rec.rule || a.rec.severity !== b.rec.severity || a.rec.touchpointId !== b.rec.touchpointId)) return false;
  return sameSentence(b.rec.rule, a.item, b.item);
}

const RecommendationItem = memo(RecommendationItemView, (a, b) => a.onSelect === b.onSelect && sameShown(a, b));

/**
 * A chunk of the list as a box of its own. A long journey has hundreds of recommendations and most
 * edits add or remove one; with `content-visibility: auto` on every item, Chromium re-positioned,
 * observed (for visibility) and repainted each item below the change in every frame. On chunks of
 * about 16 items it does that per chunk, and lays out and paints only the chunks in view. Each chunk
 * is an `<ol role="none">` inside one `role="list"`: the items stay one list of list items.
 */
function recsChunk(children: ReactNode) {
  return <ol role="none" className="cx-recs-chunk">{children}</ol>;
}

function sameRow(a: Row, b: Row): boolean {
  return a.id === b.id && sameShown(a, b);
}

export function RecommendationList({ analysis, selectedIds, onSelect }: RecommendationListProps) {
  const byId = useMemo(() => new Map(analysis.touchpoints.map((item) => [item.touchpoint.id, item] as const)), [analysis.touchpoints]);
  const recs = analysis.recommendations;
  const anyScored = analysis.touchpoints.some((item) => item.indices.e !== null || item.indices.zone !== null);
  const rows = recs.map((rec): Row => ({
    id: rec.id,
    rec,
    item: rec.touchpointId === null ? undefined : byId.get(rec.touchpointId),
    selected: rec.touchpointId !== null && selectedIds.has(rec.touchpointId),
  }));
  const render = useCallback((row: Row) => (
    <RecommendationItem key={row.id} rec={row.rec} item={row.item} selected={row.selected} onSelect={onSelect} />
  ), [onSelect]);
  return (
    <section aria-label={t('rec.region')} className="cx-recs">
      <h3 className="cx-recs-title">{t('rec.title')}</h3>
      {recs.length === 0 ? (
        <p className="cx-recs-empty">{anyScored ? t('rec.none') : t('rec.nothingScored')}</p>
      ) : (
        <div role="list" className="cx-recs-list">
          <ChunkedList items={rows} same={sameRow} render={render} chunk={recsChunk} />
        </div>
      )}
    </section>
  );
}
