// The bottom panel: the charts (with the journey summary and recommendations beside them), the
// survey views, or the Help panel. Selecting a point or bubble selects the touchpoint, and the
// editor's selection is highlighted in every chart.
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import {
  CeiBeiQuadrant, ChartExportButtons, HelpPanel, IpaQuadrant, JourneyEmotionCurve, JourneySummary,
  RecommendationList, TouchpointEmotionCurve, type SelectHandler,
} from '../../charts/index.ts';
import type { JourneyAnalysis } from '../../model/method/index.ts';
import { locale, t, type MessageKey } from '../../i18n/index.ts';
import { useEditor, useEditorStore } from '../store/use-editor.ts';
import type { ChartTab, EditorStore } from '../store/editor-store.ts';
import { ACTIONS, displayShortcut } from '../actions.ts';

/** The keyboard shortcuts, generated from the actions table (so the list cannot go stale). */
function ShortcutList() {
  const seen = new Set<string>();
  const rows = ACTIONS.filter((a) => a.shortcuts.length > 0 && !seen.has(a.label) && seen.add(a.label));
  return (
    <section aria-labelledby="shortcuts-title">
      <h3 id="shortcuts-title">{t('help.shortcuts')}</h3>
      <table className="data">
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td>{t(a.label)}</td>
              <td>{ACTIONS.filter((b) => b.label === a.label).flatMap((b) => b.shortcuts).map((k) => <kbd key={k}>{displayShortcut(k)}</kbd>)}</td>
            </tr>
          ))}
          <tr><td>{t('help.shortcut.focus')}</td><td><kbd>Tab</kbd> <kbd>Enter</kbd></td></tr>
        </tbody>
      </table>
    </section>
  );
}

/** Moments are not selectable yet; a stable handler lets the moments chart skip re-rendering. */
const NO_SELECT = () => {};

const TABS: readonly { id: ChartTab; label: MessageKey }[] = [
  { id: 'curve', label: 'charts.tab.curve' },
  { id: 'quadrant', label: 'charts.tab.quadrant' },
  { id: 'ipa', label: 'charts.tab.ipa' },
  { id: 'moments', label: 'charts.tab.moments' },
];

/** The chart tabs: the same after an edit, so they are skipped (their handlers would be new objects).
 *  `locale` re-renders them when the language changes. */
const ChartTabs = memo(function ChartTabs({ tab, store }: { tab: ChartTab; store: EditorStore; locale: string }) {
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('charts.tabs')}>
      {TABS.map((x) => (
        <button key={x.id} type="button" role="tab" id={`tab-${x.id}`} aria-selected={tab === x.id} aria-controls="chart-tabpanel"
          onClick={() => store.setSession({ chartTab: x.id })}>{t(x.label)}</button>
      ))}
    </div>
  );
});

/**
 * The export buttons, memoised: their names stay the same after an edit, and they call `render` only
 * when clicked, so they get a stable function that renders the chart as it was last drawn.
 */
const ExportButtons = memo(ChartExportButtons);

export function BottomPanel({ analysis, survey }: { analysis: JourneyAnalysis; survey?: React.ReactNode }) {
  const { history, session } = useEditor();
  if (session.panel === 'help') {
    return (
      <div className="panel-body help-body">
        <HelpPanel thresholds={analysis.settings} />
        <ShortcutList />
      </div>
    );
  }
  if (session.panel === 'survey') return <>{survey ?? null}</>;
  return <ChartsPanel analysis={analysis} journeyName={history.journey.name} />;
}

/**
 * The recommendations follow the charts: after an edit React draws the charts and the summary in the
 * edit's own render, then the list in a render of its own, right after that frame (typing stays
 * fluid, and the charts are painted sooner on a long journey). Only this component renders then.
 */
function FollowingRecommendations({ analysis, selectedIds, onSelect }: {
  analysis: JourneyAnalysis; selectedIds: ReadonlySet<string>; onSelect: SelectHandler;
}) {
  const deferred = useDeferredValue(analysis);
  // (The same element while nothing it shows changed: the edit's own render skips the list.)
  return useMemo(() => <RecommendationList analysis={deferred} selectedIds={selectedIds} onSelect={onSelect} />, [deferred, selectedIds, onSelect]);
}

function ChartsPanel({ analysis, journeyName }: { analysis: JourneyAnalysis; journeyName: string }) {
  const store = useEditorStore();
  const { history, session } = useEditor();
  const journey = history.journey;
  const selectedIds = useMemo(() => new Set(session.selected), [session.selected]);
  const onSelect = useCallback((id: string, additive: boolean) => {
    const current = store.session.selected;
    if (!additive) store.select([id]);
    else store.select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }, [store]);
  const pathName = session.pathId ? (journey.paths ?? []).find((p) => p.id === session.pathId)?.name ?? '' : t('paths.default');
  const focus = journey.touchpoints.find((tp) => tp.id === session.selected[session.selected.length - 1]);
  const noMomentSelection = useMemo(() => new Set<string>(), []);
  const tab = session.chartTab;

  let render: () => React.ReactElement;
  let chartName: string;
  switch (tab) {
    case 'quadrant':
      chartName = t('charts.tab.quadrant');
      render = () => <CeiBeiQuadrant analysis={analysis} selectedIds={selectedIds} onSelect={onSelect} />;
      break;
    case 'ipa':
      chartName = t('charts.tab.ipa');
      render = () => <IpaQuadrant analysis={analysis} selectedIds={selectedIds} onSelect={onSelect} />;
      break;
    case 'moments':
      chartName = focus ? t('charts.momentsOf', { name: focus.name }) : t('charts.tab.moments');
      render = () => focus
        ? <TouchpointEmotionCurve touchpoint={focus} selectedIds={noMomentSelection} onSelect={NO_SELECT} showBrand />
        : <p>{t('charts.pickTouchpoint')}</p>;
      break;
    default:
      chartName = t('charts.tab.curve');
      render = () => <JourneyEmotionCurve analysis={analysis} stages={journey.stages} selectedIds={selectedIds} onSelect={onSelect} showBrand />;
  }
  const chart = render();
  const exportable = tab !== 'moments' || (focus?.moments?.length ?? 0) > 0;
  const drawn = useRef(render);
  useLayoutEffect(() => { drawn.current = render; });
  const renderDrawn = useCallback(() => drawn.current(), []);

  return (
    <div className="charts-panel">
      <div className="charts-main">
        <ChartTabs tab={tab} store={store} locale={locale()} />
        {exportable && (
          <div className="chart-toolbar">
            <ExportButtons chartName={chartName} title={journeyName} subtitle={t('summary.path', { path: pathName })} legend render={renderDrawn} />
          </div>
        )}
        <div className="chart-area" role="tabpanel" id="chart-tabpanel" aria-labelledby={`tab-${tab}`}>{chart}</div>
      </div>
      <div className="charts-side">
        <JourneySummary analysis={analysis} pathName={pathName} />
        <FollowingRecommendations analysis={analysis} selectedIds={selectedIds} onSelect={onSelect} />
      </div>
    </div>
  );
}
