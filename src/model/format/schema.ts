// The shape of a version-1 journey file (FORMAT.md), as a zod/mini schema. Every object is loose:
// fields the app does not know are kept. Ids that must name other records, and ids that must be
// unique, are checked afterwards by references.ts, once the shape is known to be right.
//
// The schema's own errors are keys of messages.ts (a zod message is a string); `issueMessage` turns
// each issue zod reports (parsed with `reportInput`) into a message with its variables.

import * as z from 'zod/mini';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, type JourneyFile } from '../types.ts';
import { MODEL_MESSAGES, literal, message, type MessageRef, type ModelMessageKey } from '../messages.ts';
import { BRAND_RANGE, EMOTION_RANGE, IMPORTANCE_RANGE, inRange, type Range } from './ranges.ts';

const NON_EMPTY: ModelMessageKey = 'model.file.nonEmpty';
const OUTSIDE: ModelMessageKey = 'model.file.outside';

const within = (range: Range) =>
  z.refine<number>((value) => inRange(value, range), { error: OUTSIDE, params: { min: range.min, max: range.max } });

const id = z.string({ error: NON_EMPTY }).check(z.minLength(1, { error: NON_EMPTY }));
const text = z.string();
const optionalText = z.optional(z.string());
/** emotion / brand: a number in range, or absent / null = not scored. */
const score = (range: Range) =>
  z.optional(z.nullable(z.number({ error: 'model.file.numberOrNull' satisfies ModelMessageKey }).check(within(range))));

export const momentSchema = z.looseObject({
  id,
  name: text,
  emotion: score(EMOTION_RANGE),
  brand: score(BRAND_RANGE),
});

const notesSchema = z.looseObject({
  happened: optionalText,
  why: optionalText,
  meaning: optionalText,
  mattersBecause: optionalText,
  action: optionalText,
  owner: optionalText,
});

export const touchpointSchema = z.looseObject({
  id,
  name: text,
  stageId: z.optional(z.nullable(z.string({ error: 'model.file.stringOrNull' satisfies ModelMessageKey }))),
  channel: optionalText,
  x: z.number(),
  y: z.number(),
  importance: z.number().check(within(IMPORTANCE_RANGE)),
  emotion: score(EMOTION_RANGE),
  brand: score(BRAND_RANGE),
  moments: z.optional(z.array(momentSchema)),
  notes: z.optional(notesSchema),
});

export const stageSchema = z.looseObject({ id, name: text });

export const linkSchema = z.looseObject({ id, from: id, to: id, label: optionalText });

export const pathSchema = z.looseObject({ id, name: text, touchpointIds: z.array(id) });

export const settingsSchema = z.looseObject({
  brandedThreshold: z.optional(z.number()),
  unbrandedThreshold: z.optional(z.number()),
  ipaCut: z.optional(z.enum(['mean', 'midpoint'])),
});

export const journeySchema = z.looseObject({
  id,
  name: text,
  brandValues: z.array(text),
  settings: z.optional(settingsSchema),
  stages: z.array(stageSchema),
  touchpoints: z.array(touchpointSchema),
  links: z.array(linkSchema),
  paths: z.optional(z.array(pathSchema)),
});

export const journeyFileSchema = z.looseObject({
  format: z.literal(JOURNEY_FORMAT),
  version: z.literal(JOURNEY_FORMAT_VERSION),
  journey: journeySchema,
});

// What the schema accepts is a JourneyFile: the parser may hand the checked value on as one.
export type SchemaFile = z.infer<typeof journeyFileSchema>;
const _schemaMatchesTypes = (file: SchemaFile): JourneyFile => file;
void _schemaMatchesTypes;

const TYPES: Readonly<Record<string, ModelMessageKey>> = {
  array: 'model.type.array', object: 'model.type.object', integer: 'model.type.integer',
  string: 'model.type.string', number: 'model.type.number', boolean: 'model.type.boolean',
};

/** "a string", "an array": the kind of value zod expected. */
export const typeMessage = (expected: string): MessageRef<ModelMessageKey> => {
  const key = Object.hasOwn(TYPES, expected) ? TYPES[expected] : undefined;
  return key ? message(key) : message('model.type.other', { name: expected });
};

/** `"a" or "b"`: the JSON values one of which was expected. */
function alternatives(values: readonly unknown[]): MessageRef<ModelMessageKey> | string {
  const texts = values.map((value) => JSON.stringify(value) ?? String(value));
  return texts.slice(1).reduce<MessageRef<ModelMessageKey> | string>((first, second) => message('model.file.or', { first, second }), texts[0] ?? '');
}

const isModelKey = (text: string): text is ModelMessageKey => Object.hasOwn(MODEL_MESSAGES, text);

/**
 * A zod issue in the words of FORMAT.md ("expected a string", "7 is outside 1…5"): the schema's own
 * errors are message keys, zod's types and values get theirs here, anything else keeps zod's text.
 */
export function issueMessage(issue: z.core.$ZodIssue): MessageRef<ModelMessageKey> {
  if (isModelKey(issue.message)) {
    if (issue.message !== OUTSIDE) return message(issue.message);
    const range = (issue.code === 'custom' ? issue.params : undefined) as Partial<Range> | undefined;
    return message(OUTSIDE, { value: JSON.stringify(issue.input) ?? String(issue.input), min: range?.min ?? NaN, max: range?.max ?? NaN });
  }
  switch (issue.code) {
    case 'invalid_type':
      return message('model.file.expected', { what: typeMessage(issue.expected) });
    case 'invalid_value':
      return message('model.file.expected', { what: alternatives(issue.values) });
    default:
      return literal(issue.message);
  }
}
