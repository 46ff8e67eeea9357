// Survey data (METHOD.md §6): streaming aggregation of respondent rows into per-touchpoint figures.
export { SurveyAggregator, type SurveyResult } from './aggregator.ts';
export type { ColumnRef, ColumnRole, SurveyMapping, ResolvedMapping } from './mapping.ts';
export { resolveColumn, resolveMapping } from './mapping.ts';
export { ALWAYS_NA, parseNumber, NumericCellReader, CategoryCellReader, MISSING, NOT_NUMERIC, type CellReader } from './cells.ts';
export { normaliseEmotion, meanEmotion } from './emotion.ts';
export { inferScale, isUsableScale, type Scale, type ValueRange } from './scale.ts';
export { WeightedMean } from './weighted-mean.ts';
export { WeightedPearson } from './weighted-pearson.ts';
export { derivedImportance, type TouchpointFigures, type BrandFigures } from './figures.ts';
export type { SurveyReport, LeftOut, NonNumericColumn, NonNumericValue } from './report.ts';
export { SurveyInputError, describeRow, rowMessage, type SurveyErrorKind } from './errors.ts';
export { aggregateColumnar, rowNumberOf, valueCounts, type ColumnarSurvey, type ImportStats, type SurveyColumn, type CodeArray } from './columnar.ts';
export {
  EMPTY_MAPPING, mappingColumns, mappingFits, toSurveyMapping,
  type JourneySurveyMapping, type SegmentFilters, type SurveyTarget,
} from './journey-mapping.ts';
