// Bench page (c): the charts of the bottom panel as the app mounts them, on a generated journey.
// As workspace.tsx does: EditorContext over an EditorStore, the path analysis memoised on (journey,
// pathId), and the real BottomPanel (→ ChartsPanel: tabs, export buttons, the current tab's chart,
// JourneySummary, RecommendationList). URL: ?n=200&layout=grid|panel&tab=curve|quadrant|ipa|moments
//   layout=grid (default): the BottomPanel on the curve tab plus the three other charts, wired with
//     the same props ChartsPanel gives them, so that one edit re-draws all four charts at once.
//   layout=panel: the BottomPanel alone on `tab`, where the workspace puts it.
// window.__chartsBench.edit() makes one edit through the store (what the inspector's Emotion field
// does) at the start of an animation frame and resolves with its timings (see EditTiming).
import { StrictMode, useCallback, useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { CeiBeiQuadrant, IpaQuadrant, TouchpointEmotionCurve } from '../src/charts/index.ts';
import { analyseJourney, type JourneyAnalysis } from '../src/model/method/index.ts';
import { COMMANDS } from '../src/model/commands/registry.ts';
import type { Journey, Touchpoint } from '../src/model/types.ts';
import { BottomPanel } from '../src/editor/panels/bottom-panel.tsx';
import { EditorStore, type ChartTab } from '../src/editor/store/editor-store.ts';
import { EditorContext, useEditor, useEditorStore } from '../src/editor/store/use-editor.ts';
import '../src/charts/charts.css';
import '../src/editor/styles.css';
import './charts-page.css';
import { generateJourney } from './generate.ts';

/** performance.now() values (ms) of one edit. */
export interface EditTiming {
  /** Just before store.execute (inside a requestAnimationFrame callback: the start of a frame). */
  t0: number;
  /** store.execute returned (the command applied with immer, the history updated, listeners told). */
  tExec: number;
  /** React committed the edited journey: the DOM is updated (a layout effect of the last component). */
  t1: number;
  /** That frame's rendering is done: a message posted from the same requestAnimationFrame callback,
   *  which runs after the frame's style, layout and paint (Chromium does all of them in one task). */
  t2: number;
  /** analyseJourney inside the memo (part of t1 − tExec). */
  analysisMs: number;
  /** The recommendation list follows in a render of its own (useDeferredValue in ChartsPanel): when
   *  that render committed (a probe deferring the same analysis commits with it), and when the frame
   *  after it was painted. NaN if it did not come within a second. */
  t3: number;
  t4: number;
  id: string;
  /** The touchpoint's emotion before and after the edit. */
  was: number;
  emotion: number;
  /** The edited touchpoints' emotions before the edit (targetState), taken before the frame. */
  state: string;
}

export interface ChartsBench {
  n: number;
  layout: 'grid' | 'panel';
  tab: ChartTab;
  /** Every chart of the page drawn (SVG charts, summary, recommendations). */
  ready(): boolean;
  /** Elements under #root, and inside the chart SVGs. */
  domCount(): { all: number; svg: number };
  /** How many edits before they repeat: edit k and edit k + cycle are the same edit of the same
   *  journey (each target touchpoint is edited in turn, and back every other round). */
  cycle: number;
  edit(): Promise<EditTiming>;
}

declare global {
  interface Window { __chartsBench?: ChartsBench }
}

const params = new URLSearchParams(location.search);
const n = Math.max(1, Number(params.get('n') ?? 200) | 0);
const layout = params.get('layout') === 'panel' ? 'panel' : 'grid';
const TABS: readonly ChartTab[] = ['curve', 'quadrant', 'ipa', 'moments'];
const tabParam = params.get('tab') as ChartTab | null;
const tab: ChartTab = layout === 'grid' ? 'curve' : tabParam !== null && TABS.includes(tabParam) ? tabParam : 'curve';

const journey: Journey = generateJourney(n);
/** The selected touchpoint (the moments chart's): the first with moments. */
const focus: Touchpoint | undefined = journey.touchpoints.find((tp) => (tp.moments?.length ?? 0) > 0);
const store = new EditorStore(journey, { session: { panel: 'charts', chartTab: tab, selected: focus ? [focus.id] : [] } });
/** Edited touchpoints: those scored directly (not through moments), spread over the journey, and the
 *  last of them, whose edits move the journey's end and, at 200, its peak too. */
const scored = journey.touchpoints.filter((tp) => tp.moments === undefined && typeof tp.emotion === 'number');
const targetCount = Math.min(24, scored.length);
const targets = targetCount === 0 ? [] : [...new Set([
  ...Array.from({ length: targetCount - 1 }, (_, i) => scored[Math.floor((i * scored.length) / targetCount)]!.id),
  scored[scored.length - 1]!.id,
])];
/** Each target's emotion in the generated journey: an edit moves it 5 away, the next one back. */
const firstEmotion = new Map(targets.map((id) => [id, journey.touchpoints.find((tp) => tp.id === id)?.emotion ?? 0]));

/** The targets' emotions, in order: the journey's state as the edits change it (the rest stays). */
function targetState(): string {
  const byId = new Map(store.journey.touchpoints.map((tp) => [tp.id, tp.emotion]));
  return targets.map((id) => String(byId.get(id))).join(' ');
}

let analysisMs = 0;
/** The analysis of the journey as last edited (what the deferred render must catch up with). */
let latest: JourneyAnalysis | null = null;
let pending: { before: Journey; t1: number } | null = null;
let following: { t3: number; painted: (t4: number) => void } | null = null;

function onCommit(committed: Journey): void {
  if (pending !== null && Number.isNaN(pending.t1) && committed !== pending.before) pending.t1 = performance.now();
}

/** A commit of the deferred analysis: once it is the latest, the recommendations have followed. */
function onDeferredCommit(deferred: JourneyAnalysis): void {
  const f = following;
  if (f === null || !Number.isNaN(f.t3) || deferred !== latest) return;
  f.t3 = performance.now();
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); f.painted(performance.now()); };
    channel.port2.postMessage(0);
  });
}

