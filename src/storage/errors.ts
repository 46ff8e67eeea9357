// The errors storage raises, and the plain sentence the editor shows for each.

export const MESSAGES = {
  full: 'Not saved: storage is full',
  unavailable: 'Not saved: storage is unavailable',
  notAllowed: 'Not saved: this browser does not allow storage',
  conflict: 'This journey changed in another tab',
  deleted: 'This journey was deleted in another tab',
  exists: 'A journey with this id is already stored',
} as const;

/** A save refused because another tab wrote the journey (or deleted it) since this tab last saw it. */
export class ConflictError extends Error {
  constructor(
    readonly journeyId: string,
    readonly reason: 'changed' | 'deleted' | 'exists',
  ) {
    super(reason === 'changed' ? MESSAGES.conflict : MESSAGES[reason]);
    this.name = 'ConflictError';
  }
}

/** A stored journey whose records cannot be read back as a journey. */
export class CorruptJourneyError extends Error {
  constructor(
    readonly journeyId: string,
    journeyName: string | undefined,
    detail: string,
  ) {
    const who = journeyName ? `"${journeyName}" (${journeyId})` : `"${journeyId}"`;
    super(`Journey ${who} could not be opened: ${detail}.`);
    this.name = 'CorruptJourneyError';
  }
}

/** A journey the store refuses to write as it is (it would lose data). */
export class InvalidJourneyError extends Error {
  constructor(message: string) {
    super(message);
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

/** The sentence that tells the user why a save failed. */
export function describeSaveError(err: unknown): string {
  if (err instanceof ConflictError || err instanceof InvalidJourneyError) return err.message;
  const names = namesOf(err);
  if (names.includes('QuotaExceededError')) return MESSAGES.full;
  if (names.some((name) => UNAVAILABLE.has(name))) return MESSAGES.unavailable;
  const detail = err instanceof Error && err.message ? err.message : String(err);
  return `Not saved: ${detail}`;
}
