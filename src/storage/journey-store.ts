// The journey store over a backend: reassembly, reference diffs, order keys, and the rev this tab has
// seen of each journey, which every write is conditional on.
import type { Journey } from '../model/types.ts';
import type { StorageBackend } from './backend.ts';
import { diffJourney, fullWrite, type ListChanges } from './diff.ts';
import { literal, type MessageRef } from '../model/messages.ts';
import { StorageError, storageText } from './messages.ts';
import { assembleJourney, headRecord } from './normalise.ts';
import {
  LAST_OPENED_KEY, LIST_NAMES, sessionKey, type DeletedJourney, type JourneyRecord, type JourneySummary,
  type OrderMaps, type SessionState, type StoredJourney,
} from './records.ts';
import type { JourneyStore } from './store.ts';
import type { Announcer } from './sync.ts';

export interface JourneyStoreOptions {
  /** Tells other tabs about each write (see sync.ts). */
  announcer?: Announcer | null;
  /** Shown when nothing will be kept (a sentence, or a message of messages.ts); defaults to null. */
  notice?: string | MessageRef | null;
  now?: () => number;
  newId?: () => string;
}

interface Seen {
  rev: number;
  orders: OrderMaps;
}

const summaryOf = (head: JourneyRecord): JourneySummary => ({
  id: head.id,
  name: typeof head.name === 'string' ? head.name : '',
  touchpointCount: typeof head.touchpointCount === 'number' ? head.touchpointCount : 0,
  updatedAt: typeof head.updatedAt === 'number' ? head.updatedAt : 0,
});

/** Order keys of stored records as they are, for a journey restored without being read. */
function ordersOf(stored: StoredJourney): OrderMaps {
  const orders = {} as Record<keyof OrderMaps, Map<string, number>>;
  for (const name of LIST_NAMES) orders[name] = new Map(stored.lists[name].map((r) => [r.id, r.order]));
  return orders;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class BackedJourneyStore implements JourneyStore {
  readonly persistent: boolean;
  readonly notice: string | null;
  readonly noticeMessage: MessageRef | null;
  private readonly seen = new Map<string, Seen>();
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly announcer: Announcer | null;

  constructor(private readonly backend: StorageBackend, options: JourneyStoreOptions) {
    this.persistent = backend.persistent;
    const notice = options.notice ?? null;
    this.notice = notice === null || typeof notice === 'string' ? notice : storageText(notice);
    this.noticeMessage = notice === null ? null : typeof notice === 'string' ? literal(notice) : notice;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.announcer = options.announcer ?? null;
  }

  async listJourneys(): Promise<JourneySummary[]> {
    const summaries = (await this.backend.heads()).map(summaryOf);
    return summaries.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
  }

  async loadJourney(id: string): Promise<Journey | undefined> {
    const stored = await this.backend.read(id);
    if (!stored) return undefined;
    const { journey, orders } = assembleJourney(stored);
    this.seen.set(id, { rev: stored.head.rev, orders });
    return journey;
  }

  async createJourney(journey: Journey): Promise<void> {
    await this.write(journey, fullWrite(journey), null, true);
  }

  async saveChanges(prev: Journey | null, next: Journey): Promise<void> {
    if (prev === next) return;
    if (prev && prev.id !== next.id) throw new Error(`saveChanges: "${prev.id}" and "${next.id}" are different journeys`);
    const seen = this.seen.get(next.id);
    if (prev === null) {
      await this.write(next, fullWrite(next), seen?.rev ?? null, true);
      return;
    }
    if (!seen) throw new Error(`saveChanges: journey "${next.id}" was not loaded or created through this store`);
    await this.write(next, diffJourney(prev, next, seen.orders), seen.rev, false);
  }

  private async write(journey: Journey, changes: ListChanges, expectedRev: number | null, replace: boolean): Promise<void> {
    const now = this.now();
    // A new journey's rev starts at the time of its creation, not at 1: a journey deleted and created
    // again under the same id never has a rev that a tab holding the old one could match.
    const rev = expectedRev === null ? Math.max(1, Math.floor(now)) : expectedRev + 1;
    const head = headRecord(journey, rev, now);
    await this.backend.write({ head, expectedRev, replace, put: changes.put, remove: changes.remove });
    this.seen.set(journey.id, { rev: head.rev, orders: changes.orders });
    this.announcer?.announce(journey.id, head.rev);
  }

  async renameJourney(id: string, name: string): Promise<void> {
    const rev = await this.backend.rename(id, name, this.now());
    if (rev === undefined) throw new StorageError('storage.noJourneyToRename', { id });
    this.announcer?.announce(id, rev);
  }

  async duplicateJourney(id: string, newName: string): Promise<Journey> {
    const stored = await this.backend.read(id);
    if (!stored) throw new StorageError('storage.noJourneyToDuplicate', { id });
    const copy: Journey = { ...assembleJourney(stored).journey, id: this.newId(), name: newName };
    await this.createJourney(copy);
    return copy;
  }

  async deleteJourney(id: string): Promise<DeletedJourney | undefined> {
    const session = await this.loadSession(id);
    const stored = await this.backend.remove(id);
    if (!stored) return undefined;
    this.seen.delete(id);
    await this.backend.deleteSession(sessionKey(id));
    if ((await this.getLastOpened()) === id) await this.setLastOpened(null);
    this.announcer?.announce(id, stored.head.rev + 1, true);
    return { journeyId: id, name: summaryOf(stored.head).name, stored, session };
  }

  async restoreJourney(deleted: DeletedJourney): Promise<void> {
    const { stored } = deleted;
    const head = { ...stored.head, rev: stored.head.rev + 1 };
    const none = { stages: [], touchpoints: [], links: [], paths: [] };
    await this.backend.write({ head, expectedRev: null, replace: true, put: stored.lists, remove: none });
    this.seen.set(head.id, { rev: head.rev, orders: ordersOf(stored) });
    if (deleted.session) await this.saveSession(head.id, deleted.session);
    this.announcer?.announce(head.id, head.rev);
  }

  revOf(id: string): number | undefined {
    return this.seen.get(id)?.rev;
  }

  async loadSession(journeyId: string): Promise<SessionState | undefined> {
    const value = await this.backend.getSession(sessionKey(journeyId));
    return isObject(value) ? value : undefined;
  }

  async saveSession(journeyId: string, state: SessionState): Promise<void> {
    await this.backend.putSession(sessionKey(journeyId), state);
  }

  async getLastOpened(): Promise<string | undefined> {
    const value = await this.backend.getSession(LAST_OPENED_KEY);
    return typeof value === 'string' ? value : undefined;
  }

  async setLastOpened(journeyId: string | null): Promise<void> {
    if (journeyId === null) await this.backend.deleteSession(LAST_OPENED_KEY);
    else await this.backend.putSession(LAST_OPENED_KEY, journeyId);
  }

  close(): void {
    this.backend.close();
  }
}

export function createJourneyStore(backend: StorageBackend, options: JourneyStoreOptions = {}): JourneyStore {
  return new BackedJourneyStore(backend, options);
}
