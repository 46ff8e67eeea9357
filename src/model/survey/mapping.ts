// Which columns of a survey file mean what (METHOD.md §6), and resolving them against a header.
import type { Scale } from './scale.ts';
import { isUsableScale } from './scale.ts';
import { message } from '../messages.ts';
import { SurveyInputError } from './errors.ts';

/** A column by header name (matched with surrounding white space trimmed) or by 0-based index. */
export type ColumnRef = string | number;

export interface SurveyMapping {
  /** Rating columns, one per touchpoint (or moment), in journey order. */
  ratings: readonly ColumnRef[];
  /** Brand-delivery rating column per touchpoint, same order as `ratings`; null where there is none. */
  brands?: readonly (ColumnRef | null | undefined)[];
  weight?: ColumnRef | null;
  outcome?: ColumnRef | null;
  /** Maps a category outcome to 1/0; unmapped categories are missing. Absent: the outcome is numeric. */
  outcomeMap?: Readonly<Record<string, 0 | 1>> | null;
  /** Extra not-applicable codes of the rating (and brand) columns, beside blank, `N/A`, `NA`. */
  ratingNa?: readonly string[];
  /** Extra not-applicable codes of the outcome column. */
  outcomeNa?: readonly string[];
  /** Column name → values kept: values OR-ed within a column, columns AND-ed. */
  segments?: Readonly<Record<string, readonly string[]>>;
  /** The scale when the user gave it; inferred from the data otherwise. */
  scale?: Scale | null;
  /** A non-numeric cell that is no declared code: an error (default), or counted and read as missing. */
  nonNumeric?: 'error' | 'missing';
}

export interface ResolvedSegment {
  index: number;
  values: ReadonlySet<string>;
}

/** A mapping with every column as an index into the row. */
export interface ResolvedMapping {
  /** Trimmed header names. */
  names: readonly string[];
  ratings: readonly number[];
  /** Per touchpoint: brand column index, or −1. */
  brands: readonly number[];
  weight: number;
  outcome: number;
  segments: readonly ResolvedSegment[];
}

/** The index of a column; a SurveyInputError listing the available columns when there is none. */
/** What a column is for, as the messages name it ("rating: unknown column …"). */
export type ColumnRole = 'rating' | 'brand' | 'weight' | 'outcome' | 'segment';

export function resolveColumn(names: readonly string[], ref: ColumnRef, role: ColumnRole): number {
  const roleText = message(`model.survey.role.${role}`);
  if (typeof ref === 'number') {
    if (Number.isInteger(ref) && ref >= 0 && ref < names.length) return ref;
    throw new SurveyInputError('unknown-column', 'model.survey.columnNumber', { role: roleText, number: ref, count: names.length });
  }
  const index = names.indexOf(ref.trim());
  if (index >= 0) return index;
  const columns = names.map((name) => JSON.stringify(name)).join(', ');
  throw new SurveyInputError('unknown-column', 'model.survey.unknownColumn', { role: roleText, column: ref.trim(), columns }, null, ref.trim());
}

const optional = (names: readonly string[], ref: ColumnRef | null | undefined, role: ColumnRole) =>
  ref === null || ref === undefined ? -1 : resolveColumn(names, ref, role);

export function resolveMapping(header: readonly string[], mapping: SurveyMapping): ResolvedMapping {
  const names = header.map((name) => name.trim());
  if (mapping.ratings.length === 0) throw new SurveyInputError('bad-mapping', 'model.survey.noRatings');
  if (mapping.brands && mapping.brands.length > mapping.ratings.length) {
    throw new SurveyInputError('bad-mapping', 'model.survey.brands', { brands: mapping.brands.length, ratings: mapping.ratings.length });
  }
  if (mapping.scale != null && !isUsableScale(mapping.scale)) {
    throw new SurveyInputError('bad-mapping', 'model.survey.scale', { lo: mapping.scale[0], hi: mapping.scale[1] });
  }
  for (const [category, value] of Object.entries(mapping.outcomeMap ?? {})) {
    if (value !== 0 && value !== 1) throw new SurveyInputError('bad-mapping', 'model.survey.outcomeValue', { category, value: String(value) });
  }
  if (mapping.outcomeMap && (mapping.outcome === null || mapping.outcome === undefined)) {
    throw new SurveyInputError('bad-mapping', 'model.survey.outcomeColumn');
  }
  const segments = new Map<number, Set<string>>();
  for (const [column, values] of Object.entries(mapping.segments ?? {})) {
    const index = resolveColumn(names, column, 'segment');
    const kept = segments.get(index) ?? new Set<string>();
    for (const value of values) kept.add(value.trim());
    segments.set(index, kept);
  }
  return {
    names,
    ratings: mapping.ratings.map((ref) => resolveColumn(names, ref, 'rating')),
    brands: mapping.ratings.map((_, i) => optional(names, mapping.brands?.[i], 'brand')),
    weight: optional(names, mapping.weight, 'weight'),
    outcome: optional(names, mapping.outcome, 'outcome'),
    segments: [...segments].map(([index, values]) => ({ index, values })),
  };
}
