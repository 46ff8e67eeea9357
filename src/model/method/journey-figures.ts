// METHOD.md §5: the figures of a journey over the touchpoints of a path, with the missing-score rules.

import { isScored, mean } from './numbers.ts';
import { remembered } from './remembered.ts';
import { INDEX_FACTOR } from './scales.ts';
import { toIndex, type IndexedTouchpoint, type TouchpointIndices } from './touchpoint.ts';

export interface JourneyFigures {
  /** Σ w·CEI_t / Σ w over touchpoints with an e_t. */
  cei: number | null;
  /** Σ w·BEI_t / Σ w over touchpoints with a b_t. */
  bei: number | null;
  /** journey CEI − journey BEI */
  balance: number | null;
  /** 100 × Σ w over branded touchpoints / Σ w over touchpoints with a zone (percent). */
  effectiveShare: number | null;
  /** Number of un-branded touchpoints (0 when none, also when none has a zone). */
  unbrandedCount: number;
  /** 20 × remembered(e_t in path order) */
  rememberedEmotion: number | null;
  /** 20 × mean(e_t) */
  averageEmotion: number | null;
}

/** Σ w·v / Σ w over the touchpoints where `pick` has a value; `null` when that Σ w is 0. */
function weightedMean(path: readonly IndexedTouchpoint[], pick: (t: TouchpointIndices) => number | null): number | null {
  let sum = 0;
  let weight = 0;
  for (const { touchpoint, indices } of path) {
    const v = pick(indices);
    if (v === null) continue;
    sum += touchpoint.importance * v;
    weight += touchpoint.importance;
  }
  return weight === 0 ? null : sum / weight;
}

/**
 * The journey figures over a path's touchpoints (in path order). Numbers are unrounded; a figure whose
 * denominator is 0, or whose sequence is empty, is `null`. Missing scores are never read as 0.
 */
export function journeyFigures(path: readonly IndexedTouchpoint[]): JourneyFigures {
  const cei = weightedMean(path, (t) => t.cei);
  const bei = weightedMean(path, (t) => t.bei);

  let zonedWeight = 0;
  let brandedWeight = 0;
  let unbrandedCount = 0;
  for (const { touchpoint, indices } of path) {
    if (indices.zone === null) continue;
    const w = touchpoint.importance;
    zonedWeight += w;
    if (indices.zone === 'branded') brandedWeight += w;
    if (indices.zone === 'un-branded') unbrandedCount += 1;
  }

  const emotions = path.map(({ indices }) => indices.e).filter(isScored);
  const average = mean(emotions);
  return {
    cei,
    bei,
    balance: cei === null || bei === null ? null : cei - bei,
    effectiveShare: zonedWeight === 0 ? null : (100 * brandedWeight) / zonedWeight,
    unbrandedCount,
    rememberedEmotion: toIndex(remembered(emotions)),
    averageEmotion: average === null ? null : INDEX_FACTOR * average,
  };
}
