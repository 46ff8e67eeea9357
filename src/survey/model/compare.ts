// Workshop and survey side by side per mapped touchpoint or moment, with the perception gap
// (METHOD.md §6: workshop e − survey e, what the team believes versus what customers report).
import { isScored, touchpointScores } from '../../model/method/index.ts';
import type { JourneySurveyMapping, TouchpointFigures } from '../../model/survey/index.ts';
import type { Journey } from '../../model/types.ts';
import { findTarget, targetKey } from './targets.ts';

export interface ComparisonRow {
  key: string;
  touchpointId: string;
  momentId: string | null;
  touchpointName: string;
  momentName: string | null;
  column: string;
  workshopE: number | null;
  workshopB: number | null;
  surveyE: number | null;
  surveyCei: number | null;
  /** Null when no brand column is mapped, or it has no answers. */
  surveyB: number | null;
  n: number;
  topBox: number | null;
  r: number | null;
  derivedImportance: number | null;
  /** workshop e − survey e; null when either is missing. */
  gap: number | null;
}

export function perceptionGap(workshopE: number | null, surveyE: number | null): number | null {
  return workshopE === null || surveyE === null ? null : workshopE - surveyE;
}

/** One row per mapped target still in the journey, in the mapping's order. */
export function comparisonRows(journey: Journey, figures: readonly TouchpointFigures[], mapping: JourneySurveyMapping): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  mapping.targets.forEach((target, i) => {
    const f = figures[i];
    const found = findTarget(journey, target);
    if (!f || !found) return;
    const { touchpoint, moment } = found;
    const workshop = moment
      ? { e: isScored(moment.emotion) ? moment.emotion : null, b: isScored(moment.brand) ? moment.brand : null }
      : touchpointScores(touchpoint);
    rows.push({
      key: targetKey(target),
      touchpointId: touchpoint.id,
      momentId: moment?.id ?? null,
      touchpointName: touchpoint.name,
      momentName: moment?.name ?? null,
      column: f.column,
      workshopE: workshop.e,
      workshopB: workshop.b,
      surveyE: f.e,
      surveyCei: f.cei,
      surveyB: target.brand ? f.brand?.b ?? null : null,
      n: f.n,
      topBox: f.topBox,
      r: f.r,
      derivedImportance: f.derivedImportance,
      gap: perceptionGap(workshop.e, f.e),
    });
  });
  return rows;
}

/** Rows for the dumbbell chart: largest |gap| first, rows without a gap last (in mapping order). */
export function byGap(rows: readonly ComparisonRow[]): ComparisonRow[] {
  const size = (row: ComparisonRow) => (row.gap === null ? -1 : Math.abs(row.gap));
  return rows.map((row, i) => ({ row, i })).sort((a, b) => size(b.row) - size(a.row) || a.i - b.i).map(({ row }) => row);
}
