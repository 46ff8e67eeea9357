// A journey to records and back. Loading gives a journey deep-equal to the one saved: same keys, same
// document order, unknown fields kept.
import type { Journey } from '../model/types.ts';
import { CorruptJourneyError, InvalidJourneyError } from './errors.ts';
import { storageMessage } from './messages.ts';
import { LIST_NAMES, type JourneyRecord, type ListItem, type ListName, type ListRecord, type OrderMaps, type StoredJourney } from './records.ts';

/** The journey's list of that name, or undefined when it has none (only arrays are lists). */
export function listOf(journey: Journey, name: ListName): readonly ListItem[] | undefined {
  const list = journey[name];
  return Array.isArray(list) ? list : undefined;
}

/** The journey's record: its own fields, with the lists left out. */
export function headRecord(journey: Journey, rev: number, updatedAt: number): JourneyRecord {
  const fields: Record<string, unknown> = {};
  const lists: ListName[] = [];
  for (const [key, value] of Object.entries(journey)) {
    if ((LIST_NAMES as readonly string[]).includes(key) && Array.isArray(value)) lists.push(key as ListName);
    else fields[key] = value;
  }
  return {
    id: journey.id,
    name: typeof journey.name === 'string' ? journey.name : '',
    updatedAt,
    rev,
    touchpointCount: listOf(journey, 'touchpoints')?.length ?? 0,
    lists,
    fields,
  };
}

/**
 * Checks that every item of a list has an id of its own: two items with one id would share one record
 * and one of them would be lost, so such a journey is refused rather than saved.
 */
export function checkIds(name: ListName, items: readonly ListItem[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = (item as Partial<ListItem> | null)?.id;
    if (typeof id !== 'string' || id === '') {
      throw new InvalidJourneyError('storage.noId', { list: name, index: i });
    }
    if (seen.has(id)) throw new InvalidJourneyError('storage.sharedId', { records: storageMessage(`storage.records.${name}`), id });
    seen.add(id);
  });
}

export function listRecord(journeyId: string, data: ListItem, order: number): ListRecord {
  return { journeyId, id: data.id, order, data };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The journey the records describe, items in document order, and the order keys they were read with.
 * A damaged record gives an error that names the journey, never a half-read journey.
 */
export function assembleJourney(stored: StoredJourney): { journey: Journey; orders: OrderMaps } {
  const { head } = stored;
  const id = String((head as Partial<JourneyRecord>).id);
  const name = typeof head.name === 'string' ? head.name : undefined;
  if (!isObject(head.fields) || !Array.isArray(head.lists) || !head.lists.every((l) => LIST_NAMES.includes(l))) {
    throw new CorruptJourneyError(id, name, storageMessage('storage.damaged.head'));
  }
  const journey: Record<string, unknown> = { ...head.fields };
  const orders = {} as Record<ListName, ReadonlyMap<string, number>>;
  for (const list of LIST_NAMES) {
    const records = [...stored.lists[list]];
    records.forEach((record, i) => {
      const bad = !isObject(record) || !isObject(record.data) || record.data.id !== record.id ||
        typeof record.order !== 'number' || !Number.isFinite(record.order) || record.journeyId !== id;
      if (bad) {
        const kind = storageMessage(`storage.record.${list}`);
        throw new CorruptJourneyError(id, name, isObject(record) && typeof record.id === 'string'
          ? storageMessage('storage.damaged.record', { record: kind, id: record.id })
          : storageMessage('storage.damaged.recordAt', { record: kind, number: i + 1 }));
      }
    });
    records.sort((a, b) => a.order - b.order);
    if (head.lists.includes(list)) journey[list] = records.map((record) => record.data);
    else if (records.length > 0) throw new CorruptJourneyError(id, name, storageMessage('storage.damaged.list', { records: storageMessage(`storage.records.${list}`) }));
    orders[list] = new Map(records.map((record) => [record.id, record.order]));
  }
  return { journey: journey as Journey, orders };
}