/** Defers the same analysis as the charts panel's recommendation list: React renders both deferred
 *  values of an edit in the same background render, so this commits when the list does. */
function DeferredProbe({ analysis }: { analysis: JourneyAnalysis }) {
  const deferred = useDeferredValue(analysis);
  useLayoutEffect(() => { onDeferredCommit(deferred); });
  return null;
}

/** Renders on every store change (it reads the snapshot) and is the last component: its layout
 *  effect runs after React has written every DOM change of the commit. */
function CommitProbe() {
  const { history } = useEditor();
  useLayoutEffect(() => { onCommit(history.journey); });
  return null;
}

/** workspace.tsx's WorkspaceBody, reduced to the bottom panel. */
function BenchBody() {
  const { history, session: view } = useEditor();
  const current = history.journey;
  const analysis: JourneyAnalysis = useMemo(() => {
    const a0 = performance.now();
    const result = analyseJourney(current, view.pathId ?? undefined);
    analysisMs = performance.now() - a0;
    latest = result;
    return result;
  }, [current, view.pathId]);
  if (layout === 'panel') {
    return (
      <div className="workspace with-panel bench-charts-panel">
        <div className="bottom"><BottomPanel analysis={analysis} /></div>
        <DeferredProbe analysis={analysis} />
      </div>
    );
  }
  return (
    <div className="bench-charts-grid">
      <div className="bottom"><BottomPanel analysis={analysis} /></div>
      <OtherCharts analysis={analysis} />
      <DeferredProbe analysis={analysis} />
    </div>
  );
}

const NO_SELECT = () => {};

