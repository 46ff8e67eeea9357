// A stored or freshly read survey's figures under a mapping and segment filters: the columnar
// survey through the model's aggregator (src/model/survey/columnar.ts), never the file again.
import {
  aggregateColumnar, inferScale, isUsableScale, SurveyInputError, toSurveyMapping,
  type ColumnarSurvey, type JourneySurveyMapping, type Scale, type SegmentFilters, type SurveyErrorKind,
  type SurveyResult,
} from '../../model/survey/index.ts';
import type { MessageRef } from '../../model/messages.ts';

export type FiguresProblem =
  | { kind: 'no-ratings' }
  | { kind: 'no-scale'; scale: Scale | null }
  /** `reason`: the model's message (key and variables), for `messageText` of src/i18n. */
  | { kind: 'input'; error: SurveyErrorKind; column: string | null; reason: MessageRef };

export interface SurveyFigures {
  /** Null when a problem stops the figures. */
  result: SurveyResult | null;
  /** The scale inferred from the data (all rows, before filters), whatever the mapping's scale. */
  inferred: Scale | null;
  problem: FiguresProblem | null;
}

function inputProblem(err: unknown): FiguresProblem {
  if (err instanceof SurveyInputError) return { kind: 'input', error: err.kind, column: err.column, reason: { key: err.key, vars: err.vars } };
  throw err;
}

export function computeFigures(survey: ColumnarSurvey, mapping: JourneySurveyMapping, filters: SegmentFilters = {}): SurveyFigures {
  if (mapping.targets.length === 0) return { result: null, inferred: null, problem: { kind: 'no-ratings' } };
  let aggregator;
  try {
    aggregator = aggregateColumnar(survey, toSurveyMapping({ ...mapping, scale: null }, filters));
  } catch (err) {
    return { result: null, inferred: null, problem: inputProblem(err) };
  }
  const inferred = inferScale(aggregator.ranges());
  const scale = mapping.scale ?? inferred;
  if (scale === null || !isUsableScale(scale)) return { result: null, inferred, problem: { kind: 'no-scale', scale } };
  try {
    return { result: aggregator.result(scale), inferred, problem: null };
  } catch (err) {
    return { result: null, inferred, problem: inputProblem(err) };
  }
}
