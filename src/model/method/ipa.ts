// METHOD.md §7: the classic importance–performance (IPA) quadrant, shown beside the CEI–BEI quadrant.

import type { IpaCut } from '../types.ts';
import { atLeast, isScored, mean } from './numbers.ts';

export const IPA_LABELS = Object.freeze({
  concentrate: 'Concentrate here',
  keepUp: 'Keep up the good work',
  lowPriority: 'Low priority',
  overkill: 'Possible overkill',
} as const);

export type IpaLabel = (typeof IPA_LABELS)[keyof typeof IPA_LABELS];

/** The scale midpoints used by the 'midpoint' cut: e = 0, w = 3. */
export const IPA_MIDPOINTS = Object.freeze({ e: 0, w: 3 });

export interface IpaPoint {
  /** performance: e_t (`null` when not scored: the point is not shown) */
  e: number | null;
  /** importance w */
  w: number;
}

export interface IpaCuts {
  e: number;
  w: number;
}

export interface IpaAnalysis {
  mode: IpaCut;
  /** The cut lines; `null` for the 'mean' cut when no point is shown. */
  cuts: IpaCuts | null;
  /** One label per input point, in input order; `null` for a point with no e_t. */
  labels: (IpaLabel | null)[];
}

/** The quadrant of one point; a point on a cut line counts as high. */
export function ipaLabel(e: number, w: number, cuts: IpaCuts): IpaLabel {
  const highE = atLeast(e, cuts.e);
  const highW = atLeast(w, cuts.w);
  if (highW) return highE ? IPA_LABELS.keepUp : IPA_LABELS.concentrate;
  return highE ? IPA_LABELS.overkill : IPA_LABELS.lowPriority;
}

/**
 * Cut lines and labels. x = e_t (performance), y = w (importance). 'mean' cuts at the means of e_t
 * and w over the shown points (those with an e_t); 'midpoint' cuts at e = 0 and w = 3.
 */
export function ipa(points: readonly IpaPoint[], mode: IpaCut): IpaAnalysis {
  const shown = points.filter((p): p is { e: number; w: number } => isScored(p.e));
  let cuts: IpaCuts | null = IPA_MIDPOINTS;
  if (mode === 'mean') {
    const e = mean(shown.map((p) => p.e));
    const w = mean(shown.map((p) => p.w));
    cuts = e === null || w === null ? null : { e, w };
  }
  const labels = points.map((p) => (cuts !== null && isScored(p.e) ? ipaLabel(p.e, p.w, cuts) : null));
  return { mode, cuts: cuts === null ? null : { ...cuts }, labels };
}
