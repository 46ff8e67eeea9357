// METHOD.md §6: "the user picks which source drives charts". The journey as a survey sees it:
// each mapped touchpoint or moment takes the survey's emotion (and brand delivery, when a brand
// column is mapped); everything unmapped, or without answers, keeps its workshop scores.
//
// A touchpoint that has moments takes its scores from them (METHOD.md §4). When the survey rates
// such a touchpoint as a whole, its rating replaces the moments' remembered emotion: the moments
// are dropped from this derived journey, and its brand delivery stays the workshop's remembered one
// unless a brand column is mapped too.
import { produce } from 'immer';
import { touchpointScores } from '../../model/method/index.ts';
import type { JourneySurveyMapping, TouchpointFigures } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';

/** `figures[i]` belongs to `mapping.targets[i]` (the aggregator keeps the ratings' order). */
export function applySurveySource(journey: Journey, figures: readonly TouchpointFigures[], mapping: JourneySurveyMapping): Journey {
  return produce(journey, (draft) => {
    mapping.targets.forEach((target, i) => {
      const f = figures[i];
      if (!f) return;
      const e = f.e;
      const b = target.brand ? f.brand?.b ?? null : null;
      if (e === null && b === null) return;
      const tp = draft.touchpoints.find((t) => t.id === target.touchpointId);
      if (!tp) return;
      if (target.momentId) {
        const moment = tp.moments?.find((m) => m.id === target.momentId);
        if (!moment) return;
        if (e !== null) moment.emotion = e;
        if (b !== null) moment.brand = b;
        return;
      }
      if (tp.moments && tp.moments.length > 0) {
        const workshop = touchpointScores(tp);
        tp.emotion = workshop.e;
        tp.brand = workshop.b;
        tp.moments = [];
      }
      if (e !== null) tp.emotion = e;
      if (b !== null) tp.brand = b;
    });
  });
}

/** Touchpoint id → derived importance, for the touchpoints (not moments) that have one. */
export function derivedImportances(journey: Journey, figures: readonly TouchpointFigures[], mapping: JourneySurveyMapping): Record<string, number> {
  const ids = new Set(journey.touchpoints.map((tp) => tp.id));
  const out: Record<string, number> = {};
  mapping.targets.forEach((target, i) => {
    const w = figures[i]?.derivedImportance ?? null;
    if (w !== null && !target.momentId && ids.has(target.touchpointId)) out[target.touchpointId] = Math.min(5, Math.max(1, w));
  });
  return out;
}
