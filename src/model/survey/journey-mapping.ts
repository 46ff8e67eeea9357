// A survey's mapping as the app keeps it with the survey (METHOD.md §6): which column rates which
// touchpoint or moment of the journey, the weight, the outcome (numeric, or categories mapped to
// 1/0), the not-applicable codes of ratings and outcome, the segment columns offered as filters,
// and the scale when the user set it. `toSurveyMapping` turns it, with the segment values
// currently kept, into the aggregator's SurveyMapping.
import type { SurveyMapping } from './mapping.ts';
import type { Scale } from './scale.ts';

export interface SurveyTarget {
  touchpointId: string;
  /** Set when the column rates one moment of the touchpoint. */
  momentId?: string | null;
  /** Rating column (header name, trimmed). */
  rating: string;
  /** Brand-delivery column, when there is one. */
  brand?: string | null;
}

export interface JourneySurveyMapping {
  targets: SurveyTarget[];
  weight: string | null;
  outcome: string | null;
  /** Category → 1/0 for a category outcome; null: the outcome is numeric. */
  outcomeMap: Record<string, 0 | 1> | null;
  ratingNa: string[];
  outcomeNa: string[];
  /** Columns offered as segment filters. */
  segments: string[];
  /** The scale the user set; null: inferred from the data. */
  scale: Scale | null;
}

/** Segment column → values kept (OR within a column, AND across); an empty list filters nothing. */
export type SegmentFilters = Record<string, string[]>;

export const EMPTY_MAPPING: Readonly<JourneySurveyMapping> = Object.freeze({
  targets: [], weight: null, outcome: null, outcomeMap: null, ratingNa: [], outcomeNa: [], segments: [], scale: null,
});

/** The aggregator's mapping; non-numeric cells are counted (the import lists them), not thrown. */
export function toSurveyMapping(mapping: JourneySurveyMapping, filters: SegmentFilters = {}): SurveyMapping {
  const segments: Record<string, string[]> = {};
  for (const column of mapping.segments) {
    const kept = filters[column];
    if (kept && kept.length > 0) segments[column] = kept;
  }
  return {
    ratings: mapping.targets.map((t) => t.rating),
    brands: mapping.targets.map((t) => t.brand ?? null),
    weight: mapping.weight,
    outcome: mapping.outcome,
    outcomeMap: mapping.outcome === null ? null : mapping.outcomeMap,
    ratingNa: mapping.ratingNa,
    outcomeNa: mapping.outcomeNa,
    segments,
    scale: mapping.scale,
    nonNumeric: 'missing',
  };
}

/** Every column the mapping names. */
export function mappingColumns(mapping: JourneySurveyMapping): string[] {
  const names = mapping.targets.flatMap((t) => (t.brand ? [t.rating, t.brand] : [t.rating]));
  if (mapping.weight) names.push(mapping.weight);
  if (mapping.outcome) names.push(mapping.outcome);
  return [...new Set([...names, ...mapping.segments])];
}

/** Whether a saved mapping can be used on a file with this header (every column it names is there). */
export function mappingFits(mapping: JourneySurveyMapping, header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim()));
  const used = mappingColumns(mapping);
  return used.length > 0 && used.every((name) => names.has(name));
}
