// Opening storage: IndexedDB when the browser allows it, memory when it does not (private mode, storage
// disabled, no IndexedDB). The app works either way; the store's `notice` says plainly when nothing is kept.
import type { DexieOptions } from 'dexie';
import { JourneyDb } from './db.ts';
import { DexieBackend } from './dexie-backend.ts';
import { storageMessage } from './messages.ts';
import { createJourneyStore, type JourneyStoreOptions } from './journey-store.ts';
import { MemoryBackend } from './memory-backend.ts';
import { DB_NAME } from './records.ts';
import type { JourneyStore } from './store.ts';

export interface OpenStorageOptions extends Omit<JourneyStoreOptions, 'notice'> {
  /** Defaults to 'cx-touchpoint-mapper'; tests give each test its own. */
  dbName?: string;
  /** The IndexedDB factory to use instead of the global one; null stands for a browser without any. */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** A store in memory only (also what `openStorage` falls back to). */
export function createMemoryStore(options: JourneyStoreOptions & { backend?: MemoryBackend } = {}): JourneyStore {
  return createJourneyStore(options.backend ?? new MemoryBackend(), { notice: storageMessage('storage.notAllowed'), ...options });
}

/** The IndexedDB store over an already constructed database (tests add middleware to it first). */
export function createDexieStore(db: JourneyDb, options: JourneyStoreOptions = {}): JourneyStore {
  return createJourneyStore(new DexieBackend(db), options);
}

export async function openStorage(options: OpenStorageOptions = {}): Promise<JourneyStore> {
  const { dbName = DB_NAME, indexedDB, IDBKeyRange, ...storeOptions } = options;
  if (indexedDB !== null) {
    const deps: DexieOptions = {};
    if (indexedDB) deps.indexedDB = indexedDB;
    if (IDBKeyRange) deps.IDBKeyRange = IDBKeyRange;
    let db: JourneyDb | undefined;
    try {
      db = new JourneyDb(dbName, deps);
      await db.open();
      return createDexieStore(db, storeOptions);
    } catch {
      db?.close();
    }
  }
  return createMemoryStore({ ...storeOptions, announcer: null });
}
