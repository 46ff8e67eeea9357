// Checks shared by the message tests of src/model and src/storage: a message (key and variables) names
// a template that exists, supplies exactly the template's variables, and nested messages do too.
import { expect } from 'vitest';
import { isMessageRef, type MessageRef } from '../src/model/messages.ts';

/** The `{name}`s of a template. */
export const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** Checks `ref` and every message nested in its variables against `templates`; returns every key met. */
export function checkRef(ref: MessageRef, templates: Readonly<Record<string, string>>, seen = new Set<string>()): Set<string> {
  expect(Object.hasOwn(templates, ref.key), `a template for ${ref.key}`).toBe(true);
  expect(Object.keys(ref.vars).sort(), `the variables of ${ref.key}`).toEqual(placeholders(templates[ref.key]!));
  seen.add(ref.key);
  for (const value of Object.values(ref.vars)) {
    if (typeof value === 'object') checkRef(value, templates, seen);
    else expect(['string', 'number']).toContain(typeof value);
  }
  return seen;
}

/** What `action` threw, which must carry a message key. */
export function thrownRef(action: () => unknown): MessageRef & Error {
  try {
    action();
  } catch (error) {
    expect(isMessageRef(error), `a keyed error, not ${String(error)}`).toBe(true);
    return error as MessageRef & Error;
  }
  throw new Error('expected a refusal');
}

/** What `promise` rejected with, which must carry a message key. */
export async function rejectedRef(promise: Promise<unknown>): Promise<MessageRef & Error> {
  try {
    await promise;
  } catch (error) {
    expect(isMessageRef(error), `a keyed error, not ${String(error)}`).toBe(true);
    return error as MessageRef & Error;
  }
  throw new Error('expected a refusal');
}
