// The editor's state, framework-free: the journey document with its undo history (src/model/commands)
// and the session state beside it (selection, current path, open panel, viewport), which is restored
// on reload and never undone. React reads it through useSyncExternalStore (use-editor.ts).
import type { Command } from '../../model/commands/command.ts';
import { CommandError } from '../../model/commands/errors.ts';
import { randomIds, type IdGenerator } from '../../model/commands/ids.ts';
import {
  DEFAULT_HISTORY_LIMIT, executeOn, initialHistory, markOn, redoOn, undoOn, type ExecuteOptions, type HistoryState,
} from '../../model/commands/history-state.ts';
import type { Journey } from '../../model/types.ts';
import { errorText } from '../../i18n/index.ts';

export type PanelId = 'charts' | 'survey' | 'help' | null;
export type ChartTab = 'curve' | 'quadrant' | 'ipa' | 'moments' | 'gap';

export interface Session {
  /** Selected touchpoints, in the order they were selected. */
  selected: readonly string[];
  selectedLinks: readonly string[];
  /** The path that drives the figures; null = METHOD.md §5's default path. */
  pathId: string | null;
  panel: PanelId;
  chartTab: ChartTab;
  /** Which scores drive the charts: 'workshop', or a survey source id. */
  source: string;
  viewport: { x: number; y: number; zoom: number } | null;
}

export const INITIAL_SESSION: Session = Object.freeze({
  selected: [], selectedLinks: [], pathId: null, panel: 'charts', chartTab: 'curve', source: 'workshop', viewport: null,
});

export interface EditorSnapshot {
  history: HistoryState;
  session: Session;
  /** The last refused edit, with its message from the catalogue (shown next to the field, or as a notice). */
  refusal: { message: string; field?: string } | null;
}

export type Outcome<R> = { ok: true; result: R } | { ok: false; message: string; field?: string };

export class EditorStore {
  private snapshot: EditorSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly newIds: IdGenerator;
  private readonly onDocument: (journey: Journey) => void;
  private readonly onSession: (session: Session) => void;

  constructor(journey: Journey, options: {
    session?: Partial<Session>;
    newIds?: IdGenerator;
    /** Called after every change of the document (autosave). */
    onDocument?: (journey: Journey) => void;
    /** Called after every change of the session state (throttled persistence). */
    onSession?: (session: Session) => void;
  } = {}) {
    this.snapshot = { history: initialHistory(journey), session: { ...INITIAL_SESSION, ...options.session }, refusal: null };
    this.newIds = options.newIds ?? randomIds();
    this.onDocument = options.onDocument ?? (() => {});
    this.onSession = options.onSession ?? (() => {});
    this.snapshot.session = this.sanitise(this.snapshot.session, journey);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): EditorSnapshot => this.snapshot;

  get journey(): Journey { return this.snapshot.history.journey; }
  get session(): Session { return this.snapshot.session; }

  /** Runs a command as one undo step (or merged into the open typing burst with the same key). */
  execute<A, R>(command: Command<A, R>, args: A, options: ExecuteOptions = {}): Outcome<R> {
    try {
      const { state, result } = executeOn(this.snapshot.history, command, args, options, { limit: DEFAULT_HISTORY_LIMIT, newIds: this.newIds });
      this.setHistory(state, null);
      return { ok: true, result };
    } catch (err) {
      if (err instanceof CommandError) {
        const message = errorText(err);
        const refusal = err.field === undefined ? { message } : { message, field: err.field };
        this.snapshot = { ...this.snapshot, refusal };
        this.emit();
        return { ok: false, ...refusal };
      }
      throw err;
    }
  }

  /** Ends the typing burst: the next edit is an undo step of its own. */
  mark(): void {
    const next = markOn(this.snapshot.history);
    if (next !== this.snapshot.history) this.snapshot = { ...this.snapshot, history: next };
  }

  undo(): void { this.setHistory(undoOn(this.snapshot.history), null); }
  redo(): void { this.setHistory(redoOn(this.snapshot.history), null); }
  get canUndo(): boolean { return this.snapshot.history.past.length > 0; }
  get canRedo(): boolean { return this.snapshot.history.future.length > 0; }

  /** Replaces the document without history (another tab's newer version after a reload). */
  replaceJourney(journey: Journey): void {
    this.snapshot = { ...this.snapshot, history: initialHistory(journey), session: this.sanitise(this.snapshot.session, journey), refusal: null };
    this.emit();
  }

  setSession(patch: Partial<Session>): void {
    const session = { ...this.snapshot.session, ...patch };
    this.snapshot = { ...this.snapshot, session };
    this.onSession(session);
    this.emit();
  }

  select(ids: readonly string[], links: readonly string[] = []): void {
    const s = this.snapshot.session;
    if (sameList(s.selected, ids) && sameList(s.selectedLinks, links)) return;
    this.setSession({ selected: ids, selectedLinks: links });
  }

  clearRefusal(): void {
    if (this.snapshot.refusal) { this.snapshot = { ...this.snapshot, refusal: null }; this.emit(); }
  }

  private setHistory(history: HistoryState, refusal: EditorSnapshot['refusal']): void {
    if (history === this.snapshot.history && refusal === this.snapshot.refusal) return;
    const documentChanged = history.journey !== this.snapshot.history.journey;
    const previousSession = this.snapshot.session;
    const session = documentChanged ? this.sanitise(previousSession, history.journey) : previousSession;
    this.snapshot = { history, session, refusal };
    if (documentChanged) this.onDocument(history.journey);
    if (session !== previousSession) this.onSession(session);
    this.emit();
  }

  /** Drops selected ids and a path that the document no longer has (after delete, undo, reload). */
  private sanitise(session: Session, journey: Journey): Session {
    const selected = existing(session.selected, journey.touchpoints);
    const selectedLinks = existing(session.selectedLinks, journey.links);
    const pathId = session.pathId !== null && (journey.paths ?? []).some((p) => p.id === session.pathId) ? session.pathId : null;
    if (selected.length === session.selected.length && selectedLinks.length === session.selectedLinks.length && pathId === session.pathId) return session;
    return { ...session, selected, selectedLinks, pathId };
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * The ids that `records` still has. Runs after every edit: a small selection is looked up directly
 * rather than by building a set of every id of the journey.
 */
function existing(ids: readonly string[], records: readonly { id: string }[]): readonly string[] {
  if (ids.length === 0) return ids;
  if (ids.length <= 8) return ids.filter((id) => records.some((r) => r.id === id));
  const all = new Set(records.map((r) => r.id));
  return ids.filter((id) => all.has(id));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
