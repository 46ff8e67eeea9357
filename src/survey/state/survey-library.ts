// The surveys of the open journey and the figures of those opened, framework-free (React reads it
// through useSyncExternalStore). Figures are derived from the stored columns on demand and kept
// until the mapping or the filters change; the file is never read again.
import type { JourneySurveyMapping, SegmentFilters } from '../../model/survey/index.ts';
import type { SurveyMeta, SurveyRecord, SurveyStore } from '../../storage/index.ts';
import { errorText } from '../../i18n/index.ts';
import { profileColumns, type ColumnProfile } from '../model/column-profile.ts';
import { computeFigures, type SurveyFigures } from './figures.ts';

export interface OpenedSurvey {
  record: SurveyRecord;
  profiles: ColumnProfile[];
  figures: SurveyFigures;
}

export interface LibrarySnapshot {
  journeyId: string | null;
  /** False until the journey's list has been read. */
  listed: boolean;
  surveys: readonly SurveyMeta[];
  opened: ReadonlyMap<string, OpenedSurvey>;
  /** A storage failure, as the browser worded it. */
  failure: string | null;
}

export class SurveyLibrary {
  private snapshot: LibrarySnapshot = { journeyId: null, listed: false, surveys: [], opened: new Map(), failure: null };
  private readonly listeners = new Set<() => void>();
  private readonly opening = new Map<string, Promise<OpenedSurvey | undefined>>();

  constructor(private readonly store: Promise<SurveyStore>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LibrarySnapshot => this.snapshot;

  /** Reads the journey's list of surveys (again). */
  async list(journeyId: string): Promise<void> {
    if (this.snapshot.journeyId !== journeyId) this.set({ journeyId, listed: false, surveys: [] });
    const surveys = await this.guard(async () => (await this.store).list(journeyId));
    if (surveys && this.snapshot.journeyId === journeyId) this.set({ surveys, listed: true });
  }

  /** Every journey's surveys, newest first (saved mappings for the next wave). */
  async all(): Promise<SurveyMeta[]> {
    return (await this.guard(async () => (await this.store).listAll())) ?? [];
  }

  /** Loads a survey's columns and computes its figures once; undefined when there is no such survey. */
  open(id: string): Promise<OpenedSurvey | undefined> {
    const done = this.snapshot.opened.get(id);
    if (done) return Promise.resolve(done);
    let pending = this.opening.get(id);
    if (!pending) {
      pending = this.guard(async () => (await this.store).load(id)).then((record) => {
        this.opening.delete(id);
        return record ? this.remember(record) : undefined;
      });
      this.opening.set(id, pending);
    }
    return pending;
  }

  async add(record: SurveyRecord): Promise<boolean> {
    const ok = await this.guard(async () => { await (await this.store).save(record); return true; });
    if (!ok) return false;
    this.remember(record);
    if (record.journeyId === this.snapshot.journeyId) this.set({ surveys: [...this.snapshot.surveys.filter((s) => s.id !== record.id), metaOf(record)] });
    return true;
  }

  async remove(id: string): Promise<void> {
    await this.guard(async () => (await this.store).remove(id));
    const opened = new Map(this.snapshot.opened);
    opened.delete(id);
    this.set({ surveys: this.snapshot.surveys.filter((s) => s.id !== id), opened });
  }

  setFilters(id: string, filters: SegmentFilters): Promise<void> {
    return this.change(id, { filters });
  }

  setMapping(id: string, mapping: JourneySurveyMapping, name?: string): Promise<void> {
    return this.change(id, name === undefined ? { mapping } : { mapping, name });
  }

  /** Applies the change at once (figures recomputed), then stores it. */
  private async change(id: string, patch: Partial<Pick<SurveyMeta, 'filters' | 'mapping' | 'name'>>): Promise<void> {
    const current = this.snapshot.opened.get(id) ?? await this.open(id);
    if (!current) return;
    this.remember({ ...current.record, ...patch }, current.profiles);
    this.set({ surveys: this.snapshot.surveys.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
    await this.guard(async () => (await this.store).update(id, patch));
  }

  private remember(record: SurveyRecord, profiles?: ColumnProfile[]): OpenedSurvey {
    const entry: OpenedSurvey = {
      record,
      profiles: profiles ?? profileColumns(record),
      figures: computeFigures(record, record.mapping, record.filters),
    };
    const opened = new Map(this.snapshot.opened);
    opened.set(record.id, entry);
    this.set({ opened });
    return entry;
  }

  private async guard<T>(task: () => Promise<T>): Promise<T | undefined> {
    try {
      return await task();
    } catch (err) {
      this.set({ failure: errorText(err) });
      return undefined;
    }
  }

  private set(patch: Partial<LibrarySnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

export function metaOf(record: SurveyRecord): SurveyMeta {
  const { columns: _columns, rowNumbers: _rowNumbers, ...meta } = record;
  return meta;
}
