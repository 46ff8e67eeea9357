// fast-check arbitraries for valid journeys: ids unique within their lists, every reference names
// a record that exists, scores in range, and unknown fields (JSON data) at every level.
import fc from 'fast-check';
import type { Journey, Link, Moment, Path, Stage, Touchpoint } from '../../../src/model/types.ts';
import { findJsonDataError } from '../../../src/model/format/json-data.ts';

/** -0 is not JSON (it comes back as 0): normalise it away. */
const plain = (value: number): number => (Object.is(value, -0) ? 0 : value);
const number = (min?: number, max?: number) =>
  fc.double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min, max }) }).map(plain);
const score = fc.oneof(number(-5, 5), fc.integer({ min: -5, max: 5 }), fc.constant(null));

/** Any JSON value that survives JSON.stringify → JSON.parse unchanged and has no prototype keys. */
const jsonData = fc
  .jsonValue({ maxDepth: 2 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => findJsonDataError(value) === null);

/** Unknown fields for an object whose known keys are `known`. */
const extras = (known: readonly string[]) =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }).filter((key) => !known.includes(key) && findJsonDataError({ [key]: 0 }) === null),
    jsonData,
    { maxKeys: 2 },
  );

const withExtras = <T extends object>(record: T, extra: Record<string, unknown>): T => ({ ...record, ...extra });

const ids = (prefix: string, max: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: max }).map((list) => list.map((n) => `${prefix}${n}`));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Drops `undefined` fields so the object looks like one read from JSON. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

const momentArb = (id: string): fc.Arbitrary<Moment> =>
  fc.record({ name: fc.string(), emotion: optional(score), brand: optional(score), extra: extras(['id', 'name', 'emotion', 'brand']) })
    .map(({ extra, ...m }) => withExtras(defined({ id, ...m }), extra));

const TOUCHPOINT_KEYS = ['id', 'name', 'stageId', 'channel', 'x', 'y', 'importance', 'emotion', 'brand', 'moments', 'notes'];

const touchpointArb = (id: string, stageIds: readonly string[]): fc.Arbitrary<Touchpoint> =>
  fc.record({
    name: fc.string(),
    stageId: stageIds.length > 0 ? optional(fc.oneof(fc.constantFrom(...stageIds), fc.constant(null))) : fc.constant(undefined),
    channel: optional(fc.string()),
    x: number(),
    y: number(),
    importance: fc.oneof(fc.integer({ min: 1, max: 5 }), number(1, 5)),
    emotion: optional(score),
    brand: optional(score),
    moments: optional(ids('m', 4).chain((momentIds) => fc.tuple(...momentIds.map(momentArb)))),
    notes: optional(fc.record({ happened: fc.string(), owner: fc.string() }, { requiredKeys: [] })),
    extra: extras(TOUCHPOINT_KEYS),
  }).map(({ extra, ...t }) => withExtras(defined({ id, ...t }), extra));

const stageArb = (id: string): fc.Arbitrary<Stage> =>
  fc.record({ name: fc.string(), extra: extras(['id', 'name']) }).map(({ extra, name }) => withExtras({ id, name }, extra));

const linkArb = (id: string, touchpointIds: readonly string[]): fc.Arbitrary<Link> =>
  fc.record({
    from: fc.constantFrom(...touchpointIds),
    to: fc.constantFrom(...touchpointIds),
    label: optional(fc.string()),
    extra: extras(['id', 'from', 'to', 'label']),
  }).map(({ extra, ...l }) => withExtras(defined({ id, ...l }), extra));

const pathArb = (id: string, touchpointIds: readonly string[]): fc.Arbitrary<Path> =>
  fc.record({
    name: fc.string(),
    touchpointIds: fc.subarray([...touchpointIds]),
    extra: extras(['id', 'name', 'touchpointIds']),
  }).map(({ extra, ...p }) => withExtras({ id, ...p }, extra));

const JOURNEY_KEYS = ['id', 'name', 'brandValues', 'settings', 'stages', 'touchpoints', 'links', 'paths'];

export const journeyArb: fc.Arbitrary<Journey> = fc
  .record({ stageIds: ids('s', 4), touchpointIds: ids('t', 8) })
  .chain(({ stageIds, touchpointIds }) =>
    fc.record({
      id: fc.string({ minLength: 1 }),
      name: fc.string(),
      brandValues: fc.array(fc.string(), { maxLength: 3 }),
      settings: optional(
        fc.record(
          { brandedThreshold: number(-100, 100), unbrandedThreshold: number(-100, 100), ipaCut: fc.constantFrom('mean' as const, 'midpoint' as const) },
          { requiredKeys: [] },
        ),
      ),
      stages: fc.tuple(...stageIds.map(stageArb)),
      touchpoints: fc.tuple(...touchpointIds.map((id) => touchpointArb(id, stageIds))),
      links: touchpointIds.length === 0 ? fc.constant<Link[]>([]) : ids('l', 5).chain((linkIds) => fc.tuple(...linkIds.map((id) => linkArb(id, touchpointIds)))),
      paths: optional(ids('p', 2).chain((pathIds) => fc.tuple(...pathIds.map((id) => pathArb(id, touchpointIds))))),
      extra: extras(JOURNEY_KEYS),
    }),
  )
  .map(({ extra, ...j }) => withExtras(defined(j), extra));

/** Top-level fields of a file besides format, version and journey. */
export const topLevelExtrasArb = extras(['format', 'version', 'journey']);
