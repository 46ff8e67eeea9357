// The `cxmap compute` output of FORMAT.md: METHOD.md's figures as plain JSON, numbers unrounded,
// `null` for anything missing, touchpoints in path order.

import type { Journey } from '../types.ts';
import { analyseJourney, type PathAnalysis } from './analysis.ts';
import type { IpaLabel } from './ipa.ts';
import type { JourneyFigures } from './journey-figures.ts';
import type { RuleId, Severity } from './recommendations.ts';
import type { Zone } from './zone.ts';

export interface ReportTouchpoint {
  id: string;
  name: string;
  e: number | null;
  b: number | null;
  cei: number | null;
  bei: number | null;
  zone: Zone | null;
  balance: number | null;
  ipa: IpaLabel | null;
}

export interface ReportRecommendation {
  rule: RuleId;
  severity: Severity;
  touchpointId: string | null;
}

export interface ComputeReport {
  touchpoints: ReportTouchpoint[];
  journey: JourneyFigures;
  recommendations: ReportRecommendation[];
}

/** Projects an analysis onto the `compute` shape (exactly FORMAT.md's keys, in its order). */
export function reportOf(analysis: PathAnalysis): ComputeReport {
  const f = analysis.figures;
  return {
    touchpoints: analysis.touchpoints.map(({ touchpoint, indices, ipa }) => ({
      id: touchpoint.id,
      name: touchpoint.name,
      e: indices.e,
      b: indices.b,
      cei: indices.cei,
      bei: indices.bei,
      zone: indices.zone,
      balance: indices.balance,
      ipa,
    })),
    journey: {
      cei: f.cei,
      bei: f.bei,
      balance: f.balance,
      effectiveShare: f.effectiveShare,
      unbrandedCount: f.unbrandedCount,
      rememberedEmotion: f.rememberedEmotion,
      averageEmotion: f.averageEmotion,
    },
    recommendations: analysis.recommendations.map(({ rule, severity, touchpointId }) => ({ rule, severity, touchpointId })),
  };
}

/** FORMAT.md's `compute` output for the default path, or the named one (unknown id: UnknownPathError). */
export function computeReport(journey: Journey, pathId?: string): ComputeReport {
  return reportOf(analyseJourney(journey, pathId));
}
