// Surveys per journey (several waves each): IndexedDB through Dexie, or memory when the browser
// allows no storage. A survey's small record and its columns are written in one transaction; lists
// read the small records only.
import type { DexieOptions } from 'dexie';
import { JourneyDb } from './db.ts';
import { DB_NAME } from './records.ts';
import type { SurveyColumnsRecord, SurveyMeta, SurveyMetaPatch, SurveyRecord } from './survey-records.ts';

export interface SurveyStore {
  readonly persistent: boolean;
  /** The journey's surveys, oldest import first. */
  list(journeyId: string): Promise<SurveyMeta[]>;
  /** Every journey's surveys, newest import first (to offer a saved mapping for the next wave). */
  listAll(): Promise<SurveyMeta[]>;
  load(id: string): Promise<SurveyRecord | undefined>;
  /** Stores a new survey or replaces one, record and columns together. */
  save(survey: SurveyRecord): Promise<void>;
  /** Changes the name, mapping or filters; false when there is no such survey. */
  update(id: string, patch: SurveyMetaPatch): Promise<boolean>;
  remove(id: string): Promise<void>;
  close(): void;
}

const oldestFirst = (a: SurveyMeta, b: SurveyMeta) => a.importedAt - b.importedAt || a.id.localeCompare(b.id);

function split(survey: SurveyRecord): { meta: SurveyMeta; data: SurveyColumnsRecord } {
  const { columns, rowNumbers, ...meta } = survey;
  const data: SurveyColumnsRecord = { id: survey.id, columns };
  if (rowNumbers) data.rowNumbers = rowNumbers;
  return { meta, data };
}

function join(meta: SurveyMeta, data: SurveyColumnsRecord | undefined): SurveyRecord | undefined {
  if (!data) return undefined;
  const survey: SurveyRecord = { ...meta, columns: data.columns };
  if (data.rowNumbers) survey.rowNumbers = data.rowNumbers;
  return survey;
}

export class DexieSurveyStore implements SurveyStore {
  readonly persistent = true;

  constructor(readonly db: JourneyDb) {}

  async list(journeyId: string): Promise<SurveyMeta[]> {
    return (await this.db.surveys.where('journeyId').equals(journeyId).toArray()).sort(oldestFirst);
  }

  async listAll(): Promise<SurveyMeta[]> {
    return (await this.db.surveys.toArray()).sort(oldestFirst).reverse();
  }

  async load(id: string): Promise<SurveyRecord | undefined> {
    return this.db.transaction('r', [this.db.surveys, this.db.surveyColumns], async () => {
      const meta = await this.db.surveys.get(id);
      return meta ? join(meta, await this.db.surveyColumns.get(id)) : undefined;
    });
  }

  async save(survey: SurveyRecord): Promise<void> {
    const { meta, data } = split(survey);
    await this.db.transaction('rw', [this.db.surveys, this.db.surveyColumns], async () => {
      await this.db.surveyColumns.put(data);
      await this.db.surveys.put(meta);
    });
  }

  async update(id: string, patch: SurveyMetaPatch): Promise<boolean> {
    return (await this.db.surveys.update(id, patch)) > 0;
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.surveys, this.db.surveyColumns], async () => {
      await this.db.surveys.delete(id);
      await this.db.surveyColumns.delete(id);
    });
  }

  close(): void {
    this.db.close();
  }
}

export class MemorySurveyStore implements SurveyStore {
  readonly persistent = false;
  private readonly surveys = new Map<string, SurveyMeta>();
  private readonly columns = new Map<string, SurveyColumnsRecord>();

  list(journeyId: string): Promise<SurveyMeta[]> {
    return Promise.resolve([...this.surveys.values()].filter((s) => s.journeyId === journeyId).sort(oldestFirst));
  }

  listAll(): Promise<SurveyMeta[]> {
    return Promise.resolve([...this.surveys.values()].sort(oldestFirst).reverse());
  }

  load(id: string): Promise<SurveyRecord | undefined> {
    const meta = this.surveys.get(id);
    return Promise.resolve(meta ? join(meta, this.columns.get(id)) : undefined);
  }

  save(survey: SurveyRecord): Promise<void> {
    const { meta, data } = split(survey);
    this.surveys.set(meta.id, structuredClone(meta));
    this.columns.set(meta.id, data);
    return Promise.resolve();
  }

  update(id: string, patch: SurveyMetaPatch): Promise<boolean> {
    const meta = this.surveys.get(id);
    if (meta) this.surveys.set(id, { ...meta, ...structuredClone(patch) });
    return Promise.resolve(meta !== undefined);
  }

  remove(id: string): Promise<void> {
    this.surveys.delete(id);
    this.columns.delete(id);
    return Promise.resolve();
  }

  close(): void {}
}

export interface OpenSurveyStoreOptions {
  dbName?: string;
  /** The IndexedDB factory to use; null stands for a browser without any. */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The IndexedDB survey store, or the in-memory one when the browser allows no storage. */
export async function openSurveyStore(options: OpenSurveyStoreOptions = {}): Promise<SurveyStore> {
  const { dbName = DB_NAME, indexedDB, IDBKeyRange } = options;
  if (indexedDB === null) return new MemorySurveyStore();
  const deps: DexieOptions = {};
  if (indexedDB) deps.indexedDB = indexedDB;
  if (IDBKeyRange) deps.IDBKeyRange = IDBKeyRange;
  const db = new JourneyDb(dbName, deps);
  try {
    await db.open();
    return new DexieSurveyStore(db);
  } catch {
    db.close();
    return new MemorySurveyStore();
  }
}
