// METHOD.md §6 figures per touchpoint, from the sums the aggregator keeps.
import type { Scale } from './scale.ts';
import { isUsableScale } from './scale.ts';
import { meanEmotion } from './emotion.ts';
import type { WeightedMean } from './weighted-mean.ts';
import type { WeightedPearson } from './weighted-pearson.ts';

export interface BrandFigures {
  column: string;
  n: number;
  /** Brand delivery on −5…+5. */
  b: number | null;
  bei: number | null;
}

export interface TouchpointFigures {
  column: string;
  /** Respondents with a value. */
  n: number;
  /** Their total weight. */
  weight: number;
  e: number | null;
  cei: number | null;
  /** Percent of the weight at the top of the scale. */
  topBox: number | null;
  /** Respondents with both a value and an outcome. */
  pairs: number;
  r: number | null;
  derivedImportance: number | null;
  brand: BrandFigures | null;
}

/** Emotion (−5…5) of a column's weighted mean rating; null without values or without a usable scale. */
export function emotionOf(mean: WeightedMean, scale: Scale | null): number | null {
  return scale !== null && isUsableScale(scale) ? meanEmotion(mean, scale[0], scale[1]) : null;
}

/** Top-box percent: 100 × weight at hi / weight with a value. */
export function topBoxOf(mean: WeightedMean, scale: Scale | null): number | null {
  const share = scale === null ? null : mean.shareAt(scale[1]);
  return share === null ? null : 100 * share;
}

/**
 * derived importance = 1 + 4 × max(r, 0) / max over touchpoints of max(r, 0); null for a touchpoint
 * without r, and for all when that max is 0.
 */
export function derivedImportance(rs: readonly (number | null)[]): (number | null)[] {
  let top = 0;
  for (const r of rs) if (r !== null && r > top) top = r;
  return rs.map((r) => (r === null || top === 0 ? null : 1 + (4 * Math.max(r, 0)) / top));
}

export function brandFigures(column: string, mean: WeightedMean, scale: Scale | null): BrandFigures {
  const b = emotionOf(mean, scale);
  return { column, n: mean.n, b, bei: b === null ? null : 20 * b };
}

export function touchpointFigures(
  columns: readonly string[],
  means: readonly WeightedMean[],
  pairs: readonly WeightedPearson[],
  brands: readonly (BrandFigures | null)[],
  scale: Scale | null,
): TouchpointFigures[] {
  const rs = pairs.map((p) => p.r());
  const importance = derivedImportance(rs);
  return means.map((mean, t) => {
    const e = emotionOf(mean, scale);
    return {
      column: columns[t]!,
      n: mean.n,
      weight: mean.weight,
      e,
      cei: e === null ? null : 20 * e,
      topBox: topBoxOf(mean, scale),
      pairs: pairs[t]!.n,
      r: rs[t]!,
      derivedImportance: importance[t]!,
      brand: brands[t] ?? null,
    };
  });
}
