// Records in memory, for a browser that allows no storage: the app works, nothing outlives the page.
// Values are copied in and out, as IndexedDB does, so the caller's objects and the stored ones never mix.
import { checkRev, type ChangeSet, type StorageBackend } from './backend.ts';
import { LIST_NAMES, emptyLists, type JourneyRecord, type ListName, type ListRecord, type StoredJourney } from './records.ts';

type Lists = Record<ListName, Map<string, ListRecord>>;

export class MemoryBackend implements StorageBackend {
  readonly persistent = false;
  private readonly journeys = new Map<string, JourneyRecord>();
  private readonly lists = new Map<string, Lists>();
  private readonly session = new Map<string, unknown>();

  heads(): Promise<JourneyRecord[]> {
    return Promise.resolve(structuredClone([...this.journeys.values()]));
  }

  read(journeyId: string): Promise<StoredJourney | undefined> {
    return Promise.resolve(this.snapshot(journeyId));
  }

  write(changes: ChangeSet): Promise<void> {
    try {
      const journeyId = changes.head.id;
      checkRev(journeyId, this.journeys.get(journeyId), changes.expectedRev);
      const copy = structuredClone(changes); // before touching anything: a value that cannot be stored changes nothing
      // Nothing below can throw: the write happens whole.
      const current = this.lists.get(journeyId);
      const lists: Lists = current && !copy.replace ? current : {
        stages: new Map(), touchpoints: new Map(), links: new Map(), paths: new Map(),
      };
      for (const name of LIST_NAMES) {
        for (const id of copy.remove[name]) lists[name].delete(id);
        for (const record of copy.put[name]) lists[name].set(record.id, record);
      }
      this.lists.set(journeyId, lists);
      this.journeys.set(journeyId, copy.head);
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  rename(journeyId: string, name: string, updatedAt: number): Promise<number | undefined> {
    const head = this.journeys.get(journeyId);
    if (!head) return Promise.resolve(undefined);
    const rev = head.rev + 1;
    this.journeys.set(journeyId, { ...head, name, rev, updatedAt, fields: { ...head.fields, name } });
    return Promise.resolve(rev);
  }

  remove(journeyId: string): Promise<StoredJourney | undefined> {
    const stored = this.snapshot(journeyId);
    this.journeys.delete(journeyId);
    this.lists.delete(journeyId);
    return Promise.resolve(stored);
  }

  getSession(key: string): Promise<unknown> {
    return Promise.resolve(structuredClone(this.session.get(key)));
  }

  putSession(key: string, value: unknown): Promise<void> {
    this.session.set(key, structuredClone(value));
    return Promise.resolve();
  }

  deleteSession(key: string): Promise<void> {
    this.session.delete(key);
    return Promise.resolve();
  }

  close(): void {}

  private snapshot(journeyId: string): StoredJourney | undefined {
    const head = this.journeys.get(journeyId);
    if (!head) return undefined;
    const lists = emptyLists();
    const stored = this.lists.get(journeyId);
    if (stored) for (const name of LIST_NAMES) lists[name] = [...stored[name].values()];
    return structuredClone({ head, lists });
  }
}
