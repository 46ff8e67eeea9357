// Records in IndexedDB. Every write is one transaction that checks the stored rev first, so a stale
// tab writes nothing and a failed write leaves what was stored as it was.
import { Dexie, type Table } from 'dexie';
import { checkRev, type ChangeSet, type StorageBackend } from './backend.ts';
import type { JourneyDb } from './db.ts';
import { LIST_NAMES, emptyLists, type JourneyRecord, type ListName, type ListRecord, type StoredJourney } from './records.ts';

export class DexieBackend implements StorageBackend {
  readonly persistent = true;

  constructor(readonly db: JourneyDb) {}

  private table(name: ListName): Table<ListRecord, [string, string]> {
    return this.db[name];
  }

  private listTables(): Table[] {
    return LIST_NAMES.map((name) => this.db[name]);
  }

  /** All list records of one journey: the key range [journeyId, -∞] … [journeyId, +∞]. */
  private ofJourney(name: ListName, journeyId: string) {
    return this.table(name).where('[journeyId+id]').between([journeyId, Dexie.minKey], [journeyId, Dexie.maxKey], true, true);
  }

  async heads(): Promise<JourneyRecord[]> {
    return this.db.journeys.toArray();
  }

  async read(journeyId: string): Promise<StoredJourney | undefined> {
    return this.db.transaction('r', [this.db.journeys, ...this.listTables()], async () => {
      const head = await this.db.journeys.get(journeyId);
      if (!head) return undefined;
      const lists = emptyLists();
      for (const name of LIST_NAMES) lists[name] = await this.ofJourney(name, journeyId).toArray();
      return { head, lists };
    });
  }

  async write(changes: ChangeSet): Promise<void> {
    const journeyId = changes.head.id;
    await this.db.transaction('rw', [this.db.journeys, ...this.listTables()], async () => {
      checkRev(journeyId, await this.db.journeys.get(journeyId), changes.expectedRev);
      for (const name of LIST_NAMES) {
        if (changes.replace) await this.ofJourney(name, journeyId).delete();
        const removed = changes.remove[name];
        if (removed.length > 0) await this.table(name).bulkDelete(removed.map((id): [string, string] => [journeyId, id]));
        const put = changes.put[name];
        if (put.length > 0) await this.table(name).bulkPut(put);
      }
      await this.db.journeys.put(changes.head);
    });
  }

  async rename(journeyId: string, name: string, updatedAt: number): Promise<number | undefined> {
    return this.db.transaction('rw', this.db.journeys, async () => {
      const head = await this.db.journeys.get(journeyId);
      if (!head) return undefined;
      const rev = head.rev + 1;
      await this.db.journeys.put({ ...head, name, rev, updatedAt, fields: { ...head.fields, name } });
      return rev;
    });
  }

  async remove(journeyId: string): Promise<StoredJourney | undefined> {
    return this.db.transaction('rw', [this.db.journeys, ...this.listTables()], async () => {
      const head = await this.db.journeys.get(journeyId);
      if (!head) return undefined;
      const lists = emptyLists();
      for (const name of LIST_NAMES) {
        lists[name] = await this.ofJourney(name, journeyId).toArray();
        await this.ofJourney(name, journeyId).delete();
      }
      await this.db.journeys.delete(journeyId);
      return { head, lists };
    });
  }

  async getSession(key: string): Promise<unknown> {
    return (await this.db.session.get(key))?.value;
  }

  async putSession(key: string, value: unknown): Promise<void> {
    await this.db.session.put({ key, value });
  }

  async deleteSession(key: string): Promise<void> {
    await this.db.session.delete(key);
  }

  close(): void {
    this.db.close();
  }
}
