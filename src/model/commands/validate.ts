// Checks shared by the commands. Each throws a CommandError naming the field; none changes anything.

import { FORBIDDEN_KEYS } from '../format/json-data.ts';
import { inRange, type Range } from '../format/ranges.ts';
import { message, type ModelMessageKey } from '../messages.ts';
import { CommandError } from './errors.ts';

/** The label of a field inside a message ("Emotion", "A brand value"): a key of messages.ts. */
export type FieldLabel = Extract<ModelMessageKey, `model.label.${string}`>;
/** The kinds of record a not-found message names. */
export type RecordKind = 'touchpoint' | 'stage' | 'link' | 'moment' | 'path';

/** "Emotion must be between −5 and 5" (a true minus sign, as METHOD.md writes it). */
export function checkRange(field: string, label: FieldLabel, value: unknown, range: Range): void {
  if (typeof value !== 'number' || !inRange(value, range)) {
    throw new CommandError('out-of-range', 'model.command.between', { label: message(label), min: range.min, max: range.max }, field);
  }
}

/** A score may also be null or absent: not scored yet. */
export function checkOptionalRange(field: string, label: FieldLabel, value: unknown, range: Range): void {
  if (value !== null && value !== undefined) checkRange(field, label, value, range);
}

export function checkPosition(field: 'x' | 'y', value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CommandError('invalid', 'model.command.position', {}, field);
  }
}

export function checkText(field: string, label: FieldLabel, value: unknown): void {
  if (typeof value !== 'string') throw new CommandError('invalid', 'model.command.text', { label: message(label) }, field);
}

export function checkOptionalText(field: string, label: FieldLabel, value: unknown): void {
  if (value !== undefined) checkText(field, label, value);
}

/** The index of the record with this id, or a not-found error ("No touchpoint "t9""). */
export function indexOfId(list: readonly { id: string }[], id: string, what: RecordKind): number {
  const index = list.findIndex((record) => record.id === id);
  if (index < 0) throw notFound(what, id, 'id');
  return index;
}

/** `No touchpoint "t9"`, about `field`. */
export const notFound = (what: RecordKind, id: string, field: string): CommandError =>
  new CommandError('not-found', 'model.command.notFound', { what: message(`model.record.${what}`), id }, field);

export function findById<T extends { id: string }>(list: T[], id: string, what: RecordKind): T {
  return list[indexOfId(list, id, what)]!;
}

/** A position in a list of `length` items: 0 … length − 1 (to move), or 0 … length (to insert). */
export function checkIndex(index: unknown, last: number): asserts index is number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > last) {
    throw new CommandError('invalid', 'model.command.index', { last }, 'index');
  }
}

/** Refuses fields that cannot be set through a patch, and keys that could reach a prototype. */
export function checkPatchKeys(patch: object, locked: readonly string[]): void {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new CommandError('invalid', 'model.command.patch');
  }
  for (const key of Object.keys(patch)) {
    if (FORBIDDEN_KEYS.has(key)) throw new CommandError('invalid', 'model.command.forbiddenField', { field: key }, key);
    if (locked.includes(key)) throw new CommandError('invalid', 'model.command.lockedField', { field: key }, key);
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
