// The autosave queue, framework-free. Nothing is written before `loaded()`; a burst of updates becomes
// one save within `delayMs`; saves never overlap (the next waits, then saves the newest); a failed save
// keeps the last saved version as the base, so the next attempt writes everything not yet stored.
import type { Journey } from '../model/types.ts';
import { literal, type MessageRef } from '../model/messages.ts';
import { ConflictError, saveErrorMessage } from './errors.ts';
import { STORAGE_MESSAGES, storageText } from './messages.ts';

export type AutosaveState = 'saved' | 'saving' | 'error' | 'conflict' | 'not-kept';

export interface AutosaveStatus {
  state: AutosaveState;
  /** A plain sentence for the status line, in English. */
  message: string;
  /** The same sentence as a message (key and variables) when it says why nothing is saved: the UI shows it through i18n. */
  text?: MessageRef;
}

export interface AutosaveOptions {
  /** Writes what changed from `prev` (last saved) to `next`: `(p, n) => store.saveChanges(p, n)`. */
  save: (prev: Journey | null, next: Journey) => Promise<void>;
  /** Longest wait between a change and the start of its save. Default 400. */
  delayMs?: number;
  /** The store's notice when nothing is kept (in-memory store): shown in place of "Saved". */
  notice?: string | MessageRef | null;
}

/** One loaded journey: the version last saved and the newest. */
interface Doc {
  base: Journey;
  latest: Journey;
}

const dirty = (doc: Doc): boolean => doc.latest !== doc.base;
const SAVING: AutosaveStatus = { state: 'saving', message: STORAGE_MESSAGES['save.saving'] };
const SAVED: AutosaveStatus = { state: 'saved', message: STORAGE_MESSAGES['save.saved'] };

function notKept(notice: string | MessageRef): AutosaveStatus {
  return typeof notice === 'string'
    ? { state: 'not-kept', message: notice, text: literal(notice) }
    : { state: 'not-kept', message: storageText(notice), text: notice };
}

export class Autosave {
  private readonly saveFn: AutosaveOptions['save'];
  private readonly delayMs: number;
  private readonly idle: AutosaveStatus;
  private status: AutosaveStatus;
  private readonly listeners = new Set<(status: AutosaveStatus) => void>();
  private doc: Doc | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private busy = 0;
  private tail: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(options: AutosaveOptions) {
    this.saveFn = options.save;
    this.delayMs = options.delayMs ?? 400;
    this.idle = options.notice ? notKept(options.notice) : SAVED;
    this.status = this.idle;
  }

  getStatus(): AutosaveStatus {
    return this.status;
  }

  /** Calls `listener` on every status change; returns the unsubscribe (fits useSyncExternalStore). */
  subscribe(listener: (status: AutosaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The journey as loaded (or reloaded after a conflict): the base of the next save. Unsaved changes of a
   * previously loaded journey are still saved, after any save in flight; a reload of the same journey
   * discards them, as the user asked.
   */
  loaded(journey: Journey): void {
    const previous = this.doc;
    this.clearTimer();
    this.doc = { base: journey, latest: journey };
    const keepPrevious = previous && dirty(previous) && previous.base.id !== journey.id && this.status.state !== 'conflict';
    this.setStatus(this.idle);
    if (keepPrevious) void this.run(previous);
  }

  /** The newest version of the document. Ignored before `loaded()` and after a conflict. */
  update(journey: Journey): void {
    const doc = this.doc;
    if (!doc || this.disposed) return;
    doc.latest = journey;
    if (this.status.state === 'conflict') return;
    if (!dirty(doc)) {
      if (this.busy === 0) this.clearTimer();
      const state = this.status.state;
      if (this.busy === 0 && (state === 'saving' || state === 'error')) this.setStatus(this.idle); // back to what is stored
      return;
    }
    this.setStatus(SAVING);
    this.schedule();
  }

  /**
   * Saves now what is not saved yet (page hide, leaving the journey), after any save in flight; resolves
   * when done. With no save in flight the save starts at once (no timer). Retries once after an error.
   */
  async flush(): Promise<void> {
    let tried = false;
    for (;;) {
      this.clearTimer();
      if (this.busy > 0) {
        await this.tail;
        continue;
      }
      const doc = this.doc;
      const state = this.status.state;
      if (!doc || !dirty(doc) || state === 'conflict' || (tried && state === 'error')) return;
      tried = true;
      await this.run(doc);
    }
  }

  /** Stops the timer and the listeners; call `flush()` first. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  private run(doc: Doc): Promise<void> {
    this.busy++;
    if (doc === this.doc) this.setStatus(SAVING);
    this.tail = this.tail
      .then(async () => {
        const next = doc.latest; // the newest at the time the save starts
        if (!dirty(doc)) return;
        await this.saveFn(doc.base, next);
        doc.base = next;
      })
      .then(
        () => this.settled(doc, null),
        (err: unknown) => this.settled(doc, err),
      );
    return this.tail;
  }

  private settled(doc: Doc, err: unknown): void {
    this.busy--;
    const current = this.doc;
    if (err !== null) {
      // A conflict is the shown journey's only; any other failure is reported, even of one left behind.
      if (err instanceof ConflictError) {
        if (doc === current) this.setStatus({ state: 'conflict', message: err.message, text: { key: err.key, vars: err.vars } });
      } else {
        const text = saveErrorMessage(err);
        this.setStatus({ state: 'error', message: storageText(text), text });
      }
      if (doc === current) return; // retried on the next update (or flush)
    }
    if (!current || this.busy > 0 || this.status.state === 'conflict') return;
    if (dirty(current)) this.schedule();
    else if (this.status.state === 'saving') this.setStatus(this.idle);
  }

  /** Throttle: one timer at a time, started by the first change of a burst; none while a save runs. */
  private schedule(): void {
    if (this.timer !== undefined || this.busy > 0 || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.busy === 0 && this.doc && dirty(this.doc)) void this.run(this.doc);
    }, this.delayMs);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: AutosaveStatus): void {
    if (status.state === this.status.state && status.message === this.status.message) return;
    this.status = status;
    for (const listener of [...this.listeners]) listener(status);
  }
}
