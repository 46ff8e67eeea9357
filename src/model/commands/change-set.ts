// What an edit changed, by record id, so storage can write only that. The patches say which parts
// of the journey were touched; the records of a touched list are then compared by reference
// (immer shares every untouched record) and, where the reference differs, by content (undo and
// redo rebuild the records a patch carries, with equal content).

import type { Patch } from 'immer';
import type { Journey } from '../types.ts';

export interface IdChanges {
  /** Added or changed records. */
  readonly upserted: readonly string[];
  readonly removed: readonly string[];
  /** Records that stayed have a new order (moving a stage). */
  readonly reordered: boolean;
}

export interface ChangeSet {
  readonly touchpoints: IdChanges;
  readonly stages: IdChanges;
  readonly links: IdChanges;
  readonly paths: IdChanges;
  /** Other fields of the journey that changed: "name", "settings", "brandValues", unknown fields. */
  readonly journey: readonly string[];
}

const LISTS = ['touchpoints', 'stages', 'links', 'paths'] as const;
const UNCHANGED: IdChanges = Object.freeze({ upserted: [], removed: [], reordered: false });

/** Deep equality of JSON data. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length
    && keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key)
      && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function diffList(before: readonly { id: string }[], after: readonly { id: string }[]): IdChanges {
  const old = new Map(before.map((record) => [record.id, record]));
  const now = new Set(after.map((record) => record.id));
  const upserted = after.filter((record) => !sameData(old.get(record.id), record)).map((record) => record.id);
  const removed = before.filter((record) => !now.has(record.id)).map((record) => record.id);
  const keptBefore = before.filter((record) => now.has(record.id));
  const keptAfter = after.filter((record) => old.has(record.id));
  const reordered = keptBefore.some((record, i) => record.id !== keptAfter[i]?.id);
  return { upserted, removed, reordered };
}

export function changeSetOf(before: Journey, after: Journey, patches: readonly Patch[]): ChangeSet {
  const whole = patches.some((patch) => patch.path.length === 0);
  const touched = whole
    ? new Set([...Object.keys(before), ...Object.keys(after)])
    : new Set(patches.map((patch) => String(patch.path[0])));
  const lists = Object.fromEntries(
    LISTS.map((list) => [list, touched.has(list) ? diffList(before[list] ?? [], after[list] ?? []) : UNCHANGED]),
  ) as Record<(typeof LISTS)[number], IdChanges>;
  const journey = [...touched].filter(
    (key) => !(LISTS as readonly string[]).includes(key) && !sameData(before[key], after[key]),
  );
  return { ...lists, journey };
}

/** Whether a change set records no change at all. */
export const isEmptyChange = (change: ChangeSet): boolean =>
  change.journey.length === 0 && LISTS.every((list) => change[list] === UNCHANGED
    || (change[list].upserted.length === 0 && change[list].removed.length === 0 && !change[list].reordered));
