// Checks shared by the commands. Each throws a CommandError naming the field; none changes anything.

import { FORBIDDEN_KEYS } from '../format/json-data.ts';
import { proseNumber, inRange, type Range } from '../format/ranges.ts';
import { CommandError } from './errors.ts';

/** "Emotion must be between −5 and 5" (a true minus sign, as METHOD.md writes it). */
export function checkRange(field: string, label: string, value: unknown, range: Range): void {
  if (typeof value !== 'number' || !inRange(value, range)) {
    throw new CommandError('out-of-range', `${label} must be between ${proseNumber(range.min)} and ${proseNumber(range.max)}`, field);
  }
}

/** A score may also be null or absent: not scored yet. */
export function checkOptionalRange(field: string, label: string, value: unknown, range: Range): void {
  if (value !== null && value !== undefined) checkRange(field, label, value, range);
}

export function checkPosition(field: 'x' | 'y', value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CommandError('invalid', 'Position must be a finite number', field);
  }
}

export function checkText(field: string, label: string, value: unknown): void {
  if (typeof value !== 'string') throw new CommandError('invalid', `${label} must be text`, field);
}

export function checkOptionalText(field: string, label: string, value: unknown): void {
  if (value !== undefined) checkText(field, label, value);
}

/** The index of the record with this id, or a not-found error ("No touchpoint "t9""). */
export function indexOfId(list: readonly { id: string }[], id: string, what: string): number {
  const index = list.findIndex((record) => record.id === id);
  if (index < 0) throw new CommandError('not-found', `No ${what} "${id}"`, 'id');
  return index;
}

export function findById<T extends { id: string }>(list: T[], id: string, what: string): T {
  return list[indexOfId(list, id, what)]!;
}

/** A position in a list of `length` items: 0 … length − 1 (to move), or 0 … length (to insert). */
export function checkIndex(index: unknown, last: number): asserts index is number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > last) {
    throw new CommandError('invalid', `Index must be a whole number from 0 to ${last}`, 'index');
  }
}

/** Refuses fields that cannot be set through a patch, and keys that could reach a prototype. */
export function checkPatchKeys(patch: object, locked: readonly string[]): void {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new CommandError('invalid', 'A change must be an object of fields');
  }
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key)) throw new CommandError('invalid', `"${key}" cannot be a field name`, key);
    if (locked.includes(key)) throw new CommandError('invalid', `"${key}" cannot be changed this way`, key);
  }
}

/** Sets each field of `patch` on `target`; `undefined` removes the field. Objects are copied in. */
export function assignFields(target: Record<string, unknown>, patch: object): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete target[key];
    else target[key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
  }
}

/** Moves the item at `from` to `to` (both valid indices). */
export function moveItem<T>(list: T[], from: number, to: number): void {
  if (from === to) return;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item!);
}

/** Removes, in place, the items that match; returns how many went. */
export function removeWhere<T>(list: T[], remove: (item: T) => boolean): number {
  let removed = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    if (remove(list[i]!)) {
      list.splice(i, 1);
      removed++;
    }
  }
  return removed;
}

/** A copy without the fields whose value is `undefined` (absent, as in a file). */
export function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** Same items in the same order (so that setting an equal list is no change at all). */
export const sameList = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);
