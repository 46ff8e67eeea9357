// The app: opens storage, then shows the library or the journey that was open before a reload.
import { useCallback, useEffect, useState } from 'react';
import { louisVuitton } from '../model/templates/index.ts';
import { openStorage, openSurveyStore, sweepOrphanSurveys, TabSync, type JourneyStore } from '../storage/index.ts';
import { errorText, messageText, t } from '../i18n/index.ts';
import { Library } from './library/library.tsx';
import { JourneySession } from './workspace/journey-session.ts';
import { Workspace } from './workspace/workspace.tsx';

const APP_KEY = '__app';

type Screen = { kind: 'loading' } | { kind: 'library'; notice?: string } | { kind: 'journey'; session: JourneySession };

export function App() {
  const [store, setStore] = useState<JourneyStore | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [sync] = useState(() => new TabSync());

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const s = await openStorage({ announcer: sync });
      if (cancelled) return;
      setStore(s);
      // First visit: an example journey is ready.
      const app = await s.loadSession(APP_KEY).catch(() => undefined);
      if (!app?.seeded) {
        const list = await s.listJourneys();
        if (list.length === 0) {
          const example = louisVuitton({ id: crypto.randomUUID() });
          await s.createJourney(example);
          await s.setLastOpened(example.id);
        }
        await s.saveSession(APP_KEY, { seeded: true });
      }
      // Surveys of journeys deleted for good in an earlier visit (deletion is undoable until then).
      if (s.persistent) void openSurveyStore().then((surveys) => sweepOrphanSurveys(s, surveys).finally(() => surveys.close())).catch(() => {});
      const last = await s.getLastOpened().catch(() => undefined);
      const session = last ? await JourneySession.open(s, sync, last).catch(() => undefined) : undefined;
      if (cancelled) return;
      setScreen(session ? { kind: 'journey', session } : { kind: 'library' });
    })();
    return () => { cancelled = true; };
  }, [sync]);

  const open = useCallback(async (id: string) => {
    if (!store) return;
    try {
      const session = await JourneySession.open(store, sync, id);
      setScreen(session ? { kind: 'journey', session } : { kind: 'library', notice: t('library.missing') });
    } catch (err) {
      setScreen({ kind: 'library', notice: errorText(err) });
    }
  }, [store, sync]);

  const close = useCallback(async () => {
    if (screen.kind === 'journey') await screen.session.close();
    await store?.setLastOpened(null);
    setScreen({ kind: 'library' });
  }, [screen, store]);

  if (!store || screen.kind === 'loading') return <main className="library"><h1>{t('app.title')}</h1><p>{t('library.loading')}</p></main>;
  if (screen.kind === 'journey') return <Workspace key={screen.session.editor.journey.id} session={screen.session} onClose={() => { void close(); }} />;
  return (
    <>
      {store.noticeMessage && <div className="notice error" role="alert">{messageText(store.noticeMessage)}</div>}
      <Library store={store} onOpen={(id) => { void open(id); }} notice={screen.notice ?? null} />
    </>
  );
}
