// One open journey: the editor store, wired to autosave (document), throttled session saves, page
// hide, and other tabs. Framework-free so that it can be tested without React.
import type { Journey } from '../../model/types.ts';
import { Autosave, isNewerThan, type JourneyStore, type SessionState, type TabSync } from '../../storage/index.ts';
import { EditorStore, type Session } from '../store/editor-store.ts';

export type StaleState = null | 'changed-elsewhere' | 'deleted-elsewhere';

const SESSION_DELAY_MS = 500;

export class JourneySession {
  readonly editor: EditorStore;
  readonly autosave: Autosave;
  private stale: StaleState = null;
  private readonly staleListeners = new Set<() => void>();
  private sessionTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSession: Session | null = null;
  private readonly unsubscribe: () => void;

  private constructor(private readonly store: JourneyStore, private readonly sync: TabSync | null, journey: Journey, session: SessionState | undefined) {
    this.autosave = new Autosave({ save: (prev, next) => store.saveChanges(prev, next), notice: store.noticeMessage });
    this.editor = new EditorStore(journey, {
      session: fromStored(session),
      onDocument: (j) => this.autosave.update(j),
      onSession: (s) => this.scheduleSession(s),
    });
    // Nothing is written before the first load has finished.
    this.autosave.loaded(journey);
    this.unsubscribe = sync?.onOtherTab((message) => {
      const id = this.editor.journey.id;
      if (!isNewerThan(message, id, store.revOf(id))) return;
      if (message.deleted) { this.setStale('deleted-elsewhere'); return; }
      // Follow the other tab live while this one has nothing unsaved; otherwise say so and offer a reload.
      if (this.autosave.getStatus().state === 'saved') void this.reload();
      else this.setStale('changed-elsewhere');
    }) ?? (() => {});
    this.autosave.subscribe((status) => {
      if (status.state === 'conflict') this.setStale('changed-elsewhere');
    });
  }

  static async open(store: JourneyStore, sync: TabSync | null, journeyId: string): Promise<JourneySession | undefined> {
    const journey = await store.loadJourney(journeyId);
    if (!journey) return undefined;
    const session = await store.loadSession(journeyId).catch(() => undefined);
    await store.setLastOpened(journeyId).catch(() => {});
    return new JourneySession(store, sync, journey, session);
  }

  get staleState(): StaleState { return this.stale; }

  readonly subscribeStale = (listener: () => void): (() => void) => {
    this.staleListeners.add(listener);
    return () => this.staleListeners.delete(listener);
  };

  readonly getStale = (): StaleState => this.stale;

  /** Takes the stored version (another tab's newer one), dropping this tab's unsaved edits. */
  async reload(): Promise<void> {
    const journey = await this.store.loadJourney(this.editor.journey.id);
    if (!journey) { this.setStale('deleted-elsewhere'); return; }
    this.autosave.loaded(journey);
    this.editor.replaceJourney(journey);
    this.setStale(null);
  }

  /** Page hide or leaving the journey: write what is not written yet. */
  async flush(): Promise<void> {
    if (this.pendingSession) this.writeSession();
    await this.autosave.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.unsubscribe();
    this.autosave.dispose();
  }

  private setStale(state: StaleState): void {
    if (this.stale === state) return;
    this.stale = state;
    for (const l of [...this.staleListeners]) l();
  }

  private scheduleSession(session: Session): void {
    this.pendingSession = session;
    if (this.sessionTimer !== undefined) return;
    this.sessionTimer = setTimeout(() => this.writeSession(), SESSION_DELAY_MS);
  }

  private writeSession(): void {
    if (this.sessionTimer !== undefined) clearTimeout(this.sessionTimer);
    this.sessionTimer = undefined;
    const s = this.pendingSession;
    this.pendingSession = null;
    if (!s) return;
    void this.store.saveSession(this.editor.journey.id, toStored(s)).catch(() => {});
  }
}

function toStored(s: Session): SessionState {
  return { selection: [...s.selected], viewport: s.viewport ?? undefined, openPanel: s.panel, pathId: s.pathId, chartTab: s.chartTab, source: s.source };
}

function fromStored(s: SessionState | undefined): Partial<Session> {
  if (!s) return {};
  const out: Partial<Session> = {};
  if (Array.isArray(s.selection)) out.selected = s.selection.filter((x): x is string => typeof x === 'string');
  const v = s.viewport;
  if (v && Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.zoom) && v.zoom > 0) out.viewport = v;
  if (s.openPanel === 'charts' || s.openPanel === 'survey' || s.openPanel === 'help' || s.openPanel === null) out.panel = s.openPanel;
  if (typeof s.pathId === 'string') out.pathId = s.pathId;
  if (typeof s.chartTab === 'string' && ['curve', 'quadrant', 'ipa', 'moments', 'gap'].includes(s.chartTab)) out.chartTab = s.chartTab as Session['chartTab'];
  if (typeof s.source === 'string') out.source = s.source;
  return out;
}