/** The other three tabs' charts, with the props ChartsPanel (bottom-panel.tsx) passes them. */
function OtherCharts({ analysis }: { analysis: JourneyAnalysis }) {
  const store = useEditorStore();
  const { history, session } = useEditor();
  const selectedIds = useMemo(() => new Set(session.selected), [session.selected]);
  const onSelect = useCallback((id: string, additive: boolean) => {
    const current = store.session.selected;
    if (!additive) store.select([id]);
    else store.select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
  }, [store]);
  const selected = history.journey.touchpoints.find((tp) => tp.id === session.selected[session.selected.length - 1]);
  const noMomentSelection = useMemo(() => new Set<string>(), []);
  return (
    <>
      <div className="bottom"><div className="chart-area"><CeiBeiQuadrant analysis={analysis} selectedIds={selectedIds} onSelect={onSelect} /></div></div>
      <div className="bottom"><div className="chart-area"><IpaQuadrant analysis={analysis} selectedIds={selectedIds} onSelect={onSelect} /></div></div>
      <div className="bottom">
        <div className="chart-area">
          {selected && <TouchpointEmotionCurve touchpoint={selected} selectedIds={noMomentSelection} onSelect={NO_SELECT} showBrand />}
        </div>
      </div>
    </>
  );
}

let edits = 0;

function edit(): Promise<EditTiming> {
  const state = targetState();
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const id = targets[edits % targets.length]!;
      edits += 1;
      const tp = store.journey.touchpoints.find((x) => x.id === id);
      const was = typeof tp?.emotion === 'number' ? tp.emotion : 0;
      // Between its first emotion and 5 from it, so that the journey is back as it was after a cycle.
      const first = firstEmotion.get(id) ?? 0;
      const emotion = was !== first ? first : first >= 0 ? first - 5 : first + 5;
      pending = { before: store.journey, t1: Number.NaN };
      let t0 = Number.NaN;
      let tExec = Number.NaN;
      /** React's commit of the edit, as it was when the frame was painted. */
      let t1 = Number.NaN;
      let t2 = Number.NaN;
      let t4 = Number.NaN;
      let done = false;
      /** The list did not follow within a second: resolve as soon as the frame is in (t4 stays NaN). */
      let late = false;
      const follow = { t3: Number.NaN, painted: (t: number) => { t4 = t; finish(); } };
      following = follow;
      const timeout = setTimeout(() => { late = true; finish(); }, 1000);
      function finish(): void {
        if (done || Number.isNaN(t2) || (Number.isNaN(t4) && !late)) return;
        done = true;
        clearTimeout(timeout);
        following = null;
        pending = null;
        if (Number.isNaN(t1)) reject(new Error('React did not commit the edit within the frame'));
        else resolve({ t0, tExec, t1, t2, analysisMs, t3: follow.t3, t4, id, was, emotion, state });
      }
      // For the runner's trace: finds the task of this frame (its main-thread CPU time).
      performance.mark('cx-edit');
      t0 = performance.now();
      // Posted before the edit, so that it comes before the message with which React's scheduler
      // starts the deferred render (the list): that render runs after this frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        t2 = performance.now();
        t1 = pending?.t1 ?? Number.NaN;
        channel.port1.close();
        performance.clearMarks('cx-edit');
        finish();
      };
      channel.port2.postMessage(0);
      const out = store.execute(COMMANDS.updateTouchpoint, { id, patch: { emotion } }, { mergeKey: `tp:${id}:emotion` });
      tExec = performance.now();
      if (!out.ok) { channel.port1.close(); reject(new Error(out.message)); return; }
    });
  });
}

window.__chartsBench = {
  n,
  layout,
  tab,
  ready() {
    const root = document.getElementById('root');
    if (!root) return false;
    const charts = root.querySelectorAll('svg[role="group"]').length;
    const panels = root.querySelectorAll('.cx-summary, .cx-recs').length;
    return charts === (layout === 'grid' ? 4 : tab === 'moments' && !focus ? 0 : 1) && panels === 2;
  },
  domCount() {
    const root = document.getElementById('root');
    let svg = 0;
    for (const el of root?.querySelectorAll('svg[role="group"]') ?? []) svg += el.getElementsByTagName('*').length;
    return { all: root?.getElementsByTagName('*').length ?? 0, svg };
  },
  cycle: 2 * targets.length,
  edit,
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EditorContext.Provider value={store}>
        <BenchBody />
        <CommitProbe />
      </EditorContext.Provider>
    </StrictMode>,
  );
}
