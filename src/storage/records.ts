// What the database holds: a journey split into records, so that a save writes only what changed.
/** The IndexedDB database name (tests pass their own, one per test). */
export const DB_NAME = 'cx-touchpoint-mapper';

/** The journey's lists, each kept in a table of its own, one record per item. */
export const LIST_NAMES = ['stages', 'touchpoints', 'links', 'paths'] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** An item of one of the lists: a stage, touchpoint, link or path. */
export interface ListItem {
  id: string;
  [extra: string]: unknown;
}

/**
 * The journey's own record. The journey's fields other than its lists live under `fields` (not beside
 * `rev` and `updatedAt`), so a journey that carries a field of the same name never collides with them.
 */
export interface JourneyRecord {
  id: string;
  name: string;
  /** Milliseconds since 1970 of the last write. */
  updatedAt: number;
  /** Bumped by every write; a save is refused when the stored rev is not the one the tab last saw. */
  rev: number;
  touchpointCount: number;
  /** The lists the journey has as arrays (`paths` is optional), so loading gives back the same keys. */
  lists: ListName[];
  fields: Record<string, unknown>;
}

/** One item of a list. `order` keeps document order; it need not be 0…n-1, only increasing. */
export interface ListRecord {
  journeyId: string;
  id: string;
  order: number;
  data: ListItem;
}

/** The order key of every stored item, per list, as this tab last read or wrote them. */
export type OrderMaps = Record<ListName, ReadonlyMap<string, number>>;

/** A journey as read from storage: its record and its lists' records (in no particular order). */
export interface StoredJourney {
  head: JourneyRecord;
  lists: Record<ListName, ListRecord[]>;
}

/** Session state of one journey: restored on reload, never undone, never part of the document. */
export interface SessionState {
  selection?: string[];
  viewport?: { x: number; y: number; zoom: number };
  openPanel?: string | null;
  [extra: string]: unknown;
}

export interface SessionRecord {
  key: string;
  value: unknown;
}

export const LAST_OPENED_KEY = 'lastOpened';
export const sessionKey = (journeyId: string): string => `journey:${journeyId}`;

/** A line of the library. */
export interface JourneySummary {
  id: string;
  name: string;
  touchpointCount: number;
  updatedAt: number;
}

/** What `deleteJourney` hands back so the deletion can be undone with `restoreJourney`. */
export interface DeletedJourney {
  journeyId: string;
  name: string;
  stored: StoredJourney;
  session: SessionState | undefined;
}

export function emptyLists(): Record<ListName, ListRecord[]> {
  return { stages: [], touchpoints: [], links: [], paths: [] };
}
