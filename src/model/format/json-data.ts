// The gate before the schema: a value must be plain JSON data (what JSON.parse can give back),
// with no key that could reach a prototype. JSON.parse creates an own `__proto__` property from
// `{"__proto__": …}`, and copying such a key with `obj[key] = …` would replace the prototype,
// so these keys are refused wherever they appear, known field or not.
//
// Iterative, so a deeply nested unknown field cannot overflow the stack.

import { formatMessage, message, type MessageVar } from '../messages.ts';
import { fieldIssue, type FileIssue, type PathSegment } from './path-text.ts';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type Frame =
  | { readonly kind: 'enter'; readonly value: unknown; readonly path: readonly PathSegment[]; readonly inArray: boolean }
  | { readonly kind: 'leave'; readonly value: object };

/** What a value is, for "got …": the number as written (NaN, -Infinity), `undefined`, "a Map", "a function". */
function describe(value: unknown): MessageVar {
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'object' && value !== null) {
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
    return name === undefined ? message('model.type.nonPlain') : message('model.type.other', { name });
  }
  return message('model.type.other', { name: typeof value });
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `findJsonDataIssue` as English text ("journey.x: expected a finite number, got NaN"), or null. */
export function findJsonDataError(value: unknown): string | null {
  const issue = findJsonDataIssue(value);
  return issue === null ? null : formatMessage(issue.key, issue.vars);
}

/**
 * The first place where `value` is not JSON data, as a file error naming the path, or null.
 * `undefined` is accepted as an object property (it means "absent" and is not written).
 */
export function findJsonDataIssue(value: unknown): FileIssue | null {
  const stack: Frame[] = [{ kind: 'enter', value, path: [], inArray: true }];
  const ancestors = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.kind === 'leave') {
      ancestors.delete(frame.value);
      continue;
    }
    const { value: current, path } = frame;
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (current === undefined && !frame.inArray) continue;
    if (typeof current === 'number') {
      if (Number.isFinite(current)) continue;
      return fieldIssue(path, message('model.file.notFinite', { got: describe(current) }));
    }
    if (typeof current !== 'object' || !(Array.isArray(current) || isPlainObject(current))) {
      return fieldIssue(path, message('model.file.notData', { got: describe(current) }));
    }
    if (ancestors.has(current)) return fieldIssue(path, message('model.file.cycle'));
    ancestors.add(current);
    stack.push({ kind: 'leave', value: current });
    const children: Frame[] = [];
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        children.push({ kind: 'enter', value: current[i], path: [...path, i], inArray: true });
      }
    } else {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) return fieldIssue([...path, key], message('model.file.forbiddenKey'));
        const child = (current as Record<string, unknown>)[key];
        children.push({ kind: 'enter', value: child, path: [...path, key], inArray: false });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
