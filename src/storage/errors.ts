// The errors storage raises, and the plain sentence the editor shows for each. Every sentence is a key
// of messages.ts with its variables; `.message` is the English (src/i18n shows the catalogue's).
import type { MessageVars } from '../model/messages.ts';
import { StorageError, storageMessage, storageText, STORAGE_MESSAGES, type StorageMessage, type StorageMessageKey } from './messages.ts';

/** The English of the fixed sentences (kept for callers that want the text). */
export const MESSAGES = {
  full: STORAGE_MESSAGES['storage.full'],
  unavailable: STORAGE_MESSAGES['storage.unavailable'],
  notAllowed: STORAGE_MESSAGES['storage.notAllowed'],
  conflict: STORAGE_MESSAGES['storage.conflict'],
  deleted: STORAGE_MESSAGES['storage.deleted'],
  exists: STORAGE_MESSAGES['storage.exists'],
} as const;

const CONFLICT_KEYS = { changed: 'storage.conflict', deleted: 'storage.deleted', exists: 'storage.exists' } as const;

/** A save refused because another tab wrote the journey (or deleted it) since this tab last saw it. */
export class ConflictError extends StorageError {
  constructor(
    readonly journeyId: string,
    readonly reason: 'changed' | 'deleted' | 'exists',
  ) {
    super(CONFLICT_KEYS[reason]);
    this.name = 'ConflictError';
  }
}

/** A stored journey whose records cannot be read back as a journey. */
export class CorruptJourneyError extends StorageError {
  constructor(
    readonly journeyId: string,
    journeyName: string | undefined,
    /** What is damaged ("its main record is damaged"). */
    detail: StorageMessage,
  ) {
    super(journeyName ? 'storage.corruptNamed' : 'storage.corrupt', journeyName ? { name: journeyName, id: journeyId, detail } : { id: journeyId, detail });
    this.name = 'CorruptJourneyError';
  }
}

/** A journey the store refuses to write as it is (it would lose data). */
export class InvalidJourneyError extends StorageError {
  constructor(key: StorageMessageKey, vars: MessageVars = {}) {
    super(key, vars);
    this.name = 'InvalidJourneyError';
  }
}

const UNAVAILABLE = new Set([
  'InvalidStateError', 'UnknownError', 'DatabaseClosedError', 'MissingAPIError', 'OpenFailedError',
  'SecurityError', 'NotFoundError', 'VersionError', 'InvalidAccessError', 'TransactionInactiveError',
]);

/** The names of an error and of the errors it wraps (Dexie wraps the IndexedDB error in `inner`). */
function namesOf(err: unknown): string[] {
  const names: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    e = inner ?? cause;
  }
  return names;
}

/** Why a save failed, as a message (key and variables). */
export function saveErrorMessage(err: unknown): StorageMessage {
  if (err instanceof ConflictError || err instanceof InvalidJourneyError) return { key: err.key, vars: err.vars };
  const names = namesOf(err);
  if (names.includes('QuotaExceededError')) return storageMessage('storage.full');
  if (names.some((name) => UNAVAILABLE.has(name))) return storageMessage('storage.unavailable');
  const detail = err instanceof Error && err.message ? err.message : String(err);
  return storageMessage('storage.notSaved', { detail });
}

/** The sentence that tells the user why a save failed, in English. */
export function describeSaveError(err: unknown): string {
  return storageText(saveErrorMessage(err));
}
