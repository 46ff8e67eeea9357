// METHOD.md §3: the remembered value of an ordered sequence (peak-end rule).

import type { Score } from '../types.ts';
import { isScored } from './numbers.ts';

export interface PeakEnd {
  /** Index (in the original sequence) of the peak: the largest |v|, the later one on a tie. */
  peakIndex: number;
  /** Index (in the original sequence) of the last scored value. */
  endIndex: number;
}

/**
 * Where the peak and the end of a sequence are, as indices of the original sequence (missing values
 * are skipped but keep their places). `null` when no value is scored.
 */
export function peakEndIndices(values: readonly Score[]): PeakEnd | null {
  let peakIndex = -1;
  let endIndex = -1;
  let peakMagnitude = -1;
  values.forEach((v, i) => {
    if (!isScored(v)) return;
    const magnitude = Math.abs(v);
    if (magnitude >= peakMagnitude) {
      peakMagnitude = magnitude;
      peakIndex = i;
    }
    endIndex = i;
  });
  return endIndex < 0 ? null : { peakIndex, endIndex };
}

/**
 * remembered(v) = (peak + last) / 2 over the scored values, in order. One value gives itself; an
 * empty sequence (or one with no scored value) has no remembered value: `null`.
 */
export function remembered(values: readonly Score[]): number | null {
  const at = peakEndIndices(values);
  if (at === null) return null;
  const peak = values[at.peakIndex] as number;
  const end = values[at.endIndex] as number;
  return (peak + end) / 2;
}
