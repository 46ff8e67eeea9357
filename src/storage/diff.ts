// What a save writes. The document is immutable (immer, structural sharing): an item that kept its
// object reference is unchanged and is not written.
import type { Journey } from '../model/types.ts';
import { checkIds, listOf, listRecord } from './normalise.ts';
import { assignOrders } from './order.ts';
import { LIST_NAMES, type ListItem, type ListName, type ListRecord, type OrderMaps } from './records.ts';

export interface ListChanges {
  put: Record<ListName, ListRecord[]>;
  remove: Record<ListName, string[]>;
  /** The order keys once the changes are written. */
  orders: OrderMaps;
}

function emptyChanges(): Omit<ListChanges, 'orders'> {
  return {
    put: { stages: [], touchpoints: [], links: [], paths: [] },
    remove: { stages: [], touchpoints: [], links: [], paths: [] },
  };
}

/** Every record of the journey, order keys 0…n-1. */
export function fullWrite(journey: Journey): ListChanges {
  const { put, remove } = emptyChanges();
  const orders = {} as Record<ListName, ReadonlyMap<string, number>>;
  for (const name of LIST_NAMES) {
    const items = listOf(journey, name) ?? [];
    checkIds(name, items);
    put[name] = items.map((item, i) => listRecord(journey.id, item, i));
    orders[name] = new Map(items.map((item, i) => [item.id, i]));
  }
  return { put, remove, orders };
}

function checkPrevious(name: ListName, journeyId: string, items: readonly ListItem[], orders: ReadonlyMap<string, number>): void {
  if (items.length !== orders.size || !items.every((item) => orders.has(item.id))) {
    throw new Error(`saveChanges: the previous ${name} of journey "${journeyId}" are not the ones last saved`);
  }
}

const sameIds = (before: readonly ListItem[], after: readonly ListItem[]): boolean =>
  before.length === after.length && before.every((item, i) => after[i]?.id === item.id);

/**
 * The records to put and the ids to delete to turn `prev` (the version last saved, whose order keys are
 * `prevOrders`) into `next`: new items, items whose reference changed, and items whose order key changed.
 */
export function diffJourney(prev: Journey, next: Journey, prevOrders: OrderMaps): ListChanges {
  const { put, remove } = emptyChanges();
  const orders = { ...prevOrders };
  for (const name of LIST_NAMES) {
    const before = listOf(prev, name) ?? [];
    const after = listOf(next, name) ?? [];
    if (before === after) continue;
    checkPrevious(name, prev.id, before, prevOrders[name]);
    if (sameIds(before, after)) {
      // The common case, edits in place: same ids in the same order, order keys as they were.
      before.forEach((item, i) => {
        if (after[i] !== item) put[name].push(listRecord(next.id, after[i]!, prevOrders[name].get(item.id)!));
      });
      continue;
    }
    checkIds(name, after);
    const previous = new Map(before.map((item) => [item.id, item]));
    const keys = assignOrders(after.map((item) => item.id), prevOrders[name]);
    for (const item of after) {
      const order = keys.get(item.id)!;
      if (previous.get(item.id) !== item || prevOrders[name].get(item.id) !== order) {
        put[name].push(listRecord(next.id, item, order));
      }
    }
    for (const id of prevOrders[name].keys()) if (!keys.has(id)) remove[name].push(id);
    orders[name] = keys;
  }
  return { put, remove, orders };
}
