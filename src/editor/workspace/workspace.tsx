// The open journey: top bar, canvas, inspector and the bottom panel (charts, survey, help).
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { analyseJourney, type JourneyAnalysis } from '../../model/method/index.ts';
import type { Clipboard } from '../../model/commands/clipboard.ts';
import { t } from '../../i18n/index.ts';
import { ACTIONS, actionForShortcut, shortcutOf, type ActionContext } from '../actions.ts';
import { JourneyCanvas } from '../canvas/journey-canvas.tsx';
import { Sidebar } from '../inspector/sidebar.tsx';
import { EditorContext, useEditor } from '../store/use-editor.ts';
import { BottomPanel } from '../panels/bottom-panel.tsx';
import { SurveyPanel } from '../../survey/index.ts';
import type { JourneySession } from './journey-session.ts';
import { TopBar } from './top-bar.tsx';

let sharedClipboard: Clipboard | null = null;
const clipboard = { get: () => sharedClipboard, set: (c: Clipboard) => { sharedClipboard = c; } };

export function Workspace({ session, onClose }: { session: JourneySession; onClose: () => void }) {
  const store = session.editor;
  useEffect(() => {
    const flush = () => { void session.flush(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush(); };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);

  return (
    <EditorContext.Provider value={store}>
      <ReactFlowProvider>
        <WorkspaceBody session={session} onClose={onClose} />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function WorkspaceBody({ session, onClose }: { session: JourneySession; onClose: () => void }) {
  const store = session.editor;
  const { history, session: view } = useEditor();
  const journey = history.journey;
  const stale = useSyncExternalStore(session.subscribeStale, session.getStale);
  const analysis: JourneyAnalysis = useMemo(() => analyseJourney(journey, view.pathId ?? undefined), [journey, view.pathId]);
  const ctx = useRef<ActionContext>({ store, clipboard });
  ctx.current.store = store;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      const target = e.target as HTMLElement | null;
      // React Flow moves a focused node with the arrow keys itself.
      if (e.key.startsWith('Arrow') && target?.closest?.('.react-flow__node')) return;
      if (target?.closest?.('dialog')) return;
      const action = actionForShortcut(shortcutOf(e));
      if (!action || !action.enabled(ctx.current)) return;
      e.preventDefault();
      action.run(ctx.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const large = journey.touchpoints.length > 400;

  return (
    <div className="app">
      <TopBar session={session} actions={ACTIONS} ctx={ctx.current} onClose={onClose} />
      {stale && (
        <div className="notice warn" role="alert">
          {stale === 'changed-elsewhere' ? t('stale.changed') : t('stale.deleted')}{' '}
          {stale === 'changed-elsewhere' && <button type="button" onClick={() => { void session.reload(); }}>{t('stale.reload')}</button>}
        </div>
      )}
      <div className={`workspace${view.panel ? ' with-panel' : ''}`}>
        <div className="canvas-wrap">
          <JourneyCanvas peakId={analysis.peakTouchpointId} endId={analysis.endTouchpointId} onlyVisible={large} />
        </div>
        <aside className="side" aria-label={t('inspector.aria')}>
          <Sidebar />
        </aside>
        {view.panel && (
          <div className="bottom">
            <BottomPanel analysis={analysis} survey={<SurveyPanel journeyId={journey.id} />} />
          </div>
        )}
      </div>
    </div>
  );
}
