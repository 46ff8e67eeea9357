// The few record operations a journey store needs. Two implementations: IndexedDB through Dexie, and
// memory (when the browser allows no storage). The journey logic (diff, order, revs) sits above, once.
import { ConflictError } from './errors.ts';
import type { ListChanges } from './diff.ts';
import type { JourneyRecord, StoredJourney } from './records.ts';

export interface ChangeSet extends Omit<ListChanges, 'orders'> {
  /** Written as it is; its rev is already the new one. */
  head: JourneyRecord;
  /** The rev the stored journey must have for the write to happen; null: it must not exist. */
  expectedRev: number | null;
  /** Delete every list record of the journey before writing (a full write). */
  replace: boolean;
}

export interface StorageBackend {
  readonly persistent: boolean;
  /** Every journey's record, in no particular order. */
  heads(): Promise<JourneyRecord[]>;
  /** The journey's records; list records in no particular order. */
  read(journeyId: string): Promise<StoredJourney | undefined>;
  /** Writes all of it or nothing; throws ConflictError when the stored rev is not `expectedRev`. */
  write(changes: ChangeSet): Promise<void>;
  /** Renames and bumps the rev; the new rev, or undefined when there is no such journey. */
  rename(journeyId: string, name: string, updatedAt: number): Promise<number | undefined>;
  /** Deletes the journey and all its records at once, and gives back what was there. */
  remove(journeyId: string): Promise<StoredJourney | undefined>;
  getSession(key: string): Promise<unknown>;
  putSession(key: string, value: unknown): Promise<void>;
  deleteSession(key: string): Promise<void>;
  close(): void;
}

/** The condition of every write, checked inside the write's transaction. */
export function checkRev(journeyId: string, stored: JourneyRecord | undefined, expectedRev: number | null): void {
  if (expectedRev === null) {
    if (stored) throw new ConflictError(journeyId, 'exists');
  } else if (!stored) {
    throw new ConflictError(journeyId, 'deleted');
  } else if (stored.rev !== expectedRev) {
    throw new ConflictError(journeyId, 'changed');
  }
}
