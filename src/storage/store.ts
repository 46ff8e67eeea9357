// The storage interface the editor uses. `openStorage()` gives the IndexedDB store, or the in-memory one
// when the browser allows no storage; both behave the same, and one test suite runs against both.
import type { Journey } from '../model/types.ts';
import type { MessageRef } from '../model/messages.ts';
import type { DeletedJourney, JourneySummary, SessionState } from './records.ts';

export interface JourneyStore {
  /** False for the in-memory store: nothing outlives the page. */
  readonly persistent: boolean;
  /** The plain sentence to show when nothing will be kept ("Not saved: …"), in English; null when storage works. */
  readonly notice: string | null;
  /** The same notice as a message (key and variables), for the UI to show through i18n. */
  readonly noticeMessage: MessageRef | null;

  /** The library: every journey, newest first. */
  listJourneys(): Promise<JourneySummary[]>;
  /** The journey as saved, or undefined. Throws CorruptJourneyError (naming it) when it cannot be read. */
  loadJourney(id: string): Promise<Journey | undefined>;
  /** Stores a new journey. Throws ConflictError when one with its id is already stored. */
  createJourney(journey: Journey): Promise<void>;
  /**
   * Writes what changed from `prev` (the version this store last loaded or saved) to `next`, in one
   * transaction, and bumps the rev; `prev` null writes the whole journey. Throws ConflictError, writing
   * nothing, when the stored journey changed (or was deleted) in another tab since.
   */
  saveChanges(prev: Journey | null, next: Journey): Promise<void>;
  /** Renames a stored journey (from the library). An editor holding it open will see a conflict. */
  renameJourney(id: string, name: string): Promise<void>;
  /** Copies a stored journey under a fresh id and the given name; returns the copy. */
  duplicateJourney(id: string, newName: string): Promise<Journey>;
  /** Deletes the journey, its records and its session; returns what `restoreJourney` needs to undo it. */
  deleteJourney(id: string): Promise<DeletedJourney | undefined>;
  restoreJourney(deleted: DeletedJourney): Promise<void>;
  /** The rev this store last read or wrote for the journey. */
  revOf(id: string): number | undefined;

  loadSession(journeyId: string): Promise<SessionState | undefined>;
  /** Not throttled here: the caller throttles. */
  saveSession(journeyId: string, state: SessionState): Promise<void>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(journeyId: string | null): Promise<void>;

  close(): void;
}
