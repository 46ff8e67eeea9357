// The shape of a version-1 journey file (FORMAT.md), as a zod/mini schema. Every object is loose:
// fields the app does not know are kept. Ids that must name other records, and ids that must be
// unique, are checked afterwards by references.ts, once the shape is known to be right.

import * as z from 'zod/mini';
import { JOURNEY_FORMAT, JOURNEY_FORMAT_VERSION, type JourneyFile } from '../types.ts';
import { BRAND_RANGE, EMOTION_RANGE, IMPORTANCE_RANGE, inRange, rangeText, type Range } from './ranges.ts';

const NON_EMPTY = 'expected a non-empty string';

const within = (range: Range) =>
  z.refine<number>((value) => inRange(value, range), {
    error: (issue) => `${JSON.stringify(issue.input)} is outside ${rangeText(range)}`,
  });

const id = z.string({ error: NON_EMPTY }).check(z.minLength(1, { error: NON_EMPTY }));
const text = z.string();
const optionalText = z.optional(z.string());
/** emotion / brand: a number in range, or absent / null = not scored. */
const score = (range: Range) =>
  z.optional(z.nullable(z.number({ error: 'expected a number or null' }).check(within(range))));

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
  stageId: z.optional(z.nullable(z.string({ error: 'expected a string or null' }))),
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

const ARTICLE: Readonly<Record<string, string>> = { array: 'an array', object: 'an object', integer: 'an integer' };

/** Zod's issues in the words of FORMAT.md ("expected a string"); custom checks bring their own. */
export const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${ARTICLE[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return undefined;
  }
};
